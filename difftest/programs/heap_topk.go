// Top-k selection and k-way merge with container/heap, including Fix and Remove.
package main

import (
	"container/heap"
	"fmt"
)

type minHeap []int

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type cursor struct {
	list []int
	pos  int
}

type mergeHeap []*cursor

func (h mergeHeap) Len() int           { return len(h) }
func (h mergeHeap) Less(i, j int) bool { return h[i].list[h[i].pos] < h[j].list[h[j].pos] }
func (h mergeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)        { *h = append(*h, x.(*cursor)) }
func (h *mergeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	data := make([]int, 0, 50)
	v := 17
	for i := 0; i < 50; i++ {
		v = (v*31 + 7) % 101
		data = append(data, v)
	}
	fmt.Println("data:", data)
	for _, k := range []int{1, 5, 10} {
		h := &minHeap{}
		for _, x := range data {
			if h.Len() < k {
				heap.Push(h, x)
			} else if x > (*h)[0] {
				(*h)[0] = x
				heap.Fix(h, 0)
			}
		}
		fmt.Println("heap layout:", *h)
		out := []int{}
		for h.Len() > 0 {
			out = append(out, heap.Pop(h).(int))
		}
		fmt.Println("top", k, out)
	}

	h := minHeap(append([]int(nil), data[:15]...))
	heap.Init(&h)
	fmt.Println("init:", h)
	for _, i := range []int{7, 0, 3, 10} {
		fmt.Println("remove", i, "->", heap.Remove(&h, i), h)
	}

	lists := [][]int{{1, 4, 9, 16}, {2, 3, 5, 7, 11, 13}, {0, 8}, {6, 10, 12, 14, 15}}
	mh := &mergeHeap{}
	for _, l := range lists {
		heap.Push(mh, &cursor{l, 0})
	}
	merged := []int{}
	for mh.Len() > 0 {
		c := (*mh)[0]
		merged = append(merged, c.list[c.pos])
		c.pos++
		if c.pos == len(c.list) {
			heap.Pop(mh)
		} else {
			heap.Fix(mh, 0)
		}
	}
	fmt.Println("merged:", merged)
}
