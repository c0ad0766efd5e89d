// RUnlock of an RWMutex that is not read-locked is fatal in a goroutine too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	done := make(chan bool)
	go func() {
		fmt.Println("bad RUnlock")
		rw.RUnlock()
		done <- true
	}()
	<-done
}
