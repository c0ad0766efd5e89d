package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

// A heap that logs every call, so the exact sequence of comparisons is checked.
type logHeap struct {
	a   []int
	log *strings.Builder
}

func (h *logHeap) Len() int { return len(h.a) }
func (h *logHeap) Less(i, j int) bool {
	fmt.Fprintf(h.log, "L%d,%d ", i, j)
	return h.a[i] < h.a[j]
}
func (h *logHeap) Swap(i, j int) {
	fmt.Fprintf(h.log, "S%d,%d ", i, j)
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *logHeap) Push(x any) { h.a = append(h.a, x.(int)) }
func (h *logHeap) Pop() any {
	x := h.a[len(h.a)-1]
	h.a = h.a[:len(h.a)-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority == pq[j].priority {
		return pq[i].value < pq[j].value
	}
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

// Stable-looking ties: equal keys with payloads show which one surfaces first.
type pair struct{ k, id int }
type pairHeap []pair

func (h pairHeap) Len() int           { return len(h) }
func (h pairHeap) Less(i, j int) bool { return h[i].k < h[j].k }
func (h pairHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)        { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	x := (*h)[len(*h)-1]
	*h = (*h)[:len(*h)-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println("init:", *h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println("after push:", *h, "min:", (*h)[0])
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	// Remove and Fix.
	h2 := &IntHeap{10, 20, 30, 40, 50, 60, 70, 80}
	heap.Init(h2)
	fmt.Println("remove idx3:", heap.Remove(h2, 3), *h2)
	fmt.Println("remove last:", heap.Remove(h2, h2.Len()-1), *h2)
	(*h2)[0] = 100
	heap.Fix(h2, 0)
	fmt.Println("fix root:", *h2)
	(*h2)[h2.Len()-1] = 1
	heap.Fix(h2, h2.Len()-1)
	fmt.Println("fix leaf:", *h2)

	// Call sequences.
	var b strings.Builder
	lh := &logHeap{a: []int{9, 4, 7, 1, 8, 2, 6, 3, 5}, log: &b}
	heap.Init(lh)
	fmt.Println("init log:", b.String())
	fmt.Println(lh.a)
	b.Reset()
	heap.Push(lh, 0)
	fmt.Println("push log:", b.String())
	b.Reset()
	heap.Pop(lh)
	fmt.Println("pop log:", b.String())
	b.Reset()
	heap.Remove(lh, 2)
	fmt.Println("remove log:", b.String())
	b.Reset()
	lh.a[1] = 100
	heap.Fix(lh, 1)
	fmt.Println("fix log:", b.String(), lh.a)
	b.Reset()
	heap.Remove(lh, lh.Len()-1)
	fmt.Println("remove-last log:", b.String(), lh.a)

	// Priority queue with update.
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 3, "fig": 1}
	keys := make([]string, 0, len(items))
	for k := range items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pq := make(PQ, 0)
	heap.Init(&pq)
	byName := map[string]*Item{}
	for _, k := range keys {
		it := &Item{value: k, priority: items[k]}
		byName[k] = it
		heap.Push(&pq, it)
	}
	byName["fig"].priority = 5
	heap.Fix(&pq, byName["fig"].index)
	removed := heap.Remove(&pq, byName["kiwi"].index).(*Item)
	fmt.Println("removed", removed.value, removed.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%s:%d ", it.value, it.priority)
	}
	fmt.Println()

	// Ties.
	ph := &pairHeap{}
	for i := 0; i < 12; i++ {
		heap.Push(ph, pair{i % 3, i})
	}
	for ph.Len() > 0 {
		p := heap.Pop(ph).(pair)
		fmt.Print(p.k, "/", p.id, " ")
	}
	fmt.Println()

	// Heap sort of a larger pseudo-random sequence.
	hs := &IntHeap{}
	x := uint32(12345)
	for i := 0; i < 200; i++ {
		x = x*1103515245 + 12345
		*hs = append(*hs, int(x>>16)%1000)
	}
	heap.Init(hs)
	prev, ok := -1, true
	sum := 0
	for hs.Len() > 0 {
		v := heap.Pop(hs).(int)
		if v < prev {
			ok = false
		}
		prev = v
		sum += v
	}
	fmt.Println("sorted:", ok, "sum:", sum)

	// Empty and single-element heaps.
	e := &IntHeap{}
	heap.Init(e)
	heap.Push(e, 42)
	fmt.Println(heap.Pop(e), e.Len())
}
