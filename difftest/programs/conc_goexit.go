// runtime.Goexit ends only its goroutine: its deferred calls run (and recover returns nil in
// them), the rest of the program carries on; Goexit from a helper function unwinds its
// callers too.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func helper(log *[]string) {
	defer func() { *log = append(*log, "helper defer") }()
	runtime.Goexit()
	*log = append(*log, "after Goexit (never)")
}

func main() {
	var log []string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			log = append(log, fmt.Sprint("outer defer, recover() = ", recover()))
		}()
		log = append(log, "working")
		helper(&log)
		log = append(log, "after helper (never)")
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}

	// Goexit after a recovered panic still exits the goroutine.
	done := make(chan string)
	go func() {
		defer func() { done <- "exited" }()
		func() {
			defer func() { recover() }()
			panic("first")
		}()
		runtime.Goexit()
	}()
	fmt.Println(<-done)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
