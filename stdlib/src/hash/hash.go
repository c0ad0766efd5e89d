// Package hash: the interfaces hash functions implement.
package hash

import "io"

// Hash is the interface every hash function implements.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash with a 32-bit result.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash with a 64-bit result.
type Hash64 interface {
	Hash
	Sum64() uint64
}
