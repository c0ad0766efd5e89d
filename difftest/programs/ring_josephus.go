// Josephus elimination rounds and ring splicing with container/ring.
package main

import (
	"container/ring"
	"fmt"
)

func build(n int) *ring.Ring {
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	return r
}

func values(r *ring.Ring) []any {
	var out []any
	r.Do(func(v any) { out = append(out, v) })
	return out
}

func main() {
	for _, tc := range [][2]int{{7, 3}, {10, 2}, {13, 5}, {1, 4}, {41, 3}} {
		n, k := tc[0], tc[1]
		r := build(n).Prev()
		var order []any
		for r.Len() > 1 {
			r = r.Move(k - 1)
			order = append(order, r.Unlink(1).Value)
		}
		fmt.Printf("n=%d k=%d order=%v survivor=%v\n", n, k, order, r.Value)
	}

	a := build(4)
	b := ring.New(3)
	for _, s := range []string{"x", "y", "z"} {
		b.Value = s
		b = b.Next()
	}
	rest := a.Link(b)
	fmt.Println("linked:", values(a), "returned:", values(rest))
	cut := a.Unlink(3)
	fmt.Println("cut:", values(cut), "left:", values(a))
	fmt.Println("move -2:", values(a.Move(-2)), "move 9:", values(a.Move(9)))
}
