// Shutdown with context.WithTimeout: a slow task is abandoned when a 100 ms deadline passes,
// a fast one (1 ms) completes; the outcome depends only on which side of the deadline each
// is far from, never on exact durations.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func task(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", task(ctx, time.Millisecond))
	err := task(ctx, 2*time.Second)
	fmt.Println("slow:", err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println("ctx:", ctx.Err())

	// Waiting for workers with a bound: the workers finish in time here.
	shutdown, cancelShutdown := context.WithTimeout(context.Background(), time.Second)
	defer cancelShutdown()
	done := make(chan struct{})
	go func() {
		defer close(done)
		time.Sleep(5 * time.Millisecond)
	}()
	select {
	case <-done:
		fmt.Println("workers finished before the deadline")
	case <-shutdown.Done():
		fmt.Println("gave up:", shutdown.Err())
	}

	// And here they do not.
	quick, cancelQuick := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, errors.New("shutdown took too long"))
	defer cancelQuick()
	stuck := make(chan struct{})
	select {
	case <-stuck:
		fmt.Println("impossible")
	case <-quick.Done():
		fmt.Println("gave up:", quick.Err(), "/", context.Cause(quick))
	}

	// A deadline is inherited by derived contexts.
	parent, cancelParent := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelParent()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", pd.Equal(cd))
	<-child.Done()
	fmt.Println("child:", child.Err())
}
