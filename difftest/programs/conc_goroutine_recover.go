// Panics recovered inside goroutines: each worker converts its panic into an error result,
// so the program carries on; a re-panic with a custom error type is recovered as that type.
package main

import (
	"errors"
	"fmt"
)

type taskError struct {
	id  int
	val any
}

func (e *taskError) Error() string { return fmt.Sprintf("task %d panicked: %v", e.id, e.val) }

func safeGo(id int, f func(), out chan<- error) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				out <- &taskError{id, r}
				return
			}
			out <- nil
		}()
		f()
	}()
}

func main() {
	out := make(chan error)
	tasks := []func(){
		func() {},
		func() { panic("boom") },
		func() {
			var a []int
			_ = a[3]
		},
		func() { panic(fmt.Errorf("wrapped: %w", errors.ErrUnsupported)) },
		func() {
			var p *taskError
			_ = p.id
		},
	}
	for i, t := range tasks {
		safeGo(i, t, out)
		err := <-out
		fmt.Println(i, err)
		var te *taskError
		if errors.As(err, &te) {
			if e, ok := te.val.(error); ok {
				fmt.Println("  error value:", errors.Is(e, errors.ErrUnsupported), e)
			}
		}
	}
}
