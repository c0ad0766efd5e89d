// Benchmark program: a million goroutines started and joined in batches of 1,000 (each
// adds to a shared sum under a WaitGroup), measuring goroutine creation and completion.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const batches, per = 1000, 1000
	var mu sync.Mutex
	sum := 0
	for b := 0; b < batches; b++ {
		var wg sync.WaitGroup
		wg.Add(per)
		for i := 0; i < per; i++ {
			go func() {
				mu.Lock()
				sum += i
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
	}
	fmt.Println(sum)
}
