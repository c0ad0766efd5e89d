// runtime.Goexit ends only the calling goroutine: its deferred calls run (recover returns nil
// in them), the rest of its function does not, and other goroutines carry on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func leave(id int, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	defer func() { log <- fmt.Sprint(id, " deferred, recover=", recover()) }()
	if id%2 == 0 {
		func() {
			defer func() { log <- fmt.Sprint(id, " inner deferred") }()
			runtime.Goexit()
		}()
	}
	log <- fmt.Sprint(id, " returned normally")
}

func main() {
	var wg sync.WaitGroup
	log := make(chan string, 100)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go leave(i, &wg, log)
		wg.Wait()
	}
	close(log)
	for s := range log {
		fmt.Println(s)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			if i == 3 {
				runtime.Goexit()
			}
			fmt.Println("loop", i)
		}
	}()
	<-done
	fmt.Println("main done")
}
