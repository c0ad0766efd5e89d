// Range-over-func bodies that block (channel sends and receives, a mutex) with user and
// standard-library iterators, break and return inside them, next to plain uses of the
// same iterator.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

func gen(n int) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprint("s", i)) {
				return
			}
		}
	}
}

func first(ch chan int) (r int) {
	for v := range slices.Values([]int{5, 6, 7}) {
		ch <- v
		if v == 6 {
			return <-ch + 100
		}
	}
	return -1
}

func main() {
	ch := make(chan int, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for k, v := range gen(4) {
			ch <- k
			fmt.Println("sent", k, v)
			if k == 2 {
				break
			}
		}
		close(ch)
	}()
	wg.Wait()
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	c2 := make(chan int, 10)
	fmt.Println(first(c2))
	m := map[string]int{"a": 1}
	var mu sync.Mutex
	for k := range maps.Keys(m) {
		mu.Lock()
		fmt.Println("key", k)
		mu.Unlock()
	}
	// plain iterator use elsewhere still works
	total := 0
	for _, v := range gen(3) {
		total += len(v)
	}
	fmt.Println(total)
}
