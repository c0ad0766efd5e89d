// Package heap: heap operations on any type implementing heap.Interface, a min-heap ordered
// by Less, kept in the container's own storage (index 0 holds the minimum).
//
// The sequence of Less and Swap calls is part of the observable behaviour (user methods may
// log them, and ties are broken by it), so the sift loops below compare and swap in the same
// order as gc's implementation: the smaller child is chosen with Less(right, left), and a
// sift stops as soon as the child is not less than its parent.
package heap

import "sort"

// Interface is a sort.Interface that can also add an element at index Len() (Push) and
// remove the one at index Len()-1 (Pop).
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init establishes the heap invariant; it may be called again after arbitrary changes.
// Complexity O(n).
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x and restores the invariant. O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the minimum element (by Less). O(log n).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i. O(log n).
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the invariant after the element at index i changed its value.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves the element at j towards the root while it is less than its parent.
func siftUp(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves the element at start towards the leaves (within the first n elements) while
// a child is less than it; it reports whether the element moved.
func siftDown(h Interface, start, n int) bool {
	i := start
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0 after int overflow
			break
		}
		child := left
		if right := left + 1; right < n && h.Less(right, left) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > start
}
