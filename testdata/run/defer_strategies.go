// The same defer scenarios under each of gc's strategies: open-coded (plain functions),
// stack-allocated (nine defers, or returns × defers > 15) and heap-allocated (defers in a
// loop, in a range-over-func body).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

// ---- open-coded ----

func openResult() (r int) {
	defer func() { r *= 10 }()
	return 4
}

func openRecover() (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("open recovered: %v", v)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func openConditional(b bool) {
	if b {
		defer fmt.Println("open: conditional defer ran")
	}
	defer fmt.Println("open: unconditional defer ran")
}

func openNested() {
	defer func() { fmt.Println("open nested: recovered", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func openNilFunc() {
	defer func() { fmt.Println("open nil func:", recover()) }()
	var f func()
	defer f()
	fmt.Println("open nil func: deferred without panicking")
}

func openArgsNow() {
	x := 1
	defer fmt.Println("open args evaluated at defer:", x)
	x = 2
}

// ---- stack-allocated ----

func stackNine() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	defer func() { s += "3" }()
	defer func() { s += "4" }()
	defer func() { s += "5" }()
	defer func() { s += "6" }()
	defer func() { s += "7" }()
	defer func() { s += "8" }()
	defer func() { s += "9" }()
	return "stack nine: "
}

func stackRecover(i int) (r int) {
	defer func() {
		if v := recover(); v != nil {
			r = -1
		}
	}()
	defer func() { r++ }()
	switch i {
	case 0:
		return 10
	case 1:
		return 11
	case 2:
		return 12
	case 3:
		return 13
	case 4:
		return 14
	case 5:
		return 15
	case 6:
		return 16
	case 7:
		panic("seven")
	}
	return 99
}

// ---- heap-allocated ----

func heapLoop(n int) (s []int) {
	for i := 0; i < n; i++ {
		defer func() { s = append(s, i) }()
	}
	return nil
}

func heapRecover() (msg string) {
	for i := 0; i < 2; i++ {
		defer func() {
			if v := recover(); v != nil {
				msg = fmt.Sprint("heap recovered ", v, " at ", i)
			}
		}()
	}
	panic(errors.New("boom"))
}

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func rangeFuncDefers() {
	defer fmt.Println("rangefunc: outer defer runs last")
	for i := range seq(3) {
		defer fmt.Println("rangefunc: body defer", i)
	}
	fmt.Println("rangefunc: loop over")
}

// ---- Goexit ----

func goexitRuns(done chan bool) {
	defer func() { done <- true }()
	defer fmt.Println("goexit: recover returns", recover())
	defer func() { fmt.Println("goexit: deferred recover", recover()) }()
	runtime.Goexit()
}

func main() {
	fmt.Println(openResult())
	fmt.Println(openRecover())
	openConditional(true)
	openConditional(false)
	openNested()
	openNilFunc()
	openArgsNow()
	fmt.Println(stackNine())
	for i := 0; i < 9; i++ {
		fmt.Print(stackRecover(i), " ")
	}
	fmt.Println()
	fmt.Println(heapLoop(4))
	fmt.Println(heapRecover())
	rangeFuncDefers()
	done := make(chan bool)
	go goexitRuns(done)
	<-done
	fmt.Println("main: done")
}
