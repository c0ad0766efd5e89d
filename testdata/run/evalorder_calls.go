// gc evaluates calls and receives before it reads the plain operands of the same
// expression: x + f() sees what f did to x, s += <-ch adds to s as it is after the receive.
package main

import "fmt"

var x = 1

func f() int { x = 10; return 1 }

func g() int { x = 20; return 2 }

type T struct{ n int }

func (t *T) bump() int { t.n += 100; return 1 }

func main() {
	y := x + f()
	fmt.Println(y)
	x = 1
	x += f()
	fmt.Println(x)
	x = 1
	fmt.Println(x < f(), x == 10)
	x = 1
	fmt.Println(x<<g(), x)
	t := &T{n: 1}
	fmt.Println(t.n + t.bump())
	a := []int{1, 2, 3}
	i := 0
	next := func() int { i++; a[0] = 50; return 0 }
	fmt.Println(a[i] + next())
	ch := make(chan int, 1)
	s := 1
	done := make(chan bool)
	go func() { s = 100; ch <- 1; done <- true }()
	s += <-ch
	<-done
	fmt.Println(s)
	sum := 0
	results := make(chan int)
	for k := 0; k < 50; k++ {
		go func() { sum += <-results }()
	}
	for k := 0; k < 50; k++ {
		results <- k
	}
	fmt.Println(sum > 0)
}
