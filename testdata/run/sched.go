// The order goroutines run in with one P, which gc makes deterministic for programs like this:
// a new goroutine takes the "runnext" slot (so the newest runs first when the creator blocks)
// and the others queue in FIFO order; a full buffered channel hands over to the receiver; a
// Gosched lets every runnable goroutine run once; unlocking a mutex wakes waiters in order.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func spawnOrder() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("spawned", i)
		}()
	}
	wg.Wait()
}

func bufferedHandOff() {
	ch := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("recv", v)
		}
		done <- true
	}()
	for i := 0; i < 6; i++ {
		fmt.Println("send", i)
		ch <- i
	}
	close(ch)
	<-done
}

func yields() {
	for i := 0; i < 3; i++ {
		go fmt.Println("go statement", i)
	}
	runtime.Gosched()
	fmt.Println("after Gosched")
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fmt.Println("locked by", i)
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	mu.Unlock()
	wg.Wait()
}

func senders() {
	res := make(chan string)
	for _, name := range []string{"a", "b", "c", "d"} {
		go func() { res <- name }()
	}
	fmt.Println(<-res, <-res, <-res, <-res)
	ping := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < 2; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range ping {
				fmt.Println("player", p, "got", v)
			}
		}()
	}
	for i := 0; i < 6; i++ {
		ping <- i
	}
	close(ping)
	wg.Wait()
}

func chain() {
	const n = 10
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			v := <-in
			fmt.Print(i, ":", v, " ")
			out <- v + 1
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println("| end", <-in)
	fmt.Println("goroutines left", runtime.NumGoroutine())
}

func main() {
	spawnOrder()
	bufferedHandOff()
	yields()
	senders()
	chain()
}
