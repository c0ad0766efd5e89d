// runtime.Goexit in main: main's deferred calls run, other goroutines keep running, and when
// they are all done gc reports "fatal error: no goroutines (main called runtime.Goexit) -
// deadlock!".
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("worker finished")
	}()
	defer fmt.Println("main's defer")
	runtime.Goexit()
}
