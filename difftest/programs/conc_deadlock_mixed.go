// Deadlock with goroutines blocked in different ways: on a mutex, a WaitGroup, a select, a
// nil channel; main waits on a channel receive.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() { mu.Lock() }()
	go func() { wg.Wait() }()
	go func() {
		a, b := make(chan int), make(chan int)
		select {
		case <-a:
		case <-b:
		}
	}()
	go func() {
		var c chan int
		<-c
	}()
	c := make(chan int)
	fmt.Println("main waits")
	<-c
}
