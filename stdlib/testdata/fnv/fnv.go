package main

import (
	"fmt"
	"hash"
	"hash/fnv"
)

func main() {
	inputs := []string{"", "a", "foobar", "Hello, 世界", "The quick brown fox jumps over the lazy dog"}
	for _, in := range inputs {
		hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a()}
		for _, h := range hs {
			h.Write([]byte(in))
			fmt.Printf("%q %d %x ", in, h.Size(), h.Sum(nil))
		}
		h := fnv.New64a()
		h.Write([]byte(in))
		h.Write([]byte(in))
		fmt.Println(h.Sum64())
		h.Reset()
		fmt.Println(h.Sum64())
	}
}
