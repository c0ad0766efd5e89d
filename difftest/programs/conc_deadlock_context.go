// Deadlock waiting on the Done channel of a context nobody cancels (Background's is nil: a
// receive blocks forever, as on any nil channel; a WithCancel's is a real channel).
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel
	fmt.Println("waiting for", ctx)
	<-ctx.Done()
}
