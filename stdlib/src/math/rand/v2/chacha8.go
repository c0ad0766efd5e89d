// ChaCha8: gc's chacha8rand generator. Each refill runs ChaCha with 8 rounds over four
// interleaved blocks (counters c..c+3, key = the 32-byte seed, zero nonce) and yields 32
// words; after four refills the last four words of the output become the next key.
package rand

import "errors"

// ChaCha8 is a ChaCha8-based cryptographically strong generator.
type ChaCha8 struct {
	buf  [64]uint32 // the last block output as little-endian word pairs
	seed [8]uint32  // the key, as 32-bit words
	i    uint32     // next word of buf to return
	n    uint32     // words of buf available
	c    uint32     // counter of the block in buf (0, 4, 8, 12)

	readBuf [8]byte
	readLen int
}

// chachaBlock fills buf with four interleaved ChaCha8 blocks for key seed and counter.
func chachaBlock(seed *[8]uint32, buf *[64]uint32, counter uint32)

// NewChaCha8 returns a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.init(seed)
	return c
}

func (c *ChaCha8) init(seed [32]byte) {
	for i := range c.seed {
		c.seed[i] = uint32(seed[4*i]) | uint32(seed[4*i+1])<<8 | uint32(seed[4*i+2])<<16 | uint32(seed[4*i+3])<<24
	}
	c.start(0)
}

// start computes the block for counter ctr and makes its words available.
func (c *ChaCha8) start(ctr uint32) {
	c.c = ctr
	chachaBlock(&c.seed, &c.buf, ctr)
	c.i = 0
	c.n = 32
	if ctr == 12 {
		c.n = 28 // the last four words are the next key
	}
}

// Seed resets the generator as NewChaCha8(seed) would set it.
func (c *ChaCha8) Seed(seed [32]byte) {
	c.init(seed)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// Uint64 returns the next word.
func (c *ChaCha8) Uint64() uint64 {
	if c.i >= c.n {
		ctr := c.c + 4
		if ctr == 16 {
			copy(c.seed[:], c.buf[56:])
			ctr = 0
		}
		c.start(ctr)
	}
	i := c.i
	c.i++
	return uint64(c.buf[2*i]) | uint64(c.buf[2*i+1])<<32
}

// Read fills p with random bytes, words taken little-endian; a word split across calls
// keeps its remaining bytes for the next call.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[len(c.readBuf)-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putLE(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putLE(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return
}

func putLE(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

// MarshalBinary encodes "chacha8:", the number of words used since the key was set
// (big-endian) and the key; pending Read bytes come first as "readbuf:", a length and
// the bytes.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	var out []byte
	if c.readLen > 0 {
		out = append(out, "readbuf:"...)
		out = append(out, uint8(c.readLen))
		out = append(out, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	out = append(out, "chacha8:"...)
	out = appendBE(out, uint64((c.c/4)*32+c.i))
	for _, w := range c.seed {
		out = append(out, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
	}
	return out, nil
}

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < int(1+data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		buf := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[len(c.readBuf)-len(buf):], buf)
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return new(errUnmarshalChaCha8)
	}
	used := readBE(data[8:])
	if used > 4*32-4 {
		return new(errUnmarshalChaCha8)
	}
	for i := range c.seed {
		b := data[16+4*i:]
		c.seed[i] = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	}
	c.start(4 * (uint32(used) / 32))
	c.i = uint32(used) % 32
	return nil
}
