// Range over integers and over iterator functions (with break, continue, return and defer in
// the loop body), and select with a default case.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(" (seq stopped at", i, ")")
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	for i, s := range []string{"a", "b", "c", "d"} {
		if !yield(s, i) {
			return
		}
	}
}

func firstOver(limit int) int {
	for v := range seq(100) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func ranges() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	var n8 int8 = 4
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	for range 2 {
		fmt.Print("x ")
	}
	fmt.Println()
	for v := range seq(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range seq(10) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	for v := range seq(6) {
		if v%2 == 0 {
			continue
		}
		fmt.Print("odd", v, " ")
	}
	fmt.Println()
	for s, i := range pairs {
		fmt.Print(s, i, " ")
	}
	fmt.Println()
	fmt.Println("firstOver", firstOver(50))
	defer fmt.Println("deferred in ranges")
	for v := range seq(2) {
		defer fmt.Println("defer from iterator body", v)
	}
}

func selects() {
	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("never")
	default:
		fmt.Println("nil channel never ready")
	}
}

func main() {
	ranges()
	selects()
}
