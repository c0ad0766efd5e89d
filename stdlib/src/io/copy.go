// Copying between readers and writers, and the writer that discards everything.
package io

// Copy copies until EOF (not reported) or an error. It prefers src's WriterTo, then dst's
// ReaderFrom, and otherwise moves data through a 32 KiB buffer.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy with a caller-provided buffer (used only when neither side has a
// shortcut method). A non-nil empty buffer panics.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies exactly n bytes, or fewer with the error that stopped it (EOF if src ran out).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
			if l.N < 1 {
				size = 1
			} else {
				size = int(l.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(nw)
			if werr != nil {
				err = werr
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if rerr != nil {
			if rerr != EOF {
				err = rerr
			}
			break
		}
	}
	return written, err
}

// Discard accepts every write and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (d discard) Write(p []byte) (int, error) { return len(p), nil }

func (d discard) WriteString(s string) (int, error) { return len(s), nil }

func (d discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		k, rerr := r.Read(buf)
		n += int64(k)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}
