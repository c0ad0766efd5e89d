// A program in a directory of several files: package-level initialization order across files,
// init functions, interfaces, embedding and promoted methods, Stringer and %v of structs.
package main

import (
	"fmt"
	"sort"
)

var registry = newRegistry("main.go")

func init() { fmt.Println("init in main.go, registry from", registry.from, "total", total) }

func main() {
	shapes := []Shape{
		Rect{W: 3, H: 4},
		Circle{R: 1},
		&Square{Rect{W: 2, H: 2}, "sq"},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-22v area=%.3f perim=%.3f\n", s, s.Area(), s.Perimeter())
	}
	var s Shape = Circle{R: 2}
	if c, ok := s.(Circle); ok {
		fmt.Println("circle radius", c.R)
	}
	switch v := shapes[0].(type) {
	case *Square:
		fmt.Println("smallest is a square named", v.name, "with width", v.W)
	default:
		fmt.Printf("smallest is %T\n", v)
	}
	fmt.Printf("%v %+v %T\n", Rect{1, 2}, Rect{1, 2}, s)
	var nilShape Shape
	fmt.Println(nilShape == nil, fmt.Sprint(nilShape))
}
