// Goroutines over several Ps: GOMAXPROCS from the environment (else NumCPU), resizing with
// runtime.GOMAXPROCS, and work spread by stealing giving the same results as with one P.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	want := runtime.NumCPU()
	if n, err := strconv.Atoi(os.Getenv("GOMAXPROCS")); err == nil && n > 0 {
		want = n
	}
	fmt.Println("procs as configured:", runtime.GOMAXPROCS(0) == want)
	old := runtime.GOMAXPROCS(3)
	fmt.Println("resize:", old == want, runtime.GOMAXPROCS(0))

	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 2000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				total += i
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)

	// A pipeline keeps its order on any number of Ps.
	src := make(chan int)
	sq := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			src <- i
		}
		close(src)
	}()
	go func() {
		for v := range src {
			sq <- v * v
		}
		close(sq)
	}()
	for v := range sq {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Shrinking to one P moves the queued goroutines to the global queue: all still run.
	results := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func() { results <- i }()
	}
	fmt.Println("shrink:", runtime.GOMAXPROCS(1))
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-results
	}
	fmt.Println("sum:", sum)
}
