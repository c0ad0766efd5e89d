// A mutex locked twice by the same goroutine (Go's mutexes are not reentrant): after the other
// goroutines finish, main is the only one left and gc reports a deadlock in Mutex.Lock.
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
}

func main() {
	acc := &account{}
	done := make(chan bool)
	go func() {
		acc.deposit(5)
		done <- true
	}()
	<-done
	fmt.Println("balance", acc.balance)
	acc.depositTwice(10)
	fmt.Println("never printed")
}
