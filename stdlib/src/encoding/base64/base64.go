// Package base64: base64 encoding as RFC 4648 defines it, with the standard and URL-safe
// alphabets, optional padding and an optional strict mode.
package base64

import (
	"slices"
	"strconv"
)

// An Encoding is a radix-64 alphabet plus its padding and strictness.
type Encoding struct {
	encode  [64]byte
	decode  [256]uint8 // symbol → value, or none for bytes outside the alphabet
	padChar rune
	strict  bool
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

// none marks bytes that are not in the alphabet.
const none = 0xff

// NewEncoding returns a padded Encoding with the given 64-byte alphabet, which must hold 64
// distinct bytes, none of them '\n' or '\r'. (The padding character is not checked here: it
// may be changed with WithPadding.)
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{padChar: StdPadding}
	copy(e.encode[:], encoder)
	for i := range e.decode {
		e.decode[i] = none
	}
	for i := 0; i < len(encoder); i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.decode[c] != none {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decode[c] = uint8(i)
	}
	return e
}

// WithPadding returns a copy of enc padding with the given byte, or not padding at all
// (NoPadding). The padding must not be '\r', '\n', above 0xff or in the alphabet.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decode[byte(padding)] != none {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that rejects encodings whose unused trailing bits are not
// zero. Newlines are still ignored.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The standard (RFC 4648) and URL-safe alphabets, padded and unpadded.
var (
	StdEncoding    = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
	URLEncoding    = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// Encode writes the encoding of src to dst, which needs EncodedLen(len(src)) bytes. No
// newlines are added.
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	whole := len(src) / 3 * 3
	d := whole / 3 * 4
	if len(dst) >= d {
		encodeGroups(&enc.encode, dst[:d], src[:whole])
	} else {
		// Too short a dst: encode group by group so that the index panic is gc's.
		d = 0
		for s := 0; s < whole; s += 3 {
			b0, b1, b2 := src[s], src[s+1], src[s+2]
			dst[d] = enc.encode[b0>>2]
			dst[d+1] = enc.encode[(b0&3)<<4|b1>>4]
			dst[d+2] = enc.encode[(b1&15)<<2|b2>>6]
			dst[d+3] = enc.encode[b2&63]
			d += 4
		}
	}
	switch len(src) - whole {
	case 1:
		b0 := src[whole]
		dst[d] = enc.encode[b0>>2]
		dst[d+1] = enc.encode[(b0&3)<<4]
		if enc.padChar != NoPadding {
			dst[d+2] = byte(enc.padChar)
			dst[d+3] = byte(enc.padChar)
		}
	case 2:
		b0, b1 := src[whole], src[whole+1]
		dst[d] = enc.encode[b0>>2]
		dst[d+1] = enc.encode[(b0&3)<<4|b1>>4]
		dst[d+2] = enc.encode[(b1&15)<<2]
		if enc.padChar != NoPadding {
			dst[d+3] = byte(enc.padChar)
		}
	}
}

// encodeGroups encodes src, whole groups of three bytes, into dst (native).
func encodeGroups(alphabet *[64]byte, dst, src []byte)

// AppendEncode appends the encoding of src to dst.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	dst = slices.Grow(dst, n)
	enc.Encode(dst[len(dst):][:n], src)
	return dst[:len(dst)+n]
}

// EncodeToString returns the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length of the encoding of n bytes: whole 4-byte groups when padded,
// else just the characters needed for the bits.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the most bytes n encoded characters can decode to.
func (enc *Encoding) DecodedLen(n int) int { return decodedLen(n, enc.padChar) }

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// CorruptInputError is the offset of the first bad byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}
