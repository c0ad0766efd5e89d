// Two goroutines passing a ball over unbuffered channels; the count and the last hitter are
// exact, and the rally ends with a close that the other side sees.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, limit int, log *[]string) {
	for b := range in {
		b.hits++
		if b.hits%4 == 0 {
			*log = append(*log, fmt.Sprintf("%s hit %d", name, b.hits))
		}
		if b.hits == limit {
			*log = append(*log, name+" ends the rally")
			close(out)
			return
		}
		out <- b
	}
	*log = append(*log, name+" sees the end")
}

func main() {
	ping, pong := make(chan *ball), make(chan *ball)
	var log []string
	done := make(chan bool)
	go func() { player("ping", ping, pong, 21, &log); done <- true }()
	go func() { player("pong", pong, ping, 21, &log); done <- true }()
	ping <- &ball{}
	<-done
	<-done
	for _, l := range log {
		fmt.Println(l)
	}
}
