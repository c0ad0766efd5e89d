// Values of every shape under %v, %+v and %#v: pointers to composites, map key orders
// (fmtsort), embedded and blank fields, generic types, nested interfaces.
package main

import "fmt"

type Key struct {
	A int
	B string
}

type Base struct{ ID int }

type Derived struct {
	Base
	*Key
	Name string
	_    int
	tags []string
}

type List[T any] struct {
	Items []T
	Next  *List[T]
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Enum int

const (
	A Enum = iota
	B
)

func (e Enum) String() string { return [...]string{"A", "B"}[e] }

var zero float64

func main() {
	s := []int{3, 1, 2}
	m := map[string][]int{"x": {1}, "a": nil}
	arr := [3]string{"p", "q", "r"}
	fmt.Println(&s, &m, &arr)
	fmt.Printf("%v %+v %#v\n", &s, &m, &arr)
	pk := &Key{1, "k"}
	fmt.Printf("%v %+v %#v\n", pk, pk, pk)
	fmt.Println(map[int]string{-5: "a", 10: "b", 0: "c", -100: "d"})
	fmt.Println(map[uint8]bool{200: true, 3: false, 255: true})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, zero / zero: 3, 1 / zero: 4, -1 / zero: 5, 0: 6})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[string]map[string]int{"o": {"z": 1, "a": 2}, "b": {}})
	fmt.Println(map[Enum]int{B: 2, A: 1})
	fmt.Println(map[any]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[any]int{"b": 1, "a": 2})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, -1): 2, complex(0, 5): 3})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Printf("%#v\n", map[Key]bool{{1, "a"}: true})
	d := Derived{Base: Base{7}, Name: "d", tags: []string{"t"}}
	fmt.Printf("%v\n%+v\n", d, d)
	var dd Derived
	fmt.Printf("%v\n%+v\n%#v\n", dd, dd, dd.Base)
	l := List[int]{Items: []int{1, 2}}
	fmt.Printf("%v %+v %T\n", l, l, l)
	fmt.Printf("%#v\n", l)
	p := Pair[string, []Enum]{"k", []Enum{A, B}}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%v %d %s\n", []Enum{A, B}, []Enum{A, B}, []Enum{A, B})
	var ifs []any = []any{1, "s", nil, []any{2, nil}, map[string]any{"k": nil}, struct{ X any }{nil}}
	fmt.Printf("%v\n%+v\n%#v\n", ifs, ifs, ifs)
	type deep struct{ A [2][2]int; B [][]string; C map[string][]bool }
	dp := deep{[2][2]int{{1, 2}, {3, 4}}, [][]string{{"a"}, nil, {}}, map[string][]bool{"x": {true}}}
	fmt.Printf("%v\n%+v\n%#v\n", dp, dp, dp)
	fmt.Printf("%v %v\n", int64(-1<<63), ^uint64(0))
	fmt.Printf("%x %X %o %b\n", int64(-1<<63), ^uint64(0), ^uint64(0), int64(-1<<63))
	fmt.Printf("%#v %#v\n", struct{}{}, [0]int{})
	fmt.Printf("%v|%6v|%-6v|\n", []string{}, []int{}, map[int]int{})
	var np *Key
	var ni any = np
	fmt.Printf("%v %+v %#v %v\n", np, ni, ni, []any{np})
	fmt.Printf("%s %v\n", []byte(nil), [0]byte{})
	fmt.Printf("%s|%q|%x|%X|% x\n", [4]byte{'a', 'b', 'c', 'd'}, [2]byte{'"', 'x'}, [3]uint8{1, 171, 255}, []uint8{10}, [2]byte{1, 2})
	type BS []byte
	fmt.Printf("%v %s %#v %q\n", BS("ab"), BS("ab"), BS("ab"), BS("ab"))
	fmt.Printf("%v %#v\n", []byte("ab"), []byte("ab"))
	fmt.Printf("%c %U\n", []rune("hé"), []int32{0x41})
	fmt.Printf("%5.1f|%-6.2e|%+g\n", [2]float32{1.25, 2}, []float64{1e5}, map[string]float64{"a": -0.5})
}
