// Channel misuse panics inside goroutines: close of a nil channel, close of a closed
// channel, send on a closed channel (also for a sender blocked when the close happens),
// each recovered where it happens.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint(name, ": ", recover()) }()
		f()
	}()
	fmt.Println(<-done)
}

func main() {
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	c := make(chan int)
	result := make(chan string)
	go func() {
		defer func() { result <- fmt.Sprint("blocked sender: ", recover()) }()
		c <- 1
	}()
	runtime.Gosched()
	close(c)
	fmt.Println(<-result)
	v, ok := <-c
	fmt.Println(v, ok)
}
