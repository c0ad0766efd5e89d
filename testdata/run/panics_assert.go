// An unrecovered failed type assertion from an interface holding a named type.
package main

import "fmt"

type Celsius float64

func main() {
	var v interface{} = Celsius(21.5)
	f, ok := v.(float64)
	fmt.Println(f, ok)
	fmt.Println(v.(Celsius))
	fmt.Println(v.(float64))
}
