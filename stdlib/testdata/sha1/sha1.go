package main

import (
	"crypto/sha1"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "message digest", strings.Repeat("x", 55), strings.Repeat("y", 56),
		strings.Repeat("z", 63), strings.Repeat("q", 64), strings.Repeat("w", 65), strings.Repeat("0123456789", 100)}
	for _, s := range inputs {
		fmt.Printf("%d %x\n", len(s), sha1.Sum([]byte(s)))
	}
	var h hash.Hash = sha1.New()
	fmt.Println(h.Size(), h.BlockSize())
	// Incremental writes of every split must agree with the one-shot sum.
	data := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog. ", 7))
	want := sha1.Sum(data)
	ok := true
	for split := 0; split <= len(data); split++ {
		h.Reset()
		h.Write(data[:split])
		mid := h.Sum(nil)
		_ = mid
		h.Write(data[split:])
		if fmt.Sprintf("%x", h.Sum(nil)) != fmt.Sprintf("%x", want) {
			ok = false
			fmt.Println("split mismatch", split)
		}
	}
	fmt.Println("splits ok:", ok)
	// Sum appends and does not change the state.
	h.Reset()
	io.WriteString(h, "hello")
	prefix := []byte("prefix:")
	out := h.Sum(prefix)
	fmt.Printf("%s%x\n", out[:7], out[7:])
	fmt.Printf("%x\n", h.Sum(nil))
	io.WriteString(h, " world")
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Printf("%x\n", sha1.Sum([]byte("hello world")))
	n, err := h.Write(nil)
	fmt.Println(n, err)
	fmt.Println(sha1.Size, sha1.BlockSize)
	// A million 'a's, written in odd chunks.
	h.Reset()
	chunk := []byte(strings.Repeat("a", 997))
	total := 0
	for total+len(chunk) <= 1000000 {
		h.Write(chunk)
		total += len(chunk)
	}
	h.Write([]byte(strings.Repeat("a", 1000000-total)))
	fmt.Printf("%x\n", h.Sum(nil))
	var arr [20]byte = sha1.Sum(nil)
	fmt.Println(arr[0], arr[19], len(arr))
}
