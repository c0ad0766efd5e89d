// Package sync: mutual exclusion and coordination of goroutines. Goroutines share one JS
// thread and switch only where they block, so state lives in plain fields; blocking is done
// by parking on channels, which the compiler and scheduler already understand.
package sync

// sema is a counting semaphore with FIFO waiters: release wakes the longest waiter (it runs
// next, as gc's goready puts it in runnext) or, with none, increments the count.
type sema struct {
	n       int
	waiters int
	ch      chan struct{}
}

func (s *sema) acquire() {
	if s.n > 0 {
		s.n--
		return
	}
	if s.ch == nil {
		s.ch = make(chan struct{})
	}
	s.waiters++
	<-s.ch
}

func (s *sema) release() {
	if s.waiters > 0 {
		s.waiters--
		s.ch <- struct{}{} // a waiter is parked on the channel: this does not block
		return
	}
	s.n++
}

// fatal ends the program with "fatal error: msg", as gc's runtime does for misuse that
// cannot be recovered from.
func fatal(msg string)

// Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
