// RWMutex: readers share the lock, a writer excludes them, and a waiting writer keeps new
// readers out until it has had its turn. Events are recorded in memory and printed at the end.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var events []string

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	data := map[string]int{"x": 1}
	readers := 0
	maxReaders := 0

	read := func(id int) {
		defer wg.Done()
		rw.RLock()
		readers++
		if readers > maxReaders {
			maxReaders = readers
		}
		events = append(events, fmt.Sprintf("r%d reads x=%d (readers=%d)", id, data["x"], readers))
		runtime.Gosched()
		readers--
		rw.RUnlock()
	}
	write := func(id int) {
		defer wg.Done()
		rw.Lock()
		if readers != 0 {
			events = append(events, "writer saw readers!")
		}
		data["x"] *= 10
		events = append(events, fmt.Sprintf("w%d writes x=%d", id, data["x"]))
		runtime.Gosched()
		rw.Unlock()
	}

	for i := 0; i < 3; i++ {
		wg.Add(1)
		go read(i)
	}
	wg.Add(1)
	go write(0)
	for i := 3; i < 6; i++ {
		wg.Add(1)
		go read(i)
	}
	wg.Add(1)
	go write(1)
	wg.Wait()
	for _, e := range events {
		fmt.Println(e)
	}
	fmt.Println("max concurrent readers:", maxReaders, "final x:", data["x"])

	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock())
	l.Unlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()

	// A pending writer blocks later readers until it is done.
	events = nil
	var wg2 sync.WaitGroup
	rw.RLock()
	wg2.Add(1)
	go func() {
		defer wg2.Done()
		events = append(events, "writer waiting")
		rw.Lock()
		events = append(events, "writer in")
		rw.Unlock()
	}()
	runtime.Gosched()
	wg2.Add(1)
	go func() {
		defer wg2.Done()
		events = append(events, "late reader waiting")
		rw.RLock()
		events = append(events, "late reader in")
		rw.RUnlock()
	}()
	runtime.Gosched()
	events = append(events, "first reader leaves")
	rw.RUnlock()
	wg2.Wait()
	fmt.Println(events)
}
