// sync.Once: the function runs once however many goroutines call Do, later callers wait for
// it to finish, a panicking function still counts as done; OnceFunc, OnceValue and
// OnceValues memoize.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	results := make([]int, 5)
	config := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls++
				config = 42
			})
			results[i] = config
		}()
	}
	wg.Wait()
	fmt.Println("calls", calls, "results", results)

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("ran again:", ran)

	n := 0
	f := sync.OnceFunc(func() { n++ })
	f()
	f()
	fmt.Println("OnceFunc n =", n)

	v := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 7 * 6
	})
	fmt.Println(v(), v())

	vs := sync.OnceValues(func() (string, error) {
		return "", errors.New("no file")
	})
	s, err := vs()
	s2, err2 := vs()
	fmt.Printf("%q %v %q %v %v\n", s, err, s2, err2, err == err2)

	pf := sync.OnceFunc(func() { panic("once more") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("OnceFunc panic", i, recover()) }()
			pf()
		}()
	}
}
