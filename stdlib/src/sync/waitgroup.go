// WaitGroup, Once and Cond.
package sync

// WaitGroup waits for a count of tasks to reach zero.
type WaitGroup struct {
	count   int
	waiters int
	sem     sema
}

// Add adds delta (possibly negative) to the count; at zero, every waiter is released.
func (wg *WaitGroup) Add(delta int) {
	wg.count += delta
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.waiters > 0 && delta > 0 && wg.count == delta {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if wg.count > 0 || wg.waiters == 0 {
		return
	}
	n := wg.waiters
	wg.waiters = 0
	for ; n > 0; n-- {
		wg.sem.release()
	}
}

func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the count is zero.
func (wg *WaitGroup) Wait() {
	if wg.count == 0 {
		return
	}
	wg.waiters++
	wg.sem.acquire()
}

// Once runs a function once. A panicking function still counts as done; calling Do from
// within f waits forever (a deadlock).
type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

// OnceFunc returns a function calling f only the first time; if f panicked, every call
// panics with the same value.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue is OnceFunc for a function with a result.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues is OnceFunc for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// Cond is a condition variable: Wait releases L, waits for Signal or Broadcast and takes L
// again. Waiters are woken in the order they started waiting.
type Cond struct {
	L       Locker
	waiting []*sema
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	s := &sema{}
	c.waiting = append(c.waiting, s)
	c.L.Unlock()
	s.acquire()
	c.L.Lock()
}

func (c *Cond) Signal() {
	if len(c.waiting) > 0 {
		s := c.waiting[0]
		c.waiting = c.waiting[1:]
		s.release()
	}
}

func (c *Cond) Broadcast() {
	ws := c.waiting
	c.waiting = nil
	for _, s := range ws {
		s.release()
	}
}
