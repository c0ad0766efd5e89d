// os.Exit ends the program at once with the given status: deferred calls do not run, and
// output already written (stdout and stderr) must not be lost.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	func() {
		defer fmt.Println("inner deferred: runs, the inner function returns normally")
	}()
	os.Exit(3)
	fmt.Println("after exit: must not print")
}
