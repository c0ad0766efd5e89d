// Goroutines and channels under GOMAXPROCS=1: with a single P, gc's scheduler is
// deterministic for programs like this one. A new goroutine goes into the "runnext" slot, so
// when main blocks the most recently started goroutine runs first, then the older ones in
// FIFO order. A faithful runtime must reproduce that order.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("goroutine", i)
		}()
	}
	wg.Wait()

	// Unbuffered ping-pong: strictly alternating.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Println("pong", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)

	// Buffered channel: the sender fills the buffer before the receiver runs.
	buf := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for v := range buf {
			fmt.Println("recv", v)
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("send", i)
		buf <- i
	}
	close(buf)
	<-done

	// Gosched lets the other runnable goroutines run.
	var mu sync.Mutex
	order := []string{}
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				mu.Lock()
				order = append(order, fmt.Sprint(name, j))
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(order)

	// A pipeline of three stages.
	gen := func(n int) <-chan int {
		c := make(chan int)
		go func() {
			for i := 1; i <= n; i++ {
				c <- i
			}
			close(c)
		}()
		return c
	}
	sq := func(in <-chan int) <-chan int {
		c := make(chan int)
		go func() {
			for v := range in {
				c <- v * v
			}
			close(c)
		}()
		return c
	}
	sum := 0
	for v := range sq(gen(10)) {
		sum += v
	}
	fmt.Println("sum of squares", sum, "NumGoroutine", runtime.NumGoroutine())
}
