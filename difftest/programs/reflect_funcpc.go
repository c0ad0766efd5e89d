// runtime.FuncForPC of reflect func pointers: the Go name of a function, a closure, a
// standard-library function and a method expression; one code address per function, which
// %p prints and Func.Entry gives back.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type T struct{}

func (T) M() {}

func top() {}

func name(f any) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func main() {
	x := 1
	lit := func() int { return x }
	fmt.Println(name(top), name(lit), name(strings.ToUpper), name(T.M))
	fmt.Println(reflect.ValueOf(top).Pointer() == reflect.ValueOf(top).Pointer())
	fmt.Println(fmt.Sprintf("%p", top) == fmt.Sprintf("%#x", reflect.ValueOf(top).Pointer()))
	f := runtime.FuncForPC(reflect.ValueOf(top).Pointer())
	fmt.Println(f == runtime.FuncForPC(f.Entry()), f.Entry() == reflect.ValueOf(top).Pointer())
	var nilf func()
	fmt.Println(reflect.ValueOf(nilf).Pointer())
}
