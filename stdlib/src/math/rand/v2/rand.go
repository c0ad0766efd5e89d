// Package rand (math/rand/v2): pseudo-random numbers with the v2 API. A Rand draws 64-bit
// words from a Source and maps them to ranges with Lemire's multiply-and-reject method, as
// gc does, so seeded sources give gc's exact sequences. The top-level functions use a
// randomly seeded source of the host.
package rand

import "math/bits"

// Source is a source of uniformly distributed 64-bit values.
type Source interface {
	Uint64() uint64
}

// Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a new Rand that takes its values from src.
func New(src Source) *Rand { return &Rand{src: src} }

// Int64 returns a non-negative int64: the word with its top bit cleared.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 returns the high half of a word.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns the top 31 bits of a word.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a non-negative int: the word with its top bit cleared.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n returns a value in [0, n): a power of two is masked; otherwise the high word of
// x·n is taken, rejecting the few x whose low word falls below 2^64 mod n so that every
// result is equally likely.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns a value in [0, 1) from the low 53 bits of a word.
func (r *Rand) Float64() float64 { return float64(r.Uint64()<<11>>11) / (1 << 53) }

// Float32 returns a value in [0, 1) from the low 24 bits of Uint32.
func (r *Rand) Float32() float32 { return float32(r.Uint32()<<8>>8) / (1 << 24) }

// Perm returns a random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle permutes n elements with the Fisher–Yates walk from the end.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// runtimeRand returns a random word from the host's entropy.
func runtimeRand() uint64

type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtimeRand() }

var globalRand = &Rand{src: runtimeSource{}}

func Int64() int64                       { return globalRand.Int64() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64N(n uint64) uint64            { return globalRand.Uint64N(n) }
func Uint32N(n uint32) uint32            { return globalRand.Uint32N(n) }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int32() int32                       { return globalRand.Int32() }
func Int() int                           { return globalRand.Int() }
func Uint() uint                         { return globalRand.Uint() }
func Int64N(n int64) int64               { return globalRand.Int64N(n) }
func Int32N(n int32) int32               { return globalRand.Int32N(n) }
func IntN(n int) int                     { return globalRand.IntN(n) }
func UintN(n uint) uint                  { return globalRand.UintN(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func NormFloat64() float64               { return globalRand.NormFloat64() }
func ExpFloat64() float64                { return globalRand.ExpFloat64() }

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N returns a value in [0, n) of any integer type, from the global source.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}
