// The order goroutines run in with one P: a new goroutine waits until the current one
// blocks or yields; the most recently started one runs first (gc's runnext), the rest in
// the order they were started; runtime.Gosched sends the caller to the back of the queue.
package main

import (
	"fmt"
	"runtime"
)

var trace []string

func main() {
	for i := 0; i < 4; i++ {
		go func() {
			trace = append(trace, fmt.Sprint("g", i, " a"))
			runtime.Gosched()
			trace = append(trace, fmt.Sprint("g", i, " b"))
		}()
	}
	trace = append(trace, "main before yield")
	runtime.Gosched()
	trace = append(trace, "main after first yield")
	runtime.Gosched()
	trace = append(trace, "main after second yield")
	for _, t := range trace {
		fmt.Println(t)
	}

	// A goroutine started by a goroutine.
	trace = nil
	done := make(chan bool)
	go func() {
		go func() {
			trace = append(trace, "grandchild")
			done <- true
		}()
		trace = append(trace, "child")
		done <- true
	}()
	<-done
	<-done
	fmt.Println(trace)
}
