// Benchmark program: 64-bit integer hashing, measuring uint64 multiplication, shifts, xor
// and wraparound. A xorshift64* generator fills a byte buffer, FNV-1a 64 hashes it (whole,
// and in 64-byte blocks whose hashes are folded together), and a splitmix64-style finalizer
// mixes a counter. The results are printed as decimal uint64 values.
package main

import "fmt"

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// xorshiftStar advances the state by a 64-bit xorshift and scrambles the output with an odd
// multiplier, since the low bits of a plain xorshift state are weak.
func xorshiftStar(s *uint64) uint64 {
	x := *s
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*s = x
	return x * 0x2545F4914F6CDD1D
}

// mix is a splitmix64-style finalizer: alternating xor-shifts and odd multiplications make
// every input bit affect every output bit.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func fnv1a(h uint64, data []byte) uint64 {
	for _, c := range data {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func main() {
	buf := make([]byte, 1<<20)
	state := uint64(0x853C49E6748FEA9B)
	for i := 0; i < len(buf); i += 8 {
		v := xorshiftStar(&state)
		for k := 0; k < 8; k++ {
			buf[i+k] = byte(v >> (8 * uint(k)))
		}
	}

	// Whole-buffer hash, continued across passes so every pass depends on the previous.
	whole := fnvOffset
	for pass := 0; pass < 200; pass++ {
		whole = fnv1a(whole, buf)
	}
	fmt.Println(whole)

	// Block hashes folded by rotation and xor, as a hash table over the blocks would use them.
	var folded uint64
	for pass := 0; pass < 100; pass++ {
		for i := 0; i < len(buf); i += 64 {
			h := fnv1a(fnvOffset^uint64(pass), buf[i:i+64])
			folded = (folded<<7 | folded>>57) ^ h
		}
	}
	fmt.Println(folded)

	// The finalizer over a Weyl sequence (a counter stepped by an odd constant).
	var xsum, asum uint64
	seq := uint64(0)
	for i := 0; i < 40000000; i++ {
		seq += 0x9E3779B97F4A7C15
		m := mix(seq)
		xsum ^= m
		asum += m >> 3
	}
	fmt.Println(xsum, asum)
	fmt.Println(xorshiftStar(&state), mix(whole^folded))
}
