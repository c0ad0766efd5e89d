// All goroutines blocked: main waits for a value that a worker, itself waiting on a mutex-like
// channel, never sends. gc reports a fatal deadlock error with main's wait state.
package main

import "fmt"

func main() {
	results := make(chan int)
	lock := make(chan struct{})
	for i := 0; i < 2; i++ {
		go func() {
			lock <- struct{}{}
			results <- i
		}()
	}
	fmt.Println("waiting")
	fmt.Println(<-results)
}
