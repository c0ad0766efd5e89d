// A bit set over uint64 words using math/bits (population counts, trailing zeros to
// iterate members, rotations, reversal), plus 128-bit arithmetic with Add64, Mul64 and
// Div64 to compute a modular exponent.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func (s *BitSet) Add(i uint) {
	for uint(len(*s)) <= i/64 {
		*s = append(*s, 0)
	}
	(*s)[i/64] |= 1 << (i % 64)
}

func (s BitSet) Has(i uint) bool { return i/64 < uint(len(s)) && s[i/64]&(1<<(i%64)) != 0 }

func (s BitSet) Len() int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}

func (s BitSet) Members() []uint {
	var out []uint
	for wi, w := range s {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, uint(wi*64+t))
			w &= w - 1
		}
	}
	return out
}

func mulmod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, rem := bits.Div64(hi%m, lo, m)
	return rem
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = mulmod(r, b, m)
		}
		b = mulmod(b, b, m)
	}
	return r
}

func main() {
	var primes BitSet
	sieve := make([]bool, 200)
	for i := 2; i < 200; i++ {
		if !sieve[i] {
			primes.Add(uint(i))
			for j := i * i; j < 200; j += i {
				sieve[j] = true
			}
		}
	}
	fmt.Println("primes below 200:", primes.Len(), primes.Members()[:10], primes.Has(197), primes.Has(199), primes.Has(200))
	for _, w := range primes {
		fmt.Printf("%016x lz=%d tz=%d len=%d rev=%016x\n", w, bits.LeadingZeros64(w), bits.TrailingZeros64(w), bits.Len64(w), bits.Reverse64(w))
	}
	x := uint32(0xF00DBEEF)
	fmt.Printf("%08x %08x %08x %08x %d\n", bits.RotateLeft32(x, 8), bits.RotateLeft32(x, -4), bits.ReverseBytes32(x), bits.Reverse32(x), bits.OnesCount32(x))
	fmt.Println(bits.Len8(0), bits.Len16(0x100), bits.LeadingZeros8(1), bits.TrailingZeros16(0), bits.OnesCount8(0xff), bits.UintSize)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(sum, carry, diff, borrow)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Printf("%x %x\n", hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	const m = 1<<61 - 1
	fmt.Println(powmod(3, 1<<40+12345, m), powmod(2, m-1, m), powmod(123456789, 987654321, 1000000007))
	var sb strings.Builder
	for i := uint(0); i < 16; i++ {
		fmt.Fprintf(&sb, "%d:%d ", i, bits.OnesCount(i))
	}
	fmt.Println(sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div64(5, 0, 5)
}
