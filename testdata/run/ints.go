// Integer semantics: wraparound of every integer type, division and modulo signs, shifts by
// large and variable counts, conversions, and two hash/PRNG loops whose numbers must match gc's.
package main

import "fmt"

//go:noinline
func id[T any](v T) T { return v }

func signed() {
	var a8, b8 int8 = id[int8](127), id[int8](-128)
	fmt.Println("int8", a8+1, b8-1, a8*a8, b8*b8, -b8, a8<<1, b8>>1, b8>>7, a8*3)
	var a16, b16 int16 = id[int16](32767), id[int16](-32768)
	fmt.Println("int16", a16+1, b16-1, a16*a16, b16*b16, -b16, a16<<1, b16>>1, b16>>15, a16*7)
	var a32, b32 int32 = id[int32](2147483647), id[int32](-2147483648)
	fmt.Println("int32", a32+1, b32-1, a32*a32, b32*b32, -b32, a32<<1, b32>>1, b32>>31, a32*3)
	var a64, b64 int64 = id[int64](9223372036854775807), id[int64](-9223372036854775808)
	fmt.Println("int64", a64+1, b64-1, a64*a64, b64*b64, -b64, a64<<1, b64>>1, b64>>63, a64*3)
	var ai, bi int = id(9223372036854775807), id(-9223372036854775808)
	fmt.Println("int", ai+1, bi-1, ai*ai, bi*bi, -bi, ai<<1, bi>>1, bi>>63, ai*5)
	big := id[int64](3037000499)
	fmt.Println("int64 mul", big*big, (big+1)*(big+1), big*big*big, id[int64](1<<53+1)*3)
	fmt.Println("int64 near 2^53", id[int64](1<<53)+1, id[int64](1<<53)+id[int64](1<<53), id[int64](-(1<<53))-2)
}

func unsigned() {
	var a8 uint8 = id[uint8](255)
	fmt.Println("uint8", a8+1, id[uint8](0)-1, a8*a8, -a8, a8<<1, a8>>1, a8<<7, ^a8)
	var a16 uint16 = id[uint16](65535)
	fmt.Println("uint16", a16+1, id[uint16](0)-1, a16*a16, -a16, a16<<1, a16>>1, ^a16)
	var a32 uint32 = id[uint32](4294967295)
	fmt.Println("uint32", a32+1, id[uint32](0)-1, a32*a32, -a32, a32<<1, a32>>1, ^a32, a32*a32*3)
	var a64 uint64 = id[uint64](18446744073709551615)
	fmt.Println("uint64", a64+1, id[uint64](0)-1, a64*a64, -a64, a64<<1, a64>>1, ^a64, a64/3, a64%1000)
	var au uint = id[uint](18446744073709551615)
	fmt.Println("uint", au+1, id[uint](0)-1, au*au, -au, au<<1, au>>1, ^au)
	var p uintptr = id[uintptr](1)
	fmt.Println("uintptr", p-2, p<<63, (p<<63)>>62)
	fmt.Println("uint64 mul", id[uint64](0xdeadbeefcafebabe)*id[uint64](0x123456789abcdef), id[uint64](1<<32+1)*id[uint64](1<<32-1))
}

func divmod() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {-1, 3}, {1 << 62, -3}} {
		a, b := p[0], p[1]
		fmt.Println("div", a, b, a/b, a%b, int32(a)/int32(b), int32(a)%int32(b), int8(a)/int8(b), int8(a)%int8(b))
	}
	m64 := id[int64](-9223372036854775808)
	m1 := id[int64](-1)
	fmt.Println("MinInt64/-1", m64/m1, m64%m1, m64*m1)
	m32 := id[int32](-2147483648)
	fmt.Println("MinInt32/-1", m32/id[int32](-1), m32%id[int32](-1))
	m8 := id[int8](-128)
	fmt.Println("MinInt8/-1", m8/id[int8](-1), m8%id[int8](-1))
	m16 := id[int16](-32768)
	fmt.Println("MinInt16/-1", m16/id[int16](-1), m16%id[int16](-1))
	u := id[uint64](1<<64 - 1)
	fmt.Println("uint64 div", u/7, u%7, u/(1<<63), u/u)
}

func shifts() {
	x := id[int64](-5)
	u := id[uint32](0x80000001)
	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 200, 1 << 40} {
		fmt.Println("shift", s, x<<s, x>>s, u<<s, u>>s, int8(1)<<s, int16(-1)>>s, uint8(0xff)>>s, uint64(1)<<s, int32(-7)>>s)
	}
	var n8 int8 = id[int8](3)
	fmt.Println("signed count", 1<<n8, int32(-1)<<n8, uint16(1)<<(n8*5))
	var sh uint64 = id[uint64](1 << 63)
	fmt.Println("huge count", 1<<sh, -1>>sh, uint(5)>>sh)
}

func conversions() {
	v := id[int64](-1234567890123)
	fmt.Println("from int64", int8(v), int16(v), int32(v), int(v), uint8(v), uint16(v), uint32(v), uint64(v), uint(v), uintptr(v))
	w := id[uint64](0xfedcba9876543210)
	fmt.Println("from uint64", int8(w), int16(w), int32(w), int64(w), uint8(w), uint16(w), uint32(w))
	b := id[int8](-100)
	fmt.Println("from int8", uint8(b), uint16(b), uint32(b), uint64(b), int64(b), uint(b))
	c := id[uint32](0xffffff80)
	fmt.Println("from uint32", int8(c), int16(c), int32(c), int64(c), uint64(c))
	for _, f := range []float64{0, 0.9, -0.9, 1.5, -1.5, 126.99, -128.5, 2147483647.5, -2147483648.9, 1e15 + 0.5, 9007199254740993, 4e18, -4e18} {
		fmt.Println("float", f, int64(f), int32(int64(f)), uint8(int64(f)))
	}
	for _, f := range []float64{1e19, 1.8446744073709550e19, 255.9, 0.5} {
		fmt.Println("float->uint64", uint64(f))
	}
	f32 := id[float32](16777217)
	fmt.Println("float32", int32(f32), int64(f32), uint16(id[float32](65535.9)))
	fmt.Println("rune", rune(v), byte(w), string(rune(id[int64](0x10ffff+1))) == "\uFFFD")
}

func hashes() {
	var h uint64 = 14695981039346656037
	for i := 0; i < 1000; i++ {
		h ^= uint64(byte(i * 7))
		h *= 1099511628211
		if i%200 == 199 {
			fmt.Println("fnv1a", i, h, int64(h), uint32(h))
		}
	}
	var h32 uint32 = 2166136261
	for _, c := range []byte("the quick brown fox") {
		h32 ^= uint32(c)
		h32 *= 16777619
	}
	fmt.Println("fnv1a32", h32)
	x := uint64(88172645463325252)
	var sum uint64
	for i := 0; i < 10000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		sum += x
		if i < 5 || i == 9999 {
			fmt.Println("xorshift", i, x, x%1000, int64(x)>>40)
		}
	}
	fmt.Println("xorshift sum", sum)
	var s32 uint32 = 2463534242
	for i := 0; i < 100; i++ {
		s32 ^= s32 << 13
		s32 ^= s32 >> 17
		s32 ^= s32 << 5
	}
	fmt.Println("xorshift32", s32, int32(s32))
	var lcg int64 = 42
	for i := 0; i < 100; i++ {
		lcg = lcg*6364136223846793005 + 1442695040888963407
	}
	fmt.Println("lcg", lcg, uint64(lcg)>>33)
}

func main() {
	signed()
	unsigned()
	divmod()
	shifts()
	conversions()
	hashes()
}
