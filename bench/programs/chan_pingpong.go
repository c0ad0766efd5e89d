// Benchmark program: two goroutines exchanging a value over unbuffered channels, measuring
// channel operations and goroutine switches.
package main

import "fmt"

func main() {
	const n = 1000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
