// An uncaught reflect panic ends the program with exit status 2 (the panic text goes to
// standard error: "panic: reflect: call of reflect.Value.Int on string Value").
package main

import (
	"fmt"
	"reflect"
)

func main() {
	fmt.Println("before")
	v := reflect.ValueOf("text")
	fmt.Println(v.Int())
	fmt.Println("after")
}
