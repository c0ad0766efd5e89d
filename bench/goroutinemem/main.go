// The memory a blocked goroutine costs: 100,000 goroutines each blocked receiving from one
// channel, measured as the growth of the heap (and, in gc, goroutine stacks) between a
// collection before they start and one while they all wait. Prints the checksum, then
// {"ms": ..., "bytes_per_goroutine": ...} for bench/run.ts.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func inUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse + m.StackInuse
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	start := time.Now()
	before := inUse()
	ch := make(chan int)
	var wg sync.WaitGroup
	sum := 0
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			sum += <-ch
			wg.Done()
		}()
	}
	// Let every goroutine run up to its receive.
	runtime.Gosched()
	for runtime.NumGoroutine() < n+1 {
		runtime.Gosched()
	}
	time.Sleep(10 * time.Millisecond)
	after := inUse()
	for i := 0; i < n; i++ {
		ch <- 1
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println("checksum", sum)
	per := float64(int64(after)-int64(before)) / float64(n)
	fmt.Printf("{\"ms\": %.3f, \"bytes_per_goroutine\": %.1f}\n", float64(el.Nanoseconds())/1e6, per)
}
