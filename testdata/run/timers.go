// Timers and sleeping goroutines: goroutines wake in the order of their deadlines (far apart
// and from a common start, so that a busy machine cannot reorder them), time.After
// in a select, stopping timers and tickers, and elapsed time measured with time.Since.
package main

import (
	"fmt"
	"sync"
	"time"
)

func sleepers() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	start := time.Now()
	for _, ms := range []int{700, 100, 400} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Deadlines from a common start: a late-starting goroutine keeps its place.
			time.Sleep(time.Until(start.Add(time.Duration(ms) * time.Millisecond)))
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("woke in order", order)
}

func timeouts() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "slow result"
	}()
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	fmt.Println(<-slow)
	fast := make(chan string, 1)
	fast <- "ready"
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-time.After(time.Hour):
		fmt.Println("never")
	}
}

func timersAndTickers() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped pending timer:", t.Stop(), "again:", t.Stop())
	fired := make(chan bool, 1)
	time.AfterFunc(5*time.Millisecond, func() { fired <- true })
	fmt.Println("AfterFunc fired:", <-fired)
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("elapsed at least 15ms:", el >= 15*time.Millisecond, "and under 5s:", el < 5*time.Second)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second, d.Round(time.Second))
}

func main() {
	sleepers()
	timeouts()
	timersAndTickers()
}
