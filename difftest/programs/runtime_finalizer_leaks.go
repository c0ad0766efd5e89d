// A connection pool that finds leaked connections with finalizers: a connection handed back
// with Release clears its finalizer; one dropped without Release is reported by its
// finalizer once the garbage collector finds it unreachable. The finalizer sees the
// connection as it was last used, and what it points to (its buffer) is still there.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"
)

type Conn struct {
	id       int
	owner    string
	requests int
	buf      []byte
}

type Pool struct {
	mu     sync.Mutex
	nextID int
	open   int
	leaks  []string
}

func (p *Pool) Acquire(owner string) *Conn {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.nextID++
	p.open++
	c := &Conn{id: p.nextID, owner: owner, buf: make([]byte, 64)}
	runtime.SetFinalizer(c, p.leaked)
	return c
}

func (p *Pool) Release(c *Conn) {
	runtime.SetFinalizer(c, nil)
	p.mu.Lock()
	p.open--
	p.mu.Unlock()
}

// leaked runs on the finalizer goroutine.
func (p *Pool) leaked(c *Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.open--
	p.leaks = append(p.leaks, fmt.Sprintf("conn %d of %s leaked after %d requests (buffer %d bytes, %q)",
		c.id, c.owner, c.requests, len(c.buf), strings.TrimRight(string(c.buf[:8]), "\x00")))
}

func (p *Pool) leakCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.leaks)
}

//go:noinline
func handler(p *Pool, name string, n int, release bool) {
	c := p.Acquire(name)
	for i := 0; i < n; i++ {
		c.requests++
		copy(c.buf, fmt.Sprintf("req%d", i))
	}
	if release {
		p.Release(c)
	}
}

func main() {
	old := debug.SetGCPercent(20)
	fmt.Println("previous GC percent:", old)
	pool := &Pool{}
	var wg sync.WaitGroup
	for i, name := range []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			handler(pool, name, i+2, i%3 != 1)
		}()
	}
	wg.Wait()
	var before debug.GCStats
	debug.ReadGCStats(&before)
	for i := 0; i < 100 && pool.leakCount() < 2; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	var after debug.GCStats
	debug.ReadGCStats(&after)
	fmt.Println("collections ran:", after.NumGC > before.NumGC)
	sort.Strings(pool.leaks)
	for _, l := range pool.leaks {
		fmt.Println(l)
	}
	fmt.Println("still open:", pool.open)
	fmt.Println("GC percent restored from:", debug.SetGCPercent(old))
}
