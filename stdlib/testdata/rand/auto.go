package main

import (
	"fmt"
	"math/rand"
)

// Without Seed the top-level functions are randomly seeded: two runs differ, and values
// stay in range.
func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.Intn(5); v < 0 || v >= 5 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int63() < 0 || rand.Int31() < 0 || rand.Int() < 0 || rand.Int63n(3) >= 3 || rand.Int31n(3) >= 3 {
			ok = false
		}
	}
	fmt.Println("ranges ok:", ok)
	seeded := rand.New(rand.NewSource(1)).Int63()
	same := 0
	for i := 0; i < 10; i++ {
		if rand.Int63() == seeded {
			same++
		}
	}
	fmt.Println("matches of the seed-1 value:", same)
	b := make([]byte, 100)
	n, err := rand.Read(b)
	fmt.Println(n, err)
}
