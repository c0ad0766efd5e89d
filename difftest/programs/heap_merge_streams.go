// Merges several sorted streams of timestamped events into one ordered stream with a
// container/heap of stream heads (a k-way merge), then computes a sliding-window maximum
// and the running median with two heaps.
package main

import (
	"container/heap"
	"fmt"
)

type event struct {
	ts     int
	source string
	value  int
}

type head struct {
	ev     event
	stream int
	pos    int
}

type heads []head

func (h heads) Len() int { return len(h) }
func (h heads) Less(i, j int) bool {
	if h[i].ev.ts != h[j].ev.ts {
		return h[i].ev.ts < h[j].ev.ts
	}
	return h[i].stream < h[j].stream
}
func (h heads) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *heads) Push(x any)   { *h = append(*h, x.(head)) }
func (h *heads) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type intHeap struct {
	xs  []int
	max bool
}

func (h intHeap) Len() int { return len(h.xs) }
func (h intHeap) Less(i, j int) bool {
	if h.max {
		return h.xs[i] > h.xs[j]
	}
	return h.xs[i] < h.xs[j]
}
func (h intHeap) Swap(i, j int) { h.xs[i], h.xs[j] = h.xs[j], h.xs[i] }
func (h *intHeap) Push(x any)   { h.xs = append(h.xs, x.(int)) }
func (h *intHeap) Pop() any {
	x := h.xs[len(h.xs)-1]
	h.xs = h.xs[:len(h.xs)-1]
	return x
}

func main() {
	streams := [][]event{
		{{1, "cpu", 40}, {4, "cpu", 85}, {9, "cpu", 60}, {12, "cpu", 95}},
		{{2, "mem", 70}, {4, "mem", 72}, {5, "mem", 90}},
		{{3, "disk", 10}, {8, "disk", 99}, {10, "disk", 15}, {11, "disk", 20}, {15, "disk", 5}},
		{},
	}
	h := &heads{}
	for i, s := range streams {
		if len(s) > 0 {
			heap.Push(h, head{s[0], i, 0})
		}
	}
	var merged []event
	for h.Len() > 0 {
		top := heap.Pop(h).(head)
		merged = append(merged, top.ev)
		if next := top.pos + 1; next < len(streams[top.stream]) {
			heap.Push(h, head{streams[top.stream][next], top.stream, next})
		}
	}
	for _, e := range merged {
		fmt.Printf("t=%2d %-4s %3d\n", e.ts, e.source, e.value)
	}
	const window = 3
	for i := window - 1; i < len(merged); i++ {
		m := 0
		for _, e := range merged[i-window+1 : i+1] {
			m = max(m, e.value)
		}
		fmt.Print(m, " ")
	}
	fmt.Println()
	lo := &intHeap{max: true}
	hi := &intHeap{}
	for _, e := range merged {
		if lo.Len() == 0 || e.value <= lo.xs[0] {
			heap.Push(lo, e.value)
		} else {
			heap.Push(hi, e.value)
		}
		if lo.Len() > hi.Len()+1 {
			heap.Push(hi, heap.Pop(lo))
		} else if hi.Len() > lo.Len() {
			heap.Push(lo, heap.Pop(hi))
		}
		var med float64
		if lo.Len() > hi.Len() {
			med = float64(lo.xs[0])
		} else {
			med = float64(lo.xs[0]+hi.xs[0]) / 2
		}
		fmt.Printf("%g ", med)
	}
	fmt.Println()
}
