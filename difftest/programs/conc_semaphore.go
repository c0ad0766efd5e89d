// Bounded parallelism: a buffered channel as a counting semaphore lets at most three of ten
// tasks run at once; tasks block (on a channel) while holding their slot, and the peak
// concurrency is recorded under a mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	running, peak := 0, 0
	var wg sync.WaitGroup
	gates := make([]chan struct{}, 10)
	for i := range gates {
		gates[i] = make(chan struct{})
	}
	var finished []int
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			<-gates[id] // work that waits for something
			mu.Lock()
			running--
			finished = append(finished, id)
			mu.Unlock()
			<-sem
		}(i)
	}
	for i := 0; i < 10; i++ {
		close(gates[i])
	}
	wg.Wait()
	fmt.Println("peak", peak, "limit", limit, "done", len(finished))
	fmt.Println("finish order", finished)

	// The same with a results slice indexed by task: output order is the input order.
	inputs := []int{5, 3, 8, 1, 9, 2, 7}
	outputs := make([]int, len(inputs))
	sem2 := make(chan struct{}, 2)
	var wg2 sync.WaitGroup
	for i, v := range inputs {
		wg2.Add(1)
		sem2 <- struct{}{}
		go func() {
			defer func() { <-sem2; wg2.Done() }()
			outputs[i] = v * 10
		}()
	}
	wg2.Wait()
	fmt.Println(outputs)
}
