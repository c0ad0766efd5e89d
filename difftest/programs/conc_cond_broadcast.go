// sync.Cond: workers wait for a start signal that Broadcast gives to all; a queue with Signal
// wakes one consumer per item; each waiter rechecks its condition in a loop.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	var woke []int
	waiting := 0
	allWaiting := sync.NewCond(&mu)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			allWaiting.Signal()
			for !ready {
				cond.Wait()
			}
			woke = append(woke, i)
			mu.Unlock()
		}()
	}
	mu.Lock()
	for waiting < 4 {
		allWaiting.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken in order:", woke)
	sorted := append([]int(nil), woke...)
	sort.Ints(sorted)
	fmt.Println("all woke:", sorted)

	// A queue: Signal wakes one waiting consumer per item.
	var qmu sync.Mutex
	nonEmpty := sync.NewCond(&qmu)
	var queue []string
	var got []string
	var cw sync.WaitGroup
	for c := 0; c < 2; c++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for {
				qmu.Lock()
				for len(queue) == 0 {
					nonEmpty.Wait()
				}
				item := queue[0]
				queue = queue[1:]
				if item != "stop" {
					got = append(got, fmt.Sprintf("c%d:%s", c, item))
				}
				qmu.Unlock()
				if item == "stop" {
					return
				}
			}
		}()
	}
	for _, it := range []string{"a", "b", "c", "d", "stop", "stop"} {
		qmu.Lock()
		queue = append(queue, it)
		nonEmpty.Signal()
		qmu.Unlock()
	}
	cw.Wait()
	fmt.Println(got)
}
