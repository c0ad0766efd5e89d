// A WaitGroup that is never done: the workers finish without calling Done for the last item,
// so main waits forever and gc reports a deadlock with main in the semaphore wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	items := []string{"a", "b", "c"}
	wg.Add(len(items))
	for i, it := range items {
		go func() {
			fmt.Println("processing", it)
			if i < len(items)-1 {
				wg.Done()
			}
		}()
	}
	wg.Wait()
	fmt.Println("never printed")
}
