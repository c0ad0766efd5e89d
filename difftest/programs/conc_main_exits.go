// main returning ends the program at once: goroutines still blocked or runnable are
// abandoned without their deferred calls, and no deadlock is reported.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			defer fmt.Println("never printed", i)
			<-block
		}()
	}
	go func() {
		defer fmt.Println("never printed either")
		for {
			runtime.Gosched()
		}
	}()
	runtime.Gosched()
	fmt.Println("main returns with", runtime.NumGoroutine(), "goroutines")
}
