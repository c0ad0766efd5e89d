// A job scheduler on container/heap: jobs ordered by priority then arrival, with priority
// changes through heap.Fix, cancellation through heap.Remove, and a simulated clock that
// runs jobs in order and reports waiting times.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	Arrival  int
	Cost     int
	index    int
}

type Queue []*Job

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Arrival < q[j].Arrival
}
func (q Queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *Queue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *Queue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

func (q Queue) String() string {
	var parts []string
	for _, j := range q {
		parts = append(parts, fmt.Sprintf("%s:%d", j.Name, j.Priority))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	jobs := map[string]*Job{}
	q := &Queue{}
	heap.Init(q)
	specs := []struct {
		name           string
		prio, arr, cost int
	}{
		{"backup", 1, 0, 5}, {"email", 5, 1, 1}, {"report", 3, 2, 3}, {"index", 3, 3, 4},
		{"alert", 9, 4, 1}, {"cleanup", 0, 5, 2}, {"deploy", 7, 6, 3}, {"audit", 3, 7, 2},
	}
	for _, s := range specs {
		j := &Job{Name: s.name, Priority: s.prio, Arrival: s.arr, Cost: s.cost}
		jobs[s.name] = j
		heap.Push(q, j)
	}
	fmt.Println("heap:", q, "len", q.Len())
	jobs["backup"].Priority = 8
	heap.Fix(q, jobs["backup"].index)
	removed := heap.Remove(q, jobs["cleanup"].index).(*Job)
	fmt.Println("cancelled", removed.Name, "index now", removed.index)
	clock, total := 8, 0
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		wait := clock - j.Arrival
		total += wait
		fmt.Printf("t=%2d run %-7s prio=%d waited=%2d\n", clock, j.Name, j.Priority, wait)
		clock += j.Cost
		if j.Name == "alert" {
			heap.Push(q, &Job{Name: "followup", Priority: 6, Arrival: clock, Cost: 1})
		}
	}
	fmt.Println("finished at", clock, "total wait", total)
	ints := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(ints)
	var sorted []int
	for ints.Len() > 0 {
		sorted = append(sorted, heap.Pop(ints).(int))
	}
	fmt.Println(sorted)
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
