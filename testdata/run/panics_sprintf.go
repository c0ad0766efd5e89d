// An unrecovered panic with a string built by fmt.Sprintf, containing a newline and quotes.
package main

import "fmt"

func main() {
	items := []string{"a", "b"}
	fmt.Println("checking", len(items))
	panic(fmt.Sprintf("bad state: %d items, want %q\nsecond line", len(items), "three"))
}
