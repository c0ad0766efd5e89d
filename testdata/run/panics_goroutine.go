// A panic in a goroutine other than main crashes the whole program; main's deferred calls do
// not run.
package main

import "fmt"

func worker(id int, done chan<- bool) {
	fmt.Println("worker", id, "starting")
	if id == 2 {
		var m map[int][]int
		panic(fmt.Errorf("worker %d failed (len %d)", id, len(m[id])))
	}
	done <- true
}

func main() {
	defer fmt.Println("main defer must not run")
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go worker(i, done)
		if i < 2 {
			<-done
		}
	}
	for {
		<-done
	}
}
