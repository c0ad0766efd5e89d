// Deadlock on RWMutex: a writer waits for a reader that never unlocks, and main waits for
// the writer. Goroutine 1 waits on the WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.Lock()
		fmt.Println("writer in")
		rw.Unlock()
	}()
	wg.Wait()
}
