// Root contexts, WithValue lookups and names, WithoutCancel, the errors and the panics.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type intKey int

type point struct{ x, y int }

type named struct{ s string }

func (n named) String() string { return "named(" + n.s + ")" }

type sliceKey []int

type funcKey struct{ f func() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	bg, todo := context.Background(), context.TODO()
	fmt.Println(bg, todo)
	fmt.Printf("%T %T %v %s\n", bg, todo, bg, todo)
	d, ok := bg.Deadline()
	fmt.Println(d.IsZero(), ok, bg.Done() == nil, bg.Err(), bg.Value("x"))
	fmt.Println(bg == context.Background(), todo == context.TODO())

	v1 := context.WithValue(bg, key("user"), "gopher")
	v2 := context.WithValue(v1, intKey(1), 42)
	v3 := context.WithValue(v2, key("user"), "shadow")
	v4 := context.WithValue(v3, point{1, 2}, named{"p"})
	v5 := context.WithValue(v4, named{"k"}, nil)
	v6 := context.WithValue(v5, &point{}, []byte("b"))
	for _, c := range []context.Context{v1, v2, v3, v4, v5, v6} {
		fmt.Println(c)
		fmt.Printf("%T\n", c)
	}
	fmt.Println(v3.Value(key("user")), v2.Value(key("user")), v6.Value(intKey(1)), v6.Value(1))
	fmt.Println(v6.Value(point{1, 2}), v6.Value(point{2, 1}), v6.Value(named{"k"}), v6.Value("user"))
	fmt.Println(context.WithValue(todo, "s", 1.5), context.WithValue(bg, 3, key("x")))
	fmt.Println(context.WithValue(bg, key("e"), errors.New("an error")))
	fmt.Println(context.WithValue(bg, key("m"), map[string]int{"a": 1}))
	fmt.Println(context.WithValue(bg, key("f"), func() {}))
	fmt.Println(context.WithValue(bg, key("n"), (*point)(nil)))
	var iface any = "inside"
	fmt.Println(context.WithValue(bg, key("i"), iface))

	w := context.WithoutCancel(v3)
	fmt.Println(w, w.Value(key("user")), w.Value(intKey(1)), w.Done() == nil, w.Err())
	fmt.Printf("%T\n", w)
	wd, wok := w.Deadline()
	fmt.Println(wd.IsZero(), wok)
	cc, cancel := context.WithCancel(w)
	fmt.Println(cc, cc.Value(key("user")))
	cancel()
	fmt.Println(cc.Err(), w.Err(), context.Cause(w), context.Cause(cc))

	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%#v\n", context.DeadlineExceeded)
	te, ok := context.DeadlineExceeded.(interface {
		Timeout() bool
		Temporary() bool
	})
	fmt.Println(ok, te.Timeout(), te.Temporary())
	_, ok = context.Canceled.(interface{ Timeout() bool })
	fmt.Println(ok)
	wrapped := fmt.Errorf("op: %w", context.DeadlineExceeded)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded), errors.Is(wrapped, context.Canceled))

	try("nil parent WithValue", func() { context.WithValue(nil, 1, 2) })
	try("nil key", func() { context.WithValue(bg, nil, 2) })
	try("slice key", func() { context.WithValue(bg, []int{1}, 2) })
	try("named slice key", func() { context.WithValue(bg, sliceKey{1}, 2) })
	try("func key", func() { context.WithValue(bg, funcKey{}, 2) })
	try("map key", func() { context.WithValue(bg, map[int]int{}, 2) })
	try("array of slices key", func() { context.WithValue(bg, [1][]int{}, 2) })
	try("comparable array key", func() { fmt.Println(context.WithValue(bg, [2]int{}, 2)) })
	try("nil parent WithCancel", func() { context.WithCancel(nil) })
	try("nil parent WithCancelCause", func() { context.WithCancelCause(nil) })
	try("nil parent WithoutCancel", func() { context.WithoutCancel(nil) })
	try("nil parent WithTimeout", func() { context.WithTimeout(nil, 1) })
	try("nil parent WithDeadlineCause", func() { context.WithDeadlineCause(nil, bg2(), nil) })
	try("nil ctx AfterFunc", func() { context.AfterFunc(nil, func() {}) })
	try("nil ctx Cause", func() { context.Cause(nil) })
}

func bg2() (t time.Time) { return }
