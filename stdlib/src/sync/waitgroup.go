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
	wg.sem.acquire("semacquire")
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

// onceState runs a function once for OnceFunc and OnceValue(s), without blocking: a call
// made while the function is still running (possible only if it blocks and another
// goroutine calls meanwhile) panics instead of waiting. (Waiting would make the returned
// functions blocking ones, which, with the compiler's coarse analysis, would make every call
// through a func value of the same shape slower in every program importing sync.)
type onceState struct {
	started  bool
	finished bool
	valid    bool // the function returned normally
	p        any  // its panic value otherwise
}

// run calls f the first time; every call then returns normally or panics as f did.
func (o *onceState) run(f func()) {
	if !o.started {
		o.started = true
		func() {
			defer func() {
				o.finished = true
				if !o.valid {
					o.p = recover()
				}
			}()
			f()
			o.valid = true
		}()
	} else if !o.finished {
		panic("sync: OnceFunc/OnceValue function called again while it is still running")
	}
	if !o.valid {
		panic(o.p)
	}
}

// OnceFunc returns a function calling f only the first time; if f panicked, every call
// panics with the same value.
func OnceFunc(f func()) func() {
	o := &onceState{}
	return func() {
		o.run(f)
	}
}

// OnceValue is OnceFunc for a function with a result.
func OnceValue[T any](f func() T) func() T {
	o := &onceState{}
	var result T
	g := func() { result = f() }
	return func() T {
		o.run(g)
		return result
	}
}

// OnceValues is OnceFunc for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	o := &onceState{}
	var r1 T1
	var r2 T2
	g := func() { r1, r2 = f() }
	return func() (T1, T2) {
		o.run(g)
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
	s.acquire("sync.Cond.Wait")
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
