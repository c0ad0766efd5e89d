// runtime.SetFinalizer's checks are fatal errors with gc's texts.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a, b int
	p    *T
}

func main() {
	p := &T{}
	// Valid calls that do nothing: a zero-size object, clearing an unset finalizer.
	runtime.SetFinalizer(&struct{}{}, func(*struct{}) {})
	runtime.SetFinalizer(p, nil)
	fmt.Println("ok so far")
	runtime.SetFinalizer(p, func(int) {})
}
