// Read, Write, Encode, Decode, Append and Size for fixed-size data. Basic numbers, pointers
// to them and slices of them take a fast path through the ByteOrder's methods, as in gc;
// anything else (structs, arrays, named types) is measured, encoded and decoded by natives
// that walk gots' run-time type descriptors, in place of gc's reflection.
package binary

import (
	"errors"
	"io"
	"math"
	"slices"
)

var errBufferTooSmall = errors.New("buffer too small")

// Natives over the type descriptors. dataSize gives the encoded size or -1; with forRead it
// accepts only what Read can fill (a non-nil pointer, or a slice), otherwise it looks through
// one pointer as Write does. typeString is the type as reflect prints it (a nil interface
// faults like reflect.TypeOf(nil).String()).
func dataSize(data any, forRead bool) int
func encodeValue(buf []byte, big bool, data any)
func decodeValue(buf []byte, big bool, data any)
func typeString(data any) string

// isBig reports whether order puts the most significant byte first. The structured path
// encodes in one of the two standard orders, so a custom ByteOrder is classified by how it
// stores 1.
func isBig(order ByteOrder) bool {
	switch order.(type) {
	case bigEndian:
		return true
	case littleEndian, nativeEndian:
		return false
	}
	var b [2]byte
	order.PutUint16(b[:], 1)
	return b[1] == 1
}

// Read reads structured binary data from r into data, which must be a pointer to fixed-size
// data or a slice of it. The error is io.EOF only if no bytes were read.
func Read(r io.Reader, order ByteOrder, data any) error {
	if n, _ := intDataSize(data); n != 0 {
		bs := make([]byte, n)
		if _, err := io.ReadFull(r, bs); err != nil {
			return err
		}
		if decodeFast(bs, order, data) {
			return nil
		}
	}
	size := dataSize(data, true)
	if size < 0 {
		return errors.New("binary.Read: invalid type " + typeString(data))
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decodeValue(buf, isBig(order), data)
	return nil
}

// Decode decodes data from buf and returns the number of bytes consumed.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	if n, _ := intDataSize(data); n != 0 {
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		if decodeFast(buf, order, data) {
			return n, nil
		}
	}
	size := dataSize(data, true)
	if size < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeString(data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	decodeValue(buf[:size], isBig(order), data)
	return size, nil
}

func decodeFast(bs []byte, order ByteOrder, data any) bool {
	switch data := data.(type) {
	case *bool:
		*data = bs[0] != 0
	case *int8:
		*data = int8(bs[0])
	case *uint8:
		*data = bs[0]
	case *int16:
		*data = int16(order.Uint16(bs))
	case *uint16:
		*data = order.Uint16(bs)
	case *int32:
		*data = int32(order.Uint32(bs))
	case *uint32:
		*data = order.Uint32(bs)
	case *int64:
		*data = int64(order.Uint64(bs))
	case *uint64:
		*data = order.Uint64(bs)
	case *float32:
		*data = math.Float32frombits(order.Uint32(bs))
	case *float64:
		*data = math.Float64frombits(order.Uint64(bs))
	case []bool:
		for i, x := range bs {
			data[i] = x != 0
		}
	case []int8:
		for i, x := range bs {
			data[i] = int8(x)
		}
	case []uint8:
		copy(data, bs)
	case []int16:
		for i := range data {
			data[i] = int16(order.Uint16(bs[2*i:]))
		}
	case []uint16:
		for i := range data {
			data[i] = order.Uint16(bs[2*i:])
		}
	case []int32:
		for i := range data {
			data[i] = int32(order.Uint32(bs[4*i:]))
		}
	case []uint32:
		for i := range data {
			data[i] = order.Uint32(bs[4*i:])
		}
	case []int64:
		for i := range data {
			data[i] = int64(order.Uint64(bs[8*i:]))
		}
	case []uint64:
		for i := range data {
			data[i] = order.Uint64(bs[8*i:])
		}
	case []float32:
		for i := range data {
			data[i] = math.Float32frombits(order.Uint32(bs[4*i:]))
		}
	case []float64:
		for i := range data {
			data[i] = math.Float64frombits(order.Uint64(bs[8*i:]))
		}
	default:
		return false
	}
	return true
}

// Write writes the binary representation of data, a fixed-size value, a slice of them, or a
// pointer to such data, to w.
func Write(w io.Writer, order ByteOrder, data any) error {
	if n, bs := intDataSize(data); n != 0 {
		if bs == nil {
			bs = make([]byte, n)
			encodeFast(bs, order, data)
		}
		_, err := w.Write(bs)
		return err
	}
	size := dataSize(data, false)
	if size < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeString(data))
	}
	buf := make([]byte, size)
	encodeValue(buf, isBig(order), data)
	_, err := w.Write(buf)
	return err
}

// Encode encodes data into buf and returns the number of bytes written.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	if n, _ := intDataSize(data); n != 0 {
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		encodeFast(buf, order, data)
		return n, nil
	}
	size := dataSize(data, false)
	if size < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeString(data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	encodeValue(buf[:size], isBig(order), data)
	return size, nil
}

// Append appends the binary representation of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	if n, _ := intDataSize(data); n != 0 {
		buf, pos := ensure(buf, n)
		encodeFast(pos, order, data)
		return buf, nil
	}
	size := dataSize(data, false)
	if size < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeString(data))
	}
	buf, pos := ensure(buf, size)
	encodeValue(pos, isBig(order), data)
	return buf, nil
}

// ensure extends buf by n bytes and returns it with the new tail.
func ensure(buf []byte, n int) (buf2, pos []byte) {
	l := len(buf)
	buf = slices.Grow(buf, n)[:l+n]
	return buf, buf[l:]
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func encodeFast(bs []byte, order ByteOrder, data any) {
	switch v := data.(type) {
	case *bool:
		bs[0] = boolByte(*v)
	case bool:
		bs[0] = boolByte(v)
	case []bool:
		for i, x := range v {
			bs[i] = boolByte(x)
		}
	case *int8:
		bs[0] = byte(*v)
	case int8:
		bs[0] = byte(v)
	case []int8:
		for i, x := range v {
			bs[i] = byte(x)
		}
	case *uint8:
		bs[0] = *v
	case uint8:
		bs[0] = v
	case []uint8:
		copy(bs, v)
	case *int16:
		order.PutUint16(bs, uint16(*v))
	case int16:
		order.PutUint16(bs, uint16(v))
	case []int16:
		for i, x := range v {
			order.PutUint16(bs[2*i:], uint16(x))
		}
	case *uint16:
		order.PutUint16(bs, *v)
	case uint16:
		order.PutUint16(bs, v)
	case []uint16:
		for i, x := range v {
			order.PutUint16(bs[2*i:], x)
		}
	case *int32:
		order.PutUint32(bs, uint32(*v))
	case int32:
		order.PutUint32(bs, uint32(v))
	case []int32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], uint32(x))
		}
	case *uint32:
		order.PutUint32(bs, *v)
	case uint32:
		order.PutUint32(bs, v)
	case []uint32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], x)
		}
	case *int64:
		order.PutUint64(bs, uint64(*v))
	case int64:
		order.PutUint64(bs, uint64(v))
	case []int64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], uint64(x))
		}
	case *uint64:
		order.PutUint64(bs, *v)
	case uint64:
		order.PutUint64(bs, v)
	case []uint64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], x)
		}
	case *float32:
		order.PutUint32(bs, math.Float32bits(*v))
	case float32:
		order.PutUint32(bs, math.Float32bits(v))
	case []float32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], math.Float32bits(x))
		}
	case *float64:
		order.PutUint64(bs, math.Float64bits(*v))
	case float64:
		order.PutUint64(bs, math.Float64bits(v))
	case []float64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], math.Float64bits(x))
		}
	}
}

// Size returns how many bytes Write would generate for v, or -1 if v is not fixed-size data.
func Size(v any) int {
	switch data := v.(type) {
	case bool, int8, uint8:
		return 1
	case *bool, *int8, *uint8:
		if isNilPtr(data) {
			return -1
		}
		return 1
	case []bool:
		return len(data)
	case []int8:
		return len(data)
	case []uint8:
		return len(data)
	case int16, uint16:
		return 2
	case *int16, *uint16:
		if isNilPtr(data) {
			return -1
		}
		return 2
	case []int16:
		return 2 * len(data)
	case []uint16:
		return 2 * len(data)
	case int32, uint32, float32:
		return 4
	case *int32, *uint32, *float32:
		if isNilPtr(data) {
			return -1
		}
		return 4
	case []int32:
		return 4 * len(data)
	case []uint32:
		return 4 * len(data)
	case []float32:
		return 4 * len(data)
	case int64, uint64, float64:
		return 8
	case *int64, *uint64, *float64:
		if isNilPtr(data) {
			return -1
		}
		return 8
	case []int64:
		return 8 * len(data)
	case []uint64:
		return 8 * len(data)
	case []float64:
		return 8 * len(data)
	}
	return dataSize(v, false)
}

// isNilPtr reports whether v holds a nil pointer; dataSize says -1 exactly then.
func isNilPtr(v any) bool { return dataSize(v, false) < 0 }

// intDataSize returns the encoded size of data when the fast path handles it (0 otherwise),
// and the bytes themselves when no conversion is needed.
func intDataSize(data any) (int, []byte) {
	switch data := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1, nil
	case []bool:
		return len(data), nil
	case []int8:
		return len(data), nil
	case []uint8:
		return len(data), data
	case int16, uint16, *int16, *uint16:
		return 2, nil
	case []int16:
		return 2 * len(data), nil
	case []uint16:
		return 2 * len(data), nil
	case int32, uint32, *int32, *uint32, float32, *float32:
		return 4, nil
	case []int32:
		return 4 * len(data), nil
	case []uint32:
		return 4 * len(data), nil
	case []float32:
		return 4 * len(data), nil
	case int64, uint64, *int64, *uint64, float64, *float64:
		return 8, nil
	case []int64:
		return 8 * len(data), nil
	case []uint64:
		return 8 * len(data), nil
	case []float64:
		return 8 * len(data), nil
	}
	return 0, nil
}
