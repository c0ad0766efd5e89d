// An unrecovered unsafe.String panic: gc's text and exit status.
package main

import (
	"fmt"
	"unsafe"
)

func view(p *byte, n int) string {
	return unsafe.String(p, n)
}

func main() {
	b := []byte("ok")
	fmt.Println(view(&b[0], 2))
	fmt.Println(view(nil, len(b)))
}
