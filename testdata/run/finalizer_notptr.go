// The first argument of runtime.SetFinalizer must be a pointer.
package main

import "runtime"

type T struct{ a int }

func main() {
	runtime.SetFinalizer(T{}, func(T) {})
}
