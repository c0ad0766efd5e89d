// runtime.GC finds unreachable objects and hands their finalizers to the finalizer
// goroutine, which runs when the caller blocks: a program may wait for a finalizer on a
// channel right after runtime.GC.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Resource struct {
	id   int
	name string
}

var closed = make(chan int, 10)

//go:noinline
func open(id int) *Resource {
	r := &Resource{id: id, name: fmt.Sprint("res", id)}
	runtime.SetFinalizer(r, func(r *Resource) { closed <- r.id })
	return r
}

func main() {
	kept := open(1)
	open(2)
	open(3)
	runtime.GC()
	a, b := <-closed, <-closed
	if a > b {
		a, b = b, a
	}
	fmt.Println("finalized:", a, b)
	select {
	case id := <-closed:
		fmt.Println("unexpected:", id)
	default:
		fmt.Println("kept alive:", kept.name)
	}
	runtime.KeepAlive(kept)
	debug.FreeOSMemory()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
