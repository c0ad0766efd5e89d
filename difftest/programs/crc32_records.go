// Framing records with CRC-32 trailers (as log and archive formats do) and detecting corruption.
package main

import (
	"fmt"
	"hash/crc32"
)

func frame(payload []byte) []byte {
	c := crc32.ChecksumIEEE(payload)
	out := append([]byte{byte(len(payload))}, payload...)
	return append(out, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
}

func check(rec []byte) (string, bool) {
	n := int(rec[0])
	payload := rec[1 : 1+n]
	t := rec[1+n:]
	want := uint32(t[0])<<24 | uint32(t[1])<<16 | uint32(t[2])<<8 | uint32(t[3])
	return string(payload), crc32.ChecksumIEEE(payload) == want
}

func main() {
	msgs := []string{"begin", "set x=1", "set y=2", "delete x", "commit", "", "a much longer record body with spaces"}
	var log [][]byte
	for _, m := range msgs {
		r := frame([]byte(m))
		log = append(log, r)
		fmt.Printf("%-40q % x\n", m, r[len(r)-4:])
	}
	log[2][3] ^= 0x20
	log[4][len(log[4])-1]++
	for i, r := range log {
		p, ok := check(r)
		fmt.Printf("record %d %-40q ok=%v\n", i, p, ok)
	}
	// Every single-bit flip of a short message is detected.
	msg := []byte("detect me")
	base := crc32.ChecksumIEEE(msg)
	detected := 0
	for i := range msg {
		for b := 0; b < 8; b++ {
			msg[i] ^= 1 << b
			if crc32.ChecksumIEEE(msg) != base {
				detected++
			}
			msg[i] ^= 1 << b
		}
	}
	fmt.Println("single-bit flips detected:", detected, "of", len(msg)*8)
	h := crc32.NewIEEE()
	for _, r := range log {
		h.Write(r)
	}
	fmt.Printf("whole log crc %08x sum=% x\n", h.Sum32(), h.Sum(nil))
}
