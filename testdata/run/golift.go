// Function literals that may block, started as goroutines or kept as values: captured
// variables that are assigned (shared through the closure), per-iteration loop variables,
// nested literals, a literal calling itself, recover in a blocking literal, time.AfterFunc.
package main

import (
	"fmt"
	"sync"
	"time"
)

type acc struct{ mu sync.Mutex; n int }

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	sum := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("sum", sum)

	// Range variables, a value kept and called later, and a variable assigned after capture.
	ch := make(chan string, 10)
	var fns []func()
	for _, w := range []string{"a", "b", "c"} {
		fns = append(fns, func() { ch <- w })
	}
	label := "first"
	show := func(x int) { ch <- fmt.Sprint(label, x) }
	label = "second"
	for _, f := range fns {
		f()
	}
	show(7)
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}

	// Nested literals: the inner one captures the outer's parameter and main's variable.
	res := make(chan int)
	base := 100
	outer := func(k int) {
		inner := func() { res <- base + k }
		go inner()
	}
	outer(1)
	fmt.Println(<-res)
	base = 200
	outer(2)
	fmt.Println(<-res)

	// A literal that refers to itself through its variable.
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			ch2 := make(chan int, 1)
			ch2 <- n
			return <-ch2
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib", fib(15))

	// recover in a deferred literal that blocks.
	done := make(chan bool)
	go func() {
		defer func() {
			c := make(chan int, 1)
			c <- 1
			<-c
			fmt.Println("recovered:", recover())
			done <- true
		}()
		panic("boom")
	}()
	<-done

	// A captured struct and a counter assigned inside the goroutines.
	var a acc
	count := 0
	var wg2 sync.WaitGroup
	for j := 0; j < 5; j++ {
		wg2.Add(1)
		go func(step int) {
			defer wg2.Done()
			a.mu.Lock()
			a.n += step
			count++
			a.mu.Unlock()
		}(j * 10)
	}
	wg2.Wait()
	fmt.Println("acc", a.n, count)

	// time.AfterFunc with a function that blocks.
	got := make(chan string)
	msg := "timer"
	time.AfterFunc(time.Millisecond, func() { got <- msg + " fired" })
	fmt.Println(<-got)

	// Loop variable modified in the body after the goroutine captured it.
	out := make(chan int, 3)
	for k := 0; k < 6; k++ {
		go func() { out <- k }()
		k++
		fmt.Println("got", <-out)
	}
}
