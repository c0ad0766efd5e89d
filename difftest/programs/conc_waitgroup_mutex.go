// Counters shared by many goroutines: a Mutex-protected map and counter, an atomic counter,
// and a WaitGroup to wait for all of them. Goroutines yield in the middle of their critical
// sections (on a channel), so the lock is actually contended.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int
	by map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n
	runtime.Gosched() // another goroutine runs while the lock is held
	c.n = v + 1
	c.by[key]++
}

func main() {
	c := &counter{by: map[string]int{}}
	var hits atomic.Int64
	var wg sync.WaitGroup
	keys := []string{"a", "b", "c"}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc(keys[i%3])
			hits.Add(int64(i))
		}()
	}
	wg.Wait()
	fmt.Println("n =", c.n, "hits =", hits.Load())
	var ks []string
	for k := range c.by {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, c.by[k])
	}

	// Lock order of contending goroutines.
	var mu sync.Mutex
	var order []int
	var wg2 sync.WaitGroup
	mu.Lock()
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	mu.Unlock()
	wg2.Wait()
	fmt.Println("lock order:", order)
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	mu.Unlock()

	// WaitGroup reuse and several waiters.
	var w sync.WaitGroup
	var waiters sync.WaitGroup
	released := make(chan int, 3)
	w.Add(1)
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			w.Wait()
			released <- i
		}()
	}
	runtime.Gosched()
	w.Done()
	waiters.Wait()
	close(released)
	sum := 0
	for v := range released {
		sum += v
	}
	fmt.Println("released sum", sum)
	w.Add(2)
	w.Done()
	w.Done()
	w.Wait()
	fmt.Println("reused")
}
