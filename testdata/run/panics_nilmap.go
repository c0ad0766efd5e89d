// An unrecovered assignment to an entry of a nil map.
package main

import "fmt"

type config struct{ opts map[string]int }

func main() {
	var c config
	fmt.Println(len(c.opts), c.opts["missing"])
	c.opts["x"] = 1
	fmt.Println("not reached")
}
