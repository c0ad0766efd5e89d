package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

// logWriter records the size of every write.
type logWriter struct {
	sizes []int
	buf   bytes.Buffer
	fail  int // fail the write with this index (1-based), 0 = never
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	if w.fail == len(w.sizes) {
		w.buf.Write(p[:len(p)/2])
		return len(p) / 2, errors.New("disk full")
	}
	return w.buf.Write(p)
}

// oneByteReader returns at most n bytes per read.
type smallReader struct {
	s string
	n int
}

func (r *smallReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.s) {
		k = len(r.s)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func main() {
	src := []byte("Hello, Gopher! \x00\x01\xfe\xff")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(len(src)), hex.DecodedLen(len(s)), hex.DecodedLen(7))
	dst := make([]byte, hex.EncodedLen(len(src)))
	fmt.Println(hex.Encode(dst, src), string(dst))
	fmt.Printf("%s\n", hex.AppendEncode([]byte("prefix:"), []byte{0xde, 0xad, 0xbe, 0xef}))
	fmt.Println(hex.EncodeToString(nil) == "", hex.EncodeToString([]byte{}))

	inputs := []string{"", "00", "0g", "g0", "zz", "abc", "abg", "ABCDEF", "aBcD", "48656c6c6f", "4865 6c", "0", "g",
		"123", "12g", "1g3", "\xff0", "0\x00", "01020", "0102.", "-1", "deadbeefcafe", "DEADBEEFCAFEz"}
	for _, in := range inputs {
		b, err := hex.DecodeString(in)
		fmt.Printf("DecodeString(%q) = %x %v", in, b, err)
		var ib hex.InvalidByteError
		if errors.As(err, &ib) {
			fmt.Printf(" [invalid %d]", byte(ib))
		}
		fmt.Println(errors.Is(err, hex.ErrLength))
		out := make([]byte, len(in))
		n, err := hex.Decode(out, []byte(in))
		fmt.Printf("  Decode n=%d %x %v\n", n, out[:n], err)
		ad, err := hex.AppendDecode([]byte{1, 2}, []byte(in))
		fmt.Printf("  AppendDecode %x %v\n", ad, err)
	}
	for _, c := range []byte{0, 7, ' ', 'g', 'G', 'z', '~', 0x7f, 0x80, 0xe9, 0xff} {
		fmt.Println(hex.InvalidByteError(c).Error())
	}
	fmt.Println(hex.ErrLength)

	// Dump.
	fmt.Print(hex.Dump([]byte("0123456789abcdef")))
	fmt.Print(hex.Dump([]byte("short")))
	fmt.Printf("%q\n", hex.Dump(nil))
	all := make([]byte, 256+37)
	for i := range all {
		all[i] = byte(i * 7)
	}
	fmt.Print(hex.Dump(all))
	for _, n := range []int{1, 7, 8, 9, 15, 16, 17, 31, 32, 33} {
		fmt.Print(hex.Dump(all[:n]))
	}

	// Dumper in pieces; writes logged.
	lw := &logWriter{}
	d := hex.Dumper(lw)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Write(nil)
	fmt.Println(d.Close(), d.Close())
	n, err := d.Write([]byte("x"))
	fmt.Println(n, err)
	fmt.Print(lw.buf.String())
	fmt.Println(lw.sizes)
	big := make([]byte, 0x10000+20)
	dd := hex.Dumper(io.Discard)
	dd.Write(big)
	var sb strings.Builder
	d2 := hex.Dumper(&sb)
	d2.Write(big[:20])
	d2.Close()
	fmt.Print(sb.String())

	// Dumper with a failing writer.
	for fail := 1; fail <= 6; fail++ {
		fw := &logWriter{fail: fail}
		dw := hex.Dumper(fw)
		n, err := dw.Write([]byte("0123456789abcdefXY"))
		cerr := dw.Close()
		fmt.Println("fail", fail, n, err, cerr, fw.sizes)
	}
	fw := &logWriter{fail: 3}
	dw := hex.Dumper(fw)
	dw.Write([]byte("abc"))
	fmt.Println("close fail:", dw.Close(), fw.sizes)

	// Encoder.
	ew := &logWriter{}
	enc := hex.NewEncoder(ew)
	n, err = enc.Write(make([]byte, 1300))
	fmt.Println(n, err, ew.sizes)
	n, err = enc.Write([]byte("hi"))
	fmt.Println(n, err, ew.sizes, ew.buf.Len())
	ew2 := &logWriter{fail: 2}
	enc2 := hex.NewEncoder(ew2)
	n, err = enc2.Write(make([]byte, 1300))
	fmt.Println(n, err, ew2.sizes)
	n, err = enc2.Write([]byte("again"))
	fmt.Println(n, err, ew2.sizes)

	// Decoder.
	for _, in := range []string{"48656c6c6f2c20776f726c64", "48656c6c6f2", "48656c6c6fz", "4865zz6c6f", "", "4", "g"} {
		for _, rs := range []int{1, 3, 100} {
			dec := hex.NewDecoder(&smallReader{in, rs})
			var got []byte
			var trace []string
			buf := make([]byte, 4)
			for i := 0; i < 40; i++ {
				n, err := dec.Read(buf)
				got = append(got, buf[:n]...)
				trace = append(trace, fmt.Sprint(n))
				if err != nil {
					trace = append(trace, err.Error())
					break
				}
			}
			fmt.Printf("decoder %q rs=%d got=%q trace=%v\n", in, rs, got, trace)
		}
	}
	all2, err := io.ReadAll(hex.NewDecoder(strings.NewReader(strings.Repeat("ab", 3000))))
	fmt.Println(len(all2), err)
	all3, err := io.ReadAll(hex.NewDecoder(strings.NewReader(strings.Repeat("ab", 1500) + "q")))
	fmt.Println(len(all3), err)

	defer func() { fmt.Println("recovered:", recover()) }()
	hex.Encode(make([]byte, 3), []byte{1, 2})
}
