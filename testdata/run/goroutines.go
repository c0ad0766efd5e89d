// Goroutines and channels under one P: unbuffered hand-offs, buffered channels, close and range,
// select over several channels, sync.WaitGroup and a mutex, and a worker pool whose output is
// made deterministic by collecting results by index.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func pingPong() {
	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "-pong"
		}
		close(pong)
	}()
	for _, m := range []string{"a", "b", "c"} {
		ping <- m
		fmt.Println(<-pong)
	}
	close(ping)
	v, ok := <-pong
	fmt.Printf("after close: %q %v\n", v, ok)
}

func buffered() {
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		ch <- i * i
	}
	fmt.Println("len cap", len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	v, ok := <-ch
	fmt.Println("| drained:", v, ok, len(ch))
}

func producerConsumer() {
	data := make(chan int)
	results := make(chan int)
	go func() {
		defer close(data)
		for i := 1; i <= 10; i++ {
			data <- i
		}
	}()
	go func() {
		sum := 0
		for v := range data {
			sum += v
		}
		results <- sum
	}()
	fmt.Println("sum", <-results)
}

func selects() {
	a, b := make(chan int), make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
			b <- fmt.Sprint("s", i)
		}
		close(quit)
	}()
	got := []string{}
	for done := false; !done; {
		select {
		case v := <-a:
			got = append(got, fmt.Sprint("a", v))
		case s := <-b:
			got = append(got, s)
		case <-quit:
			done = true
		}
	}
	fmt.Println(got)
	timeout := make(chan bool, 1)
	timeout <- true
	select {
	case <-make(chan int):
		fmt.Println("never")
	case t := <-timeout:
		fmt.Println("timeout channel", t)
	}
}

func waitGroup() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	seen := make([]bool, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			seen[i] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	all := true
	for _, s := range seen {
		all = all && s
	}
	fmt.Println("total", total, "all seen", all)
}

type job struct{ id, n int }
type result struct{ id, fact int }

func workerPool() {
	jobs := make(chan job, 5)
	results := make(chan result, 5)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				f := 1
				for k := 2; k <= j.n; k++ {
					f *= k
				}
				results <- result{j.id, f}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 12; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var rs []result
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		fmt.Print(r.id, ":", r.fact, " ")
	}
	fmt.Println(len(rs))
}

func pipeline() {
	gen := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			for i := 0; i < n; i++ {
				out <- i
			}
			close(out)
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for v := range in {
				out <- v * v
			}
			close(out)
		}()
		return out
	}
	for v := range sq(sq(gen(5))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}

func main() {
	pingPong()
	buffered()
	producerConsumer()
	selects()
	waitGroup()
	workerPool()
	pipeline()
}
