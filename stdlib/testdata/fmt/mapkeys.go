// Map keys of interface type holding values of different dynamic types: fmt sorts them by
// type first (gc: by the address of the type's descriptor), then by value.
package main

import (
	"errors"
	"fmt"
	"time"
)

type A int
type B []int
type C map[string]int
type D struct{ X, Y int }
type E string

func (E) String() string { return "E!" }
func (E) m()             {}

type F float64
type G [2]int
type T struct{ A int }
type S string

func (S) M() {}

type U struct{}

func main() {
	fmt.Println(map[any]int{"s": 1, 2: 2, 1.5: 3, false: 4, int8(1): 5, uint(3): 6, int16(1): 7, uint8(1): 8, float32(1): 9,
		complex(1, 1): 10, 'r': 11, uint16(1): 12, uint32(1): 13, int64(1): 14, uint64(1): 15, uintptr(1): 16, complex64(1): 17})
	fmt.Println(map[any]int{"s": 1, 2: 2, T{1}: 3, S("x"): 4, U{}: 5, [2]int{}: 6, errors.New("e"): 7, (*int)(nil): 8, (*T)(nil): 9,
		[1]string{}: 10, struct{ B bool }{}: 11, (chan int)(nil): 12, true: 13})
	fmt.Println(map[any]int{A(1): 1, B(nil) == nil: 2, E("e"): 3, F(1): 4, G{}: 5, D{}: 6, time.Duration(5): 7, time.Month(3): 8,
		'x': 9, uint16(1): 10, [3]int{}: 11, struct{ a, b, c int }{}: 12, (*D)(nil): 13, (*A)(nil): 14, (*string)(nil): 15,
		(*[]int)(nil): 16, (chan string)(nil): 17, [1]A{}: 18, "str": 19, 7: 20})
	fmt.Println(map[any]string{1: "int", "a": "string", 2.5: "float", true: "bool", int64(3): "int64", A(4): "A", E("x"): "E", time.Second: "dur"})
	fmt.Printf("%v\n", map[any]bool{nil: true, 0: false, "": true, 0.0: false, uint(0): true, D{}: false})
	fmt.Printf("%#v\n", map[any]int{"b": 1, "a": 2, 3: 3, 1: 4, F(2): 5, F(-1): 6})
	fmt.Printf("%v\n", map[fmt.Stringer]int{E("b"): 1, E("a"): 2, time.Duration(3): 3, time.Duration(1): 4})
	fmt.Printf("%v\n", map[[2]any]int{{1, "a"}: 1, {"a", 1}: 2, {1, 1}: 3, {nil, 2}: 4})
}
