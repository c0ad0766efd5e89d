// The Go 1 source: an additive lagged Fibonacci generator, x[n] = x[n-273] + x[n-607] mod
// 2^64 (after Mitchell and Reeds), whose 607 words are seeded from a Park–Miller sequence
// mixed with rngCooked (tables.go). The words are kept as 32-bit halves so that the native
// step can add them exactly without 64-bit integers.
package rand

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

type rngSource struct {
	tap  int
	feed int
	hi   [rngLen]uint32
	lo   [rngLen]uint32
}

// seedrand advances x = 48271·x mod (2^31−1) (Schrage's method keeps it in 32 bits).
func seedrand(x int32) int32 {
	const a, q, r = 48271, 44488, 3399
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed sets the generator to the deterministic state for seed (taken mod 2^31−1; 0 stands
// for 89482311).
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			u ^= rngCooked[i]
			rng.hi[i] = uint32(uint64(u) >> 32)
			rng.lo[i] = uint32(u)
		}
	}
}

// Uint64 steps both cursors back by one and returns vec[feed] += vec[tap].
func (rng *rngSource) Uint64() uint64

// Int63 is Uint64 without its top bit.
func (rng *rngSource) Int63() int64
