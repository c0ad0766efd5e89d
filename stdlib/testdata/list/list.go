package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:[")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" ]")
}

func main() {
	var z list.List // zero value
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	z.PushFront(0)
	dump("zero", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("l", l)
	l.MoveToBack(e1)
	dump("moveToBack", l)
	l.MoveToFront(e1)
	dump("moveToFront", l)
	l.MoveToFront(e1) // no-op
	l.MoveToBack(e4)  // no-op
	dump("noops", l)
	e2 := e1.Next()
	e3 := e2.Next()
	l.MoveAfter(e1, e3)
	dump("moveAfter", l)
	l.MoveBefore(e4, e2)
	dump("moveBefore", l)
	l.MoveBefore(e4, e4)
	l.MoveAfter(e4, e4)
	dump("self", l)

	fmt.Println("remove:", l.Remove(e3))
	dump("removed", l)
	fmt.Println("removed elem next/prev nil:", e3.Next() == nil, e3.Prev() == nil)
	fmt.Println("remove again:", l.Remove(e3), l.Len())

	// Foreign elements are ignored.
	other := list.New()
	f := other.PushBack("x")
	fmt.Println(l.InsertBefore(9, f) == nil, l.InsertAfter(9, f) == nil)
	l.MoveToFront(f)
	l.MoveToBack(f)
	l.MoveBefore(f, e1)
	l.MoveAfter(e1, f)
	fmt.Println("foreign remove:", l.Remove(f), other.Len())
	dump("l", l)
	dump("other", other)

	// List copies.
	a := list.New()
	for i := 0; i < 3; i++ {
		a.PushBack(i)
	}
	b := list.New()
	b.PushBack("b")
	b.PushBackList(a)
	b.PushFrontList(a)
	dump("b", b)
	a.PushBackList(a)
	dump("a+a", a)
	a.PushFrontList(a)
	dump("a+a front", a)

	// Init clears.
	a.Init()
	dump("cleared", a)
	fmt.Println(e1.Next() != nil)

	// Remove while iterating.
	c := list.New()
	for i := 0; i < 10; i++ {
		c.PushBack(i)
	}
	for e := c.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			c.Remove(e)
		}
		e = next
	}
	dump("filtered", c)

	// LRU cache.
	type entry struct {
		key string
		val int
	}
	lru := list.New()
	index := map[string]*list.Element{}
	get := func(k string) (int, bool) {
		if e, ok := index[k]; ok {
			lru.MoveToFront(e)
			return e.Value.(*entry).val, true
		}
		return 0, false
	}
	put := func(k string, v int) {
		if e, ok := index[k]; ok {
			e.Value.(*entry).val = v
			lru.MoveToFront(e)
			return
		}
		index[k] = lru.PushFront(&entry{k, v})
		if lru.Len() > 3 {
			last := lru.Back()
			lru.Remove(last)
			delete(index, last.Value.(*entry).key)
			fmt.Println("evict", last.Value.(*entry).key)
		}
	}
	put("a", 1)
	put("b", 2)
	put("c", 3)
	fmt.Println(get("a"))
	put("d", 4)
	fmt.Println(get("b"))
	put("c", 30)
	put("e", 5)
	for e := lru.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		fmt.Print(en.key, "=", en.val, " ")
	}
	fmt.Println()

	// Element of a list with nil values.
	n := list.New()
	n.PushBack(nil)
	fmt.Println(n.Front().Value == nil, n.Len())
}
