// Deadlock on WaitGroup.Wait: one more Add than Done. gc shows the wait of the WaitGroup's
// semaphore: "goroutine 1 [semacquire]:".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	wg.Add(4)
	for i := 0; i < 3; i++ {
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
