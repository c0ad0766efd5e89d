// Package rand (math/rand): pseudo-random numbers with the Go 1 API. Sources made by
// NewSource reproduce gc's sequences exactly. The top-level functions use a randomly seeded
// source unless Seed is called (or GODEBUG=randautoseed=0), which switches them to the
// deterministic Go 1 source, as in Go 1.20 and later.
package rand

// Source is a source of uniformly distributed non-negative int64 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64 is a Source that can also produce full 64-bit values.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new Go 1 source seeded with seed. It is not safe for concurrent use.
func NewSource(seed int64) Source {
	rng := new(rngSource)
	rng.Seed(seed)
	return rng
}

// Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64

	// Read hands out the bytes of one Int63 value at a time; these keep what is left.
	readVal int64
	readPos int8
}

// New returns a Rand that takes its values from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the source and forgets any pending Read bytes.
func (r *Rand) Seed(seed int64) {
	if lk, ok := r.src.(*lockedSource); ok {
		lk.seed(seed)
		r.readPos = 0
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 is the high 32 of Int63's 63 bits.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 uses the source's own Uint64 when it has one, else combines two Int63 values.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n returns a value in [0, n) by rejecting values above the largest multiple of n.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-reject reduction of Uint32, which Shuffle uses.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns Int63/2^63, drawing again in the rare case that rounds to 1.
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm builds the permutation by inserting i at a random place among the first i+1.
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with bytes taken low byte first from successive Int63 values, seven per value.
func (r *Rand) Read(p []byte) (n int, err error) {
	switch src := r.src.(type) {
	case *lockedSource:
		return read(p, src.s, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos := *readPos
	val := *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos = pos
	*readVal = val
	return
}

// runtimeRand returns a random word from the host's entropy.
func runtimeRand() uint64

// autoseedOff reports whether GODEBUG holds randautoseed=0.
func autoseedOff() bool

// runtimeSource is the randomly seeded global source.
type runtimeSource struct{}

func (*runtimeSource) Int63() int64   { return int64(runtimeRand() & rngMask) }
func (*runtimeSource) Uint64() uint64 { return runtimeRand() }
func (*runtimeSource) Seed(int64)     { panic("internal error: call to runtimeSource.Seed") }

// lockedSource is the Go 1 source behind the global functions once Seed was called. gc
// guards it (and the global generator) with mutexes; goroutines here share one thread and
// these sections contain no scheduling point, so no lock is needed. Without one, the
// top-level functions never block, and neither do their callers (a blocking call makes the
// caller a generator, which costs time and cannot be called from every context).
type lockedSource struct {
	s *rngSource
}

func (r *lockedSource) Int63() int64    { return r.s.Int63() }
func (r *lockedSource) Uint64() uint64  { return r.s.Uint64() }
func (r *lockedSource) Seed(seed int64) { r.seed(seed) }

func (r *lockedSource) seed(seed int64) {
	if r.s == nil {
		r.s = new(rngSource)
	}
	r.s.Seed(seed)
}

// globalGen is the generator of the top-level functions, made on first use.
var globalGen *Rand

func globalRand() *Rand {
	if globalGen == nil {
		if autoseedOff() {
			globalGen = New(new(lockedSource))
			globalGen.Seed(1)
		} else {
			src := &runtimeSource{}
			globalGen = &Rand{src: src, s64: src}
		}
	}
	return globalGen
}

// Seed makes the top-level functions use the Go 1 source seeded with seed.
//
// Deprecated: use New(NewSource(seed)) for a reproducible sequence.
func Seed(seed int64) {
	if globalGen != nil {
		if _, ok := globalGen.src.(*lockedSource); ok {
			globalGen.Seed(seed)
			return
		}
	}
	r := New(new(lockedSource))
	r.Seed(seed)
	globalGen = r
}

func Int63() int64                       { return globalRand().Int63() }
func Uint32() uint32                     { return globalRand().Uint32() }
func Uint64() uint64                     { return globalRand().Uint64() }
func Int31() int32                       { return globalRand().Int31() }
func Int() int                           { return globalRand().Int() }
func Int63n(n int64) int64               { return globalRand().Int63n(n) }
func Int31n(n int32) int32               { return globalRand().Int31n(n) }
func Intn(n int) int                     { return globalRand().Intn(n) }
func Float64() float64                   { return globalRand().Float64() }
func Float32() float32                   { return globalRand().Float32() }
func Perm(n int) []int                   { return globalRand().Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }
func NormFloat64() float64               { return globalRand().NormFloat64() }
func ExpFloat64() float64                { return globalRand().ExpFloat64() }

// Read fills p from the global source.
//
// Deprecated: use crypto/rand.Read for bytes that must be unpredictable.
func Read(p []byte) (n int, err error) { return globalRand().Read(p) }
