// A panic inside a function compiled in the wide form (pairs of 32-bit halves) reports one
// frame for it, as gc does, whether it was called directly or through a function value.
package main

import "fmt"

var table = []string{"a", "b", "c"}

func pick(a, b uint64) string {
	a *= 0x9E3779B97F4A7C15
	return table[a%b]
}

func main() {
	f := pick
	fmt.Println(f(10, 3), pick(1<<60, 3))
	fmt.Println(pick(5, 1<<40))
}
