// Cycles: a pointer, map or slice that leads back to itself is reported as Go reports it
// (after a thousand levels), while deep acyclic nesting and shared (non-cyclic) values
// encode normally.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Node struct {
	Name string
	Next *Node
}

type Tree struct {
	Kids []*Tree
}

type MapNode map[string]any

func main() {
	n := &Node{Name: "a"}
	n.Next = n
	b, err := json.Marshal(n)
	fmt.Println(b == nil, err)
	var uv *json.UnsupportedValueError
	fmt.Println(errors.As(err, &uv), uv.Str, uv.Value.Type())

	a, c := &Node{Name: "a"}, &Node{Name: "c"}
	a.Next, c.Next = c, a
	_, err = json.Marshal([]any{1, a})
	fmt.Println(err)

	m := map[string]any{"x": 1}
	m["self"] = m
	_, err = json.Marshal(m)
	fmt.Println(err)

	mn := MapNode{}
	mn["k"] = mn
	_, err = json.Marshal(mn)
	fmt.Println(err)

	s := make([]any, 1)
	s[0] = s
	_, err = json.Marshal(s)
	fmt.Println(err)

	t := &Tree{}
	t.Kids = []*Tree{{}, t}
	_, err = json.Marshal(t)
	fmt.Println(err)

	var iface any
	iface = &iface
	_, err = json.Marshal(iface)
	fmt.Println(err)

	// Deep but finite.
	var deep *Node
	for i := 0; i < 1500; i++ {
		deep = &Node{Name: fmt.Sprint(i), Next: deep}
	}
	b, err = json.Marshal(deep)
	fmt.Println(len(b), err)
	var back Node
	fmt.Println(json.Unmarshal(b, &back), back.Name, back.Next.Name)

	// Shared but not cyclic: encoded twice.
	shared := &Node{Name: "shared"}
	b, err = json.Marshal([]*Node{shared, shared, {Name: "x", Next: shared}})
	fmt.Println(string(b), err)
	sh := []int{1, 2}
	b, err = json.Marshal(map[string][]int{"a": sh, "b": sh})
	fmt.Println(string(b), err)

	nested := []any{}
	for i := 0; i < 1200; i++ {
		nested = []any{nested}
	}
	b, err = json.Marshal(nested)
	fmt.Println(len(b), err)
	var v any
	fmt.Println(json.Unmarshal(b, &v))
}
