// Benchmark program: many calls that each defer a closure, and a loop that defers in a
// loop body (which gc cannot open-code), measuring the cost of defer.
package main

import "fmt"

var counter int

func withDefer(i int) {
	defer func() { counter += i & 7 }()
	counter++
}

func deferInLoop(n int) {
	for i := 0; i < n; i++ {
		defer func() { counter-- }()
	}
}

func main() {
	for i := 0; i < 40000000; i++ {
		withDefer(i)
	}
	for i := 0; i < 1000; i++ {
		deferInLoop(1000)
	}
	fmt.Println(counter)
}
