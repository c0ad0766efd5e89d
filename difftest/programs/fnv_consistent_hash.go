// Consistent hashing of keys onto servers with hash/fnv: a ring of virtual nodes sorted by
// hash, lookups by binary search (sort.Search), and how many keys move when a server joins
// or leaves.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
)

type Ring struct {
	replicas int
	hashes   []uint32
	owner    map[uint32]string
}

func hash32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func NewRing(replicas int, servers ...string) *Ring {
	r := &Ring{replicas: replicas, owner: map[uint32]string{}}
	for _, s := range servers {
		r.Add(s)
	}
	return r
}

func (r *Ring) Add(server string) {
	for i := 0; i < r.replicas; i++ {
		h := hash32(strconv.Itoa(i) + "#" + server)
		r.hashes = append(r.hashes, h)
		r.owner[h] = server
	}
	sort.Slice(r.hashes, func(i, j int) bool { return r.hashes[i] < r.hashes[j] })
}

func (r *Ring) Remove(server string) {
	kept := r.hashes[:0]
	for _, h := range r.hashes {
		if r.owner[h] == server {
			delete(r.owner, h)
			continue
		}
		kept = append(kept, h)
	}
	r.hashes = kept
}

func (r *Ring) Get(key string) string {
	h := hash32(key)
	i := sort.Search(len(r.hashes), func(i int) bool { return r.hashes[i] >= h })
	if i == len(r.hashes) {
		i = 0
	}
	return r.owner[r.hashes[i]]
}

func distribution(r *Ring, keys []string) (map[string]string, map[string]int) {
	where := map[string]string{}
	count := map[string]int{}
	for _, k := range keys {
		s := r.Get(k)
		where[k] = s
		count[s]++
	}
	return where, count
}

func show(count map[string]int) {
	var names []string
	for n := range count {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("  %-8s %4d\n", n, count[n])
	}
}

func main() {
	keys := make([]string, 2000)
	for i := range keys {
		keys[i] = "user:" + strconv.Itoa(i*7919)
	}
	ring := NewRing(50, "alpha", "beta", "gamma")
	before, count := distribution(ring, keys)
	fmt.Println("three servers:")
	show(count)
	ring.Add("delta")
	after, count := distribution(ring, keys)
	moved := 0
	for _, k := range keys {
		if before[k] != after[k] {
			moved++
			if after[k] != "delta" {
				fmt.Println("unexpected move of", k)
			}
		}
	}
	fmt.Println("after adding delta, moved:", moved)
	show(count)
	ring.Remove("beta")
	final, count := distribution(ring, keys)
	moved = 0
	for _, k := range keys {
		if after[k] != final[k] {
			moved++
		}
	}
	fmt.Println("after removing beta, moved:", moved, "ring size:", len(ring.hashes))
	show(count)
	for _, k := range []string{"session:42", "cart:7", "", "user:0"} {
		fmt.Printf("%-12q %08x -> %s\n", k, hash32(k), ring.Get(k))
	}
	h64 := fnv.New64()
	h64.Write([]byte("abc"))
	fmt.Printf("%016x %d\n", h64.Sum64(), h64.Size())
}
