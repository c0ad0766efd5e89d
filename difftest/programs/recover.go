// panic and recover: recover stops a panic only when called directly by a deferred function;
// runtime errors are runtime.Error values; a function that recovers returns normally with its
// named results as the deferred calls left them.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = re
			} else {
				err = fmt.Errorf("other: %v", r)
			}
			q = -1
		}
	}()
	return a / b, nil
}

func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func viaOtherFunc() any { return recover() }

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))

	fmt.Println(catch(func() {}))
	fmt.Println(catch(func() { panic("boom") }))
	fmt.Println(catch(func() { panic(&myErr{42}) }))
	fmt.Println(catch(func() { panic(fmt.Sprint(1, 2)) }))
	fmt.Println(catch(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(catch(func() {
		var p *myErr
		_ = p.code
	}))
	fmt.Println(catch(func() {
		var i any = "str"
		_ = i.(int)
	}))
	fmt.Println(catch(func() {
		s := []int{1, 2, 3}
		k := 5
		_ = s[1:k]
	}))

	// An error value survives the panic intact.
	v := catch(func() { panic(&myErr{7}) })
	var me *myErr
	fmt.Println(errors.As(v.(error), &me), me.code)

	// recover called outside a deferred function, or not directly by it, returns nil.
	fmt.Println("direct:", recover())
	fmt.Println(catch(func() {
		defer func() { fmt.Println("indirect recover:", viaOtherFunc()) }()
		panic("still panicking")
	}))

	// A panic during a deferred call replaces the first one.
	fmt.Println(catch(func() {
		defer func() { panic("second") }()
		panic("first")
	}))

	// Re-panic after recovering.
	fmt.Println(catch(func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic of %v", r))
		}()
		panic("original")
	}))
	fmt.Println("end")
}
