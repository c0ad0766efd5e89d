// recover: the values runtime errors are recovered as (runtime.Error with gc's texts), panics
// with other values, re-panicking, recover in nested deferred calls, where recover returns nil,
// and named results changed by deferred functions.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		switch {
		case isRuntime:
			fmt.Printf("%s: runtime.Error %q\n", name, re.Error())
		case isErr:
			fmt.Printf("%s: error %q\n", name, err.Error())
		default:
			fmt.Printf("%s: %T %v\n", name, r, r)
		}
	}()
	f()
}

type T struct{ x int }

func runtimeErrors() {
	var s []int
	arr := []int{1, 2, 3}
	i, j := 5, 1
	var m map[string]int
	var p *T
	var ip *int
	var iface interface{} = "s"
	var fn func()
	var ch chan int
	zero := 0
	catch("index", func() { _ = arr[i] })
	catch("index negative", func() { k := -1; _ = arr[k] })
	catch("index nil slice", func() { _ = s[0] })
	catch("slice high", func() { _ = arr[1:i] })
	catch("slice inverted", func() { _ = arr[2:j] })
	catch("slice cap", func() { _ = arr[0:2:i] })
	catch("string index", func() { str := "abc"; _ = str[i] })
	catch("string slice", func() { str := "abc"; _ = str[j:i] })
	catch("array index", func() { var a [4]int; _ = a[i] })
	catch("nil map write", func() { m["a"] = 1 })
	catch("nil struct pointer", func() { _ = p.x })
	catch("nil int pointer", func() { *ip = 1 })
	catch("type assertion", func() { _ = iface.(int) })
	catch("divide", func() { _ = 10 / zero })
	catch("modulo", func() { _ = 10 % zero })
	catch("nil func", func() { fn() })
	catch("close nil chan", func() { close(ch) })
	catch("close twice", func() { c := make(chan int); close(c); close(c) })
	catch("send on closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	catch("negative make", func() { n := -1; _ = make([]int, n) })
	catch("slice to array", func() { _ = [4]int(arr) })
	catch("unhashable key", func() { mm := map[interface{}]int{}; mm[[]int{}] = 1 })
	catch("custom error", func() { panic(errors.New("custom")) })
	catch("string value", func() { panic("plain string") })
	catch("int value", func() { panic(42) })
	catch("struct value", func() { panic(T{7}) })
	catch("nil value", func() { panic(nil) })
}

func rePanic() (out string) {
	defer func() {
		out = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		r := recover()
		fmt.Println("inner got:", r)
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("first")
}

func nestedDefers() {
	defer func() {
		fmt.Println("outer defer, recover:", recover())
	}()
	defer func() {
		func() {
			// Not called directly by a deferred function: returns nil, the panic continues.
			fmt.Println("nested call recover:", recover())
		}()
		defer func() {
			fmt.Println("defer inside defer, recover:", recover())
		}()
		fmt.Println("deferred function running")
	}()
	panic("nested")
}

func multiPanic() {
	defer func() { fmt.Println("final recover:", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func namedResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			n = -1
		}
	}()
	n = 10
	var arr []int
	n += arr[n]
	return n, nil
}

func noPanic() {
	defer func() { fmt.Println("recover without panic:", recover()) }()
	fmt.Println("recover outside defer:", recover())
}

func loopRecover() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(fmt.Sprintf("panic %d", i))
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

func main() {
	runtimeErrors()
	fmt.Println(rePanic())
	nestedDefers()
	multiPanic()
	fmt.Println(namedResult())
	noPanic()
	loopRecover()
	func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			fmt.Printf("%T %v\n", r, err)
		}()
		panic(nil)
	}()
}
