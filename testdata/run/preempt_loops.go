// Goroutines spinning in loops that never block or call out (a bare for, a for waiting on a
// package variable, a busy select with default) do not starve main: gc preempts them after
// 10 ms, and gots gives other goroutines a turn at those loops' back edges.
package main

import (
	"fmt"
	"time"
)

var stop bool
var spins int

func spin(p *int) {
	for {
		*p++
	}
}

func main() {
	x := 0
	go spin(&x)
	go func() {
		for !stop {
			spins++
		}
	}()
	done := make(chan bool)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				return
			default:
				n++
			}
		}
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main woke")
	stop = true
	close(done)
	start := time.Now()
	for time.Since(start) < 20*time.Millisecond {
	}
	fmt.Println("done")
}
