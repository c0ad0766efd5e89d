package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start.UTC().Format(time.RFC3339))
	done := make(chan bool)
	for i := 3; i > 0; i-- {
		go func() {
			time.Sleep(time.Duration(i) * time.Second)
			fmt.Println("slept", i, time.Since(start))
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	t := time.NewTicker(500 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t.C
		fmt.Println("tick", time.Since(start))
	}
	t.Stop()
	select {
	case <-time.After(time.Hour):
		fmt.Println("an hour later", time.Since(start))
	}
	fmt.Println(time.Now().UTC().Format(time.RFC3339))
}
