// Benchmark program: building and walking many complete binary trees of heap-allocated
// nodes, measuring allocation and garbage collection of small pointer-linked structs. One
// long-lived tree stays reachable the whole time, so the collector must keep tracing it.
package main

import "fmt"

type node struct {
	left, right *node
	val         int
}

// build returns a complete tree of the given depth whose root holds v; a node's children
// hold 2v and 2v+1, as in a heap numbering.
func build(depth, v int) *node {
	n := &node{val: v}
	if depth > 0 {
		n.left = build(depth-1, 2*v)
		n.right = build(depth-1, 2*v+1)
	}
	return n
}

// check returns the number of nodes and a checksum that mixes values with their depth.
func check(n *node) (count, sum int) {
	count, sum = 1, n.val&0xffff
	if n.left != nil {
		lc, ls := check(n.left)
		rc, rs := check(n.right)
		count += lc + rc
		sum += ls*3 - rs
	}
	return count, sum % 1000003
}

func main() {
	const minDepth, maxDepth = 4, 16
	longLived := build(maxDepth, 1)
	total := 0
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth-1)
		nodes, sum := 0, 0
		for i := 0; i < iters; i++ {
			c, s := check(build(d, i))
			nodes += c
			sum = (sum + s) % 1000003
		}
		total += nodes
		fmt.Println(d, iters, nodes, sum)
	}
	c, s := check(longLived)
	fmt.Println("long-lived", c, s, total)
}
