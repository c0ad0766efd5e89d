package main

import (
	"fmt"
	"unsafe"

	"example.com/mod/a"
)

func main() { fmt.Println(a.A, unsafe.Sizeof(0)) }
