// Misusing a WaitGroup: more Done calls than Add panics with "sync: negative WaitGroup
// counter", a panic that recover can catch.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	done := make(chan bool)
	go func() {
		defer close(done)
		var wg2 sync.WaitGroup
		wg2.Add(-1)
	}()
	<-done
}
