// A panic in a goroutine that nobody recovers ends the whole program, even though main is
// blocked elsewhere; deferred calls of that goroutine run first, main's do not. gc prints
// "panic: ..." and the panicking goroutine's header.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("main's defer never runs")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("goroutine's defer runs")
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
