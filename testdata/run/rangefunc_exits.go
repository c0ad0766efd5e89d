// Leaving nested range-over-func loops: a return from three levels down, labeled continue
// and break across several loops, break out of a labeled switch from inside an iterator body.
package main

import (
	"fmt"
	"slices"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Print("[done ", n, "] ")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func deep() (r int) {
	for a := range seq(3) {
		for b := range seq(3) {
			for c := range seq(3) {
				if a+b+c == 4 {
					return a*100 + b*10 + c
				}
			}
		}
	}
	return -1
}

func labels() {
top:
	for a := range seq(3) {
		for b := range seq(3) {
			for c := range seq(3) {
				if c == 1 {
					continue top
				}
				if a == 2 {
					break top
				}
				fmt.Print(a, b, c, " ")
			}
		}
	}
	fmt.Println()
	for i := 0; i < 2; i++ {
	sw:
		switch i {
		case 0, 1:
			for v := range slices.Values([]int{1, 2, 3}) {
				if v == 2 {
					break sw
				}
				fmt.Print("v", v, " ")
			}
			fmt.Print("unreached ")
		}
	}
	fmt.Println()
}

func main() {
	fmt.Println(deep())
	labels()
}
