// Buffered output: how a small bufio.Writer batches writes to the underlying writer, and
// reading records back with bufio.Reader.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type countingWriter struct {
	calls []int
	sb    strings.Builder
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls = append(c.calls, len(p))
	return c.sb.Write(p)
}

func main() {
	cw := &countingWriter{}
	w := bufio.NewWriterSize(cw, 32)
	for i := 0; i < 12; i++ {
		fmt.Fprintf(w, "record %02d;", i)
		if i%5 == 4 {
			w.WriteRune('★')
			w.WriteByte('\n')
		}
		fmt.Printf("after %2d: buffered=%2d available=%2d writes=%v\n", i, w.Buffered(), w.Available(), cw.calls)
	}
	w.WriteString(strings.Repeat("=", 70))
	w.WriteString("\n")
	fmt.Println("before flush:", cw.calls, w.Buffered())
	fmt.Println("flush:", w.Flush(), cw.calls)

	r := bufio.NewReaderSize(strings.NewReader(cw.sb.String()), 16)
	for {
		rec, err := r.ReadString(';')
		if len(rec) > 0 {
			fmt.Printf("%q\n", rec)
		}
		if err == io.EOF {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(cw.sb.String()), 16)
	for {
		line, prefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("prefix=%-5v %q\n", prefix, line)
	}
	r = bufio.NewReader(strings.NewReader("peek-a-boo"))
	p, _ := r.Peek(4)
	fmt.Printf("%s %d\n", p, r.Buffered())
	r.Discard(5)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%s\n", rest)
}
