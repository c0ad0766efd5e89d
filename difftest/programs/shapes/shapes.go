// Shape types for the directory program; total depends on registry, declared in main.go,
// so initialization must follow dependencies, not file order.
package main

import (
	"fmt"
	"math"
)

var total = len(registry.from) * 10

type registryT struct{ from string }

func newRegistry(from string) registryT {
	fmt.Println("newRegistry called from", from)
	return registryT{from}
}

func init() { fmt.Println("init in shapes.go") }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

// Square embeds Rect, so it gets Area and Perimeter by promotion.
type Square struct {
	Rect
	name string
}

func (s *Square) String() string { return "Square " + s.name }
