// Cancellation: trees of contexts, causes, Done channels, and parents of other types (a
// wrapper that keeps our Done channel, one with a Done channel of its own, which needs a
// watching goroutine, and one with an AfterFunc method).
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

func state(name string, c context.Context) {
	closed := false
	select {
	case <-c.Done():
		closed = true
	default:
	}
	fmt.Printf("%-8s closed=%-5v err=%v cause=%v\n", name, closed, c.Err(), context.Cause(c))
}

// wrapper keeps the Done channel of the context it wraps.
type wrapper struct{ context.Context }

// ownDone has a Done channel of its own, closed by stop.
type ownDone struct {
	context.Context
	done chan struct{}
	err  error
}

func (o *ownDone) Done() <-chan struct{} { return o.done }
func (o *ownDone) Err() error            { return o.err }
func (o *ownDone) stop()                 { o.err = errors.New("ownDone stopped"); close(o.done) }

// withAfter runs functions when fire is called; stopping one removes it.
type withAfter struct {
	context.Context
	done  chan struct{}
	funcs map[int]func()
	next  int
	log   []string
}

func (w *withAfter) Done() <-chan struct{} { return w.done }
func (w *withAfter) Err() error {
	select {
	case <-w.done:
		return context.Canceled
	default:
		return nil
	}
}
func (w *withAfter) AfterFunc(f func()) func() bool {
	id := w.next
	w.next++
	w.funcs[id] = f
	w.log = append(w.log, fmt.Sprint("AfterFunc ", id))
	return func() bool {
		_, ok := w.funcs[id]
		delete(w.funcs, id)
		w.log = append(w.log, fmt.Sprint("stop ", id, " ", ok))
		return ok
	}
}
func (w *withAfter) fire() {
	close(w.done)
	for i := 0; i < w.next; i++ {
		if f, ok := w.funcs[i]; ok {
			delete(w.funcs, i)
			f()
		}
	}
}

func main() {
	bg := context.Background()
	root, cancelRoot := context.WithCancel(bg)
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancelCause(root)
	a1, cancelA1 := context.WithCancel(a)
	b1 := context.WithValue(b, "k", "v")
	b2, cancelB2 := context.WithCancel(b1)
	defer cancelA1()
	defer cancelB2()
	fmt.Println(a1, b2)
	fmt.Println(a.Done() == a.Done(), a.Done() != b.Done())

	cancelA()
	cancelA()
	state("root", root)
	state("a", a)
	state("a1", a1)
	state("b2", b2)

	cancelB(errors.New("b failed"))
	cancelB(errors.New("again"))
	state("b", b)
	state("b1", b1)
	state("b2", b2)

	cancelRoot()
	state("root", root)
	state("b", b)

	late, cancelLate := context.WithCancelCause(b)
	cancelLate(errors.New("ignored"))
	state("late", late)

	// Contexts canceled before anyone asked for Done share one closed channel.
	x, cx := context.WithCancel(bg)
	y, cy := context.WithCancel(bg)
	cx()
	cy()
	fmt.Println(x.Done() == y.Done())
	cause, cc := context.WithCancelCause(bg)
	cc(nil)
	state("nilcause", cause)

	// A wrapper keeps our Done channel: no goroutine is needed to follow it.
	base := runtime.NumGoroutine()
	p, cancelP := context.WithCancel(bg)
	wc, cancelW := context.WithCancel(wrapper{p})
	fmt.Println(wc, runtime.NumGoroutine()-base)
	cancelP()
	state("wrapped", wc)
	cancelW()

	// A Done channel of its own is watched by a goroutine, which ends with either context.
	od := &ownDone{Context: bg, done: make(chan struct{})}
	oc, cancelO := context.WithCancel(od)
	fmt.Println(oc, runtime.NumGoroutine()-base)
	od.stop()
	for oc.Err() == nil {
		runtime.Gosched()
	}
	state("owndone", oc)
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines", runtime.NumGoroutine()-base)
	cancelO()

	od2 := &ownDone{Context: bg, done: make(chan struct{})}
	oc2, cancelO2 := context.WithCancel(od2)
	fmt.Println(runtime.NumGoroutine() - base)
	cancelO2()
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines", runtime.NumGoroutine()-base)
	state("oc2", oc2)

	// A parent with AfterFunc is asked to cancel the child, and told to stop when the child
	// is canceled first; the child's parent then prints as the wrapping context.stopCtx.
	wa := &withAfter{Context: bg, done: make(chan struct{}), funcs: map[int]func(){}}
	c1, cancel1 := context.WithCancel(wa)
	c2, cancel2 := context.WithCancel(wa)
	defer cancel2()
	fmt.Println(c1, runtime.NumGoroutine()-base)
	fmt.Printf("%T\n", c1)
	cancel1()
	wa.fire()
	state("c1", c1)
	state("c2", c2)
	fmt.Println(wa.log)
	c3, cancel3 := context.WithCancel(wa)
	state("c3", c3)
	cancel3()
	fmt.Println(wa.log)
}
