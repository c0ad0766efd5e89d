// Sleeping and timers, on the runtime's timer queue: when every goroutine is blocked, the
// scheduler waits (for real) for the next timer. A firing timer runs its function in a new
// goroutine (sending a timer's value when nothing receives yet is then harmless).
package time

// startTimer arranges for f to run d nanoseconds from now, and then every period
// nanoseconds if period > 0; it returns the timer's id.
func startTimer(d int64, period int64, f func()) int

// stopTimer cancels a timer and reports whether it was pending.
func stopTimer(id int) bool

// Sleep pauses the goroutine for at least d; zero and negative durations return at once.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleep(int64(d))
}

// sleep parks the calling goroutine until a timer d nanoseconds (d > 0) from now readies it;
// goroutine dumps show it waiting as gc's do, in [sleep].
func sleep(d int64)

// Timer delivers the current time on C once its duration has passed, unless stopped. As in
// Go 1.23, after Stop or Reset no value from before is received.
type Timer struct {
	C  <-chan Time
	c  chan Time
	id int
	f  func() // for AfterFunc timers
	// pending is set while the timer is armed (until its value is sent or it is stopped).
	pending bool
}

func (t *Timer) arm(d Duration) {
	t.pending = true
	if t.f != nil {
		t.id = startTimer(int64(d), 0, func() {
			t.pending = false
			goFunc(t.f)
		})
		return
	}
	t.id = startTimer(int64(d), 0, func() { t.send() })
}

// goFunc starts an AfterFunc timer's function in a goroutine of its own, which goroutine
// dumps say was created by time.goFunc, as gc's do.
func goFunc(f func()) {
	go f()
}

func (t *Timer) send() {
	t.pending = false
	trySend(t.c, Now())
}

// trySend sends v on c if that does not block (c has room or a waiting receiver), and
// drain receives a value from c if one is buffered; they are natives so that the timer
// callbacks and Stop, which use them, are not blocking functions.
func trySend(c chan Time, v Time) bool

func drain(c chan Time) bool

// markTimerChan makes c a timer channel: as in Go 1.23, len and cap report 0 (a timer's
// value is delivered when received; Stop and Reset discard one not yet received).
func markTimerChan(c chan Time)

// NewTimer starts a timer that sends the time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	markTimerChan(c)
	t := &Timer{C: c, c: c}
	t.arm(d)
	return t
}

// AfterFunc calls f in its own goroutine after d.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.arm(d)
	return t
}

// After is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Stop prevents the timer from firing and reports whether it was still active (a value
// that was sent but not yet received counts as active, and is discarded).
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := t.pending
	if active {
		stopTimer(t.id)
		t.pending = false
	}
	if t.c != nil && drain(t.c) {
		active = true
	}
	return active
}

// Reset rearms the timer for d and reports whether it was active.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	active := t.Stop()
	t.arm(d)
	return active
}

// Ticker sends the time on C every period; ticks a slow receiver misses are dropped.
type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int
}

// NewTicker panics for a non-positive period.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	markTimerChan(c)
	t := &Ticker{C: c, c: c}
	t.id = startTimer(int64(d), int64(d), func() { t.send() })
	return t
}

func (t *Ticker) send() {
	trySend(t.c, Now())
}

func (t *Ticker) Stop() {
	if t.c == nil {
		return
	}
	stopTimer(t.id)
	drain(t.c)
}

// Reset changes the period and restarts the count from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.id)
	drain(t.c)
	t.id = startTimer(int64(d), int64(d), func() { t.send() })
}

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
