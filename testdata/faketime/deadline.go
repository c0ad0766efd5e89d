// Timers, tickers, AfterFunc, Reset and Stop on the virtual clock: the output is the same
// on every run because time moves only when every goroutine waits.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	el := func() time.Duration { return time.Since(start) }
	var mu sync.Mutex
	var log []string
	add := func(s string) {
		mu.Lock()
		log = append(log, fmt.Sprint(s, " @", el()))
		mu.Unlock()
	}
	t := time.AfterFunc(300*time.Millisecond, func() { add("afterfunc") })
	t2 := time.NewTimer(time.Second)
	stopped := t2.Stop()
	add(fmt.Sprint("stopped before firing: ", stopped))
	t2.Reset(200 * time.Millisecond)
	<-t2.C
	add("timer after reset")
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(100*i) * time.Millisecond)
			add(fmt.Sprint("sleeper ", i))
		}()
	}
	wg.Wait()
	timeout := time.After(250 * time.Millisecond)
	tick := time.Tick(100 * time.Millisecond)
	n := 0
loop:
	for {
		select {
		case <-tick:
			n++
		case <-timeout:
			break loop
		}
	}
	add(fmt.Sprint("ticks before timeout: ", n))
	_ = t
	for _, s := range log {
		fmt.Println(s)
	}
	fmt.Println(time.Now().UTC().Format(time.RFC3339Nano))
}
