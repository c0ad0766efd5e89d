// The top-level functions called from the body of a range-over-func loop, from a method
// called there, and from several goroutines: they never block, so every context may call
// them. Seeded, so the values are gc's.
package main

import (
	"fmt"
	"iter"
	"math/rand"
	"sync"
)

type skipper struct{ mask uint64 }

func (s *skipper) skip() bool {
	if s.mask == 0 {
		s.mask = rand.Uint64()
	}
	r := s.mask&1 == 0
	s.mask >>= 1
	return r
}

func words() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
			if !yield(w) {
				return
			}
		}
	}
}

func main() {
	rand.Seed(7)
	s := &skipper{}
	for w := range words() {
		fmt.Println(w, s.skip(), rand.Intn(100), rand.Int63n(1000))
	}
	b := make([]byte, 5)
	rand.Read(b)
	fmt.Println(b)

	var wg sync.WaitGroup
	sums := make([]int, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				sums[g] += rand.Intn(10)
			}
		}()
	}
	wg.Wait()
	// Which goroutine drew which value depends on scheduling; the total does not.
	fmt.Println(sums[0] + sums[1] + sums[2] + sums[3])
	rand.Seed(7)
	fmt.Println(rand.Uint64())
}
