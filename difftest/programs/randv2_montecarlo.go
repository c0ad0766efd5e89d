// Monte Carlo estimates with seeded math/rand/v2 sources: pi, a random walk, and a
// normal-distribution histogram.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func main() {
	r := rand.New(rand.NewPCG(2024, 11))
	inside := 0
	const n = 200000
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y < 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.6f\n", 4*float64(inside)/n)

	pos, maxPos := 0, 0
	for i := 0; i < 10000; i++ {
		if r.IntN(2) == 0 {
			pos++
		} else {
			pos--
		}
		maxPos = max(maxPos, pos)
	}
	fmt.Println("walk end", pos, "max", maxPos)

	var seed [32]byte
	for i := range seed {
		seed[i] = byte(i * 7)
	}
	c := rand.New(rand.NewChaCha8(seed))
	bins := make([]int, 12)
	for i := 0; i < 50000; i++ {
		v := c.NormFloat64()*2 + 6
		if v >= 0 && v < 12 {
			bins[int(v)]++
		}
	}
	for i, b := range bins {
		fmt.Printf("%2d %6d %s\n", i, b, strings.Repeat("#", b/200))
	}
	total := 0.0
	for i := 0; i < 10000; i++ {
		total += c.ExpFloat64() / 3
	}
	fmt.Printf("mean exp/3 = %.6f\n", total/10000)
}
