// An unrecovered nil pointer dereference through a field access.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	n := &node{1, &node{2, nil}}
	for p := n; ; p = p.next {
		fmt.Println(p.val)
	}
}
