package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type chunkReader struct {
	s   string
	n   int
	log []int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.log = append(r.log, len(p))
	if r.s == "" {
		return 0, io.EOF
	}
	k := min(r.n, len(p), len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

type badReader struct{ n int }

func (b badReader) Read(p []byte) (int, error) { return b.n, nil }

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { return 0, nil }

type errReader struct{ s string }

func (e *errReader) Read(p []byte) (int, error) {
	if e.s == "" {
		return 0, errors.New("read failed")
	}
	n := copy(p, e.s)
	e.s = e.s[n:]
	return n, nil
}

func scanAll(name string, r io.Reader, split bufio.SplitFunc) {
	s := bufio.NewScanner(r)
	if split != nil {
		s.Split(split)
	}
	var toks []string
	for s.Scan() {
		toks = append(toks, fmt.Sprintf("%q", s.Text()))
	}
	fmt.Printf("%s: %d %s err=%v\n", name, len(toks), strings.Join(toks, " "), s.Err())
}

func main() {
	inputs := []string{"", "\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "\r\n\r\n", "one two  three\n\tfour\u00a0five\u2003six\u3000seven ",
		"héllo wörld 🎉\xff\xfe end", "trailing\r", "x\n\n\ny", "  leading", "\xe4\xb8", "\u0085sep\u2028x\u205fy"}
	for _, in := range inputs {
		fmt.Printf("== %q\n", in)
		scanAll("lines", strings.NewReader(in), nil)
		scanAll("words", strings.NewReader(in), bufio.ScanWords)
		scanAll("runes", strings.NewReader(in), bufio.ScanRunes)
		scanAll("bytes", strings.NewReader(in), bufio.ScanBytes)
		scanAll("runes/1", &chunkReader{s: in, n: 1}, bufio.ScanRunes)
		scanAll("words/2", &chunkReader{s: in, n: 2}, bufio.ScanWords)
	}

	// Read sizes and buffer growth.
	long := strings.Repeat("0123456789", 1000) + "\nshort\n"
	cr := &chunkReader{s: long, n: 3000}
	s := bufio.NewScanner(cr)
	for s.Scan() {
		fmt.Println(len(s.Text()))
	}
	fmt.Println(s.Err(), cr.log)

	// Token too long.
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 70000) + "\nok\n"))
	for s.Scan() {
		fmt.Println(len(s.Bytes()))
	}
	fmt.Println(s.Err(), s.Err() == bufio.ErrTooLong)

	// Buffer with small max.
	s = bufio.NewScanner(strings.NewReader("12345\n1234567890\nabc\n"))
	s.Buffer(make([]byte, 0, 4), 8)
	for s.Scan() {
		fmt.Println(s.Text())
	}
	fmt.Println(s.Err())
	s = bufio.NewScanner(strings.NewReader("12345\n1234567890123456\nabc\n"))
	s.Buffer(make([]byte, 2, 20), 8)
	for s.Scan() {
		fmt.Println(s.Text())
	}
	fmt.Println(s.Err())

	// Split functions that misbehave.
	split := func(adv int, tok []byte, err error) bufio.SplitFunc {
		return func(data []byte, atEOF bool) (int, []byte, error) { return adv, tok, err }
	}
	scanAll("negative", strings.NewReader("abc"), split(-1, nil, nil))
	scanAll("toofar", strings.NewReader("abc"), split(10, []byte("t"), nil))
	scanAll("custom err", strings.NewReader("abc"), split(1, nil, errors.New("my split error")))
	scanAll("final", strings.NewReader("abc"), split(1, []byte("last"), bufio.ErrFinalToken))
	scanAll("final nil", strings.NewReader("abc"), split(1, nil, bufio.ErrFinalToken))
	scanAll("final empty", strings.NewReader("abc"), split(0, []byte{}, bufio.ErrFinalToken))

	// Comma-separated values with a final token at a stop word.
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	scanAll("commas", strings.NewReader("a,b,,c,STOP,d,e"), commas)
	scanAll("commas2", &chunkReader{s: "1,22,333,4444", n: 2}, commas)

	// Empty tokens at EOF: more than 100 panics.
	count := 0
	emptyAtEOF := func(data []byte, atEOF bool) (int, []byte, error) {
		if atEOF {
			count++
			if count > 150 {
				return 0, nil, nil
			}
			return 0, []byte{}, nil
		}
		return len(data), data, nil
	}
	func() {
		defer func() { fmt.Println("recovered:", recover(), count) }()
		scanAll("empties", strings.NewReader("x"), emptyAtEOF)
	}()

	// Bad readers.
	scanAll("badcount", badReader{-1}, nil)
	scanAll("badcount2", badReader{1 << 20}, nil)
	scanAll("noprogress", zeroReader{}, nil)
	scanAll("readerr", &errReader{"a\nb"}, nil)

	// Panics after Scan.
	s = bufio.NewScanner(strings.NewReader("x"))
	s.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Split(bufio.ScanWords)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Buffer(nil, 10)
	}()
	fmt.Println(s.Scan(), s.Scan(), s.Text() == "", s.Err())
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount, bufio.ErrFinalToken)

	// Split functions called directly.
	for _, d := range []string{"", "a", "ab\n", "\xe4", "\xe4\xb8\xad", "  x y", " \t "} {
		for _, atEOF := range []bool{false, true} {
			a1, t1, e1 := bufio.ScanLines([]byte(d), atEOF)
			a2, t2, e2 := bufio.ScanWords([]byte(d), atEOF)
			a3, t3, e3 := 0, []byte(nil), error(nil)
			if d != "" || atEOF {
				a3, t3, e3 = bufio.ScanRunes([]byte(d), atEOF)
			}
			fmt.Printf("%q %v: lines %d %q %v nil=%v | words %d %q %v nil=%v | runes %d %q %v nil=%v\n", d, atEOF,
				a1, t1, e1, t1 == nil, a2, t2, e2, t2 == nil, a3, t3, e3, t3 == nil)
		}
	}
}
