// Computes HMAC-SHA256 by hand (RFC 2104) over a few messages and verifies test vectors.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
)

func hmac(newHash func() hash.Hash, key, msg []byte) []byte {
	h := newHash()
	if len(key) > h.BlockSize() {
		h.Write(key)
		key = h.Sum(nil)
		h.Reset()
	}
	ipad := make([]byte, h.BlockSize())
	opad := make([]byte, h.BlockSize())
	copy(ipad, key)
	copy(opad, key)
	for i := range ipad {
		ipad[i] ^= 0x36
		opad[i] ^= 0x5c
	}
	h.Write(ipad)
	h.Write(msg)
	inner := h.Sum(nil)
	h.Reset()
	h.Write(opad)
	h.Write(inner)
	return h.Sum(nil)
}

func main() {
	cases := []struct{ key, msg string }{
		{"key", "The quick brown fox jumps over the lazy dog"},
		{"", ""},
		{"Jefe", "what do ya want for nothing?"},
		{string(make([]byte, 131)), "Test Using Larger Than Block-Size Key - Hash Key First"},
	}
	for _, c := range cases {
		fmt.Println(hex.EncodeToString(hmac(sha256.New, []byte(c.key), []byte(c.msg))))
		fmt.Println(hex.EncodeToString(hmac(sha256.New224, []byte(c.key), []byte(c.msg))))
	}
	// A tiny hash chain: each link hashes the previous digest.
	sum := sha256.Sum256([]byte("genesis"))
	for i := 0; i < 1000; i++ {
		sum = sha256.Sum256(sum[:])
	}
	fmt.Printf("chain: %x\n", sum)
}
