// Varints: 7 bits per byte, least significant group first, the high bit marking that more
// bytes follow; signed values are zig-zag mapped first so small magnitudes stay short.
package binary

import (
	"errors"
	"io"
)

const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint form of x to buf.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, byte(x)|0x80)
	}
	return append(buf, byte(x))
}

// PutUvarint encodes x into buf, which must be long enough, and returns the bytes written.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = byte(x) | 0x80
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint decodes a uint64 from buf and returns it with the number of bytes read; n is 0
// when buf ends too early and -(bytes read) when the value overflows 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var shift uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			// The tenth byte may only contribute the single bit left.
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// zigzag maps signed values to unsigned ones: 0, -1, 1, -2... become 0, 1, 2, 3...
func zigzag(x int64) uint64 {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return ux
}

func unzigzag(ux uint64) int64 {
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// AppendVarint appends the zig-zag varint form of x to buf.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint encodes x into buf, which must be long enough, and returns the bytes written.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes an int64 from buf; n is as for Uvarint.
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	return unzigzag(ux), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a uint64 varint from r. The error is io.EOF only when no byte was read,
// io.ErrUnexpectedEOF when the input ends inside the varint.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var shift uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<shift, nil
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag int64 varint from r, with ReadUvarint's errors.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	return unzigzag(ux), err
}
