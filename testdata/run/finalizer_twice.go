// Setting a finalizer on an object that has one is a fatal error.
package main

import "runtime"

type T struct {
	s string
	p *T
}

func main() {
	p := &T{}
	runtime.SetFinalizer(p, func(*T) {})
	println("set once")
	runtime.SetFinalizer(p, func(*T) {})
}
