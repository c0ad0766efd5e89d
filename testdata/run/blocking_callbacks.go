// Blocking function values whose parameter names differ from those of the function type they
// are called through (a standard-library callback among them), and blocking operations inside
// the body of a range-over-func loop.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func applyAll(f func(x int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, v := range xs {
		out[i] = f(v)
	}
	return out
}

func pairs(yield func(int, string) bool) {
	for i, s := range []string{"a", "b", "c"} {
		if !yield(i, s) {
			fmt.Println("pairs stopped")
			return
		}
	}
}

func main() {
	c := make(chan int, 100)
	for i := 0; i < 100; i++ {
		c <- i
	}
	fmt.Println(applyAll(func(v int) int { return v*1000 + <-c }, []int{1, 2, 3}))
	fmt.Println(strings.Map(func(r rune) rune { return r + rune(<-c%3) }, "aaaaaa"))
	words := []string{"pear", "fig", "apple", "kiwi"}
	slices.SortFunc(words, func(a, b string) int { <-c; return strings.Compare(a, b) })
	fmt.Println(words)
	fmt.Println(strings.IndexFunc("hello world", func(r rune) bool { <-c; return r == ' ' }))
	for i, s := range pairs {
		v := <-c
		fmt.Println("pair", i, s, v)
		if i == 1 {
			break
		}
	}
	done := make(chan string)
	go func() {
		for _, s := range pairs {
			done <- s
		}
		close(done)
	}()
	for s := range done {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Println("left in channel", len(c))
}
