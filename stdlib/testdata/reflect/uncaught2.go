// An uncaught string panic from reflect (setting an unaddressable value): exit status 2.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	fmt.Println("before")
	reflect.ValueOf(3).SetInt(4)
	fmt.Println("after")
}
