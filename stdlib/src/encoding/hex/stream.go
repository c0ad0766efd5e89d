// Streaming hex: an encoding io.Writer, a decoding io.Reader and the hex dumper.
package hex

import (
	"errors"
	"io"
)

// chunk is how many hex digits the encoder and decoder buffer.
const chunk = 1024

type encoder struct {
	w   io.Writer
	err error
	out [chunk]byte
}

// NewEncoder returns an io.Writer that writes lowercase hex digits to w, in writes of at most
// 1024 digits. Once w fails, every later write returns that error.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk/2 {
			k = chunk / 2
		}
		m := Encode(e.out[:], p[:k])
		var wrote int
		wrote, e.err = e.w.Write(e.out[:m])
		n += wrote / 2
		p = p[k:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // digits read but not yet decoded
	arr [chunk]byte
}

// NewDecoder returns an io.Reader that decodes the hex digits read from r, which should hold
// an even number of them.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

// Read refills the buffer only when less than a pair is left, decodes as many whole pairs
// as fit in p, and reports a read or decoding error only once the buffered digits before it
// have been delivered.
func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 == 1 {
			if last := d.in[len(d.in)-1]; value(last) > 0x0f {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if pairs := len(d.in) / 2; len(p) > pairs {
		p = p[:pairs]
	}
	n, err = Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		d.in = nil
		d.err = err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, nil
}

// Dumper returns an io.WriteCloser writing a hex dump (`hexdump -C` format) of all data
// written to it to w; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

// A dump line is an 8-digit offset and two spaces, 16 bytes as "xx " (with one more space
// after the 8th and "|" after the 16th), then the bytes as text and "|\n". The dumper writes
// each piece to w as it goes: the offset when a line starts, each byte's digits, and the text
// column when the line is full.
type dumper struct {
	w      io.Writer
	text   [18]byte
	buf    [14]byte
	used   int  // bytes on the current line
	off    uint // bytes dumped so far
	closed bool
}

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if h.used == 0 {
			off := [4]byte{byte(h.off >> 24), byte(h.off >> 16), byte(h.off >> 8), byte(h.off)}
			Encode(h.buf[:], off[:])
			h.buf[8] = ' '
			h.buf[9] = ' '
			if _, err = h.w.Write(h.buf[:10]); err != nil {
				return
			}
		}
		h.buf[0] = digits[b>>4]
		h.buf[1] = digits[b&0x0f]
		h.buf[2] = ' '
		k := 3
		switch h.used {
		case 7:
			h.buf[3] = ' '
			k = 4
		case 15:
			h.buf[3] = ' '
			h.buf[4] = '|'
			k = 5
		}
		if _, err = h.w.Write(h.buf[:k]); err != nil {
			return
		}
		n++
		h.text[h.used] = printable(b)
		h.used++
		h.off++
		if h.used == 16 {
			h.text[16] = '|'
			h.text[17] = '\n'
			if _, err = h.w.Write(h.text[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

// Close pads the last line with spaces in place of the missing bytes and ends it; later
// Closes do nothing.
func (h *dumper) Close() (err error) {
	if h.closed {
		return nil
	}
	h.closed = true
	if h.used == 0 {
		return nil
	}
	copy(h.buf[:], "    |")
	filled := h.used
	for ; h.used < 16; h.used++ {
		k := 3
		switch h.used {
		case 7:
			k = 4
		case 15:
			k = 5
		}
		if _, err = h.w.Write(h.buf[:k]); err != nil {
			return
		}
	}
	h.text[filled] = '|'
	h.text[filled+1] = '\n'
	_, err = h.w.Write(h.text[:filled+2])
	return
}
