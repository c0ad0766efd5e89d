package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader hands out data in pieces of at most n bytes and logs the sizes it was asked for.
type chunkReader struct {
	s    string
	n    int
	log  []int
	err  error // returned with the last piece instead of a separate EOF
	zero int   // empty reads before each piece
	z    int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.log = append(r.log, len(p))
	if r.z < r.zero {
		r.z++
		return 0, nil
	}
	r.z = 0
	if r.s == "" {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	k := min(r.n, len(p), len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	if r.s == "" && r.err != nil {
		return k, r.err
	}
	return k, nil
}

type sink struct {
	strings.Builder
	log []int
}

func (s *sink) Write(p []byte) (int, error) {
	s.log = append(s.log, len(p))
	return s.Builder.Write(p)
}

type zeroReader struct{ calls int }

func (z *zeroReader) Read(p []byte) (int, error) { z.calls++; return 0, nil }

func main() {
	r := bufio.NewReaderSize(&chunkReader{s: "hello world, this is bufio", n: 5}, 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(8)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(17)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("%q %v\n", p, err)
	n, err := r.Discard(4)
	fmt.Println(n, err)
	fmt.Println(r.UnreadByte())
	c, err := r.ReadByte()
	fmt.Printf("%q %v %v\n", c, err, r.UnreadByte())
	fmt.Println(r.UnreadByte())
	buf := make([]byte, 6)
	n, err = r.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	n, err = r.Discard(100)
	fmt.Println(n, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)

	// Read bypassing the buffer.
	cr := &chunkReader{s: strings.Repeat("x", 50), n: 40}
	r = bufio.NewReaderSize(cr, 16)
	big := make([]byte, 32)
	n, err = r.Read(big)
	fmt.Println(n, err, cr.log)
	n, err = r.Read(big[:4])
	fmt.Println(n, err, cr.log, r.Buffered())
	n, err = r.Read(big)
	fmt.Println(n, err, cr.log)
	n, err = r.Read(big)
	fmt.Println(n, err, cr.log)

	// Runes.
	r = bufio.NewReaderSize(&chunkReader{s: "aé世🎉\xff\xe4\xb8", n: 1}, 16)
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("rune err", err)
			break
		}
		fmt.Printf("%q %d ", ch, size)
	}
	fmt.Println()
	r = bufio.NewReader(strings.NewReader("日本"))
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size, r.UnreadRune(), r.UnreadRune())
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size, r.UnreadByte())
	r.Peek(1)
	fmt.Println(r.UnreadRune())

	// UnreadByte on a fresh reader and after Read into an empty buffer.
	r = bufio.NewReader(strings.NewReader("ab"))
	fmt.Println(r.UnreadByte())
	r.ReadByte()
	r.ReadByte()
	fmt.Println(r.UnreadByte(), r.Buffered())
	b3, _ := r.ReadByte()
	fmt.Printf("%q\n", b3)

	// ReadSlice, ReadLine, ReadBytes, ReadString.
	text := "line one\nline two is longer than sixteen\r\nshort\r\n\r\n\nlast without newline"
	r = bufio.NewReaderSize(&chunkReader{s: text, n: 7}, 16)
	for {
		line, err := r.ReadSlice('\n')
		fmt.Printf("slice %q %v\n", line, err)
		if err != nil && err != bufio.ErrBufferFull {
			break
		}
	}
	r = bufio.NewReaderSize(&chunkReader{s: text, n: 7}, 16)
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("line %q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	// A \r\n split at the buffer boundary.
	r = bufio.NewReaderSize(strings.NewReader("0123456789abcde\r\nnext"), 16)
	for i := 0; i < 4; i++ {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("line %q %v %v\n", line, isPrefix, err)
	}
	r = bufio.NewReaderSize(&chunkReader{s: text, n: 7}, 16)
	for {
		line, err := r.ReadBytes('\n')
		fmt.Printf("bytes %q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(&chunkReader{s: text, n: 3, err: errors.New("boom")}, 16)
	for {
		line, err := r.ReadString(' ')
		fmt.Printf("string %q %v\n", line, err)
		if err != nil {
			break
		}
	}
	s, err := r.ReadString(' ')
	fmt.Printf("after %q %v\n", s, err)

	// Empty reads.
	cr = &chunkReader{s: "abc", n: 2, zero: 3}
	r = bufio.NewReaderSize(cr, 16)
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v %v\n", all, err, cr.log)
	z := &zeroReader{}
	r = bufio.NewReader(z)
	_, err = r.ReadByte()
	fmt.Println(err, z.calls)
	_, err = r.Peek(1)
	fmt.Println(err, z.calls)

	// WriteTo.
	cr = &chunkReader{s: strings.Repeat("w", 40), n: 9}
	r = bufio.NewReaderSize(cr, 16)
	r.Peek(2)
	var sk sink
	wn, err := r.WriteTo(&sk)
	fmt.Println(wn, err, sk.Len(), sk.log, cr.log)
	r = bufio.NewReaderSize(strings.NewReader("from a WriterTo source"), 16)
	r.ReadByte()
	var sb strings.Builder
	wn, err = r.WriteTo(&sb)
	fmt.Println(wn, err, sb.String())

	// Reset, NewReaderSize reuse.
	r = bufio.NewReaderSize(strings.NewReader("abc"), 64)
	fmt.Println(bufio.NewReaderSize(r, 32) == r, bufio.NewReaderSize(r, 128) == r, bufio.NewReader(r).Size())
	r.Reset(strings.NewReader("reset"))
	s, err = r.ReadString('x')
	fmt.Println(s, err, r.Size())
	r.Reset(r)
	var zr bufio.Reader
	zr.Reset(strings.NewReader("zero"))
	s, _ = zr.ReadString(0)
	fmt.Println(s, zr.Size())
	fmt.Println(bufio.NewReaderSize(strings.NewReader(""), 0).Size(), bufio.NewReaderSize(strings.NewReader(""), -5).Size())

	// Discard across fills and with an error.
	cr = &chunkReader{s: strings.Repeat("d", 45), n: 10}
	r = bufio.NewReaderSize(cr, 16)
	n, err = r.Discard(33)
	fmt.Println(n, err, r.Buffered(), cr.log)
	n, err = r.Discard(33)
	fmt.Println(n, err)
	n, err = r.Discard(0)
	fmt.Println(n, err)

	defer func() { fmt.Println("recovered:", recover()) }()
	r = bufio.NewReader(negReader{})
	r.ReadByte()
}

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }
