// Package hex: hexadecimal encoding and decoding of bytes (lowercase out, either case in).
package hex

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength reports an odd number of hex digits (found after every pair decoded cleanly).
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes: n * 2.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes: x / 2.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex digits of src into dst (which needs EncodedLen(len(src)) bytes,
// written from the front) and returns the number written.
func Encode(dst, src []byte) int {
	if len(dst) >= 2*len(src) && len(src) > 0 {
		encodeLoop(dst, src)
		return len(src) * 2
	}
	for i, b := range src {
		dst[2*i] = digits[b>>4]
		dst[2*i+1] = digits[b&0x0f]
	}
	return len(src) * 2
}

// AppendEncode appends the hex encoding of src to dst.
func AppendEncode(dst, src []byte) []byte {
	n := EncodedLen(len(src))
	dst = slices.Grow(dst, n)
	Encode(dst[len(dst):][:n], src)
	return dst[:len(dst)+n]
}

// EncodeToString returns the hex encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// value returns the value of hex digit c, or 0xff if c is not one.
func value(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode decodes the hex digits of src into dst and returns the number of bytes written.
// Pairs are decoded from the front until one holds a non-digit (InvalidByteError for its
// first bad byte); a lone last digit gives ErrLength, or InvalidByteError if it is not a
// digit either.
func Decode(dst, src []byte) (int, error) {
	n := 0
	if len(dst) >= len(src)/2 && len(src) >= 2 {
		// Fast through the valid pairs; the loop below then reports what stopped it.
		n = decodeLoop(dst, src)
	}
	for ; 2*n+1 < len(src); n++ {
		hi, lo := src[2*n], src[2*n+1]
		a, b := value(hi), value(lo)
		if a > 0x0f {
			return n, InvalidByteError(hi)
		}
		if b > 0x0f {
			return n, InvalidByteError(lo)
		}
		dst[n] = a<<4 | b
	}
	if len(src)%2 == 1 {
		if last := src[len(src)-1]; value(last) > 0x0f {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// encodeLoop and decodeLoop are the native loops of Encode and Decode, for a dst known to
// be long enough; decodeLoop stops before the first pair holding a non-digit.
func encodeLoop(dst, src []byte)

func decodeLoop(dst, src []byte) int

// AppendDecode appends the decoding of src to dst; on an error, the bytes decoded before it
// are appended.
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := DecodedLen(len(src))
	dst = slices.Grow(dst, n)
	n, err := Decode(dst[len(dst):][:n], src)
	return dst[:len(dst)+n], err
}

// DecodeString returns the bytes s encodes, decoded in place in a copy of s: on an error,
// the bytes decoded before it.
func DecodeString(s string) ([]byte, error) {
	b := []byte(s)
	n, err := Decode(b, b)
	return b[:n], err
}

// Dump returns the hex dump of data, in `hexdump -C` format (see Dumper).
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow((len(data) + 15) / 16 * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}
