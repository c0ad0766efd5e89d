// Goroutine numbers in a crash report: after a hundred goroutines have come and gone, the
// one that panics has the next number (gc never reuses them).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total += i
		}()
		if i%10 == 9 {
			wg.Wait()
		}
	}
	wg.Wait()
	fmt.Println("total", total)
	done := make(chan bool)
	go func() {
		panic(fmt.Sprintf("goroutine number %d", 101))
	}()
	<-done
}
