// Package initialization: variables are initialized in dependency order (not source order),
// each once, before the init functions, which run in source order before main.
package main

import "fmt"

var trace []string

func note(name string, v int) int {
	trace = append(trace, fmt.Sprint(name, "=", v))
	fmt.Println("init var", name, v)
	return v
}

var (
	a = note("a", b+c)
	b = note("b", f())
	c = note("c", 2)
	d = note("d", 100)
)

func f() int { return note("f-reads-d", d) + 1 }

var total = sum(x, y, z)

var x, y, z = note("x", 1), note("y", w*2), note("z", 3)

var w = note("w", 21)

func sum(vs ...int) int {
	s := 0
	for _, v := range vs {
		s += v
	}
	return note("total", s)
}

var table = buildTable()

func buildTable() map[string]int {
	fmt.Println("buildTable sees a, total:", a, total)
	return map[string]int{"a": a, "total": total}
}

var pair1, pair2 = twoValues()

func twoValues() (int, string) {
	fmt.Println("twoValues called")
	return note("pair1", len(table)), "second"
}

type registry struct{ names []string }

var reg = &registry{}

func register(name string) bool {
	reg.names = append(reg.names, name)
	fmt.Println("register", name, len(reg.names))
	return true
}

var _ = register("blank-one")
var registeredLater = register("named")
var _ = register("blank-two")

var counter int

var closure = func() int {
	counter++
	return counter
}

var fromClosure = closure() + closure()

var arr = [3]int{x, y, z}
var sl = arr[:]

func init() {
	fmt.Println("init 1: a b c d =", a, b, c, d)
	fmt.Println("init 1: x y z w total =", x, y, z, w, total)
	counter += 10
}

func init() {
	fmt.Println("init 2: fromClosure counter", fromClosure, counter)
	sl[0] = 99
	fmt.Println("init 2: arr sl", arr, sl)
}

var late = note("late", 7)

func init() {
	fmt.Println("init 3: late", late, "pair", pair1, pair2, "registered", registeredLater, reg.names)
}

func main() {
	fmt.Println("main")
	fmt.Println(len(trace))
	for i, t := range trace {
		fmt.Println(i, t)
	}
	fmt.Println(table["a"], table["total"], closure())
}
