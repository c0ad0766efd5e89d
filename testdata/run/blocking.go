// Functions that block (on channels, mutexes, WaitGroups) reached through dynamic calls: func
// values in variables, maps and struct fields, interface methods, method values and method
// expressions, deferred calls, generic functions, and callbacks given to the standard library.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Source interface{ Next() int }

type chanSource struct{ c chan int }

func (s chanSource) Next() int { return <-s.c }

type counterSource struct{ n int }

func (s *counterSource) Next() int { s.n++; return s.n * 100 }

type pipe struct {
	recv func() int
	name string
}

func take[T any](c chan T, n int) []T {
	var out []T
	for i := 0; i < n; i++ {
		out = append(out, <-c)
	}
	return out
}

func sumAll[S Source](srcs ...S) int {
	total := 0
	for _, s := range srcs {
		total += s.Next()
	}
	return total
}

func producer() chan int {
	c := make(chan int)
	go func() {
		for i := 1; ; i++ {
			c <- i
		}
	}()
	return c
}

func main() {
	c := producer()
	recv := func() int { return <-c }
	fmt.Println("func value", recv(), recv())
	table := map[string]func() int{"recv": recv, "const": func() int { return -1 }}
	fmt.Println("map of funcs", table["recv"](), table["const"](), table["recv"]())
	p := pipe{recv: recv, name: "p"}
	fmt.Println("field func", p.name, p.recv())
	srcs := []Source{chanSource{c}, &counterSource{}, chanSource{c}}
	for _, s := range srcs {
		fmt.Print(s.Next(), " ")
	}
	fmt.Println()
	next := srcs[0].Next
	fmt.Println("method value", next(), next())
	expr := chanSource.Next
	fmt.Println("method expression", expr(chanSource{c}))
	fmt.Println("generic", take(c, 3), sumAll(chanSource{c}, chanSource{c}))
	strs := make(chan string, 3)
	strs <- "x"
	strs <- "y"
	strs <- "z"
	fmt.Println("generic string", take(strs, 3))

	var mu sync.Mutex
	var wg sync.WaitGroup
	order := []int{}
	lockAndAppend := func(v int) {
		mu.Lock()
		defer mu.Unlock()
		order = append(order, v)
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lockAndAppend(i)
		}()
	}
	wg.Wait()
	sort.Ints(order)
	fmt.Println("mutex", order)

	xs := []int{5, 3, 9, 1, 7}
	gate := make(chan bool, 100)
	for i := 0; i < 100; i++ {
		gate <- true
	}
	sort.Slice(xs, func(i, j int) bool { <-gate; return xs[i] < xs[j] })
	fmt.Println("sort.Slice with a blocking less", xs)
	var once sync.Once
	for i := 0; i < 2; i++ {
		once.Do(func() { fmt.Println("once", recv()) })
	}
	results := make(chan string)
	go func() {
		defer func() { results <- "deferred send" }()
		results <- "body send"
	}()
	fmt.Println(<-results, "/", <-results)
	defer func() { fmt.Println("deferred receive in main", recv()) }()
	fmt.Println("main end", recv())
}
