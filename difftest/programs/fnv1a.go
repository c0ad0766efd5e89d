// FNV-1a, 64-bit: a multiply-heavy hash whose intermediate products need full 64-bit wraparound.
// The hand-written version is checked against hash/fnv.
package main

import (
	"fmt"
	"hash/fnv"
)

const (
	offset64 uint64 = 14695981039346656037
	prime64  uint64 = 1099511628211
)

func fnv1a(data []byte) uint64 {
	h := offset64
	for _, c := range data {
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

func main() {
	inputs := []string{"", "a", "foobar", "Hello, 世界", "\x00\xff\x80", "The quick brown fox jumps over the lazy dog"}
	for _, s := range inputs {
		mine := fnv1a([]byte(s))
		std := fnv.New64a()
		std.Write([]byte(s))
		fmt.Printf("%-48q %016x %20d match=%v\n", s, mine, mine, mine == std.Sum64())
	}
	// Chain hashes: each round feeds the previous digest's bytes back in.
	h := offset64
	buf := make([]byte, 8)
	for round := 0; round < 1000; round++ {
		for i := range buf {
			buf[i] = byte(h >> (8 * i))
		}
		h = fnv1a(buf) ^ uint64(round)
	}
	fmt.Printf("chained: %#016x\n", h)
	// 32-bit variant, for the width-specific wraparound.
	var h32 uint32 = 2166136261
	for _, c := range []byte("gots") {
		h32 ^= uint32(c)
		h32 *= 16777619
	}
	fmt.Println("fnv32a(gots) =", h32)
}
