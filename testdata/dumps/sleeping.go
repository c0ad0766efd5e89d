// A panic with GOTRACEBACK=all (debug.SetTraceback) while another goroutine sleeps: the dump
// lists it waiting in [sleep].
package main

import (
	"runtime/debug"
	"time"
)

func main() {
	debug.SetTraceback("all")
	go func() {
		time.Sleep(time.Hour)
	}()
	time.Sleep(10 * time.Millisecond)
	panic("x")
}
