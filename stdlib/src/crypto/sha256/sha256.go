// Package sha256: the SHA-224 and SHA-256 hash functions of FIPS 180-4. The compression
// function over whole 64-byte blocks is a native; buffering and padding are done here.
package sha256

import "hash"

// Size is the size of a SHA-256 checksum in bytes.
const Size = 32

// Size224 is the size of a SHA-224 checksum in bytes.
const Size224 = 28

// BlockSize is the block size of SHA-256 and SHA-224 in bytes.
const BlockSize = 64

// digest is the running state: the eight chaining words, a partial block and the total length.
type digest struct {
	h     [8]uint32
	x     [BlockSize]byte
	nx    int
	len   uint64
	is224 bool
}

// Initial chaining values (FIPS 180-4 §5.3.2 and §5.3.3).
var init256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
var init224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}

// block runs the compression function over every whole block of p.
func block(h *[8]uint32, p []byte)

func (d *digest) Reset() {
	if d.is224 {
		d.h = init224
	} else {
		d.h = init256
	}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA-256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA-224 checksum.
func New224() hash.Hash {
	d := new(digest)
	d.is224 = true
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

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
	if d0.is224 {
		return append(in, hash[:Size224]...)
	}
	return append(in, hash[:]...)
}

// checkSum pads the message (a 1 bit, zeros, the bit length as 64 bits big-endian) and
// returns the chaining words in big-endian order.
func (d *digest) checkSum() [Size]byte {
	length := d.len
	var tmp [64 + 8]byte
	tmp[0] = 0x80
	var t uint64
	if length%64 < 56 {
		t = 56 - length%64
	} else {
		t = 64 + 56 - length%64
	}
	length <<= 3
	padlen := tmp[:t+8]
	for i := uint64(0); i < 8; i++ {
		padlen[t+i] = byte(length >> (56 - 8*i))
	}
	d.Write(padlen)
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

// Sum256 returns the SHA-256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum224 returns the SHA-224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	var d digest
	d.is224 = true
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	var out [Size224]byte
	copy(out[:], sum[:Size224])
	return out
}
