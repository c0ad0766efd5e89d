package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	orders := []binary.ByteOrder{binary.BigEndian, binary.LittleEndian, binary.NativeEndian}
	for _, o := range orders {
		b := make([]byte, 8)
		o.PutUint16(b, 0x1234)
		fmt.Printf("%v %#v % x %#x\n", o, o, b[:2], o.Uint16(b))
		o.PutUint32(b, 0xdeadbeef)
		fmt.Printf("% x %#x\n", b[:4], o.Uint32(b))
		o.PutUint64(b, 0x0102030405060708)
		fmt.Printf("% x %#x\n", b, o.Uint64(b))
		o.PutUint64(b, math.MaxUint64)
		fmt.Println(o.Uint64(b))
		ao := o.(binary.AppendByteOrder)
		x := ao.AppendUint16([]byte("x"), 0xabcd)
		x = ao.AppendUint32(x, 0x11223344)
		x = ao.AppendUint64(x, 0xfedcba9876543210)
		fmt.Printf("%s % x %s\n", ao, x, ao.String())
		fmt.Println(o.Uint64([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}))
	}
	fmt.Printf("%T %T %T\n", binary.BigEndian, binary.LittleEndian, binary.NativeEndian)
	try("short16", func() { binary.BigEndian.Uint16([]byte{1}) })
	try("short32", func() { binary.LittleEndian.PutUint32(make([]byte, 3), 1) })
	try("short64", func() { binary.BigEndian.Uint64(make([]byte, 7)) })

	// Varints.
	vals := []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, math.MaxUint64}
	for _, v := range vals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, v)
		got, m := binary.Uvarint(buf[:n])
		fmt.Printf("%d: % x -> %d %d %v\n", v, buf[:n], got, m, binary.AppendUvarint(nil, v))
	}
	svals := []int64{0, -1, 1, -2, 63, -64, 64, -65, math.MaxInt64, math.MinInt64, -1000000}
	for _, v := range svals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, v)
		got, m := binary.Varint(buf[:n])
		fmt.Printf("%d: % x -> %d %d %x\n", v, buf[:n], got, m, binary.AppendVarint([]byte{0xee}, v))
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	bad := [][]byte{nil, {}, {0x80}, {0xff, 0xff}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, {0x81, 0x00}}
	for _, b := range bad {
		u, n := binary.Uvarint(b)
		s, m := binary.Varint(b)
		ru, err := binary.ReadUvarint(bytes.NewReader(b))
		rs, err2 := binary.ReadVarint(bytes.NewReader(b))
		fmt.Println(u, n, s, m, ru, err, rs, err2)
	}
	r := bytes.NewReader(binary.AppendVarint(binary.AppendUvarint(nil, 999), -999))
	a, err := binary.ReadUvarint(r)
	c, err2 := binary.ReadVarint(r)
	d, err3 := binary.ReadVarint(r)
	fmt.Println(a, err, c, err2, d, err3, errors.Is(err3, io.EOF))
	try("putshort", func() { binary.PutUvarint(make([]byte, 1), 300) })
}
