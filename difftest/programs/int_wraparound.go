// Integer arithmetic at fixed widths: every result wraps modulo 2^n, division truncates toward
// zero, and shifts by counts >= the width saturate to 0 or -1. JavaScript numbers do none of this.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func neg1() int64 { return -1 }

func main() {
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("MaxInt64+1 =", i64)
	var u64 uint64 = 0
	u64--
	fmt.Println("uint64(0)-1 =", u64)
	min := int64(math.MinInt64)
	fmt.Println("MinInt64/-1 =", min/neg1(), "MinInt64%-1 =", min%neg1())
	fmt.Println("-MinInt64 =", -min)

	// Products that overflow 2^53 must stay exact.
	var a, b uint64 = 0x123456789abcdef1, 0xfedcba9876543211
	fmt.Printf("a*b = %#x\n", a*b)
	x := int64(3037000500)
	fmt.Println("3037000500^2 =", x*x)

	var i8 int8 = 127
	i8 += 2
	var u8 uint8 = 200
	u8 *= 2
	var i16 int16 = -32768
	i16 = -i16
	var i32 int32 = math.MaxInt32
	i32 += i32
	fmt.Println("int8:", i8, "uint8:", u8, "int16:", i16, "int32:", i32)

	// Truncated division and remainder with mixed signs.
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}

	// Shifts: variable counts past the width.
	for _, s := range []uint{1, 31, 32, 63, 64, 65, 200} {
		fmt.Println("shift", s, int64(1)<<s, int64(-8)>>s, uint64(1<<63)>>s, int32(1)<<s, uint32(0xffffffff)>>s)
	}

	// Conversions truncate or sign-extend.
	big := int64(0x1_2345_6789)
	n, m1 := int64(639), int64(-1)
	fmt.Println(int32(big), uint32(big), int16(big), uint8(big), int8(n))
	f := -3.99
	fmt.Println(int64(f), uint8(n), int64(uint32(1<<31)), int64(int32(m1)), uint64(int8(m1)), uint32(m1))

	// Bitwise operators including AND NOT and complement.
	var m uint16 = 0xf0f0
	fmt.Printf("%#x %#x %#x %#x\n", ^m, m&^0xff00, m^0xffff, m|0x0f0f)
	fmt.Println(^0, ^int8(5), ^uint32(0))
}
