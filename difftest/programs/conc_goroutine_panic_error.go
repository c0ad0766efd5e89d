// A goroutine panics with an error value while main and other goroutines are blocked: the
// report shows the error's text with gc's "panic: " prefix and " [recovered]" is absent;
// a deferred recover in another goroutine cannot stop it.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	defer func() {
		fmt.Println("main's recover does not see it:", recover())
	}()
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	go func() {
		time.Sleep(time.Millisecond)
		panic(errors.New("worker failed"))
	}()
	<-block
}
