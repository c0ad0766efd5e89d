// An unrecovered runtime panic: deferred calls still run, then the program prints
// "panic: runtime error: index out of range [5] with length 3" and "goroutine 1 [running]:"
// to stderr and exits with status 2. Earlier stdout must already be flushed.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	defer fmt.Println("deferred before crash")
	s := []int{10, 20, 30}
	for i := 0; i < 3; i++ {
		fmt.Println("s[", i, "] =", get(s, i))
	}
	fmt.Println(get(s, 5))
	fmt.Println("unreachable")
}
