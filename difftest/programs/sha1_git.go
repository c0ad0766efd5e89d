// Computes git object ids (SHA-1 over "type size\0content") for blobs and a tree.
package main

import (
	"bytes"
	"crypto/sha1"
	"fmt"
	"sort"
)

func object(kind string, content []byte) [20]byte {
	h := sha1.New()
	fmt.Fprintf(h, "%s %d\x00", kind, len(content))
	h.Write(content)
	var id [20]byte
	copy(id[:], h.Sum(nil))
	return id
}

func main() {
	files := map[string]string{
		"README.md": "# demo\n",
		"main.go":   "package main\n\nfunc main() {}\n",
		"empty":     "",
	}
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var tree bytes.Buffer
	for _, n := range names {
		id := object("blob", []byte(files[n]))
		fmt.Printf("blob %x %s\n", id, n)
		fmt.Fprintf(&tree, "100644 %s\x00", n)
		tree.Write(id[:])
	}
	fmt.Printf("tree %x\n", object("tree", tree.Bytes()))
}
