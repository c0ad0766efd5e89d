// A send on a closed channel in a goroutine, not recovered: the program dies with
// "panic: send on closed channel" and that goroutine's header.
package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	done := make(chan bool)
	go func() {
		c <- 1
		done <- true
	}()
	fmt.Println("waiting")
	<-done
}
