// A queue simulation driven by math/rand's Go 1 source: exponential arrivals, normal
// service times, and a reproducible summary.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(42))
	t, busyUntil := 0.0, 0.0
	var waits []float64
	for i := 0; i < 2000; i++ {
		t += r.ExpFloat64() * 2
		start := max(t, busyUntil)
		service := 1.5 + 0.3*r.NormFloat64()
		if service < 0.1 {
			service = 0.1
		}
		busyUntil = start + service
		waits = append(waits, start-t)
	}
	sort.Float64s(waits)
	total := 0.0
	for _, w := range waits {
		total += w
	}
	fmt.Printf("mean wait %.6f, median %.6f, p99 %.6f, end %.3f\n", total/float64(len(waits)), waits[len(waits)/2], waits[len(waits)*99/100], busyUntil)
	// Dice and coins.
	counts := make([]int, 11)
	for i := 0; i < 36000; i++ {
		counts[r.Intn(6)+r.Intn(6)]++
	}
	fmt.Println("2d6:", counts)
	heads := 0
	for i := 0; i < 1000; i++ {
		if r.Int63()&1 == 1 {
			heads++
		}
	}
	fmt.Println("heads:", heads, "float32:", r.Float32(), "uint32:", r.Uint32())
}
