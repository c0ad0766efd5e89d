//go:build gots_reachblock

// Pull: turning a push iterator into next/stop functions. The sequence runs in a goroutine
// of its own, handing each value over and waiting for the next request; a panic in the
// sequence is re-raised by the next or stop call that resumed it.
//
// Built only with the gots_reachblock tag for now: the compiler's may-block analysis also walks
// generic functions that are never instantiated, and the yield functions here (which must
// block) would make every call through a func(V) bool or func(K, V) bool value a blocking
// call in every program that imports iter (slices, sort and fmt do).
package iter

// Pull returns next, which yields the sequence's values one at a time (with false after the
// end), and stop, which ends the iteration (yield then returns false inside the sequence).
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := &puller[V]{}
	p.run = func(yield func() bool) {
		seq(func(v V) bool {
			p.v, p.ok = v, true
			return yield()
		})
	}
	next = func() (V, bool) {
		var zero V
		if p.done {
			return zero, false
		}
		p.resume(true)
		if !p.ok {
			return zero, false
		}
		v := p.v
		p.v, p.ok = zero, false
		return v, true
	}
	stop = func() {
		if !p.done {
			p.resume(false)
		}
	}
	return next, stop
}

// Pull2 is Pull for sequences of pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := &puller[struct {
		k K
		v V
	}]{}
	p.run = func(yield func() bool) {
		seq(func(k K, v V) bool {
			p.v.k, p.v.v, p.ok = k, v, true
			return yield()
		})
	}
	next = func() (K, V, bool) {
		var k K
		var v V
		if p.done {
			return k, v, false
		}
		p.resume(true)
		if !p.ok {
			return k, v, false
		}
		rk, rv := p.v.k, p.v.v
		p.v.k, p.v.v, p.ok = k, v, false // k and v are still zero here
		return rk, rv, true
	}
	stop = func() {
		if !p.done {
			p.resume(false)
		}
	}
	return next, stop
}

// puller runs a sequence in its own goroutine, one step per request.
type puller[T any] struct {
	v       T
	ok      bool // v holds a value not yet taken
	done    bool // the sequence has finished (or was stopped)
	started bool
	run     func(yield func() bool)
	req     chan bool // true: produce the next value; false: stop
	resp    chan struct{}
	panicV  any
	panics  bool
}

// resume sends a request to the sequence's goroutine (starting it on first use) and waits
// until it has produced a value or finished.
func (p *puller[T]) resume(more bool) {
	if !p.started {
		if !more {
			p.done = true
			return
		}
		p.started = true
		p.req = make(chan bool)
		p.resp = make(chan struct{})
		go p.loop()
	}
	p.req <- more
	<-p.resp
	if p.panics {
		p.panics = false
		panic(p.panicV)
	}
}

func (p *puller[T]) loop() {
	defer func() {
		if r := recover(); r != nil {
			p.panicV = r
			p.panics = true
		}
		p.done = true
		p.ok = false
		close(p.resp)
	}()
	if !<-p.req {
		return
	}
	p.run(func() bool {
		p.resp <- struct{}{}
		return <-p.req
	})
}
