// Package crc32: the 32-bit cyclic redundancy check, with tables for any polynomial given in
// reversed (LSB-first) bit order.
package crc32

import (
	"errors"
	"hash"
)

// Size is the size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials, in reversed notation.
const (
	IEEE       = 0xedb88320 // by far the most common: Ethernet, gzip, zip, PNG...
	Castagnoli = 0x82f63b78 // iSCSI, with better error detection
	Koopman    = 0xeb31d82e // also good error detection
)

// Table is a 256-word table for computing a CRC with one polynomial.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = buildTable(IEEE)

// castagnoliTable is made on first use; MakeTable(Castagnoli) always returns it.
var castagnoliTable *Table

// buildTable computes the CRC of every byte value, one bit at a time.
func buildTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		crc := uint32(i)
		for k := 0; k < 8; k++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns a Table for the polynomial; the IEEE and Castagnoli tables are shared,
// others are new each time. The table must not be modified.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = buildTable(Castagnoli)
		}
		return castagnoliTable
	}
	return buildTable(poly)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	return update(crc, tab, p)
}

// update is the table-driven byte-at-a-time loop (native for speed).
func update(crc uint32, tab *Table, p []byte) uint32

// Checksum returns the CRC-32 checksum of data using the polynomial represented by tab.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// digest is the running CRC of a hash.Hash32.
type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum with tab's polynomial. Its
// Sum method appends the value big-endian. It also implements encoding.BinaryMarshaler and
// encoding.BinaryUnmarshaler to save and restore its state.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum with the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// A saved state is "crc\x01", the IEEE checksum of the table's words (big-endian), then
// the running CRC, both big-endian.
const (
	magic         = "crc\x01"
	marshaledSize = len(magic) + 4 + 4
)

func appendWord(b []byte, x uint32) []byte {
	return append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

func word(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// tableSum identifies a table in a saved state.
func tableSum(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for _, x := range t {
			b = appendWord(b, x)
		}
	}
	return ChecksumIEEE(b)
}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magic...)
	b = appendWord(b, tableSum(d.tab))
	b = appendWord(b, d.crc)
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableSum(d.tab) != word(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = word(b[8:])
	return nil
}
