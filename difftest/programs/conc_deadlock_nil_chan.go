// Deadlock on a nil channel: a receive from a channel that was never made blocks forever,
// reported as "[chan receive (nil chan)]".
package main

import "fmt"

type server struct {
	requests chan string
}

func main() {
	var s server // requests was never made
	go func() {
		fmt.Println("client sending")
		s.requests <- "hello" // blocks forever too
	}()
	fmt.Println("server waiting")
	fmt.Println(<-s.requests)
}
