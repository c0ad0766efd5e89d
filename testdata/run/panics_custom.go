// Unrecovered panics with non-error values print them as gc's runtime does: a Stringer is not
// called, a named string type shows its type, and a re-panicked value is marked.
package main

import "fmt"

type Code int

type Reason string

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Reason(fmt.Sprint("again: ", r)))
	}()
	panic(Code(42))
}
