// os.Exit ends the program at once with its status: deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not be printed")
	func() {
		defer fmt.Println("inner deferred runs before exit")
	}()
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "message on stderr")
	os.Exit(3)
}
