// Unlocking an unlocked Mutex is a fatal error, not a panic: deferred calls and recover do
// not run ("fatal error: sync: unlock of unlocked mutex").
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recover never runs:", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
