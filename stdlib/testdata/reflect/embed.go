// Embedded fields: promotion through FieldByName and VisibleFields, ambiguity at one depth,
// hiding by shallower fields, pointer cycles, and embedded fields through Value.
package main

import (
	"fmt"
	"reflect"
)

type A struct {
	X, Y int
	a    string
}

type B struct {
	X int
	Z string
	*Cyc
}

type Cyc struct {
	Z   int
	Cyc *Cyc
	W   bool
}

type Outer struct {
	A
	B
	Y float64
	c int
}

type Twice struct {
	A
	Inner struct{ A }
}

type Mid struct{ A }
type Deep struct {
	Mid
	*B
}

func report(t reflect.Type) {
	fmt.Println(t)
	for _, f := range reflect.VisibleFields(t) {
		fmt.Printf("  %-5s %v %v anon=%v exported=%v off=%d\n", f.Name, f.Index, f.Type, f.Anonymous, f.IsExported(), f.Offset)
	}
	for _, n := range []string{"X", "Y", "Z", "W", "a", "A", "B", "Cyc", "c", "Mid", "Inner"} {
		f, ok := t.FieldByName(n)
		fmt.Printf("  by name %-5s %v %v %v\n", n, ok, f.Index, f.Type)
	}
}

func main() {
	report(reflect.TypeOf(Outer{}))
	report(reflect.TypeOf(Twice{}))
	report(reflect.TypeOf(Deep{}))
	report(reflect.TypeOf(Cyc{}))

	o := Outer{A: A{X: 1, Y: 2, a: "s"}, B: B{X: 3, Z: "z"}, Y: 4.5}
	v := reflect.ValueOf(&o).Elem()
	fmt.Println(v.FieldByName("X").IsValid(), v.FieldByName("Y").Float(), v.FieldByName("Z").String())
	fmt.Println(v.FieldByName("a").String(), v.FieldByName("a").CanSet(), v.FieldByName("A").CanSet())
	v.FieldByName("Z").SetString("zz")
	v.FieldByIndex([]int{0, 1}).SetInt(20)
	fmt.Println(o.B.Z, o.A.Y)
	d := Deep{B: &B{Cyc: &Cyc{W: true}}}
	dv := reflect.ValueOf(d)
	fmt.Println(dv.FieldByName("W").Bool(), dv.FieldByName("W").CanSet(), dv.FieldByIndex([]int{1, 2, 2}).Bool())
	_, err := reflect.ValueOf(Deep{}).FieldByIndexErr([]int{1, 0})
	fmt.Println(err)
	f, ok := reflect.TypeOf(Outer{}).FieldByNameFunc(func(s string) bool { return s == "Z" || s == "W" })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = reflect.TypeOf(Outer{}).FieldByNameFunc(func(s string) bool { return s == "W" })
	fmt.Println(f.Name, f.Index, ok)

	// Methods promoted through embedded fields.
	fmt.Println(reflect.TypeOf(Outer{}).NumMethod(), reflect.TypeOf(&Outer{}).NumMethod())
}
