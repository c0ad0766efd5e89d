// PCG: a 128-bit linear congruential state with the DXSM output function (double
// xorshift-multiply), as gc's math/rand/v2 uses it.
package rand

import "errors"

// PCG is a PCG generator with 128 bits of state, kept as four 32-bit words (least
// significant first) so that the native step needs no 64-bit integers.
type PCG struct {
	w [4]uint32
}

// NewPCG returns a PCG seeded with the two words.
func NewPCG(seed1, seed2 uint64) *PCG {
	p := new(PCG)
	p.Seed(seed1, seed2)
	return p
}

// Seed resets the state as NewPCG(seed1, seed2) would set it: seed1 is the high half.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.w = [4]uint32{uint32(seed2), uint32(seed2 >> 32), uint32(seed1), uint32(seed1 >> 32)}
}

func (p *PCG) hi() uint64 { return uint64(p.w[3])<<32 | uint64(p.w[2]) }
func (p *PCG) lo() uint64 { return uint64(p.w[1])<<32 | uint64(p.w[0]) }

// MarshalBinary encodes the state as "pcg:" and the two words big-endian.
func (p *PCG) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 20)
	b = append(b, "pcg:"...)
	b = appendBE(b, p.hi())
	return appendBE(b, p.lo()), nil
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.Seed(readBE(data[4:]), readBE(data[12:]))
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

// Uint64 steps the state (state = state·mul + inc over 128 bits, with gc's multiplier
// 0x2360ed051fc65da4_4385df649fccf645 and increment 0x5851f42d4c957f2d_14057b7ef767814f)
// and mixes the new high word with the low one by DXSM (xorshift 32, multiply by
// 0xda942042e4dd58b5, xorshift 48, multiply by lo|1). It is a native, in 32-bit words.
func (p *PCG) Uint64() uint64
