// An errgroup written by hand: tasks run in goroutines sharing a context; the first error
// is kept and cancels the context, the others see the cancellation; Wait returns the first
// error. A second group limits how many tasks run at once.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
	sem     chan struct{}
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) setLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

var errBad = errors.New("bad input")

func main() {
	g, ctx := withContext(context.Background())
	results := make([]string, 5)
	step := make(chan struct{})
	for i := 0; i < 5; i++ {
		g.Go(func() error {
			if i == 2 {
				return fmt.Errorf("task %d: %w", i, errBad)
			}
			select {
			case <-ctx.Done():
				results[i] = "canceled: " + context.Cause(ctx).Error()
				return ctx.Err()
			case <-step:
				results[i] = "finished"
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println("Wait:", err, errors.Is(err, errBad))
	for i, r := range results {
		fmt.Println(i, r)
	}
	fmt.Println("ctx:", ctx.Err(), context.Cause(ctx))

	// All succeed; at most two at a time.
	var g2 group
	g2.setLimit(2)
	var mu sync.Mutex
	running, peak, total := 0, 0, 0
	gate := make(chan struct{})
	close(gate)
	for i := 1; i <= 6; i++ {
		g2.Go(func() error {
			mu.Lock()
			running++
			peak = max(peak, running)
			mu.Unlock()
			<-gate
			mu.Lock()
			running--
			total += i
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("Wait:", g2.Wait(), "total", total, "peak <= 2:", peak <= 2)
}
