// A deadlock among goroutines started in different places: by main through a helper, by
// another goroutine, from a literal, and by a timer's function (time.AfterFunc). Each one's
// "created by" line names the function holding the go statement, the goroutine that ran it
// (none for the timer's) and the statement's line.
package main

import (
	"time"
)

var block = make(chan int)

func leaf() {
	<-block
}

func spawnLeaf() {
	go leaf()
}

func start() {
	spawnLeaf()
	go func() {
		go leaf()
		<-block
	}()
}

func main() {
	start()
	fired := make(chan bool)
	time.AfterFunc(time.Millisecond, func() {
		fired <- true
		leaf()
	})
	<-fired
	<-block
}
