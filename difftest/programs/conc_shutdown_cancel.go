// Graceful shutdown with context.WithCancel: workers loop on a job channel until the
// context is canceled, then finish their current job, report and exit; main waits for all.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, done *sync.WaitGroup, report chan<- string) {
	defer done.Done()
	handled := 0
	for {
		select {
		case <-ctx.Done():
			report <- fmt.Sprintf("worker %d stopping after %d jobs: %v", id, handled, ctx.Err())
			return
		case j := <-jobs:
			_ = j * j
			handled++
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	report := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, &wg, report)
	}
	for j := 0; j < 9; j++ {
		jobs <- j
	}
	fmt.Println("all jobs handed out; shutting down")
	cancel()
	wg.Wait()
	close(report)
	var lines []string
	for l := range report {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// Cancellation reaches derived contexts and AfterFunc hooks.
	parent, stop := context.WithCancel(context.Background())
	child, childCancel := context.WithCancel(context.WithValue(parent, "svc", "db"))
	defer childCancel()
	closed := make(chan string)
	context.AfterFunc(child, func() { closed <- "db connection closed" })
	stop()
	<-child.Done()
	fmt.Println("child:", child.Err(), "value:", child.Value("svc"))
	fmt.Println(<-closed)
}
