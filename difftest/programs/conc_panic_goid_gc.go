// Goroutine numbers after the garbage collector has run: gc starts its mark worker
// goroutine at the first collection, which takes a number too.
package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	for i := 0; i < 200; i++ {
		sink = make([]byte, 1<<20)
	}
	runtime.GC()
	fmt.Println("allocated")
	done := make(chan bool)
	go func() {
		panic("after GC")
	}()
	<-done
}
