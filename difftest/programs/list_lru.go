// An LRU cache on container/list plus a map, replaying a fixed access trace.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	order *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(n int) *LRU { return &LRU{cap: n, order: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.order.MoveToFront(e)
		return ""
	}
	c.items[k] = c.order.PushFront(&entry{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		en := c.order.Remove(last).(*entry)
		delete(c.items, en.key)
		return en.key
	}
	return ""
}

func (c *LRU) String() string {
	var b strings.Builder
	b.WriteString("[")
	for e := c.order.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		if e != c.order.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s:%d", en.key, en.value)
	}
	b.WriteString("]")
	return b.String()
}

func main() {
	c := NewLRU(4)
	trace := "a b c a d e a f b g a c h a b"
	for i, k := range strings.Fields(trace) {
		if v, ok := c.Get(k); ok {
			fmt.Printf("%2d get %s = %d  %v\n", i, k, v, c)
			continue
		}
		ev := c.Put(k, i)
		if ev != "" {
			fmt.Printf("%2d put %s evicts %s  %v\n", i, k, ev, c)
		} else {
			fmt.Printf("%2d put %s  %v\n", i, k, c)
		}
	}
	fmt.Println("hits", c.hits, "misses", c.miss)
	for e := c.order.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(*entry).key, " ")
	}
	fmt.Println()
}
