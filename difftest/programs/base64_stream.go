// Streaming base64: wrapping a MIME-style body at 76 columns while encoding, and decoding it back.
package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

// lineWrapper inserts CRLF every 76 output bytes.
type lineWrapper struct {
	w   io.Writer
	col int
}

func (l *lineWrapper) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		k := 76 - l.col
		if k > len(p) {
			k = len(p)
		}
		m, err := l.w.Write(p[:k])
		n += m
		if err != nil {
			return n, err
		}
		l.col += k
		p = p[k:]
		if l.col == 76 {
			l.w.Write([]byte("\r\n"))
			l.col = 0
		}
	}
	return n, nil
}

func main() {
	var body strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&body, "line %02d: the quick brown fox jumps over the lazy dog %d\n", i, i*i*i)
	}
	var out strings.Builder
	enc := base64.NewEncoder(base64.StdEncoding, &lineWrapper{w: &out})
	text := body.String()
	for i := 0; i < len(text); i += 37 {
		enc.Write([]byte(text[i:min(i+37, len(text))]))
	}
	enc.Close()
	encoded := out.String()
	fmt.Print(encoded)
	fmt.Println()
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(encoded))
	buf := make([]byte, 100)
	total := 0
	var got strings.Builder
	for {
		n, err := dec.Read(buf)
		total += n
		got.Write(buf[:n])
		if err != nil {
			fmt.Println("end:", err, total)
			break
		}
	}
	fmt.Println(got.String() == text)
	// A truncated stream.
	_, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(encoded[:101])))
	fmt.Println("truncated:", err)
	_, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(encoded[:100]+"#"+encoded[100:])))
	fmt.Println("corrupt:", err)
	raw, err := io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("aGVsbG8td29ybGQ")))
	fmt.Printf("raw: %q %v\n", raw, err)
}
