// Package sha1: the SHA-1 hash function of RFC 3174. The 80-step block function is a native;
// buffering and padding are done here.
package sha1

import "hash"

// Size is the size of a SHA-1 checksum in bytes.
const Size = 20

// BlockSize is the block size of SHA-1 in bytes.
const BlockSize = 64

// digest is the running state: five chaining words, a partial block and the total length.
type digest struct {
	h   [5]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

// block runs the block function over every whole block of p.
func block(h *[5]uint32, p []byte)

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA-1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		if d.nx == BlockSize {
			block(&d.h, d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= BlockSize {
		n := len(p) &^ (BlockSize - 1)
		block(&d.h, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return
}

// Sum appends the checksum of the data written so far to in, leaving the state unchanged.
func (d *digest) Sum(in []byte) []byte {
	d0 := *d
	hash := d0.checkSum()
	return append(in, hash[:]...)
}

// checkSum pads with a 1 bit, zeros to 56 mod 64, and the bit length as 64 bits
// big-endian, then returns the words big-endian.
func (d *digest) checkSum() [Size]byte {
	var tmp [1 + 63 + 8]byte
	tmp[0] = 0x80
	pad := (55 - d.len) % 64
	bits := d.len << 3
	for i := uint64(0); i < 8; i++ {
		tmp[1+pad+i] = byte(bits >> (56 - 8*i))
	}
	d.Write(tmp[:1+pad+8])
	if d.nx != 0 {
		panic("d.nx != 0")
	}
	var digest [Size]byte
	for i, s := range d.h {
		digest[i*4] = byte(s >> 24)
		digest[i*4+1] = byte(s >> 16)
		digest[i*4+2] = byte(s >> 8)
		digest[i*4+3] = byte(s)
	}
	return digest
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}
