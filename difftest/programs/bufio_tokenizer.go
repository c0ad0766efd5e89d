// A tokenizer for a small expression language on bufio.Reader (ReadRune, UnreadRune, Peek),
// a bufio.Scanner with a custom split function for comma-separated fields, the scanner's
// error for a token longer than its buffer, and a bufio.Writer's buffering counters.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type token struct {
	kind, text string
}

func lex(src string) ([]token, error) {
	r := bufio.NewReader(strings.NewReader(src))
	var toks []token
	for {
		c, _, err := r.ReadRune()
		if err == io.EOF {
			return toks, nil
		}
		switch {
		case unicode.IsSpace(c):
		case unicode.IsDigit(c):
			var b strings.Builder
			b.WriteRune(c)
			for {
				c, _, err := r.ReadRune()
				if err != nil {
					break
				}
				if !unicode.IsDigit(c) && c != '.' {
					r.UnreadRune()
					break
				}
				b.WriteRune(c)
			}
			toks = append(toks, token{"num", b.String()})
		case unicode.IsLetter(c) || c == '_':
			var b strings.Builder
			b.WriteRune(c)
			for {
				c, _, err := r.ReadRune()
				if err != nil {
					break
				}
				if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' {
					r.UnreadRune()
					break
				}
				b.WriteRune(c)
			}
			toks = append(toks, token{"ident", b.String()})
		case strings.ContainsRune("+-*/()=<>!", c):
			next, err := r.Peek(1)
			if err == nil && next[0] == '=' && strings.ContainsRune("=<>!", c) {
				r.ReadByte()
				toks = append(toks, token{"op", string(c) + "="})
			} else {
				toks = append(toks, token{"op", string(c)})
			}
		default:
			return toks, fmt.Errorf("unexpected %q at token %d", c, len(toks))
		}
	}
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	for _, src := range []string{"x1 = 3.14 * (radius_2 + 10)", "a<=b != c >= 7", "πr² > 2", "y = 4 $ 2"} {
		toks, err := lex(src)
		fmt.Printf("%q -> %v err=%v\n", src, toks, err)
	}
	sc := bufio.NewScanner(strings.NewReader("alpha, beta,gamma ,, delta"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\nafter"))
	sc.Buffer(make([]byte, 16), 32)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))
	sc = bufio.NewScanner(strings.NewReader("one two\nthree\r\nfour"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("words", n)

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	fmt.Println(w.Available(), w.Buffered(), w.Size())
	w.WriteString("0123456789")
	fmt.Println(w.Available(), w.Buffered(), out.Len())
	w.WriteString("abcdefghij")
	fmt.Println(w.Available(), w.Buffered(), out.Len())
	w.WriteRune('é')
	w.WriteByte('!')
	w.Flush()
	fmt.Printf("%q %d\n", out.String(), w.Buffered())
	br := bufio.NewReaderSize(strings.NewReader("line one\nline two\nno newline"), 16)
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	br = bufio.NewReader(strings.NewReader("key:value;rest"))
	k, _ := br.ReadSlice(':')
	p, _ := br.Peek(5)
	fmt.Printf("%q %q %d\n", k, p, br.Buffered())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&out))
	s, _ := rw.ReadString('x')
	fmt.Println(s)
}
