// Closing a channel wakes every goroutine blocked on it; with one P they then run in gc's
// order (the close readies them from a list, the last readied runs first). Also the order
// in which blocked senders and receivers are served: first come, first served.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	gate := make(chan struct{})
	var order []int
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			<-gate
			order = append(order, i)
			done <- true
		}()
	}
	runtime.Gosched()
	close(gate)
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println("woken:", order)

	// Blocked senders are received from in the order they blocked.
	c := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { c <- i }()
		runtime.Gosched()
	}
	for i := 0; i < 4; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()

	// Blocked receivers get values in the order they blocked.
	r := make(chan int)
	got := make(chan [2]int)
	for i := 0; i < 4; i++ {
		go func() { got <- [2]int{i, <-r} }()
		runtime.Gosched()
	}
	go func() {
		for v := 100; v < 104; v++ {
			r <- v
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Print(<-got, " ")
	}
	fmt.Println()

	// A buffered channel with blocked senders: values keep their order across the buffer.
	b := make(chan int, 2)
	for i := 0; i < 5; i++ {
		go func() { b <- i }()
	}
	runtime.Gosched()
	for i := 0; i < 5; i++ {
		fmt.Print(<-b, " ")
	}
	fmt.Println()
}
