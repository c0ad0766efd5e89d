// Timers and goroutines: a short sleep ends before a long one, stopped timers never fire,
// reset timers fire at their new time, and Go 1.23's timer channels keep no stale value
// after Stop or Reset. Gaps between deadlines are wide, so a loaded machine's late
// wake-ups cannot reorder them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, s := range []struct {
		name string
		d    time.Duration
	}{{"long", 150 * time.Millisecond}, {"short", time.Millisecond}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(s.d)
			mu.Lock()
			order = append(order, s.name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)

	// A stopped timer never runs; a reset one runs at its new time.
	ran := make(chan string, 2)
	t1 := time.AfterFunc(5*time.Millisecond, func() { ran <- "t1" })
	t2 := time.AfterFunc(time.Hour, func() { ran <- "t2" })
	fmt.Println("stop t1:", t1.Stop(), "reset t2:", t2.Reset(time.Millisecond))
	fmt.Println(<-ran)
	select {
	case r := <-ran:
		fmt.Println("unexpected", r)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("t1 never ran")
	}
	fmt.Println("stop t1 again:", t1.Stop(), "stop t2 after it ran:", t2.Stop())

	// In Go 1.23 Stop or Reset discards an unreceived tick.
	t := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop after expiry:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no stale tick after Stop")
	}
	t.Reset(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	t.Reset(time.Hour)
	select {
	case <-t.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no stale tick after Reset")
	}
	fmt.Println("stop:", t.Stop())

	// time.After in a loop of selects: the channel that is ready wins each round.
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
	timeout := time.After(200 * time.Millisecond)
loop:
	for {
		select {
		case <-tick.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		case <-timeout:
			fmt.Println("timeout first")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
}
