// A deadlock: main waits on a channel no one will ever send on, while another goroutine is
// blocked too. gc reports "fatal error: all goroutines are asleep - deadlock!" and the state
// of goroutine 1, "goroutine 1 [chan receive]:", and exits with status 2.
package main

import "fmt"

func main() {
	c := make(chan int)
	other := make(chan int)
	go func() {
		fmt.Println("other goroutine waiting")
		<-other
	}()
	fmt.Println("main waiting")
	<-c
}
