// fmt given reflect.Value operands: the value held is printed (with its own methods when
// reflect could hand it out), the zero Value has its own text, and a Value inside a
// container or struct prints through Value's String method.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"time"
)

type S struct {
	V reflect.Value
}

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Q struct {
	a P
	B P
}

type G struct{ N int }

func (g G) GoString() string { return "G!" }

type F int

func (f F) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "F<%c>", verb) }

func main() {
	fmt.Println(reflect.ValueOf(3))
	fmt.Println(reflect.Value{})
	fmt.Printf("%v %d %s %x %q %T\n", reflect.ValueOf(3), reflect.ValueOf(3), reflect.ValueOf("hi"), reflect.ValueOf("hi"), reflect.ValueOf("hi"), reflect.ValueOf(3))
	fmt.Printf("%v|%d|%s|%8v|\n", reflect.Value{}, reflect.Value{}, reflect.Value{}, reflect.Value{})
	fmt.Println(S{reflect.ValueOf(3)})
	fmt.Printf("%+v\n", S{reflect.ValueOf(3)})
	fmt.Printf("%#v %#v\n", reflect.ValueOf(3), reflect.ValueOf("s"))
	fmt.Println(S{})
	fmt.Println(reflect.ValueOf(P{1, 2}))
	q := Q{P{1, 2}, P{3, 4}}
	fmt.Println(reflect.ValueOf(q).Field(0))
	fmt.Println(reflect.ValueOf(q).Field(1))
	fmt.Println(reflect.ValueOf(q))
	fmt.Printf("%+v\n", reflect.ValueOf(q))
	fmt.Println(reflect.ValueOf(&P{1, 2}))
	fmt.Println(reflect.ValueOf(&q).Elem().Field(0).Addr().Elem())
	fmt.Println(reflect.ValueOf([]int{1, 2}), reflect.ValueOf(map[string]int{"a": 1, "b": 2}))
	fmt.Println(reflect.ValueOf(time.Second), reflect.ValueOf(errors.New("boom")))
	fmt.Println(reflect.ValueOf([]byte("hi")))
	fmt.Printf("%s %x %q\n", reflect.ValueOf([]byte("hi")), reflect.ValueOf([]byte("hi")), reflect.ValueOf([2]byte{65, 66}))
	var e any
	fmt.Println(reflect.ValueOf(&e).Elem())
	e = P{5, 6}
	fmt.Println(reflect.ValueOf(&e).Elem())
	var err error = errors.New("in iface")
	fmt.Println(reflect.ValueOf(&err).Elem())
	x := 5
	fmt.Println(reflect.ValueOf(&x).Elem())
	fmt.Println([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("a")})
	fmt.Println(map[string]reflect.Value{"k": reflect.ValueOf(1.5)})
	fmt.Printf("%v\n", []any{reflect.ValueOf(2)})
	fmt.Printf("%p\n", reflect.ValueOf(2))
	fmt.Println(reflect.ValueOf(reflect.ValueOf(7)))
	fmt.Printf("%5d|%-5v|%05d|%x\n", reflect.ValueOf(7), reflect.ValueOf(8), reflect.ValueOf(-9), reflect.ValueOf(255))
	fmt.Println(fmt.Sprint(reflect.ValueOf(nil)))
	fmt.Printf("%d\n", reflect.ValueOf(struct {
		A int
		b string
	}{1, "x"}))
	fmt.Printf("%#v\n", reflect.ValueOf(G{1}))
	fmt.Printf("%v %d\n", reflect.ValueOf(F(1)), reflect.ValueOf(F(2)))
	fmt.Printf("%.1f %6.2f %g\n", reflect.ValueOf(3.14159), reflect.ValueOf(2.5), reflect.ValueOf(float32(0.1)))
	fmt.Println(reflect.ValueOf(true), reflect.ValueOf(complex(1, 2)), reflect.ValueOf(uint8(200)))
	fmt.Printf("%t %v\n", reflect.ValueOf(false), reflect.ValueOf([]string(nil)))
	fmt.Printf("%#v\n", reflect.ValueOf(map[string]int(nil)))
	fmt.Printf("%#v\n", reflect.ValueOf([]P{{1, 2}}))
	fmt.Print(reflect.ValueOf(1), reflect.ValueOf(2), "\n")
	fmt.Println(fmt.Errorf("wrapped: %v", reflect.ValueOf(42)))
	s := fmt.Sprintf("%v", reflect.ValueOf(&q).Elem())
	fmt.Println(s)
}
