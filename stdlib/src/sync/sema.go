// Package sync: mutual exclusion and coordination of goroutines. Goroutines share one JS
// thread and switch only where they block, so state lives in plain fields; blocking is done
// by parking on channels, which the compiler and scheduler already understand.
package sync

// sema is a counting semaphore with FIFO waiters: release wakes the longest waiter (it runs
// next, as gc's goready puts it in runnext) or, with none, increments the count. Each waiter
// parks on a channel of its own, which release closes: closing never blocks, so releasing
// (Unlock, Done, Signal) stays an ordinary, non-blocking function.
type sema struct {
	n       int
	waiters []chan struct{}
}

func (s *sema) acquire() {
	if s.n > 0 {
		s.n--
		return
	}
	ch := make(chan struct{})
	s.waiters = append(s.waiters, ch)
	<-ch
}

func (s *sema) release() {
	if len(s.waiters) > 0 {
		ch := s.waiters[0]
		s.waiters[0] = nil
		s.waiters = s.waiters[1:]
		close(ch)
		return
	}
	s.n++
}

// waiting is the number of goroutines parked in acquire.
func (s *sema) waiting() int { return len(s.waiters) }

// fatal ends the program with "fatal error: msg", as gc's runtime does for misuse that
// cannot be recovered from.
func fatal(msg string)

// Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
