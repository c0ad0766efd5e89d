package main

import (
	"errors"
	"io"
	"os"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// chunkReader returns at most k bytes per Read.
type chunkReader struct {
	s string
	k int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := r.k
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.s) {
		n = len(r.s)
	}
	copy(p, r.s[:n])
	r.s = r.s[n:]
	return n, nil
}

type atReader string

func (a atReader) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(a)) {
		return 0, io.EOF
	}
	n := copy(p, a[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

type sink struct{ b []byte }

func (s *sink) Write(p []byte) (int, error) {
	s.b = append(s.b, p...)
	return len(p), nil
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return f.n, errors.New("full")
	}
	f.n -= len(p)
	return len(p), nil
}

func main() {
	data, err := io.ReadAll(&chunkReader{"hello, world", 5})
	out(string(data) + " " + errs(err))
	big := make([]byte, 3000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	data, err = io.ReadAll(&chunkReader{string(big), 700})
	out(itoa(int64(len(data))) + " " + errs(err) + " " + string(data[2990:]))

	buf := make([]byte, 8)
	n, err := io.ReadFull(&chunkReader{"abcdefghij", 3}, buf)
	out(itoa(int64(n)) + " " + errs(err) + " " + string(buf[:n]))
	n, err = io.ReadFull(&chunkReader{"abc", 2}, buf)
	out(itoa(int64(n)) + " " + errs(err))
	n, err = io.ReadFull(&chunkReader{"", 2}, buf)
	out(itoa(int64(n)) + " " + errs(err))
	n, err = io.ReadAtLeast(&chunkReader{"abcdef", 2}, buf[:2], 3)
	out(itoa(int64(n)) + " " + errs(err))

	var s sink
	w, err := io.Copy(&s, &chunkReader{"copy me please", 4})
	out(itoa(w) + " " + errs(err) + " " + string(s.b))
	s.b = nil
	w, err = io.CopyN(&s, &chunkReader{"0123456789", 3}, 5)
	out(itoa(w) + " " + errs(err) + " " + string(s.b))
	w, err = io.CopyN(&s, &chunkReader{"01", 3}, 5)
	out(itoa(w) + " " + errs(err))
	w, err = io.Copy(&failWriter{3}, &chunkReader{"abcdef", 6})
	out(itoa(w) + " " + errs(err))
	w, err = io.Copy(io.Discard, &chunkReader{"abcdef", 2})
	out(itoa(w) + " " + errs(err))

	data, _ = io.ReadAll(io.LimitReader(&chunkReader{"abcdefgh", 3}, 5))
	out(string(data))
	data, _ = io.ReadAll(io.MultiReader(&chunkReader{"ab", 1}, &chunkReader{"", 1}, &chunkReader{"cd", 5}))
	out(string(data))
	var s1, s2 sink
	mw := io.MultiWriter(&s1, &s2)
	io.WriteString(mw, "twice")
	out(string(s1.b) + " " + string(s2.b))
	var tee sink
	data, _ = io.ReadAll(io.TeeReader(&chunkReader{"tee!", 1}, &tee))
	out(string(data) + " " + string(tee.b))

	sr := io.NewSectionReader(atReader("0123456789"), 2, 5)
	data, _ = io.ReadAll(sr)
	out(string(data) + " " + itoa(sr.Size()))
	pos, err := sr.Seek(1, io.SeekStart)
	out(itoa(pos) + " " + errs(err))
	data, _ = io.ReadAll(sr)
	out(string(data))
	_, err = sr.Seek(0, 7)
	out(errs(err))
	n, err = sr.ReadAt(buf[:3], 3)
	out(itoa(int64(n)) + " " + errs(err) + " " + string(buf[:n]))

	rc := io.NopCloser(&chunkReader{"x", 1})
	out(errs(rc.Close()))
	out(io.EOF.Error() + "|" + io.ErrUnexpectedEOF.Error() + "|" + io.ErrShortWrite.Error() + "|" + io.ErrShortBuffer.Error() + "|" + io.ErrNoProgress.Error() + "|" + io.ErrClosedPipe.Error())
	n, err = io.WriteString(io.Discard, "discarded")
	out(itoa(int64(n)) + " " + errs(err))
}
