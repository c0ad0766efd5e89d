// Closures: captured variables shared between closures, per-iteration loop variables of Go
// 1.22 (three-clause and range loops), deferred calls in loops with their argument evaluation
// time, recursive closures and closures returned from functions.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func captures() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := counter()
	fmt.Println(inc2(), inc())
	x := 1
	add := func(d int) { x += d }
	get := func() int { return x }
	add(5)
	x *= 2
	fmt.Println(get(), x)
	s := []int{1, 2}
	app := func() { s = append(s, len(s)) }
	app()
	app()
	fmt.Println(s)
	arr := [2]int{1, 2}
	mod := func() { arr[0] = 9 }
	cp := arr
	mod()
	fmt.Println(arr, cp)
	st := struct{ v int }{1}
	f := func() int { return st.v }
	st.v = 42
	fmt.Println(f())
	adders := make([]func(int) int, 0)
	for _, k := range []int{1, 10, 100} {
		adders = append(adders, func(v int) int { return v + k })
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))
}

func loopVars() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
		i += 0
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	// Changes inside the body carry into the next iteration's copy.
	var gs []func() int
	for i := 0; i < 10; i++ {
		gs = append(gs, func() int { return i })
		i += 2
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() string
	for i, s := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return fmt.Sprint(i, s) })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var ms []func() string
	for k := range map[string]bool{"only": true} {
		ms = append(ms, func() string { return k })
	}
	fmt.Println(ms[0]())
	// A closure modifying the loop variable affects only its own iteration's copy.
	var mods []func()
	for i := 0; i < 3; i++ {
		mods = append(mods, func() { i += 10; fmt.Print(i, " ") })
	}
	for _, m := range mods {
		m()
		m()
	}
	fmt.Println()
	var rs []func() int
	for i := range 3 {
		rs = append(rs, func() int { return -i })
	}
	fmt.Println(rs[0](), rs[1](), rs[2]())
	j := 0
	var outer []func() int
	for j = 0; j < 3; j++ {
		outer = append(outer, func() int { return j })
	}
	fmt.Println(outer[0](), outer[1](), outer[2]())
}

func deferLoop() (result int) {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred arg", i)
		defer func() { fmt.Println("deferred closure", i); result += i }()
	}
	x := 10
	defer fmt.Println("x at defer time", x)
	defer func() { fmt.Println("x at run time", x) }()
	x = 20
	return 1000
}

func deferArgs() {
	s := []int{1}
	defer fmt.Println("slice at defer", s, len(s))
	m := map[string]int{"a": 1}
	defer fmt.Println("map at defer", m)
	m["b"] = 2
	s = append(s, 2)
	f := func(n int) int { fmt.Println("evaluated", n); return n }
	defer fmt.Println("nested", f(1), f(2))
	fmt.Println("body done")
}

func recursive() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(n int, path string) []string
	walk = func(n int, path string) []string {
		if n == 0 {
			return []string{path}
		}
		return append(walk(n-1, path+"L"), walk(n-1, path+"R")...)
	}
	fmt.Println(walk(3, ""))
	memo := map[int]int{}
	var ways func(int) int
	ways = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := ways(n-1) + ways(n-2) + ways(n-3)
		memo[n] = v
		return v
	}
	fmt.Println(ways(40))
	compose := func(fs ...func(int) int) func(int) int {
		return func(v int) int {
			for _, f := range fs {
				v = f(v)
			}
			return v
		}
	}
	double := func(v int) int { return v * 2 }
	inc := func(v int) int { return v + 1 }
	fmt.Println(compose(double, inc, double)(5), compose()(5))
	func() {
		defer func() { fmt.Println("immediate defer") }()
		fmt.Println("immediate call")
	}()
	y := func(a, b int) (int, int) { return b, a }
	p, q := y(1, 2)
	fmt.Println(p, q)
}

func main() {
	captures()
	loopVars()
	fmt.Println("deferLoop returned", deferLoop())
	deferArgs()
	recursive()
}
