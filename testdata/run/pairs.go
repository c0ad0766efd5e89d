// 64-bit integer variables kept as word pairs: every operator on int64 and uint64 locals and
// parameters, against values near the edges (0, ±1, ±2^31, ±2^32, ±2^53, min and max), the
// wide calling convention (direct calls, function values, go and defer statements), and the
// conversions to and from the other numeric types.
package main

import "fmt"

type Hash uint64

var edges = []uint64{
	0, 1, 2, 3, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x100000001,
	1<<52 - 1, 1 << 52, 1<<53 - 1, 1 << 53, 1<<53 + 1, 1<<63 - 1, 1 << 63, 1<<63 + 1,
	1<<64 - 1, 1<<64 - 2, 0xdeadbeefcafebabe, 0x0123456789abcdef, 1<<64 - 1<<53, 1<<64 - 1<<53 - 1,
}

func next(s uint64) uint64 {
	s ^= s << 13
	s ^= s >> 7
	s ^= s << 17
	return s
}

func opsU(a, b uint64) uint64 {
	sum := a + b
	diff := a - b
	prod := a * b
	and, or, xor, andNot := a&b, a|b, a^b, a&^b
	neg, not := -a, ^a
	var q, r uint64
	if b != 0 {
		q, r = a/b, a%b
	}
	var lt, le, gt, ge, eq, ne int
	if a < b {
		lt = 1
	}
	if a <= b {
		le = 1
	}
	if a > b {
		gt = 1
	}
	if a >= b {
		ge = 1
	}
	if a == b {
		eq = 1
	}
	if a != b {
		ne = 1
	}
	fmt.Println(sum, diff, prod, and, or, xor, andNot, neg, not, q, r, lt, le, gt, ge, eq, ne)
	return sum ^ diff*3 ^ prod
}

func opsS(a, b int64) int64 {
	sum := a + b
	diff := a - b
	prod := a * b
	and, or, xor, andNot := a&b, a|b, a^b, a&^b
	neg, not := -a, ^a
	var q, r int64
	if b != 0 {
		q, r = a/b, a%b
	}
	var lt, gt, eq int
	if a < b {
		lt = 1
	}
	if a > b {
		gt = 1
	}
	if a == b {
		eq = 1
	}
	fmt.Println(sum, diff, prod, and, or, xor, andNot, neg, not, q, r, lt, gt, eq)
	return sum ^ diff*3 ^ prod
}

func shifts(a uint64, s int64) {
	for c := uint(0); c <= 70; c += 7 {
		x, y := a<<c, a>>c
		u, v := s<<c, s>>c
		fmt.Print(x, " ", y, " ", u, " ", v, "|")
	}
	fmt.Println()
	x := a
	x <<= 1
	y := a
	y >>= 33
	z := s
	z >>= 63
	w := s
	w <<= 32
	fmt.Println(x, y, z, w, a<<32>>32, a>>32<<32, s>>1, s<<63>>63, a<<0, s>>0)
}

func conversions(a uint64) {
	s := int64(a)
	s = s * 3
	v := a ^ 1
	fmt.Println(int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), int(v), uint(v), float64(v), float32(v))
	fmt.Println(int8(s), uint8(s), int16(s), uint16(s), int32(s), uint32(s), int(s), uint(s), float64(s), float32(s))
	var i8 int8 = -5
	var u32 uint32 = 0xfffffff0
	var i32 int32 = -1 << 31
	w := uint64(i8) + uint64(u32) + uint64(i32)
	w *= 7
	t := int64(i8) + int64(u32) + int64(i32)
	t *= 7
	fmt.Println(w, t, Hash(w), Hash(w)^Hash(a))
}

// mix takes the wide form: pairs in, pair out.
func mix(z uint64, k int, salt int64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ z>>31 + uint64(k) + uint64(salt)
}

func signedMix(x int64) int64 {
	x *= -0x61c8864680b583eb
	return x >> 17
}

func over(x uint64) bool { return x > 1<<60 }

func main() {
	for i, a := range edges {
		b := edges[(i*7+3)%len(edges)]
		opsU(a, b)
		opsS(int64(a), int64(b))
		opsS(int64(b), -1)
		shifts(a, int64(b))
		conversions(a)
	}
	s := uint64(0x853C49E6748FEA9B)
	var acc, acc2 uint64
	var sacc int64
	for i := 0; i < 2000; i++ {
		s = next(s)
		t := next(s)
		acc += opsUQuiet(s, t>>uint(i%64))
		acc2 ^= mix(s, i, -int64(i))
		sacc += signedMix(int64(s))
		if over(acc) {
			acc2++
		}
	}
	fmt.Println(acc, acc2, sacc)

	// Function values, go and defer statements use the ordinary form.
	f := mix
	fmt.Println(f(12345, 6, 7), mix(12345, 6, 7))
	done := make(chan uint64)
	go func() { done <- mix(99, 1, 2) }()
	fmt.Println(<-done)
	defer fmt.Println("deferred", signedMix(-12345))
	var x, y uint64 = 3, 5
	x, y = y*x, x+y
	fmt.Println(x, y)
	n := uint64(10)
	p := &n
	*p *= 3
	fmt.Println(n)
	c := uint64(7)
	inc := func() { c *= 3 }
	inc()
	fmt.Println(c)
}

func opsUQuiet(a, b uint64) uint64 {
	r := a*b + a>>3 - b<<5 ^ (a &^ b) | a&0xff
	if b != 0 {
		r += a / b
		r -= a % (b | 1)
	}
	return r
}
