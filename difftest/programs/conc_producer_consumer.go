// Producers and consumers over a buffered channel: the last producer to finish closes the
// channel, consumers range until it is drained. Totals are exact; the per-consumer split
// follows gc's one-P scheduling.
package main

import (
	"fmt"
	"sync"
)

type item struct {
	producer, seq int
}

func main() {
	ch := make(chan item, 4)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for s := 0; s < 5; s++ {
				ch <- item{p, s}
			}
		}(p)
	}
	go func() {
		producers.Wait()
		close(ch)
	}()

	var consumers sync.WaitGroup
	counts := make([]int, 2)
	sums := make([]int, 2)
	var seen [][]item = make([][]item, 2)
	for c := 0; c < 2; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for it := range ch {
				counts[c]++
				sums[c] += it.producer*10 + it.seq
				seen[c] = append(seen[c], it)
			}
		}(c)
	}
	consumers.Wait()
	fmt.Println("items:", counts[0]+counts[1], "checksum:", sums[0]+sums[1])
	fmt.Println("consumer 0:", seen[0])
	fmt.Println("consumer 1:", seen[1])

	// Receiving from a closed channel: the buffered values first, then zero values and ok=false.
	b := make(chan string, 2)
	b <- "x"
	b <- "y"
	close(b)
	for i := 0; i < 3; i++ {
		v, ok := <-b
		fmt.Printf("%q %v\n", v, ok)
	}
	fmt.Println(len(b), cap(b))
}
