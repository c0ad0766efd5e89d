// Turns panics into errors at API boundaries: a guard with defer and recover that wraps
// runtime errors (index out of range, nil map write, division by zero, failed type
// assertions) and custom panic values into error values, and inspects them with errors.As
// and runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type PanicError struct {
	Op    string
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("%s panicked: %v", e.Op, e.Value) }
func (e *PanicError) Unwrap() error {
	if err, ok := e.Value.(error); ok {
		return err
	}
	return nil
}

func guard(op string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{op, r}
		}
	}()
	f()
	return nil
}

var ErrInvalid = errors.New("invalid input")

func parseDigits(s string) int {
	if s == "" {
		panic(fmt.Errorf("parseDigits: %w", ErrInvalid))
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %q", c))
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	var m map[string]int
	var nilp *struct{ x int }
	zero := 0
	var anyv any = "text"
	cases := []struct {
		name string
		f    func()
	}{
		{"ok", func() { _ = parseDigits("123") }},
		{"index", func() { s := []int{1, 2, 3}; i := 5; _ = s[i] }},
		{"slice", func() { s := "abc"; i, j := 2, 1; _ = s[i:j] }},
		{"nilmap", func() { m["x"] = 1 }},
		{"divide", func() { _ = 10 / zero }},
		{"nilptr", func() { _ = nilp.x }},
		{"assert", func() { _ = anyv.(int) }},
		{"custom", func() { parseDigits("12x") }},
		{"wrapped", func() { parseDigits("") }},
		{"errorval", func() { panic(errors.New("plain error")) }},
		{"closed", func() { c := make(chan int); close(c); close(c) }},
		{"conversion", func() { s := []int{1, 2}; _ = [3]int(s) }},
	}
	for _, c := range cases {
		err := guard(c.name, c.f)
		if err == nil {
			fmt.Printf("%-10s ok\n", c.name)
			continue
		}
		var pe *PanicError
		errors.As(err, &pe)
		var re runtime.Error
		isRuntime := errors.As(err, &re)
		fmt.Printf("%-10s %v\n           runtime=%t invalid=%t type=%T\n", c.name, err, isRuntime, errors.Is(err, ErrInvalid), pe.Value)
		if isRuntime && strings.Contains(re.Error(), "nil") {
			fmt.Println("           (a nil-related runtime error)")
		}
	}
	err := guard("nested", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic after: %v", r))
		}()
		panic("first")
	})
	fmt.Println(err)
	fmt.Println(guard("goexit-free", func() {}) == nil)
}
