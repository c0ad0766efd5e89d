// Deadlock on a send to a nil channel: "[chan send (nil chan)]".
package main

import "fmt"

func main() {
	var out chan<- int
	fmt.Println("sending to nil")
	out <- 1
}
