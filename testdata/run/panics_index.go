// An unrecovered index-out-of-range panic after some output; deferred calls still run.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	defer fmt.Println("deferred before the crash")
	s := []int{1, 2, 3}
	for i := 0; i < 3; i++ {
		fmt.Println(get(s, i))
	}
	fmt.Println(get(s, len(s)+2))
}
