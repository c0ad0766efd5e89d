// Package binary: translation between numbers and byte sequences, varints, and the
// encoding of fixed-size values. This file holds the byte orders.
package binary

// ByteOrder specifies how to convert byte slices into unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder specifies how to append unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian implementation of ByteOrder and AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian implementation of ByteOrder and AppendByteOrder.
var BigEndian bigEndian

type littleEndian struct{}

// Each accessor first touches the last byte it needs so that a short slice panics with that
// index, as gc's bounds-check hint does.

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(uint32(b[0])|uint32(b[1])<<8|uint32(b[2])<<16|uint32(b[3])<<24) |
		uint64(uint32(b[4])|uint32(b[5])<<8|uint32(b[6])<<16|uint32(b[7])<<24)<<32
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	lo, hi := uint32(v), uint32(v>>32)
	b[0] = byte(lo)
	b[1] = byte(lo >> 8)
	b[2] = byte(lo >> 16)
	b[3] = byte(lo >> 24)
	b[4] = byte(hi)
	b[5] = byte(hi >> 8)
	b[6] = byte(hi >> 16)
	b[7] = byte(hi >> 24)
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	lo, hi := uint32(v), uint32(v>>32)
	return append(b, byte(lo), byte(lo>>8), byte(lo>>16), byte(lo>>24),
		byte(hi), byte(hi>>8), byte(hi>>16), byte(hi>>24))
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(uint32(b[7])|uint32(b[6])<<8|uint32(b[5])<<16|uint32(b[4])<<24) |
		uint64(uint32(b[3])|uint32(b[2])<<8|uint32(b[1])<<16|uint32(b[0])<<24)<<32
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	lo, hi := uint32(v), uint32(v>>32)
	b[0] = byte(hi >> 24)
	b[1] = byte(hi >> 16)
	b[2] = byte(hi >> 8)
	b[3] = byte(hi)
	b[4] = byte(lo >> 24)
	b[5] = byte(lo >> 16)
	b[6] = byte(lo >> 8)
	b[7] = byte(lo)
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	lo, hi := uint32(v), uint32(v>>32)
	return append(b, byte(hi>>24), byte(hi>>16), byte(hi>>8), byte(hi),
		byte(lo>>24), byte(lo>>16), byte(lo>>8), byte(lo))
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

// nativeEndian is little-endian, as on amd64, the platform gots reproduces.
type nativeEndian struct {
	littleEndian
}

// NativeEndian is the native-endian implementation of ByteOrder and AppendByteOrder.
var NativeEndian nativeEndian

func (nativeEndian) String() string   { return "NativeEndian" }
func (nativeEndian) GoString() string { return "binary.NativeEndian" }
