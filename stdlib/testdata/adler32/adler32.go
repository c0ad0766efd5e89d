package main

import (
	"encoding"
	"fmt"
	"hash/adler32"
	"strings"
)

func main() {
	for _, s := range []string{"", "a", "abc", "Wikipedia", "message digest", strings.Repeat("\xff", 5551),
		strings.Repeat("\xff", 5552), strings.Repeat("\xff", 5553), strings.Repeat("\xff", 100000), strings.Repeat("abcdefghij", 10000)} {
		fmt.Printf("%d %08x\n", len(s), adler32.Checksum([]byte(s)))
	}
	h := adler32.New()
	fmt.Println(h.Size(), h.BlockSize(), adler32.Size, h.Sum32())
	h.Write([]byte("Wiki"))
	h.Write([]byte("pedia"))
	fmt.Printf("%08x %x %x\n", h.Sum32(), h.Sum(nil), h.Sum([]byte{9}))
	m := h.(encoding.BinaryMarshaler)
	b, err := m.MarshalBinary()
	fmt.Printf("%q %v\n", b, err)
	h2 := adler32.New()
	u := h2.(encoding.BinaryUnmarshaler)
	fmt.Println(u.UnmarshalBinary(b), h2.Sum32() == h.Sum32())
	fmt.Println(u.UnmarshalBinary([]byte("adl")))
	fmt.Println(u.UnmarshalBinary([]byte("xyz\x01abcd")))
	fmt.Println(u.UnmarshalBinary([]byte("adl\x01abc")))
	fmt.Println(u.UnmarshalBinary([]byte("adl\x01abcde")))
	h.Reset()
	fmt.Println(h.Sum32())
	n, err := h.Write(nil)
	fmt.Println(n, err)
}
