// runtime.NumGoroutine as goroutines start, block and finish; goroutines blocked forever
// still count.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	fmt.Println("after go statements:", runtime.NumGoroutine())
	started.Wait()
	fmt.Println("all blocked:", runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after close:", runtime.NumGoroutine())

	var leak chan int
	for i := 0; i < 3; i++ {
		go func() { <-leak }()
	}
	runtime.Gosched()
	fmt.Println("leaked:", runtime.NumGoroutine())
}
