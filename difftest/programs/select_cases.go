// select: default when nothing is ready, nil channels never ready, receives from closed
// channels, and a for-select loop. Every select here has at most one ready case at a time
// (when several are ready gc picks at random), so the output is deterministic.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	c <- 7
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("unexpected default")
	}

	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("sent on nil?")
	case <-nilCh:
		fmt.Println("received from nil?")
	default:
		fmt.Println("nil channels are never ready")
	}

	closed := make(chan string)
	close(closed)
	select {
	case s, ok := <-closed:
		fmt.Printf("closed: %q %v\n", s, ok)
	}

	// A send case on a full buffer is not ready.
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent on full?")
	default:
		fmt.Println("buffer full")
	}

	// for-select: a worker reports results and a quit channel ends it.
	jobs := make(chan int)
	results := make(chan int)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case j := <-jobs:
				results <- j * j
			case <-quit:
				fmt.Println("worker quitting")
				results <- -1
				return
			}
		}
	}()
	for i := 1; i <= 4; i++ {
		jobs <- i
		fmt.Println("result", <-results)
	}
	close(quit)
	fmt.Println("final", <-results)

	// Blocking select with one case: behaves like the plain operation.
	out := make(chan string)
	go func() { out <- "hello from goroutine" }()
	select {
	case s := <-out:
		fmt.Println(s)
	}

	// Disable a case by setting its channel to nil after it closes.
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 2; i++ {
			a <- i
		}
		close(a)
	}()
	seen := 0
	for a != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			seen += v + 1
		case <-b:
			fmt.Println("b is never sent on")
		}
	}
	fmt.Println("seen", seen)
}
