// Interfaces: dynamic dispatch, interface embedding, type assertions (comma-ok and panicking),
// type switches with several types per case and nil, a typed nil pointer inside an interface,
// method values bound when evaluated, method expressions, and fmt's use of Stringer and error.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Scaler interface {
	Shape
	Scale(f float64)
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Name() string       { return "rect" }
func (c *Circle) Area() float64   { return 3 * c.R * c.R }
func (c *Circle) Name() string    { return "circle" }
func (c *Circle) Scale(f float64) { c.R *= f }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprint("myerr ", e.Code)
}

func find(code int) error {
	var p *MyErr
	if code > 0 {
		p = &MyErr{code}
	}
	return p // a typed nil when code <= 0
}

func findOK(code int) error {
	if code > 0 {
		return &MyErr{code}
	}
	return nil
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func dispatch() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Print(s.Name(), " ")
	}
	fmt.Println(total)
	var sc Scaler = &Circle{2}
	sc.Scale(2)
	var sh Shape = sc
	fmt.Println(sh.Area(), sh.Name())
	c, ok := sh.(*Circle)
	fmt.Println(c.R, ok)
	r, ok := sh.(Rect)
	fmt.Println(r, ok)
	s2, ok := sh.(Scaler)
	fmt.Println(s2 != nil, ok)
	_, ok = shapes[0].(Scaler)
	fmt.Println("rect is scaler:", ok)
	var empty interface{} = Rect{1, 2}
	if st, ok := empty.(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}
	fmt.Println(sh == sc, shapes[0] == Rect{2, 3}, shapes[0] == shapes[2])
}

func nils() {
	e1 := find(0)
	e2 := findOK(0)
	fmt.Println(e1 == nil, e2 == nil, e1 != nil)
	fmt.Printf("%v %T %v %T\n", e1, e1, e2, e2)
	if p, ok := e1.(*MyErr); ok {
		fmt.Println("typed nil pointer inside", p == nil)
	}
	var s Shape
	fmt.Println(s == nil, classify(s), classify(nil), classify(e1))
	var c *Circle
	s = c
	fmt.Println(s == nil, s.Name())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(s.Area())
}

func switches() {
	vals := []interface{}{nil, 1, int64(2), int8(3), "héllo", errors.New("boom"), Temp(21.5), Rect{1, 2}, []int{1, 2}, func() int { return 7 }, &MyErr{4}, 2.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var x interface{} = 3
	switch x {
	case 3.0:
		fmt.Println("float 3")
	case int64(3):
		fmt.Println("int64 3")
	case 3:
		fmt.Println("int 3")
	}
	switch v := x.(type) {
	case int, string:
		fmt.Printf("multi %T\n", v)
	}
}

func assertPanics() {
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			if err, ok := r.(error); ok {
				fmt.Println(name, "panics:", err)
			} else {
				fmt.Println(name, "ok", r)
			}
		}()
		f()
	}
	var v interface{} = "str"
	try("string->int", func() { _ = v.(int) })
	try("string->Stringer", func() { _ = v.(fmt.Stringer) })
	try("nil->int", func() { var n interface{}; _ = n.(int) })
	try("nil->Shape", func() { var n interface{}; _ = n.(Shape) })
	var sh Shape = Rect{}
	try("Rect->*Circle", func() { _ = sh.(*Circle) })
	try("Rect->Scaler", func() { _ = sh.(Scaler) })
	try("Rect->Rect", func() { _ = sh.(Rect) })
}

func methodValues() {
	c := &Circle{1}
	area := c.Area
	c.R = 2
	fmt.Println(area())
	r := Rect{1, 1}
	rn := r.Area
	r.W = 10
	fmt.Println(rn(), r.Area())
	var sh Shape = Rect{3, 3}
	f := sh.Area
	sh = Rect{4, 4}
	fmt.Println(f(), sh.Area())
	fa := Rect.Area
	fs := (*Circle).Scale
	fs(c, 3)
	fmt.Println(fa(Rect{2, 5}), c.R)
	fi := Shape.Name
	fmt.Println(fi(c), fi(r))
	fmt.Println(r.String(), Temp(3).String(), c.Name())
	fmt.Println(Rect{1, 2}, &Rect{3, 4}, Temp(-4), []fmt.Stringer{Temp(1), Rect{}})
	fmt.Printf("%v %s %d %+v\n", Temp(5), Rect{6, 7}, Temp(8), &MyErr{9})
	err := fmt.Errorf("wrapped: %w", &MyErr{10})
	var me *MyErr
	fmt.Println(err, errors.As(err, &me), me.Code, errors.Unwrap(err) == error(me))
}

func main() {
	dispatch()
	nils()
	switches()
	assertPanics()
	methodValues()
}
