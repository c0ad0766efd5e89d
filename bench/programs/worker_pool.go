// Benchmark program: a pool of 8 workers taking jobs from a buffered channel and sending
// results back (200,000 jobs of a little arithmetic each), measuring channel traffic
// between several goroutines.
package main

import "fmt"

func work(n int) int {
	x := n
	for i := 0; i < 20; i++ {
		x = (x*31 + i) % 1000003
	}
	return x
}

func main() {
	const jobs, workers = 200000, 8
	in := make(chan int, 64)
	out := make(chan int, 64)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range in {
				out <- work(j)
			}
		}()
	}
	go func() {
		for i := 0; i < jobs; i++ {
			in <- i
		}
		close(in)
	}()
	sum := 0
	for i := 0; i < jobs; i++ {
		sum += <-out
	}
	fmt.Println(sum)
}
