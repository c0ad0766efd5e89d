// Ten thousand goroutines: a chain passing a number along (each adds one), then a tree of
// goroutines summing halves of a slice and merging results.
package main

import (
	"fmt"
	"runtime"
)

func sum(xs []int, out chan<- int) {
	if len(xs) <= 64 {
		s := 0
		for _, x := range xs {
			s += x
		}
		out <- s
		return
	}
	c := make(chan int, 2)
	go sum(xs[:len(xs)/2], c)
	go sum(xs[len(xs)/2:], c)
	out <- <-c + <-c
}

func main() {
	const n = 10000
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) { out <- 1 + <-in }(in, out)
		in = out
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	first <- 0
	fmt.Println("chain:", <-in)

	xs := make([]int, 100000)
	for i := range xs {
		xs[i] = i % 1000
	}
	res := make(chan int)
	go sum(xs, res)
	fmt.Println("tree sum:", <-res)
	runtime.Gosched()
	fmt.Println("goroutines at end:", runtime.NumGoroutine())
}
