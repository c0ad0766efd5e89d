// Range over iterator functions beyond the simple cases: labeled break and continue from
// nested loops to outer ones, return from nested loops with results, defer inside bodies
// (run when the enclosing function returns), iter.Seq2, and the runtime error for an
// iterator that ignores a false result from yield.
package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Print("<end ", n, "> ")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func indexed(words ...string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func nestedLabels() {
outer:
	for a := range count(4) {
		for b := range count(4) {
			if b > a {
				continue outer
			}
			if a == 3 && b == 1 {
				break outer
			}
			fmt.Print(a, b, " ")
		}
	}
	fmt.Println()
mixed:
	for i := 0; i < 3; i++ {
		for v := range count(5) {
			if v == i {
				continue mixed
			}
			if i == 2 && v == 1 {
				break mixed
			}
			fmt.Print(i, v, " ")
		}
	}
	fmt.Println()
}

func find(target string) (int, string) {
	for i := range count(3) {
		for j, w := range indexed("x", "y", "z") {
			if fmt.Sprint(w, i) == target {
				return i*10 + j, w
			}
		}
	}
	return -1, ""
}

func defers() (out []int) {
	for v := range count(3) {
		defer func() { out = append(out, v) }()
	}
	fmt.Println("body of defers done")
	return nil
}

func badIterator(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	nestedLabels()
	fmt.Println(find("y2"))
	fmt.Println(find("q"))
	fmt.Println(defers())
	for i, w := range indexed("a", "b") {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if err, ok := r.(error); ok {
			fmt.Println("is error:", err.Error())
		}
	}()
	for v := range badIterator {
		fmt.Println("got", v)
		break
	}
	fmt.Println("not reached")
}
