// Requests carrying their own reply channel (a channel of channels): a single server
// goroutine owns the state, so no lock is needed; clients get answers in request order.
package main

import "fmt"

type request struct {
	op    string
	key   string
	value int
	reply chan<- int
}

func server(reqs <-chan request) {
	state := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "add":
			state[r.key] += r.value
			r.reply <- state[r.key]
		case "get":
			r.reply <- state[r.key]
		}
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	call := func(op, key string, v int) int {
		reply := make(chan int)
		reqs <- request{op, key, v, reply}
		return <-reply
	}
	done := make(chan []int)
	for c := 0; c < 3; c++ {
		go func() {
			var got []int
			for i := 1; i <= 3; i++ {
				got = append(got, call("add", "hits", c*10+i))
			}
			done <- got
		}()
	}
	var all [][]int
	for c := 0; c < 3; c++ {
		all = append(all, <-done)
	}
	fmt.Println(all)
	fmt.Println("hits:", call("get", "hits", 0), "misses:", call("get", "misses", 0))
	close(reqs)
}
