// Closures: captured variables are shared by reference, each loop iteration has its own
// variable (Go 1.22 semantics), and recursive and method-value closures.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }

func makeAdder() (func(int) int, func() int) {
	total := 0
	return func(d int) int { total += d; return total }, func() int { return total }
}

func main() {
	add, get := makeAdder()
	add(5)
	add(10)
	fmt.Println("total", get())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	// A closure that modifies a captured variable after capture.
	x := 1
	show := func() int { return x }
	x = 42
	fmt.Println("x", show())

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib(20)", fib(20))

	c := &counter{}
	inc := c.inc
	inc()
	inc()
	fmt.Println("counter", c.n, inc())

	// Function values composed from other function values.
	type pair struct{ a, b int }
	compose := func(f, g func(int) int) func(int) int { return func(v int) int { return f(g(v)) } }
	double := func(v int) int { return v * 2 }
	succ := func(v int) int { return v + 1 }
	fmt.Println(compose(double, succ)(5), compose(succ, double)(5), pair{1, 2})

	// An immediately invoked closure returning a generator over its own captured state.
	gen := func() func() (int, bool) {
		i := 0
		return func() (int, bool) {
			if i >= 4 {
				return 0, false
			}
			i++
			return i * 10, true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, ",")
	}
	fmt.Println()
}
