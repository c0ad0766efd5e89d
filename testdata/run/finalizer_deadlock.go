// A pending finalizer does not keep a program alive: with every goroutine blocked and no
// collection asked for, the program deadlocks as gc's does (the finalizer goroutine is the
// runtime's own, not counted).
package main

import "runtime"

type T struct {
	s string
	p *int
}

func main() {
	done := make(chan bool)
	t := &T{s: "x"}
	runtime.SetFinalizer(t, func(*T) { close(done) })
	t = nil
	println("waiting")
	<-done
}
