// DeepEqual: basic values, NaN, nil versus empty slices and maps, pointers, cycles through
// pointers, slices, maps and interfaces, functions, unexported fields, differing types.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	Kids []*Tree
	Name string
	meta map[string]any
}

type Loop []Loop

type MyInts []int

func main() {
	nan := math.NaN()
	a := &Node{Val: 1}
	a.Next = a
	b := &Node{Val: 1}
	b.Next = b
	c := &Node{Val: 2}
	c.Next = c
	ring1 := &Node{Val: 1, Next: &Node{Val: 2}}
	ring1.Next.Next = ring1
	ring2 := &Node{Val: 1, Next: &Node{Val: 2}}
	ring2.Next.Next = ring2

	t1 := &Tree{Name: "root", meta: map[string]any{"k": []int{1}}}
	t1.Kids = []*Tree{t1, {Name: "leaf"}}
	t2 := &Tree{Name: "root", meta: map[string]any{"k": []int{1}}}
	t2.Kids = []*Tree{t2, {Name: "leaf"}}

	var l1, l2 Loop
	l1 = Loop{nil}
	l1[0] = l1
	l2 = Loop{nil}
	l2[0] = l2

	m1 := map[string]any{}
	m1["self"] = m1
	m2 := map[string]any{}
	m2["self"] = m2

	f := func() {}
	s := []int{1, 2, 3}
	cases := []struct {
		name string
		x, y any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "a", "a"},
		{"nan", nan, nan},
		{"nan slice", []float64{nan}, []float64{nan}},
		{"same nan slice", s, s},
		{"nil vs empty slice", []int(nil), []int{}},
		{"nil slices", []int(nil), []int(nil)},
		{"nil vs empty map", map[int]int(nil), map[int]int{}},
		{"maps", map[string][]int{"a": {1}}, map[string][]int{"a": {1}}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"b": 1}},
		{"map nan key", map[float64]int{nan: 1}, map[float64]int{nan: 1}},
		{"arrays", [2]string{"a", "b"}, [2]string{"a", "b"}},
		{"structs unexported", Tree{Name: "x", meta: map[string]any{"a": 1}}, Tree{Name: "x", meta: map[string]any{"a": 1}}},
		{"structs unexported differ", Tree{Name: "x", meta: map[string]any{"a": 1}}, Tree{Name: "x", meta: map[string]any{"a": 2}}},
		{"self cycles", a, b},
		{"self cycles differ", a, c},
		{"rings", ring1, ring2},
		{"trees", t1, t2},
		{"slice cycles", l1, l2},
		{"map cycles", m1, m2},
		{"funcs", f, f},
		{"nil funcs", (func())(nil), (func())(nil)},
		{"nil", nil, nil},
		{"nil vs typed nil", nil, (*int)(nil)},
		{"typed nils", (*int)(nil), (*int)(nil)},
		{"named slice", MyInts{1}, []int{1}},
		{"interfaces", []any{1, "a", nil}, []any{1, "a", nil}},
		{"interfaces differ", []any{1}, []any{int8(1)}},
		{"pointers to equal", &[]int{1}, &[]int{1}},
		{"bytes", []byte("abc"), []byte("abc")},
		{"bytes differ", []byte("abc"), []byte("abd")},
		{"chans", make(chan int), make(chan int)},
		{"errors", fmt.Errorf("e"), fmt.Errorf("e")},
		{"complex", complex(1, nan), complex(1, nan)},
		{"empty structs", struct{}{}, struct{}{}},
		{"subslices", s[1:], s[1:2]},
	}
	for _, c := range cases {
		fmt.Printf("%-28s %v\n", c.name, reflect.DeepEqual(c.x, c.y))
	}
	ch := make(chan int)
	fmt.Println(reflect.DeepEqual(ch, ch), reflect.DeepEqual(s[:2], s[:2]), reflect.DeepEqual(map[int][]int{1: nil}, map[int][]int{1: {}}))
}
