// A worker pool: jobs on a buffered channel, three workers, results carrying their job's
// index so the collector stores them in order whatever order they arrive in.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	index int
	word  string
}

type result struct {
	index  int
	worker int
	out    string
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.index, id, strings.ToUpper(j.word) + strings.Repeat("!", j.index%3)}
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	jobs := make(chan job, len(words))
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, w := range words {
		jobs <- job{i, w}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()

	ordered := make([]string, len(words))
	perWorker := map[int]int{}
	arrival := []int{}
	for r := range results {
		ordered[r.index] = r.out
		perWorker[r.worker]++
		arrival = append(arrival, r.index)
	}
	fmt.Println(strings.Join(ordered, " "))
	total := 0
	for w := 1; w <= 3; w++ {
		total += perWorker[w]
	}
	fmt.Println("results:", total)
	// With one P the arrival order is gc's scheduling order.
	fmt.Println("arrival:", arrival)
	fmt.Println("per worker:", perWorker[1], perWorker[2], perWorker[3])
}
