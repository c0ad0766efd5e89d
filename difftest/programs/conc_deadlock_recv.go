// Deadlock on a receive: the only sender exits without sending, main waits forever.
package main

import "fmt"

func main() {
	c := make(chan string)
	done := make(chan bool)
	go func() {
		fmt.Println("worker forgot to send")
		done <- true
	}()
	<-done
	fmt.Println(<-c)
}
