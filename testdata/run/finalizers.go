// Finalizers: run once, on the finalizer goroutine, with their object as it was when it
// became unreachable; cleared by a nil finalizer; what an object with a finalizer points to
// stays alive until that finalizer has run; a finalizer may take an interface; results are
// dropped; a finalizer set again inside a finalizer runs at a later collection.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

// Objects of 16 bytes or more with pointers: gc's tiny allocator never shares their block.
type Node struct {
	name string
	next *Node
	n    int
}

type Named struct {
	label string
	vals  []int
}

func (n *Named) String() string { return fmt.Sprintf("Named(%s %v)", n.label, n.vals) }

var events []string

func record(s string) { events = append(events, s) }

// collect runs collections until want events have been recorded.
func collect(want int) {
	for i := 0; i < 50 && len(events) < want; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func flush(title string) {
	sort.Strings(events)
	fmt.Println(title, events)
	events = nil
}

//go:noinline
func setup1() {
	p := &Node{name: "p", n: 1}
	runtime.SetFinalizer(p, func(q *Node) { record(fmt.Sprintf("%s:%d", q.name, q.n)) })
	// Changes after SetFinalizer are seen by the finalizer.
	p.n = 42
	p.name = "changed"
	c := &Node{name: "cleared"}
	runtime.SetFinalizer(c, func(q *Node) { record("cleared finalizer ran") })
	runtime.SetFinalizer(c, nil)
	c.n = 7
	fmt.Println("c still usable:", c.name, c.n)
	arr := &[4]string{"a", "b", "c", "d"}
	runtime.SetFinalizer(arr, func(a *[4]string) { record(fmt.Sprint("arr", *a)) })
	arr[2] = "C"
	nums := &[3]float64{1.5, 2.5, 3.5}
	runtime.SetFinalizer(nums, func(a *[3]float64) { record(fmt.Sprint("nums", *a)) })
	nums[0] = -1
	s := new(string)
	*s = "a string variable of sixteen bytes"
	runtime.SetFinalizer(s, func(p *string) { record("str:" + *p) })
	named := &Named{label: "x", vals: []int{1, 2}}
	runtime.SetFinalizer(named, func(v fmt.Stringer) { record("stringer:" + v.String()) })
	anyv := &Named{label: "y"}
	runtime.SetFinalizer(anyv, func(v any) { record(fmt.Sprintf("any:%T", v)) })
	withResult := &Node{name: "result"}
	runtime.SetFinalizer(withResult, func(q *Node) (int, error) { record("result:" + q.name); return 1, nil })
}

// A chain: b is reachable from a, which has a finalizer, so b can only be finalized after a's
// finalizer has run.
//
//go:noinline
func setup2() {
	b := &Node{name: "b"}
	a := &Node{name: "a", next: b}
	runtime.SetFinalizer(b, func(q *Node) { record("b after " + q.name) })
	runtime.SetFinalizer(a, func(q *Node) { record("a with next " + q.next.name) })
}

var resurrected *Node

//go:noinline
func setup3() {
	r := &Node{name: "again", n: 0}
	runtime.SetFinalizer(r, func(q *Node) {
		q.n++
		record(fmt.Sprintf("run %d", q.n))
		if q.n < 3 {
			runtime.SetFinalizer(q, func(q2 *Node) {
				q2.n++
				record(fmt.Sprintf("run %d", q2.n))
			})
		}
	})
}

// A finalizer literal that uses no local variable does not keep the variables other
// closures of the same call captured (gc makes such a literal a static closure).
//
//go:noinline
func setup4() func() string {
	obj := &Node{name: "shared"}
	show := func() string { return obj.name }
	runtime.SetFinalizer(obj, func(q *Node) { record("literal:" + q.name) })
	other := &Node{name: "kept"}
	return func() string { return other.name + " " + show() }
}

func main() {
	setup1()
	collect(8)
	flush("setup1:")

	setup2()
	collect(1)
	fmt.Println("first:", events)
	collect(2)
	fmt.Println("then:", events)
	events = nil

	setup3()
	collect(2)
	flush("setup3:")

	f := setup4()
	fmt.Println("closure:", f())
	f = nil
	collect(1)
	flush("setup4:")

	fmt.Println("goroutines:", runtime.NumGoroutine())
}
