// Package sync: mutual exclusion and coordination of goroutines. Goroutines share one JS
// thread and switch only where they block, so state lives in plain fields; blocking goes
// through the runtime's semaphores (sema).
package sync

// sema is a counting semaphore with FIFO waiters: release readies the longest waiter (it
// runs next, as gc's goready puts it in runnext) or, with none, increments the count. The
// waiters are kept by the runtime (natives), which parks each with the wait reason gc shows
// in goroutine dumps ("sync.Mutex.Lock", "semacquire", ...). Releasing never blocks, so
// Unlock, Done and Signal stay ordinary, non-blocking functions.
type sema struct {
	n int
}

func (s *sema) acquire(reason string) {
	if s.n > 0 {
		s.n--
		return
	}
	semqueue(s, reason)
}

func (s *sema) release() {
	if semready(s) {
		return
	}
	s.n++
}

// waiting is the number of goroutines parked in acquire.
func (s *sema) waiting() int { return semwaiters(s) }

// semqueue parks the calling goroutine at the tail of s's waiters.
func semqueue(s *sema, reason string)

// semready readies the first waiter of s, reporting whether there was one.
func semready(s *sema) bool

// semwaiters is the number of goroutines waiting on s.
func semwaiters(s *sema) int

// fatal ends the program with "fatal error: msg", as gc's runtime does for misuse that
// cannot be recovered from.
func fatal(msg string)

// Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
