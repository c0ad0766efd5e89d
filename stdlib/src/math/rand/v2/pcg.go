// PCG: a 128-bit linear congruential state with the DXSM output function (double
// xorshift-multiply), as gc's math/rand/v2 uses it.
package rand

import (
	"errors"
	"math/bits"
)

// PCG is a PCG generator with 128 bits of state.
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG seeded with the two words.
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{seed1, seed2} }

// Seed resets the state as NewPCG(seed1, seed2) would set it.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// MarshalBinary encodes the state as "pcg:" and the two words big-endian.
func (p *PCG) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 20)
	b = append(b, "pcg:"...)
	b = appendBE(b, p.hi)
	return appendBE(b, p.lo), nil
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = readBE(data[4:])
	p.lo = readBE(data[12:])
	return nil
}

func appendBE(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func readBE(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}

// Uint64 steps the state (state = state·mul + inc over 128 bits) and mixes the new high
// word with the low one.
func (p *PCG) Uint64() uint64 {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
		mix   = 0xda942042e4dd58b5
	)
	hi, lo := bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo, p.hi = lo, hi
	hi ^= hi >> 32
	hi *= mix
	hi ^= hi >> 48
	return hi * (lo | 1)
}
