// CRC-32 with the IEEE, Castagnoli and Koopman polynomials and a hand-made one; checks the
// standard check values and the properties of tables.
package main

import (
	"fmt"
	"hash/crc32"
	"strings"
)

func main() {
	polys := []struct {
		name string
		poly uint32
	}{{"IEEE", crc32.IEEE}, {"Castagnoli", crc32.Castagnoli}, {"Koopman", crc32.Koopman}, {"bzip2-rev", 0xedb88320 ^ 1}}
	for _, p := range polys {
		t := crc32.MakeTable(p.poly)
		fmt.Printf("%-10s check=%08x table[1]=%08x table[128]=%08x\n", p.name, crc32.Checksum([]byte("123456789"), t), t[1], t[128])
		for _, n := range []int{0, 1, 10, 100, 1000} {
			s := strings.Repeat("z", n)
			fmt.Printf("  len %4d: %08x\n", n, crc32.Checksum([]byte(s), t))
		}
		// Streaming through hash.Hash32 matches.
		h := crc32.New(t)
		for _, w := range strings.Fields("one two three four five") {
			h.Write([]byte(w))
		}
		fmt.Printf("  stream %08x direct %08x\n", h.Sum32(), crc32.Checksum([]byte("onetwothreefourfive"), t))
	}
	c := uint32(0)
	for i := 0; i < 10000; i++ {
		c = crc32.Update(c, crc32.IEEETable, []byte{byte(i), byte(i >> 8)})
	}
	fmt.Printf("chained %08x\n", c)
}
