// A goroutine that panics again in a deferred call while panicking: gc lists both panics,
// the first marked as recovered when the deferred function recovered it before re-panicking.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic after ", r))
		}()
		panic("first")
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
