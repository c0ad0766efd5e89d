package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

type logWriter struct {
	sizes []int
	buf   bytes.Buffer
	fail  int
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	if w.fail == len(w.sizes) {
		return 0, errors.New("write failed")
	}
	return w.buf.Write(p)
}

type chunkReader struct {
	s     string
	n     int
	sizes []int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	if r.s == "" {
		return 0, io.EOF
	}
	k := min(r.n, len(p), len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

var encs = []struct {
	name string
	e    *base64.Encoding
}{
	{"Std", base64.StdEncoding},
	{"URL", base64.URLEncoding},
	{"RawStd", base64.RawStdEncoding},
	{"RawURL", base64.RawURLEncoding},
	{"StdStrict", base64.StdEncoding.Strict()},
	{"RawStrict", base64.RawStdEncoding.Strict()},
	{"Star", base64.StdEncoding.WithPadding('*')},
	{"Custom", base64.NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@!").WithPadding('~')},
}

func main() {
	samples := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc", "\xfb\xff", "sure.", "any carnal pleas",
		"Man is distinguished, not only by his reason, but by this singular passion"}
	for _, ec := range encs {
		fmt.Println("==", ec.name)
		for _, s := range samples {
			enc := ec.e.EncodeToString([]byte(s))
			dec, err := ec.e.DecodeString(enc)
			fmt.Printf("%q -> %q (len %d/%d) back=%v %v\n", s, enc, ec.e.EncodedLen(len(s)), ec.e.DecodedLen(len(enc)), string(dec) == s, err)
		}
	}
	fmt.Printf("%s\n", base64.StdEncoding.AppendEncode([]byte("x="), []byte("hello")))
	ad, err := base64.StdEncoding.AppendDecode([]byte("y:"), []byte("aGVsbG8="))
	fmt.Printf("%s %v %d\n", ad, err, cap(ad) >= len(ad))
	ad, err = base64.RawStdEncoding.AppendDecode(nil, []byte("aGVsbG8"))
	fmt.Printf("%s %v\n", ad, err)

	bad := []string{
		"=", "==", "===", "====", "A", "AA", "AAA", "AAAA", "AA=", "AA==", "AAA=", "AAAA=", "AA=A", "AA==A",
		"A===", "AA=\n=", "AA=\r\n=\n", "AA\n==", "\n\nAAAA\n\n", "AAAA\r\nBBBB", "AA==\nBB==", "AA==\n\n",
		"YWJj ZGVm", "YWJj!ZGVm", "YWJjZGVm\x00", "YWJjZGVm====", "Zm9v\nYmFy\nYg==", "Zm9vYmFyYmF6cXV4",
		"Zm9vYmFyYmF6cXV4Z", "Zm9vYmFyYmF6cXV4Zg", "Zm9vYmFyYmF6cXV4Zg=", "Zm9vYmFyYmF6cXV4Zg==", "Zm9=", "Zm9vYm==",
		"Zh==", "Zg==", "Zm9=\n", "Zmp=", "Zmo=", "_-_-", "+/+/", "AB*", "AB**", "AB~~", "zzzz", "////", "\r",
		"aGVsbG8gd29ybGQ=trailing", "aGVs\nbG8g\nd29y\nbGQ=",
	}
	for _, s := range bad {
		fmt.Printf("%-24q", s)
		for _, ec := range encs {
			b, err := ec.e.DecodeString(s)
			var ce base64.CorruptInputError
			if errors.As(err, &ce) {
				fmt.Printf(" %s:%x!%d", ec.name, b, int64(ce))
			} else if err != nil {
				fmt.Printf(" %s:%x!%v", ec.name, b, err)
			} else {
				fmt.Printf(" %s:%x", ec.name, b)
			}
		}
		fmt.Println()
	}
	fmt.Println(base64.CorruptInputError(42).Error())

	// Bytes of dst beyond the decoded ones.
	for _, s := range []string{"QUJDREVGR0g=", "QUJDREVGR0hJSktM", "QUJD\nREVGR0hJSktMTU5PUFFSU1RV", "QUJDREVG!0hJSktMTU5PUFFSU1RV", "QUJDREVGR0hJSktMTU5PUFFSU1=", "QUJD", "QUI=", "QUJDREVG\nR0hJ"} {
		dst := bytes.Repeat([]byte{0xaa}, 32)
		n, err := base64.StdEncoding.Decode(dst, []byte(s))
		fmt.Printf("Decode %q n=%d err=%v dst=%x\n", s, n, err, dst)
	}
	dst := bytes.Repeat([]byte{0xaa}, 12)
	base64.StdEncoding.Encode(dst, []byte("ab"))
	fmt.Printf("%x\n", dst)
	base64.RawStdEncoding.Encode(dst, []byte("ab"))
	fmt.Printf("%x\n", dst)

	// Panics.
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		f()
	}
	try("short", func() { base64.NewEncoding("abc") })
	try("newline", func() {
		base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n")
	})
	try("dup", func() { base64.NewEncoding("AACDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") })
	try("pad in alphabet", func() { base64.StdEncoding.WithPadding('A') })
	try("pad newline", func() { base64.StdEncoding.WithPadding('\n') })
	try("pad big", func() { base64.StdEncoding.WithPadding(0x100) })
	try("pad negative", func() { base64.StdEncoding.WithPadding(-2) })
	try("nopad", func() { fmt.Println(base64.StdEncoding.WithPadding(base64.NoPadding).EncodeToString([]byte("a"))) })
	try("short dst", func() { base64.StdEncoding.Encode(make([]byte, 5), []byte("abcdef")) })
	try("short dst 2", func() { base64.StdEncoding.Encode(make([]byte, 8), []byte("abcdefg")) })
	try("short decode", func() { base64.StdEncoding.Decode(make([]byte, 4), []byte("QUJDREVGR0hJ")) })
	try("short decode 2", func() { base64.StdEncoding.Decode(make([]byte, 7), []byte("QUJDREVGR0hJSktM")) })
	try("pad 0xff", func() { fmt.Printf("%q\n", base64.StdEncoding.WithPadding(0xff).EncodeToString([]byte("a"))) })

	// Encoder stream.
	for _, ec := range encs[:4] {
		lw := &logWriter{}
		w := base64.NewEncoder(ec.e, lw)
		var ns []int
		for _, chunk := range []string{"a", "bc", "d", "", "efghijk", strings.Repeat("z", 2000), "yy"} {
			n, err := w.Write([]byte(chunk))
			ns = append(ns, n)
			if err != nil {
				fmt.Println(err)
			}
		}
		fmt.Println(ec.name, ns, w.Close(), w.Close(), lw.sizes, lw.buf.Len())
		fmt.Println(lw.buf.String()[:40], lw.buf.String()[lw.buf.Len()-12:])
	}
	for fail := 1; fail <= 3; fail++ {
		lw := &logWriter{fail: fail}
		w := base64.NewEncoder(base64.StdEncoding, lw)
		n1, e1 := w.Write([]byte("ab"))
		n2, e2 := w.Write([]byte("cdefgh"))
		n3, e3 := w.Write([]byte("ij"))
		fmt.Println("fail", fail, n1, e1, n2, e2, n3, e3, w.Close(), lw.sizes)
	}

	// Decoder stream.
	text := "Man is distinguished, not only by his reason, but by this singular passion from other animals."
	for _, ec := range encs[:5] {
		enc := ec.e.EncodeToString([]byte(text))
		wrapped := ""
		for i := 0; i < len(enc); i += 19 {
			wrapped += enc[i:min(i+19, len(enc))] + "\r\n"
		}
		for _, rn := range []int{1, 5, 64} {
			for _, pn := range []int{1, 2, 7, 100} {
				cr := &chunkReader{s: wrapped, n: rn}
				r := base64.NewDecoder(ec.e, cr)
				var got []byte
				var ns []int
				buf := make([]byte, pn)
				var err error
				for i := 0; i < 500; i++ {
					var n int
					n, err = r.Read(buf)
					got = append(got, buf[:n]...)
					if len(ns) < 12 {
						ns = append(ns, n)
					}
					if err != nil {
						break
					}
				}
				if len(cr.sizes) > 6 {
					cr.sizes = cr.sizes[:6]
				}
				fmt.Println(ec.name, rn, pn, string(got) == text, err, ns, cr.sizes)
			}
		}
	}
	for _, in := range []string{"Zm9vYmFy", "Zm9vYmE", "Zm9vYmE=", "Zm9vY", "Zm9v!mFy", "Zm9vYmFy====", "\n\n\n", "", "Zg==Zg==", "Zm9vYmFyYmF6cXV4!"} {
		for _, ec := range encs[:3] {
			out, err := io.ReadAll(base64.NewDecoder(ec.e, strings.NewReader(in)))
			fmt.Printf("stream %s %q -> %q %v\n", ec.name, in, out, err)
		}
	}
	// Read with an empty buffer.
	r := base64.NewDecoder(base64.RawStdEncoding, strings.NewReader("Zm9vYg"))
	b4 := make([]byte, 4)
	n, err := r.Read(b4[:0])
	fmt.Println(n, err)
	n, err = r.Read(b4)
	fmt.Println(n, err, b4[:n])
	n, err = r.Read(b4)
	fmt.Println(n, err)
}
