package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   int32
	_       [2]byte
	Scale   float32
	Offset  int64
	Ok      bool
	Z       complex64
	W       complex128
	Pts     [2]Point
}

type Point struct{ X, Y int16 }

type MyInt uint32

type hidden struct {
	A uint8
	b uint16
}

type WithInt struct {
	A int
}

type weird struct{}

// A byte order that is big-endian but not BigEndian itself.
type myOrder struct{ binary.ByteOrder }

func (myOrder) String() string { return "mine" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	h := Header{Magic: [4]byte{'G', 'O', 'T', 'S'}, Version: 3, Flags: 0x8001, Count: -5, Scale: 1.5,
		Offset: -1 << 40, Ok: true, Z: complex(1, -2), W: complex(math.Inf(1), 0.25), Pts: [2]Point{{1, -1}, {300, -300}}}
	for _, o := range []binary.ByteOrder{binary.BigEndian, binary.LittleEndian, myOrder{binary.BigEndian}} {
		var buf bytes.Buffer
		err := binary.Write(&buf, o, h)
		fmt.Println(o, err, buf.Len(), binary.Size(h), binary.Size(&h))
		fmt.Printf("% x\n", buf.Bytes())
		var h2 Header
		err = binary.Read(bytes.NewReader(buf.Bytes()), o, &h2)
		fmt.Println(err, h2 == h)
		fmt.Printf("%+v\n", h2)
	}
	// Slices and arrays of structs, pointers to slices.
	pts := []Point{{1, 2}, {3, 4}, {-5, -6}}
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, pts), binary.Size(pts), buf.Len())
	back := make([]Point, 3)
	fmt.Println(binary.Read(&buf, binary.LittleEndian, back), back)
	arr := [3]uint16{1, 2, 3}
	b, err := binary.Append(nil, binary.BigEndian, arr)
	fmt.Println(b, err)
	b, err = binary.Append([]byte{9}, binary.BigEndian, &arr)
	fmt.Println(b, err)
	var arr2 [3]uint16
	n, err := binary.Decode(b[1:], binary.BigEndian, &arr2)
	fmt.Println(n, err, arr2)
	n, err = binary.Decode(b[2:], binary.BigEndian, &arr2)
	fmt.Println(n, err, arr2)
	// Named basic types take the structured path.
	mi := MyInt(0xabcdef)
	b, err = binary.Append(nil, binary.LittleEndian, mi)
	fmt.Println(b, err, binary.Size(mi), binary.Size([]MyInt{1, 2}))
	var mi2 MyInt
	fmt.Println(binary.Read(bytes.NewReader(b), binary.LittleEndian, &mi2), mi2)
	// Fast-path values.
	for _, v := range []any{true, int8(-2), uint8(200), int16(-300), uint16(65000), int32(-70000), uint32(4000000000),
		int64(-1), uint64(math.MaxUint64), float32(3.25), math.Pi, []int16{1, -1}, []float64{0.5, math.Inf(-1)}, []bool{true, false},
		[]int8{-1, 1}, []byte("hi"), []uint32{7}, []int64{math.MinInt64}, []uint64{1 << 60}, []float32{-0.0}, []int32{-7}, []uint16{9}} {
		b, err := binary.Append(nil, binary.BigEndian, v)
		fmt.Printf("%T %d % x %v\n", v, binary.Size(v), b, err)
	}
	// Read into fast-path pointers and slices.
	src := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	var (
		bo  bool
		i8  int8
		u16 uint16
		i32 int32
		u64 uint64
		f32 float32
		f64 float64
	)
	for _, p := range []any{&bo, &i8, &u16, &i32, &u64, &f32, &f64} {
		err := binary.Read(bytes.NewReader(src), binary.LittleEndian, p)
		fmt.Println(err)
	}
	fmt.Println(bo, i8, u16, i32, u64, f32, f64)
	s16 := make([]int16, 4)
	fmt.Println(binary.Read(bytes.NewReader(src), binary.BigEndian, s16), s16)
	// Errors.
	fmt.Println(binary.Write(&buf, binary.BigEndian, WithInt{1}))
	fmt.Println(binary.Write(&buf, binary.BigEndian, 5))
	fmt.Println(binary.Write(&buf, binary.BigEndian, "str"))
	fmt.Println(binary.Write(&buf, binary.BigEndian, []string{"a"}))
	fmt.Println(binary.Write(&buf, binary.BigEndian, (*Header)(nil)))
	fmt.Println(binary.Write(&buf, binary.BigEndian, &pts))
	fmt.Println(binary.Read(&buf, binary.BigEndian, h))
	fmt.Println(binary.Read(&buf, binary.BigEndian, (*Point)(nil)))
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.BigEndian, &h))
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 10)), binary.BigEndian, &h))
	fmt.Println(binary.Read(strings.NewReader("a"), binary.BigEndian, &u16))
	fmt.Println(binary.Read(strings.NewReader(""), binary.BigEndian, &u16) == io.EOF)
	fmt.Println(binary.Read(strings.NewReader("abcd"), binary.BigEndian, i32), i32)
	_, err = binary.Encode(make([]byte, 3), binary.BigEndian, h)
	fmt.Println(err, errors.Is(err, err))
	_, err = binary.Encode(make([]byte, 3), binary.BigEndian, uint32(1))
	fmt.Println(err)
	_, err = binary.Encode(nil, binary.BigEndian, WithInt{})
	fmt.Println(err)
	_, err = binary.Decode(nil, binary.BigEndian, WithInt{})
	fmt.Println(err)
	_, err = binary.Append(nil, binary.BigEndian, map[int]int{})
	fmt.Println(err)
	n, err = binary.Encode(make([]byte, 100), binary.LittleEndian, weird{})
	fmt.Println(n, err, binary.Size(weird{}))
	fmt.Println(binary.Size(nil), binary.Size(5), binary.Size((*int32)(nil)), binary.Size((*Point)(nil)), binary.Size([]Point{}), binary.Size([0]int{}),
		binary.Size([]int{1}), binary.Size(&[]Point{{}}), binary.Size([2][3]Point{}), binary.Size(hidden{}), binary.Size(complex64(0)))
	// Unexported fields are written, but reading into them panics.
	b, err = binary.Append(nil, binary.LittleEndian, hidden{1, 2})
	fmt.Println(b, err)
	var hd hidden
	try("hidden", func() { binary.Read(bytes.NewReader(b), binary.LittleEndian, &hd) })
	fmt.Println(hd)
	try("nilwrite", func() { binary.Write(&buf, binary.BigEndian, nil) })
	try("nilread", func() { binary.Read(&buf, binary.BigEndian, nil) })
}
