// Deadlock in a select whose cases can never proceed, while another goroutine is blocked on
// a send: gc reports goroutine 1 as "[select]".
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	other := make(chan int)
	go func() { other <- 1 }()
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- 1:
		fmt.Println("sent")
	}
}
