// select with time.After: a reply that arrives in time wins, a reply that never comes loses
// to the timeout; a loop with a per-iteration timeout; a default case for non-blocking polls.
package main

import (
	"fmt"
	"time"
)

func query(reply time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(reply)
		c <- "reply"
	}()
	return c
}

func main() {
	select {
	case r := <-query(time.Millisecond):
		fmt.Println("got", r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case r := <-query(time.Second):
		fmt.Println("got", r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	msgs := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			msgs <- i
		}
	}()
	for {
		select {
		case m := <-msgs:
			fmt.Println("msg", m)
			continue
		case <-time.After(20 * time.Millisecond):
			fmt.Println("idle, stopping")
		}
		break
	}

	poll := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case v := <-poll:
			fmt.Println("polled", v)
		default:
			fmt.Println("nothing ready")
			poll <- i
		}
	}

	// A timer stopped before it fires never delivers.
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("did not fire")
	}
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("fired after reset; stop now:", t.Stop())
}
