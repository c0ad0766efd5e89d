// Request-scoped values through contexts handed to goroutines: each request carries its id
// and a per-request deadline; handlers read them, and a canceled parent stops all of them.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type ctxKey int

const (
	requestID ctxKey = iota
	userName
)

func handle(ctx context.Context, out []string, i int, wg *sync.WaitGroup) {
	defer wg.Done()
	id, _ := ctx.Value(requestID).(int)
	user, ok := ctx.Value(userName).(string)
	if !ok {
		user = "anonymous"
	}
	_, hasDeadline := ctx.Deadline()
	select {
	case <-ctx.Done():
		out[i] = fmt.Sprintf("request %d (%s) deadline=%v: %v", id, user, hasDeadline, context.Cause(ctx))
	case <-time.After(time.Hour):
		out[i] = "finished?"
	}
}

func main() {
	server, shutdown := context.WithCancelCause(context.Background())
	out := make([]string, 4)
	var wg sync.WaitGroup
	var cancels []context.CancelFunc
	for i := 0; i < 4; i++ {
		ctx := context.WithValue(server, requestID, 100+i)
		if i%2 == 0 {
			ctx = context.WithValue(ctx, userName, fmt.Sprint("user", i))
		}
		if i == 3 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, time.Hour)
			cancels = append(cancels, cancel)
		}
		wg.Add(1)
		go handle(ctx, out, i, &wg)
	}
	shutdown(fmt.Errorf("server shutting down"))
	wg.Wait()
	for _, c := range cancels {
		c()
	}
	for _, l := range out {
		fmt.Println(l)
	}
}
