// Mutex and RWMutex.
package sync

// Mutex is a mutual exclusion lock; the zero value is unlocked. Unlock wakes one waiter
// without handing the lock over: as in gc's normal mode, the unlocking goroutine may take it
// again before the waiter runs, and the waiter then waits again.
type Mutex struct {
	locked bool
	wait   sema
}

func (m *Mutex) Lock() {
	for m.locked {
		m.wait.acquire("sync.Mutex.Lock")
	}
	m.locked = true
}

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
	if m.wait.waiting() > 0 {
		m.wait.release()
	}
}

const rwmutexMaxReaders = 1 << 30

// RWMutex is a reader/writer lock. A writer waiting for the lock stops new readers from
// acquiring it, so writers are not starved.
type RWMutex struct {
	w           Mutex // held by the writer, and by writers waiting for readers to leave
	writerSem   sema  // where the writer waits for the readers
	readerSem   sema  // where readers wait for the writer
	readerCount int   // readers holding or waiting; minus rwmutexMaxReaders while a writer is pending
	readerWait  int   // readers the pending writer still waits for
}

func (rw *RWMutex) RLock() {
	rw.readerCount++
	if rw.readerCount < 0 {
		rw.readerSem.acquire("sync.RWMutex.RLock")
	}
}

func (rw *RWMutex) TryRLock() bool {
	if rw.readerCount < 0 {
		return false
	}
	rw.readerCount++
	return true
}

func (rw *RWMutex) RUnlock() {
	rw.readerCount--
	if r := rw.readerCount; r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		rw.readerWait--
		if rw.readerWait == 0 {
			rw.writerSem.release()
		}
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := rw.readerCount
	rw.readerCount -= rwmutexMaxReaders
	if r != 0 {
		rw.readerWait += r
		if rw.readerWait != 0 {
			rw.writerSem.acquire("sync.RWMutex.Lock")
		}
	}
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readerCount != 0 {
		rw.w.Unlock()
		return false
	}
	rw.readerCount -= rwmutexMaxReaders
	return true
}

func (rw *RWMutex) Unlock() {
	rw.readerCount += rwmutexMaxReaders
	r := rw.readerCount
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < r; i++ {
		rw.readerSem.release()
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
