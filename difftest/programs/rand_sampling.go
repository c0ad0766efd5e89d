// Reservoir sampling, weighted choice and a shuffled train/test split, all reproducible
// with seeded math/rand sources (including the deprecated global Seed).
package main

import (
	"fmt"
	"math/rand"
)

func reservoir(r *rand.Rand, n, k int) []int {
	res := make([]int, 0, k)
	for i := 0; i < n; i++ {
		if i < k {
			res = append(res, i)
		} else if j := r.Int63n(int64(i + 1)); j < int64(k) {
			res[j] = i
		}
	}
	return res
}

func weighted(r *rand.Rand, w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	x := r.Float64() * total
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

func main() {
	r := rand.New(rand.NewSource(7))
	fmt.Println("reservoir:", reservoir(r, 10000, 8))
	hits := make([]int, 4)
	for i := 0; i < 10000; i++ {
		hits[weighted(r, []float64{1, 2, 3, 4})]++
	}
	fmt.Println("weighted:", hits)
	idx := r.Perm(20)
	fmt.Println("train:", idx[:15], "test:", idx[15:])
	rand.Seed(2024)
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words, rand.Intn(1000), rand.Int31n(10))
	token := make([]byte, 12)
	rand.Read(token)
	fmt.Printf("token %x\n", token)
}
