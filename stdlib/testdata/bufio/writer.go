package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type logWriter struct {
	data  strings.Builder
	log   []string
	limit int // accept at most limit bytes per write (0 = all)
	fail  int // fail on this write (1-based)
	short bool
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.log = append(w.log, fmt.Sprint(len(p)))
	if w.fail == len(w.log) {
		w.data.Write(p[:len(p)/2])
		return len(p) / 2, errors.New("device error")
	}
	n := len(p)
	if w.limit > 0 && n > w.limit {
		n = w.limit
	}
	w.data.Write(p[:n])
	if w.short {
		return n, nil
	}
	return n, nil
}

type stringLogWriter struct{ logWriter }

func (w *stringLogWriter) WriteString(s string) (int, error) {
	w.log = append(w.log, fmt.Sprint("s", len(s)))
	w.data.WriteString(s)
	return len(s), nil
}

type rfWriter struct{ logWriter }

func (w *rfWriter) ReadFrom(r io.Reader) (int64, error) {
	w.log = append(w.log, "readfrom")
	b, err := io.ReadAll(r)
	w.data.Write(b)
	return int64(len(b)), err
}

func main() {
	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello")
	w.WriteByte(' ')
	w.WriteRune('世')
	w.WriteRune('x')
	fmt.Println(w.Available(), w.Buffered(), lw.log)
	n, err := w.Write([]byte("0123456789"))
	fmt.Println(n, err, w.Buffered(), lw.log)
	n, err = w.Write([]byte(strings.Repeat("L", 40)))
	fmt.Println(n, err, w.Buffered(), lw.log)
	n, err = w.WriteString(strings.Repeat("S", 20))
	fmt.Println(n, err, w.Buffered(), lw.log)
	fmt.Println(w.Flush(), w.Flush(), lw.log, lw.data.Len())

	// WriteString through a StringWriter.
	sw := &stringLogWriter{}
	w = bufio.NewWriterSize(sw, 16)
	w.WriteString(strings.Repeat("a", 40))
	w.WriteString("bc")
	w.WriteString(strings.Repeat("d", 40))
	w.Flush()
	fmt.Println(sw.log, sw.data.Len())

	// AvailableBuffer.
	w = bufio.NewWriterSize(lw, 32)
	w.WriteString("ab")
	ab := w.AvailableBuffer()
	fmt.Println(len(ab), cap(ab))
	ab = append(ab, "cd"...)
	w.Write(ab)
	fmt.Println(w.Buffered())

	// WriteRune near the end and with a tiny buffer.
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	w.WriteString(strings.Repeat("r", 14))
	size, err := w.WriteRune('€')
	fmt.Println(size, err, w.Buffered(), lw.log)
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 2)
	size, err = w.WriteRune('🎉')
	fmt.Println(size, err, w.Buffered(), lw.log)
	w.WriteRune(-1)
	w.Flush()
	fmt.Printf("%q\n", lw.data.String())

	// Errors stick.
	lw = &logWriter{fail: 2}
	w = bufio.NewWriterSize(lw, 8)
	n, err = w.Write([]byte("12345678"))
	fmt.Println(n, err)
	n, err = w.Write([]byte("abcdefgh"))
	fmt.Println(n, err, w.Buffered())
	n, err = w.Write([]byte("zz"))
	fmt.Println(n, err)
	fmt.Println(w.WriteByte('x'), w.Flush())
	_, err = w.WriteRune('é')
	fmt.Println(err)
	_, err = w.WriteString("s")
	fmt.Println(err, lw.log, lw.data.String())
	w.Reset(lw)
	fmt.Println(w.Buffered(), w.WriteByte('k'), w.Flush())

	// Short write.
	lw = &logWriter{limit: 3}
	w = bufio.NewWriterSize(lw, 8)
	w.WriteString("abcdef")
	err = w.Flush()
	fmt.Println(err, err == io.ErrShortWrite, w.Buffered(), lw.data.String())

	// ReadFrom.
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	w.WriteString("pre")
	rn, err := w.ReadFrom(strings.NewReader(strings.Repeat("R", 50)))
	fmt.Println(rn, err, w.Buffered(), lw.log)
	w.Flush()
	rfw := &rfWriter{}
	w = bufio.NewWriterSize(rfw, 16)
	w.WriteString("pre")
	rn, err = w.ReadFrom(strings.NewReader(strings.Repeat("Q", 50)))
	fmt.Println(rn, err, w.Buffered(), rfw.log)
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	rn, err = w.ReadFrom(strings.NewReader(strings.Repeat("E", 16)))
	fmt.Println(rn, err, w.Buffered(), lw.log)

	// NewWriterSize reuse and defaults.
	w = bufio.NewWriterSize(lw, 64)
	fmt.Println(bufio.NewWriterSize(w, 10) == w, bufio.NewWriterSize(w, 100) == w, bufio.NewWriterSize(lw, 0).Size(), bufio.NewWriterSize(lw, -1).Size())
	var zw bufio.Writer
	zw.Reset(lw)
	fmt.Println(zw.Size())
	w.Reset(w)

	// ReadWriter.
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(lw))
	line, _ := rw.ReadString('\n')
	rw.WriteString("pong: " + line)
	rw.Flush()
	fmt.Printf("%q\n", lw.data.String())
	var rwi io.ReadWriter = rw
	_ = rwi

	var zero bufio.Writer
	fmt.Println(zero.Size(), zero.Available(), zero.Buffered(), zero.Flush())
}
