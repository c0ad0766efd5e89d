// Type methods on many kinds of types: names, kinds, sizes, elements, fields, methods,
// functions, channels, identity, assignability, convertibility and implementation.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

type MyInt int
type MyString string
type Bytes []byte
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Base struct {
	ID   int64
	name string
}

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) Rename(s string)  { b.name = s }

type Derived struct {
	Base
	*Stack
	Tags  []string `json:"tags,omitempty"`
	Score float32  `json:"score" yaml:"sc"`
	flag  bool
	_     int
	Pad   [3]byte
	C     complex128
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type unexp interface {
	hidden()
	Shown()
}

type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (s Square) String() string     { return "square" }

type Stack struct{ items []int }

func (s *Stack) Push(x int) { s.items = append(s.items, x) }
func (s *Stack) Pop() int   { x := s.items[len(s.items)-1]; s.items = s.items[:len(s.items)-1]; return x }
func (s Stack) Len() int    { return len(s.items) }

func show(t reflect.Type) {
	fmt.Printf("%-40s kind=%-10v name=%q pkg=%q size=%d align=%d fieldalign=%d comparable=%v\n",
		t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.FieldAlign(), t.Comparable())
}

func main() {
	var e error = errors.New("x")
	types := []reflect.Type{
		reflect.TypeOf(0), reflect.TypeOf(int8(0)), reflect.TypeOf(uint16(0)), reflect.TypeOf(uintptr(0)),
		reflect.TypeOf(1.5), reflect.TypeOf(float32(1)), reflect.TypeOf(1i), reflect.TypeOf(complex64(0)),
		reflect.TypeOf(""), reflect.TypeOf(true), reflect.TypeOf(MyInt(0)), reflect.TypeOf(MyString("")),
		reflect.TypeOf(Bytes(nil)), reflect.TypeOf([]byte(nil)), reflect.TypeOf([4]int{}), reflect.TypeOf([0]int{}),
		reflect.TypeOf(map[string][]int{}), reflect.TypeOf(make(chan int)), reflect.TypeOf(make(<-chan string)),
		reflect.TypeOf(make(chan<- bool)), reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil }),
		reflect.TypeOf(&Derived{}), reflect.TypeOf(Derived{}), reflect.TypeOf(struct{}{}),
		reflect.TypeOf(struct {
			A int
			B string `k:"v"`
		}{}),
		reflect.TypeOf(e), reflect.TypeOf((*error)(nil)).Elem(), reflect.TypeOf((*Shape)(nil)).Elem(),
		reflect.TypeOf((*any)(nil)).Elem(), reflect.TypeOf(Pair[string, int]{}), reflect.TypeOf(unsafe.Pointer(nil)),
		reflect.TypeOf((*unexp)(nil)).Elem(), reflect.TypeOf(strings.NewReader("")), reflect.TypeOf(Square{}),
	}
	for _, t := range types {
		show(t)
	}
	fmt.Println(reflect.TypeOf(nil))

	// Elements, keys, lengths, directions, functions.
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	fmt.Println(reflect.TypeOf([4]int{}).Len(), reflect.TypeOf([4]int{}).Elem())
	for _, c := range []any{make(chan int), make(<-chan int), make(chan<- int)} {
		ct := reflect.TypeOf(c)
		fmt.Println(ct, ct.ChanDir(), ct.Elem())
	}
	ft := reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil })
	fmt.Println(ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.In(0), ft.In(1), ft.Out(0), ft.Out(1))
	for _, k := range []reflect.Kind{reflect.Invalid, reflect.Int, reflect.Pointer, reflect.UnsafePointer, reflect.Kind(40)} {
		fmt.Print(k.String(), " ")
	}
	fmt.Println(reflect.RecvDir, reflect.SendDir, reflect.BothDir, reflect.ChanDir(0))
	fmt.Println(reflect.TypeOf(0).Bits(), reflect.TypeOf(float32(0)).Bits(), reflect.TypeOf(1i).Bits(), reflect.TypeOf(uint8(0)).Bits())

	// Struct fields, embedded promotion, tags.
	dt := reflect.TypeOf(Derived{})
	for i := 0; i < dt.NumField(); i++ {
		f := dt.Field(i)
		fmt.Printf("field %d: %s pkg=%q type=%v tag=%q off=%d idx=%v anon=%v exported=%v\n",
			i, f.Name, f.PkgPath, f.Type, f.Tag, f.Offset, f.Index, f.Anonymous, f.IsExported())
	}
	for _, name := range []string{"ID", "name", "Tags", "Score", "nothing", "Describe", "Stack", "items"} {
		f, ok := dt.FieldByName(name)
		fmt.Println("by name", name, ok, f.Name, f.Index, f.Type, f.Offset)
	}
	f := dt.FieldByIndex([]int{0, 1})
	fmt.Println("by index", f.Name, f.Index, f.Type, f.Offset)
	sf, _ := dt.FieldByName("Score")
	v, ok := sf.Tag.Lookup("yaml")
	fmt.Println(sf.Tag.Get("json"), v, ok)
	v, ok = sf.Tag.Lookup("xml")
	fmt.Printf("%q %v\n", v, ok)
	for _, tag := range []reflect.StructTag{`a:"1" b:"2"`, `a:"1"b:"2"`, `a:1`, ` a:"x\"y"  c:"\u00e9"`, `a:"1`, `:"x"`} {
		x, ok1 := tag.Lookup("a")
		y, ok2 := tag.Lookup("c")
		fmt.Printf("%q: %q %v %q %v\n", string(tag), x, ok1, y, ok2)
	}
	ff, ok := dt.FieldByNameFunc(func(s string) bool { return strings.HasPrefix(s, "Sc") })
	fmt.Println(ff.Name, ff.Index, ok)

	// Methods.
	for _, t := range []reflect.Type{dt, reflect.PointerTo(dt), reflect.TypeOf(Stack{}), reflect.TypeOf(&Stack{}),
		reflect.TypeOf((*Shape)(nil)).Elem(), reflect.TypeOf((*unexp)(nil)).Elem(), reflect.TypeOf(Square{})} {
		fmt.Println(t, "methods:", t.NumMethod())
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Printf("  %d %s %q %v valid=%v exported=%v\n", m.Index, m.Name, m.PkgPath, m.Type, m.Func.IsValid(), m.IsExported())
		}
		m, ok := t.MethodByName("Len")
		fmt.Println("  Len:", ok, m.Name, m.Type)
	}

	// Identity, relations.
	fmt.Println(reflect.TypeOf(0) == reflect.TypeOf(1), reflect.TypeOf(0) == reflect.TypeOf(MyInt(1)),
		reflect.PointerTo(dt) == reflect.TypeOf(&Derived{}), reflect.SliceOf(reflect.TypeOf(0)) == reflect.TypeOf([]int{}),
		reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(0)) == reflect.TypeOf(map[string]int{}),
		reflect.ArrayOf(4, reflect.TypeOf(0)) == reflect.TypeOf([4]int{}),
		reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)) == reflect.TypeOf(make(<-chan int)),
		reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false) == reflect.TypeOf(func(int) string { return "" }),
		reflect.TypeFor[Shape]() == reflect.TypeOf((*Shape)(nil)).Elem(), reflect.TypeFor[int]())
	fmt.Println(reflect.SliceOf(reflect.TypeOf(MyInt(0))), reflect.MapOf(reflect.TypeOf(0), reflect.TypeOf(dt)),
		reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0))),
		reflect.FuncOf([]reflect.Type{reflect.TypeOf([]int{})}, nil, true), reflect.ArrayOf(2, reflect.TypeOf("")))

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	anyT := reflect.TypeOf((*any)(nil)).Elem()
	for _, t := range []reflect.Type{reflect.TypeOf(Square{}), reflect.TypeOf(&Square{}), reflect.TypeOf(0), reflect.TypeOf(e), shape, reflect.TypeOf(&Stack{})} {
		fmt.Println(t, "implements shape/stringer/error/any:", t.Implements(shape), t.Implements(stringer), t.Implements(errT), t.Implements(anyT))
	}
	pairs := [][2]reflect.Type{
		{reflect.TypeOf(0), reflect.TypeOf(MyInt(0))},
		{reflect.TypeOf(MyInt(0)), reflect.TypeOf(0)},
		{reflect.TypeOf([]byte{}), reflect.TypeOf(Bytes{})},
		{reflect.TypeOf(Bytes{}), reflect.TypeOf([]byte{})},
		{reflect.TypeOf(Square{}), shape},
		{reflect.TypeOf(0), anyT},
		{reflect.TypeOf(make(chan int)), reflect.TypeOf(make(<-chan int))},
		{reflect.TypeOf(make(<-chan int)), reflect.TypeOf(make(chan int))},
		{reflect.TypeOf(""), reflect.TypeOf([]byte{})},
		{reflect.TypeOf(""), reflect.TypeOf(Bytes{})},
		{reflect.TypeOf([]rune{}), reflect.TypeOf("")},
		{reflect.TypeOf(0), reflect.TypeOf("")},
		{reflect.TypeOf(1.5), reflect.TypeOf(uint8(0))},
		{reflect.TypeOf(1.5), reflect.TypeOf(1i)},
		{reflect.TypeOf([]int{}), reflect.TypeOf([3]int{})},
		{reflect.TypeOf([]int{}), reflect.TypeOf(&[3]int{})},
		{reflect.TypeOf(&Base{}), reflect.TypeOf(&struct {
			ID   int64
			name string
		}{})},
		{reflect.TypeOf(e), errT},
		{errT, reflect.TypeOf(e)},
		{stringer, anyT},
		{shape, stringer},
	}
	for _, p := range pairs {
		fmt.Println(p[0], "->", p[1], "assignable:", p[0].AssignableTo(p[1]), "convertible:", p[0].ConvertibleTo(p[1]))
	}
	fmt.Println(reflect.TypeOf(Pair[string, int]{}).Name(), reflect.TypeOf(map[int]int{}).Comparable(), reflect.TypeOf([2]func(){}).Comparable())
	fmt.Println(reflect.TypeOf(int8(0)).OverflowInt(200), reflect.TypeOf(int8(0)).OverflowInt(-128), reflect.TypeOf(uint8(0)).OverflowUint(256),
		reflect.TypeOf(float32(0)).OverflowFloat(1e39), reflect.TypeOf(float64(0)).OverflowFloat(1e39))
	fmt.Println(reflect.TypeOf(0).CanSeq(), reflect.TypeOf("").CanSeq2(), reflect.TypeOf(1.5).CanSeq(), reflect.TypeOf(func(func(int) bool) {}).CanSeq(), reflect.TypeOf(&[2]int{}).CanSeq2())
}
