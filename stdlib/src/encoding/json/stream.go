// Streams of JSON values: Decoder reads values (or tokens) one at a time from a reader,
// buffering as Go's does (so Buffered and InputOffset report the same), and Encoder writes
// one value per line. Also RawMessage, which carries encoded JSON through unchanged.
package json

import (
	"bytes"
	"errors"
	"io"
)

// A Decoder reads and decodes JSON values from an input stream.
type Decoder struct {
	r       io.Reader
	buf     []byte
	d       decodeState
	scanp   int   // start of the unread part of buf
	scanned int64 // bytes dropped from buf before scanp
	scan    scanner
	err     error // sticky read or syntax error

	tokState int
	tokStack []int
}

// NewDecoder returns a decoder reading from r, which it may read beyond the values asked for.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber makes numbers decoded into empty interfaces Numbers instead of float64s.
func (dec *Decoder) UseNumber() { dec.d.useNumber = true }

// DisallowUnknownFields makes object keys matching no struct field an error.
func (dec *Decoder) DisallowUnknownFields() { dec.d.disallowUnknownFields = true }

// Decode reads the next JSON value and stores it in the value v points to.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{msg: "not at beginning of value", Offset: dec.InputOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	dec.d.init(dec.buf[dec.scanp : dec.scanp+n])
	dec.scanp += n
	err = dec.d.unmarshal(v)
	dec.tokenValueEnd()
	return err
}

// Buffered returns the data read from the input but not yet decoded.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.scanp:])
}

// readValue reads until buf[scanp:] starts with a complete value and returns its length.
// The scanner's byte count runs on across values, as Go's does, and is the offset of
// syntax errors.
func (dec *Decoder) readValue() (int, error) {
	dec.scan.reset()
	i := dec.scanp
	var err error
	for {
		for ; i < len(dec.buf); i++ {
			c := dec.buf[i]
			dec.scan.bytes++
			switch dec.scan.step(c) {
			case opEnd:
				// The byte after a number or word: not part of the value.
				dec.scan.bytes--
				return i - dec.scanp, nil
			case opEndObject, opEndArray:
				// A closed top-level composite is complete without looking further.
				if len(dec.scan.stack) == 0 {
					return i + 1 - dec.scanp, nil
				}
			case opError:
				dec.err = dec.scan.err
				return 0, dec.scan.err
			}
		}
		if err != nil {
			if err == io.EOF {
				if dec.scan.step(' ') == opEnd {
					return i - dec.scanp, nil
				}
				if hasNonSpace(dec.buf) {
					err = io.ErrUnexpectedEOF
				}
			}
			dec.err = err
			return 0, err
		}
		n := i - dec.scanp
		err = dec.refill()
		i = dec.scanp + n
	}
}

// refill moves the unread data to the front of buf and reads more, growing buf as Go's
// decoder does (at least 512 bytes free per read).
func (dec *Decoder) refill() error {
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		nb := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(nb, dec.buf)
		dec.buf = nb
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[:len(dec.buf)+n]
	return err
}

func hasNonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

// peek returns the next non-space byte, reading more input as needed.
func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			if c := dec.buf[i]; !isSpace(c) {
				dec.scanp = i
				return c, nil
			}
		}
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}

// More reports whether the current array or object has another element.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// InputOffset returns the offset in the input of the decoder's position.
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned + int64(dec.scanp)
}

// An Encoder writes JSON values to an output stream, each followed by a newline.
type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool
	prefix     string
	indent     string
}

func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes the JSON encoding of v and a newline.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	var e encodeState
	if err := e.marshal(v, htmlOpt(enc.escapeHTML)); err != nil {
		return err
	}
	e.buf = append(e.buf, '\n')
	b := e.buf
	if enc.prefix != "" || enc.indent != "" {
		var err error
		if b, err = appendIndent(nil, b, enc.prefix, enc.indent); err != nil {
			return err
		}
	}
	_, err := enc.w.Write(b)
	if err != nil {
		enc.err = err
	}
	return err
}

// SetIndent makes Encode indent its output as MarshalIndent does.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix = prefix
	enc.indent = indent
}

// SetEscapeHTML chooses whether <, > and & in strings are escaped (the default).
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// RawMessage is an encoded JSON value, written as it is and read without decoding.
type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

var _ Marshaler = (*RawMessage)(nil)
var _ Unmarshaler = (*RawMessage)(nil)
