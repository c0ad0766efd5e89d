// Streaming base64: an encoding io.WriteCloser and a decoding io.Reader.
package base64

import "io"

type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte // input bytes waiting for a whole group
	nbuf int
	out  [1024]byte
}

// NewEncoder returns a writer that encodes what is written to it onto w, in whole groups
// of three bytes; Close flushes the last partial group (with padding if any). Once w fails,
// every later write returns that error.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	// First complete a group left over from the previous write.
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	// Whole groups, at most 768 input bytes per write to w.
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return n, nil
}

// Close writes the buffered partial group; it does not close w.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

type decoder struct {
	err     error
	readErr error // from the underlying reader, reported once its data is used up
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // encoded input not yet decoded
	nbuf    int
	out     []byte // decoded bytes not yet returned
	outbuf  [1024 / 4 * 3]byte
}

// NewDecoder returns a reader that decodes the base64 read from r; newlines in the input
// are dropped.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &noNewlines{r}}
}

// Read returns leftover decoded bytes first; otherwise it reads until at least one group of
// four characters is buffered (asking for about as much as p can take), decodes the whole
// groups, and keeps the rest. An unpadded encoding decodes a final short group at the end
// of the input; a padded one reports io.ErrUnexpectedEOF for it.
func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var got int
		got, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += got
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var k int
			k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nbuf / 4 * 4
	if bytes := d.nbuf / 4 * 3; bytes > len(p) {
		var k int
		k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:whole])
		d.out = d.outbuf[:k]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf -= whole
	copy(d.buf[:d.nbuf], d.buf[whole:])
	return n, d.err
}

// noNewlines drops '\r' and '\n' from what it reads, reading again when a read held
// nothing else.
type noNewlines struct {
	r io.Reader
}

func (f *noNewlines) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
