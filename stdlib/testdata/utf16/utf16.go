package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune{0, 'a', 0x7f, 0xe9, 0x20ac, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff,
		0x10000, 0x1f600, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff}
	for _, r := range runes {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x surrogate=%v len=%d enc=%#x,%#x dec=%#x append=%#x\n", r, utf16.IsSurrogate(r), utf16.RuneLen(r),
			r1, r2, utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, r))
	}
	enc := utf16.Encode(runes)
	fmt.Printf("encode len=%d cap=%d %#x\n", len(enc), cap(enc), enc)
	dec := utf16.Decode(enc)
	fmt.Printf("decode len=%d cap=%d %#x\n", len(dec), cap(dec), dec)

	s := "Hello, 世界! 🎉 Ünïcödé 𝄞"
	u := utf16.Encode([]rune(s))
	fmt.Println(len(s), len([]rune(s)), len(u), cap(u))
	fmt.Println(u)
	fmt.Println(string(utf16.Decode(u)) == s, string(utf16.Decode(u)))

	// Broken sequences.
	bad := [][]uint16{
		{0xd800},
		{0xdc00},
		{0xdc00, 0xd800},
		{0xd800, 0xd800, 0xdc00},
		{0xd83d, 0xde00, 0xd83d},
		{0xd83d, 'x', 0xde00},
		{},
		nil,
	}
	for _, b := range bad {
		d := utf16.Decode(b)
		fmt.Printf("%#x -> %#x len=%d cap=%d nil=%v\n", b, d, len(d), cap(d), d == nil)
	}
	fmt.Println(utf16.Encode(nil) == nil, len(utf16.Encode([]rune{})))
	for _, p := range [][2]rune{{0xd800, 0xdc00}, {0xdbff, 0xdfff}, {0xdc00, 0xd800}, {'a', 'b'}, {0xd800, 0xe000}} {
		fmt.Printf("%#x ", utf16.DecodeRune(p[0], p[1]))
	}
	fmt.Println()
	a := make([]uint16, 0, 1)
	a = utf16.AppendRune(a, 'x')
	a = utf16.AppendRune(a, 0x1f600)
	a = utf16.AppendRune(a, 0xdc00)
	fmt.Println(a, len(a))
	count := 0
	for r := rune(0); r <= 0x10ffff; r += 0x37 {
		if utf16.DecodeRune(utf16.EncodeRune(r)) == r {
			count++
		}
	}
	fmt.Println("pairs round-trip:", count)
}

func init() {
	long := make([]uint16, 0, 300)
	for i := 0; i < 150; i++ {
		long = append(long, uint16('A'+i%26))
	}
	for _, n := range []int{63, 64, 65, 129, 150} {
		d := utf16.Decode(long[:n])
		fmt.Println("long", n, len(d), cap(d))
	}
}
