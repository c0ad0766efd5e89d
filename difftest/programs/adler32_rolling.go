// A rolling Adler-32 window (as rsync uses) checked against fresh checksums of each window.
package main

import (
	"fmt"
	"hash/adler32"
)

const mod = 65521

func main() {
	data := make([]byte, 4000)
	x := uint32(12345)
	for i := range data {
		x = x*1103515245 + 12345
		data[i] = byte(x >> 16)
	}
	const w = 256
	a := adler32.Checksum(data[:w])
	s1, s2 := a&0xffff, a>>16
	mismatches := 0
	for i := 1; i+w <= len(data); i++ {
		out, in := uint32(data[i-1]), uint32(data[i+w-1])
		s1 = (s1 + mod - out + in) % mod
		s2 = (s2 + mod*w - w*out + s1 - 1) % mod
		s2 = (s2 + 1) % mod
		got := s2<<16 | s1
		if want := adler32.Checksum(data[i : i+w]); got != want {
			mismatches++
		}
		if i%500 == 0 {
			fmt.Printf("window %4d: %08x\n", i, got)
		}
	}
	fmt.Println("mismatches:", mismatches)
}
