package main

import (
	"math/bits"
	"os"
	"strconv"
)

var buf []byte

func out(s string) { buf = append(buf, s+"\n"...) }

func u(x uint64) string { return strconv.FormatUint(x, 16) }

func i(x int) string { return strconv.Itoa(x) }

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xffff, 1 << 31, 1<<32 - 1, 1 << 32, 1<<53 - 1, 1 << 53, 1<<53 + 1, 1 << 63, 1<<64 - 1, 0x0123456789abcdef}
	for k := 0; k < 60; k++ {
		xs = append(xs, next(), next()>>uint(k))
	}
	for _, x := range xs {
		x32 := uint32(x)
		x16 := uint16(x)
		x8 := uint8(x)
		out(u(x) + ": " + i(bits.LeadingZeros64(x)) + " " + i(bits.LeadingZeros32(x32)) + " " + i(bits.LeadingZeros16(x16)) + " " + i(bits.LeadingZeros8(x8)) + " " + i(bits.LeadingZeros(uint(x))) +
			" tz " + i(bits.TrailingZeros64(x)) + " " + i(bits.TrailingZeros32(x32)) + " " + i(bits.TrailingZeros16(x16)) + " " + i(bits.TrailingZeros8(x8)) + " " + i(bits.TrailingZeros(uint(x))) +
			" ones " + i(bits.OnesCount64(x)) + " " + i(bits.OnesCount32(x32)) + " " + i(bits.OnesCount16(x16)) + " " + i(bits.OnesCount8(x8)) + " " + i(bits.OnesCount(uint(x))) +
			" len " + i(bits.Len64(x)) + " " + i(bits.Len32(x32)) + " " + i(bits.Len16(x16)) + " " + i(bits.Len8(x8)) + " " + i(bits.Len(uint(x))))
		out("  rev " + u(bits.Reverse64(x)) + " " + u(uint64(bits.Reverse32(x32))) + " " + u(uint64(bits.Reverse16(x16))) + " " + u(uint64(bits.Reverse8(x8))) + " " + u(uint64(bits.Reverse(uint(x)))) +
			" bytes " + u(bits.ReverseBytes64(x)) + " " + u(uint64(bits.ReverseBytes32(x32))) + " " + u(uint64(bits.ReverseBytes16(x16))) + " " + u(uint64(bits.ReverseBytes(uint(x)))))
		line := "  rot"
		for _, k := range []int{0, 1, 7, 31, 33, 63, 64, -1, -13} {
			line += " " + u(bits.RotateLeft64(x, k)) + "/" + u(uint64(bits.RotateLeft32(x32, k))) + "/" + u(uint64(bits.RotateLeft16(x16, k))) + "/" + u(uint64(bits.RotateLeft8(x8, k)))
		}
		out(line)
	}
	for j := 0; j+1 < len(xs); j++ {
		x, y := xs[j], xs[j+1]
		s, c := bits.Add64(x, y, uint64(j&1))
		d, b := bits.Sub64(x, y, uint64(j&1))
		h, l := bits.Mul64(x, y)
		s32, c32 := bits.Add32(uint32(x), uint32(y), uint32(j&1))
		d32, b32 := bits.Sub32(uint32(x), uint32(y), uint32(j&1))
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		line := u(s) + " " + u(c) + " " + u(d) + " " + u(b) + " " + u(h) + " " + u(l) + " " + u(uint64(s32)) + u(uint64(c32)) + " " + u(uint64(d32)) + u(uint64(b32)) + " " + u(uint64(h32)) + " " + u(uint64(l32))
		if y != 0 {
			hi := x % y
			q, r := bits.Div64(hi, x, y)
			line += " div " + u(q) + " " + u(r) + " rem " + u(bits.Rem64(x, y, y)) + " " + u(bits.Rem64(y, x, y))
		}
		if uint32(y) != 0 {
			q32, r32 := bits.Div32(uint32(x)%uint32(y), uint32(x>>7), uint32(y))
			line += " div32 " + u(uint64(q32)) + " " + u(uint64(r32)) + " " + u(uint64(bits.Rem32(uint32(x), uint32(y), uint32(y))))
		}
		out(line)
	}
	for _, f := range []func(){
		func() { bits.Div64(1, 0, 0) },
		func() { bits.Div64(5, 0, 5) },
		func() { bits.Div32(5, 0, 5) },
		func() { bits.Div32(0, 1, 0) },
		func() { bits.Rem64(1, 2, 0) },
	} {
		func() {
			defer func() { out("panic: " + recover().(error).Error()) }()
			f()
		}()
	}
	out(i(bits.UintSize))
	os.Stdout.Write(buf)
}
