// container/list editing operations: inserts, moves, list splicing and removal while walking.
package main

import (
	"container/list"
	"fmt"
)

func show(label string, l *list.List) {
	fmt.Printf("%-14s len=%d:", label, l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func find(l *list.List, v any) *list.Element {
	for e := l.Front(); e != nil; e = e.Next() {
		if e.Value == v {
			return e
		}
	}
	return nil
}

func main() {
	l := list.New()
	for _, w := range []string{"the", "quick", "brown", "fox"} {
		l.PushBack(w)
	}
	show("start", l)
	l.InsertAfter("lazy", find(l, "quick"))
	l.InsertBefore("very", find(l, "quick"))
	show("inserted", l)
	l.MoveToFront(find(l, "fox"))
	show("fox front", l)
	l.MoveToBack(find(l, "the"))
	show("the back", l)
	l.MoveAfter(find(l, "very"), find(l, "brown"))
	show("move after", l)
	l.MoveBefore(find(l, "the"), find(l, "fox"))
	show("move before", l)

	m := list.New()
	m.PushBack(1)
	m.PushBack(2)
	l.PushBackList(m)
	l.PushFrontList(m)
	show("spliced", l)
	l.PushBackList(l)
	show("doubled", l)

	// Remove all ints while walking.
	removed := 0
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(int); ok {
			l.Remove(e)
			removed++
		}
		e = next
	}
	show("no ints", l)
	fmt.Println("removed", removed)

	// Elements from another list are ignored.
	stray := m.Front()
	fmt.Println(l.InsertAfter("x", stray) == nil, l.Remove(stray), m.Len())
	l.MoveToFront(stray)
	show("unchanged", l)

	// Reverse in place using MoveToFront.
	for e := l.Front(); e != nil; {
		next := e.Next()
		l.MoveToFront(e)
		e = next
	}
	show("reversed", l)

	var zero list.List
	zero.PushFront("z")
	zero.PushBackList(l)
	show("zero value", &zero)
	zero.Init()
	show("init", &zero)
}
