// HOTP/TOTP codes (RFC 4226 / RFC 6238) with a hand-written HMAC-SHA1.
package main

import (
	"crypto/sha1"
	"fmt"
)

func hmacSHA1(key, msg []byte) []byte {
	if len(key) > sha1.BlockSize {
		s := sha1.Sum(key)
		key = s[:]
	}
	var ipad, opad [sha1.BlockSize]byte
	copy(ipad[:], key)
	copy(opad[:], key)
	for i := range ipad {
		ipad[i] ^= 0x36
		opad[i] ^= 0x5c
	}
	inner := sha1.New()
	inner.Write(ipad[:])
	inner.Write(msg)
	outer := sha1.New()
	outer.Write(opad[:])
	outer.Write(inner.Sum(nil))
	return outer.Sum(nil)
}

func hotp(key []byte, counter uint64, digits int) string {
	var msg [8]byte
	for i := 7; i >= 0; i-- {
		msg[i] = byte(counter)
		counter >>= 8
	}
	mac := hmacSHA1(key, msg[:])
	off := mac[len(mac)-1] & 0xf
	code := (uint32(mac[off])&0x7f)<<24 | uint32(mac[off+1])<<16 | uint32(mac[off+2])<<8 | uint32(mac[off+3])
	mod := uint32(1)
	for i := 0; i < digits; i++ {
		mod *= 10
	}
	return fmt.Sprintf("%0*d", digits, code%mod)
}

func main() {
	key := []byte("12345678901234567890")
	for c := uint64(0); c < 10; c++ {
		fmt.Println(c, hotp(key, c, 6))
	}
	for _, t := range []uint64{59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000} {
		fmt.Println(t, hotp(key, t/30, 8))
	}
}
