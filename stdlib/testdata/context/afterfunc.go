// AfterFunc: the function runs once in its own goroutine after the context is done (also
// when it already is), and stop reports whether it prevented that.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	bg := context.Background()
	base := runtime.NumGoroutine()

	ctx, cancel := context.WithCancel(bg)
	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("ran after cancel; ctx err:", ctx.Err())
	})
	fmt.Println("goroutines before cancel:", runtime.NumGoroutine()-base)
	cancel()
	wg.Wait()
	fmt.Println("stop after run:", stop(), stop())

	ctx2, cancel2 := context.WithCancel(bg)
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never runs") })
	fmt.Println("first stop:", stop2())
	fmt.Println("second stop:", stop2())
	cancel2()
	runtime.Gosched()

	// Already done: f is started at once, in a goroutine.
	done, cancel3 := context.WithCancel(bg)
	cancel3()
	ch := make(chan string)
	stop3 := context.AfterFunc(done, func() { ch <- "already done" })
	fmt.Println(<-ch, stop3())

	// On a context that is never done, f never runs and stop always succeeds once.
	stop4 := context.AfterFunc(bg, func() { fmt.Println("never") })
	fmt.Println("background stop:", stop4(), stop4())

	// Several functions on one context: each runs exactly once.
	ctx5, cancel5 := context.WithCancel(bg)
	results := make(chan int, 3)
	var stops []func() bool
	for i := 0; i < 3; i++ {
		stops = append(stops, context.AfterFunc(ctx5, func() { results <- i }))
	}
	fmt.Println("stop 1:", stops[1]())
	cancel5()
	sum := 0
	for i := 0; i < 2; i++ {
		sum += <-results
	}
	fmt.Println("sum of ran:", sum, "stops:", stops[0](), stops[1](), stops[2]())

	// A child of a canceled-through-AfterFunc tree.
	parent, cancelParent := context.WithCancelCause(bg)
	child := context.WithValue(parent, "k", 1)
	got := make(chan error)
	context.AfterFunc(child, func() { got <- context.Cause(child) })
	cancelParent(fmt.Errorf("shutdown %d", 7))
	fmt.Println("cause seen by f:", <-got)

	runtime.Gosched()
	fmt.Println("goroutines at end:", runtime.NumGoroutine()-base)
}
