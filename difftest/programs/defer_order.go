// defer: calls run last-in first-out when the function returns, arguments are evaluated when
// the defer statement executes, and deferred closures can change named results.
package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop deferred: ")
}

func argsNow() {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func open(names ...string) {
	for _, n := range names {
		r := &resource{n}
		defer r.Close()
	}
	fmt.Println("opened", len(names))
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 4
	return n + 1 // n = 5, then *10 = 50, then ++ = 51
}

func main() {
	defer fmt.Println("main done")
	nested()
	fmt.Println("double(4) =", double(4))
	loop()
	fmt.Println()
	argsNow()
	open("a", "b", "c")
	fmt.Println("counter() =", counter())
	func() {
		defer fmt.Println("inner func deferred")
		fmt.Println("inner func body")
	}()
}
