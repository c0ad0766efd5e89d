// Blank struct fields in positional literals: the element is evaluated, in order, and the
// field stays zero.
package main

import "fmt"

type T struct{ a, _, c int }

func f(s string) int { fmt.Println("eval", s); return len(s) }

func main() {
	x := T{f("a"), f("bb"), f("ccc")}
	y := T{1, 5, 3}
	fmt.Println(x, y, x == T{1, 0, 3}, y == T{1, 7, 3})
	fmt.Printf("%+v\n", y)
}
