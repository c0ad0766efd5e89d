// recover() stops a panic only when called directly by the deferred function: not from a
// recursive call of that function, nor from its callees; a method deferred through an
// interface or reflect (whose call goes through a wrapper) recovers as if deferred directly.
package main

import (
	"fmt"
	"reflect"
)

type I interface{ M() }

type S struct{ name string }

func (s S) M() {
	fmt.Println(s.name, "recovered:", recover())
}

type A [2]int

func (a A) M() {
	fmt.Println("array", a[1], "recovered:", recover())
}

func recursive(n int) {
	if n == 0 {
		recursive(1)
		return
	}
	fmt.Println("recursive call recovered:", recover())
}

func helper() interface{} { return recover() }

func direct() {
	fmt.Println("helper recovered:", helper())
	fmt.Println("direct recovered:", recover())
}

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "reached the caller:", r)
		}
	}()
	f()
}

func main() {
	run("recursive", func() {
		defer recursive(0)
		panic("p1")
	})
	run("direct", func() {
		defer direct()
		panic("p2")
	})
	run("interface", func() {
		var i I = S{"iface"}
		defer i.M()
		panic("p3")
	})
	run("array", func() {
		var i I = A{1, 2}
		defer i.M()
		panic("p4")
	})
	run("pointer", func() {
		p := &S{"pointer"}
		var i I = p
		defer i.M()
		panic("p5")
	})
	run("reflect method value", func() {
		f := reflect.ValueOf(S{"reflect"}).Method(0).Interface().(func())
		defer f()
		panic("p6")
	})
	run("reflect method func", func() {
		f := reflect.TypeOf(S{}).Method(0).Func.Interface().(func(S))
		defer f(S{"method func"})
		panic("p7")
	})
}
