// A deadlock whose goroutines block in nested calls, in sync.Mutex.Lock and in select {}:
// the dump shows where each one waits.
package main

import "sync"

func recv(c chan int) int {
	return <-c
}

func worker(mu *sync.Mutex, c chan int) {
	mu.Lock()
	c <- 1
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	c := make(chan int)
	go worker(&mu, c)
	go func() {
		select {}
	}()
	recv(c)
}
