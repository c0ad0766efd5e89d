// Deadlock ranging over a channel that is never closed: the producer finishes, main keeps
// waiting for more. The usual forgotten close.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
		// no close(c)
	}()
	for v := range c {
		fmt.Println("got", v)
	}
}
