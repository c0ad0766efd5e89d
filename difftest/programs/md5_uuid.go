// Builds name-based (version 3) UUIDs with MD5, as RFC 4122 describes.
package main

import (
	"crypto/md5"
	"fmt"
)

var dnsNamespace = [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

func uuid3(ns [16]byte, name string) string {
	h := md5.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	s := h.Sum(nil)
	s[6] = s[6]&0x0f | 0x30
	s[8] = s[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", s[0:4], s[4:6], s[6:8], s[8:10], s[10:16])
}

func main() {
	for _, n := range []string{"python.org", "golang.org", "example.com", "", "a.very.long.host.name.example.org"} {
		fmt.Println(n, uuid3(dnsNamespace, n))
	}
	fmt.Printf("%x\n", md5.Sum([]byte("The quick brown fox jumps over the lazy dog")))
}
