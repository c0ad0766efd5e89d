// No deadlock is reported while a timer is pending: main blocks on a channel, a timer fires
// 10 ms later and its goroutine runs (but sends nothing main waits for); only then is every
// goroutine asleep for good.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	fired := make(chan bool, 1)
	time.AfterFunc(10*time.Millisecond, func() {
		fired <- true
	})
	go func() {
		<-fired
		fmt.Println("timer fired; still nobody sends on c")
	}()
	<-c
}
