// Deadlock on a Mutex locked twice by the same goroutine (sync.Mutex is not reentrant):
// gc reports goroutine 1 as "[sync.Mutex.Lock]".
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *account) depositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.deposit(n) // locks again
	a.deposit(n)
}

func main() {
	a := &account{}
	a.deposit(1)
	fmt.Println("balance", a.balance)
	a.depositTwice(2)
	fmt.Println("unreachable")
}
