// Children of a Context implementation of our own, whose Done channel package context does
// not know: WithCancel follows it with a goroutine (visible in NumGoroutine) that ends when
// either side is canceled.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

type signalCtx struct {
	context.Context
	done chan struct{}
	err  error
}

func newSignalCtx() *signalCtx {
	return &signalCtx{Context: context.Background(), done: make(chan struct{})}
}

func (s *signalCtx) Done() <-chan struct{} { return s.done }
func (s *signalCtx) Err() error            { return s.err }
func (s *signalCtx) String() string        { return "signalCtx" }
func (s *signalCtx) fire(err error) {
	s.err = err
	close(s.done)
}

func settle() {
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
}

func main() {
	base := runtime.NumGoroutine()
	sig := newSignalCtx()
	a, cancelA := context.WithCancel(sig)
	defer cancelA()
	b, cancelB := context.WithTimeout(sig, time.Hour)
	defer cancelB()
	c := context.WithValue(a, "k", "v")
	d, cancelD := context.WithCancel(c) // follows a directly: no goroutine
	defer cancelD()
	fmt.Println(a, "|", d)
	settle()
	fmt.Println("watchers:", runtime.NumGoroutine()-base)

	sig.fire(fmt.Errorf("interrupt"))
	<-d.Done()
	<-b.Done()
	fmt.Println(a.Err(), context.Cause(a), "|", b.Err(), context.Cause(b), "|", d.Err(), context.Cause(d))
	settle()
	fmt.Println("watchers after signal:", runtime.NumGoroutine()-base)

	// Canceling the child first ends its watcher too.
	sig2 := newSignalCtx()
	e, cancelE := context.WithCancel(sig2)
	settle()
	fmt.Println("watchers:", runtime.NumGoroutine()-base)
	cancelE()
	settle()
	fmt.Println("watchers after cancel:", runtime.NumGoroutine()-base, e.Err(), sig2.Err())

	// A child created after the signal fired is canceled at once, without a goroutine.
	f, cancelF := context.WithCancel(sig)
	defer cancelF()
	fmt.Println(f.Err(), context.Cause(f), runtime.NumGoroutine()-base)
}
