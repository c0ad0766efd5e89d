// Dijkstra's shortest paths on a small grid graph with container/heap as the priority queue.
package main

import (
	"container/heap"
	"fmt"
)

type node struct {
	id, dist int
}

type pq []node

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].id < q[j].id
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(node)) }
func (q *pq) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

func main() {
	const w, h = 8, 6
	cost := make([]int, w*h)
	seed := uint32(7)
	for i := range cost {
		seed = seed*1664525 + 1013904223
		cost[i] = int(seed>>24)%9 + 1
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fmt.Print(cost[y*w+x])
		}
		fmt.Println()
	}
	dist := make([]int, w*h)
	for i := range dist {
		dist[i] = 1 << 30
	}
	dist[0] = 0
	q := &pq{{0, 0}}
	pops := 0
	for q.Len() > 0 {
		n := heap.Pop(q).(node)
		pops++
		if n.dist > dist[n.id] {
			continue
		}
		x, y := n.id%w, n.id/w
		for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nx, ny := x+d[0], y+d[1]
			if nx < 0 || ny < 0 || nx >= w || ny >= h {
				continue
			}
			m := ny*w + nx
			if nd := n.dist + cost[m]; nd < dist[m] {
				dist[m] = nd
				heap.Push(q, node{m, nd})
			}
		}
	}
	fmt.Println("pops:", pops)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fmt.Printf("%4d", dist[y*w+x])
		}
		fmt.Println()
	}
}
