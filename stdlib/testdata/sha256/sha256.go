package main

import (
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "message digest", strings.Repeat("x", 55), strings.Repeat("y", 56),
		strings.Repeat("z", 63), strings.Repeat("q", 64), strings.Repeat("w", 65), strings.Repeat("0123456789", 100)}
	for _, s := range inputs {
		fmt.Printf("%d %x\n", len(s), sha256.Sum256([]byte(s)))
		fmt.Printf("%d %x\n", len(s), sha256.Sum224([]byte(s)))
	}
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize)
	var h hash.Hash = sha256.New()
	fmt.Println(h.Size(), h.BlockSize())
	h224 := sha256.New224()
	fmt.Println(h224.Size(), h224.BlockSize())
	// Incremental writes of every split must agree with the one-shot sum.
	data := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog. ", 7))
	want := sha256.Sum256(data)
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
	fmt.Printf("%x\n", sha256.Sum256([]byte("hello world")))
	h224.Write([]byte("hello world"))
	fmt.Printf("%x %d\n", h224.Sum(nil), len(h224.Sum(nil)))
	n, err := h224.Write(nil)
	fmt.Println(n, err)
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
	var arr [32]byte = sha256.Sum256(nil)
	fmt.Println(arr[0], arr[31], len(arr))
	fmt.Printf("%T %T\n", sha256.Sum224(nil), h)
}
