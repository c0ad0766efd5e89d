// An unrecovered integer division by zero (a run-time divisor, so it is not a compile error).
package main

import "fmt"

func ratio(a, b int64) int64 { return a / b }

func main() {
	for _, d := range []int64{4, 2, 1, 0} {
		fmt.Println(ratio(100, d))
	}
}
