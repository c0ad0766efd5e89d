// Rate limiting with time.Ticker: each request waits for a tick, so five requests at a 5 ms
// rate take at least 20 ms. A burst limiter has three tokens ready, then one per tick. Only
// counts and order are printed, never durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(5 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("took at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	tick := time.NewTicker(5 * time.Millisecond)
	stop := make(chan bool)
	go func() {
		for {
			select {
			case t := <-tick.C:
				select {
				case bursty <- t:
				default:
				}
			case <-stop:
				tick.Stop()
				stop <- true
				return
			}
		}
	}()
	fmt.Println("burst available:", len(bursty))
	for i := 1; i <= 6; i++ {
		<-bursty
		fmt.Println("bursty request", i)
	}
	stop <- true
	<-stop

	// Reset changes a ticker's period.
	t := time.NewTicker(time.Hour)
	t.Reset(time.Millisecond)
	<-t.C
	t.Stop()
	fmt.Println("ticked after Reset")
}
