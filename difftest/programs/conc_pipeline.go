// A three-stage pipeline over unbuffered channels: generate, square, keep the odd squares,
// then sum. Each stage closes its output when its input is drained, so ranging ends cleanly.
// With one P the stages interleave in gc's order, which the trace shows (kept in memory and
// printed at the end: a write from a goroutine is a system call, during which gc may hand
// the P to another thread and reorder the goroutines).
package main

import "fmt"

var trace []string

func logf(format string, args ...any) { trace = append(trace, fmt.Sprintf(format, args...)) }

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			logf("gen %d", n)
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			logf("square %d", n)
			out <- n * n
		}
		close(out)
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range odd(square(gen(1, 2, 3, 4, 5, 6, 7))) {
		logf("got %d", v)
		sum += v
	}
	fmt.Println("sum", sum)

	// A pipeline stage stopped early by a done channel: the producer notices and returns.
	done := make(chan struct{})
	nat := make(chan int)
	finished := make(chan bool)
	go func() {
		defer func() { finished <- true }()
		for i := 0; ; i++ {
			select {
			case nat <- i:
			case <-done:
				logf("producer stopped after %d", i)
				return
			}
		}
	}()
	for v := range nat {
		if v == 4 {
			close(done)
			break
		}
	}
	<-finished
	for _, t := range trace {
		fmt.Println(t)
	}
}
