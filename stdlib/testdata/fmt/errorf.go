// Errorf: the message, %w wrapping with one or several operands, and %w misuse.
package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("ctx: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	fmt.Printf("%T %v\n", e1, e1)
	e2 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e2, errors.Is(e2, base))
	var me *MyErr
	e3 := fmt.Errorf("wrapped %w and %w", &MyErr{7}, os.ErrNotExist)
	fmt.Println(e3, errors.As(e3, &me), me.code, errors.Is(e3, os.ErrNotExist))
	fmt.Printf("%T\n", e3)
	if u, ok := e3.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	e4 := fmt.Errorf("no wrap %v", base)
	fmt.Printf("%T %v %v\n", e4, e4, errors.Unwrap(e4))
	e5 := fmt.Errorf("not an error: %w", 42)
	fmt.Printf("%T %v %v\n", e5, e5, errors.Unwrap(e5))
	e6 := fmt.Errorf("nil: %w", nil)
	fmt.Printf("%v %v\n", e6, errors.Unwrap(e6))
	e7 := fmt.Errorf("%[2]w %[1]w %[2]w", base, os.ErrExist)
	fmt.Println(e7)
	if u, ok := e7.(interface{ Unwrap() []error }); ok {
		fmt.Println(u.Unwrap())
	}
	fmt.Println(fmt.Sprintf("%w", base))
	fmt.Printf("%w\n", base)
	e8 := fmt.Errorf("%w %w", base, 3)
	fmt.Println(e8)
	if u, ok := e8.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(fmt.Errorf("%d %s", 1, "x"))
	fmt.Println(fmt.Errorf("%+v", struct{ A int }{1}))
}
