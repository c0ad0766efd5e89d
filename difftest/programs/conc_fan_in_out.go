// Fan-out / fan-in: one source fanned out to four squarers, their outputs merged into one
// channel that is closed when all of them finish. Sums and sorted values are independent of
// scheduling; the merge order shows gc's one-P scheduling.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func squarer(id int, in <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		for v := range in {
			out <- [2]int{id, v * v}
		}
	}()
	return out
}

func merge(cs ...<-chan [2]int) <-chan [2]int {
	var wg sync.WaitGroup
	out := make(chan [2]int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan [2]int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := source(12)
	var outs []<-chan [2]int
	for i := 0; i < 4; i++ {
		outs = append(outs, squarer(i, in))
	}
	var vals []int
	var order [][2]int
	sum := 0
	for v := range merge(outs...) {
		vals = append(vals, v[1])
		order = append(order, v)
		sum += v[1]
	}
	sort.Ints(vals)
	fmt.Println(vals)
	fmt.Println("sum", sum)
	fmt.Println("order", order)
}
