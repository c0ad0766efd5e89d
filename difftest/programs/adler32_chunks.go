// Checksums a stream in chunks of varying sizes through hash.Hash32 and compares the results.
package main

import (
	"fmt"
	"hash/adler32"
	"io"
	"strings"
)

func main() {
	text := strings.Repeat("All work and no play makes Jack a dull boy.\n", 500)
	want := adler32.Checksum([]byte(text))
	for _, size := range []int{1, 7, 64, 1000, 5552, 100000} {
		h := adler32.New()
		r := strings.NewReader(text)
		buf := make([]byte, size)
		for {
			n, err := r.Read(buf)
			h.Write(buf[:n])
			if err == io.EOF {
				break
			}
		}
		fmt.Printf("chunk %6d: %08x %v\n", size, h.Sum32(), h.Sum32() == want)
	}
	fmt.Printf("%x\n", adler32.New().Sum([]byte("prefix")))
}
