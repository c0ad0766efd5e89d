// Deadlock on a channel send: main sends on an unbuffered channel nobody receives from.
// gc: "fatal error: all goroutines are asleep - deadlock!" then "goroutine 1 [chan send]:".
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("sending")
	c <- 1
	fmt.Println("unreachable")
}
