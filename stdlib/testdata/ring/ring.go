package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Print(name, " len=", r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-3) == nil)
	var nilr *ring.Ring
	fmt.Println(nilr.Len())
	nilr.Do(func(any) { fmt.Println("never") })

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(5) == &z)
	var z2 ring.Ring
	fmt.Println(z2.Move(3) == &z2, z2.Len())

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("r", r)
	show("move2", r.Move(2))
	show("move-2", r.Move(-2))
	show("move7", r.Move(7))
	show("prev", r.Prev())

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = fmt.Sprint("s", i)
		s = s.Next()
	}
	after := r.Link(s)
	show("linked", r)
	show("after", after)

	removed := r.Unlink(3)
	show("unlinked", removed)
	show("rest", r)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	// Unlink n % Len.
	show("unlink5of5", r.Unlink(r.Len()+1))
	show("rest2", r)

	// Link within the same ring cuts out the elements between.
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = i * 10
		t = t.Next()
	}
	cut := t.Link(t.Move(3))
	show("t", t)
	show("cut", cut)
	// Link with nil.
	show("linknil", t.Link(nil))

	// Sum with Do.
	sum := 0
	big := ring.New(100)
	for i := 1; i <= 100; i++ {
		big.Value = i
		big = big.Next()
	}
	big.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)

	// Josephus problem.
	j := ring.New(7)
	for i := 1; i <= 7; i++ {
		j.Value = i
		j = j.Next()
	}
	j = j.Prev()
	for j.Len() > 1 {
		j = j.Move(2)
		out := j.Unlink(1)
		fmt.Print(out.Value, " ")
	}
	fmt.Println("survivor", j.Value)
}
