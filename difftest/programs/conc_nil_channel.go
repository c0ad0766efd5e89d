// Nil channels in select: a case on a nil channel is never ready, so setting a drained
// input to nil removes it from the select; merging two channels ends when both are nil.
// Also a send disabled by a nil channel until there is something to send.
package main

import "fmt"

func produce(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := produce(1, 3, 5, 7), produce(2, 4)
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				fmt.Println("a drained")
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				fmt.Println("b drained")
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println(sumA, sumB, n)

	// A queue between an input and an output: the send case is enabled only when the queue
	// is not empty (out is nil otherwise).
	in := produce(10, 20, 30)
	sink := make(chan int)
	result := make(chan []int)
	go func() {
		var got []int
		for v := range sink {
			got = append(got, v)
		}
		result <- got
	}()
	var queue []int
	for in != nil || len(queue) > 0 {
		var out chan int
		var next int
		if len(queue) > 0 {
			out = sink
			next = queue[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			queue = append(queue, v)
		case out <- next:
			queue = queue[1:]
		}
	}
	close(sink)
	fmt.Println(<-result)

	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("sent on nil")
	case <-nilc:
		fmt.Println("received from nil")
	default:
		fmt.Println("nil channels are never ready")
	}
	fmt.Println(len(nilc), cap(nilc))
}
