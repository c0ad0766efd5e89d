// Finds duplicate records by their MD5 fingerprint, as a content-addressed store would.
package main

import (
	"crypto/md5"
	"fmt"
	"io"
	"sort"
)

func main() {
	records := []string{"alpha", "beta", "gamma", "alpha", "delta", "beta", "", "epsilon", "", "alpha"}
	seen := map[[md5.Size]byte][]int{}
	for i, r := range records {
		sum := md5.Sum([]byte(r))
		seen[sum] = append(seen[sum], i)
	}
	var keys []string
	byKey := map[string][]int{}
	for k, v := range seen {
		s := fmt.Sprintf("%x", k)
		keys = append(keys, s)
		byKey[s] = v
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, byKey[k])
	}
	h := md5.New()
	for _, r := range records {
		io.WriteString(h, r)
		fmt.Printf("%-8q running %x\n", r, h.Sum(nil))
	}
	fmt.Println(h.Size(), h.BlockSize())
}
