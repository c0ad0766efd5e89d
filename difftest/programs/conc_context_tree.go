// A tree of contexts watched by goroutines: canceling a subtree stops exactly its watchers,
// canceling the root stops the rest; the order watchers report in is gc's wake-up order.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	left, cancelLeft := context.WithCancel(root)
	right, cancelRight := context.WithCancelCause(root)
	defer cancelRight(nil)
	leaf := context.WithValue(left, "name", "leaf")
	contexts := map[string]context.Context{"root": root, "left": left, "right": right, "leaf": leaf}
	names := []string{"root", "left", "right", "leaf"}

	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for _, n := range names {
		for k := 0; k < 2; k++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := contexts[n]
				<-c.Done()
				mu.Lock()
				log = append(log, fmt.Sprintf("%s#%d: %v", n, k, context.Cause(c)))
				mu.Unlock()
			}()
		}
	}
	// Let every watcher block first.
	runtime.Gosched()
	cancelLeft()
	runtime.Gosched()
	mu.Lock()
	fmt.Println("after cancelLeft:", len(log))
	mu.Unlock()
	cancelRoot()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(leaf.Value("name"), right.Err())
}
