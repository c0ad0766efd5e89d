// Generics: generic functions and types, constraints with ~ and unions, methods on generic
// types, type parameters whose constraint has methods, zero values of type parameters, and
// instantiation with struct, pointer and named types.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

type Celsius float64
type Small int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func Max[T ~int | ~float64 | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	if len(s.items) == 0 {
		var z T
		return z, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

type Stringish interface {
	~int | ~string
	String() string
}

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func Describe[T Stringish](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + ";"
	}
	return s
}

type Shower interface{ Show() string }

type Point struct{ X, Y int }

func (p Point) Show() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func ShowAll[T Shower](xs ...T) []string { return Map(xs, T.Show) }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Numeric[T Number] struct{ vals []T }

func (n Numeric[T]) Mean() float64 {
	if len(n.vals) == 0 {
		return 0
	}
	return float64(Sum(n.vals...)) / float64(len(n.vals))
}

func PtrTo[T any](v T) *T { return &v }

type Setter[T any] interface {
	*T
	Set(string)
}

type Conf struct{ name string }

func (c *Conf) Set(s string) { c.name = s }

func Build[T any, PT Setter[T]](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 100), Sum(Celsius(1.5), 2), Sum[Small](60, 70), Sum[uint8](200, 100))
	fmt.Println(Sum[float32](0.1, 0.2), Sum[int32]())
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strconv.Itoa(i * i) }))
	fmt.Printf("%q %v %v %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil, Zero[Point](), Zero[error]() == nil)
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max(2.5, -1), Max[ID](4, 2))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	ps := Stack[Pair[string, []int]]{}
	ps.Push(Pair[string, []int]{"k", []int{1}})
	top, _ := ps.Pop()
	fmt.Println(top, top.Key, len(top.Val))
	fmt.Printf("%v %+v %T\n", Pair[int, bool]{1, true}, Pair[string, Point]{"p", Point{1, 2}}, Pair[ID, Tag]{})
	var l List[Point]
	for i := 0; i < 3; i++ {
		l.Add(Point{i, -i})
	}
	l.Each(func(p Point) { fmt.Print(p.Show(), " ") })
	fmt.Println(l.size)
	fmt.Println(Describe([]ID{1, 2}), Describe([]Tag{"x", "y"}))
	fmt.Println(ShowAll(Point{1, 2}, Point{3, 4}))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}), Keys(map[Point]bool{}))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]Point{{1, 1}}, Point{1, 1}), Index([]any{1, "a"}, any("a")), Index([]float64{1}, 2))
	fmt.Println(Numeric[int]{[]int{1, 2, 4}}.Mean(), Numeric[Celsius]{[]Celsius{1.5}}.Mean(), Numeric[uint8]{}.Mean())
	p := PtrTo(Point{5, 6})
	p.X = 50
	fmt.Println(*p, *PtrTo("s"), *PtrTo[any](nil) == nil)
	c := Build[Conf]("configured")
	fmt.Println(c.name)
	fmt.Printf("%T %T %T\n", Stack[int]{}, &List[string]{}, Pair[Celsius, *Point]{})
	f := Sum[float64]
	g := Map[string, int]
	fmt.Println(f(1, 2), g([]string{"a", "bb"}, func(s string) int { return len(s) }))
	type local struct{ a, b int }
	fmt.Println(Index([]local{{1, 2}, {3, 4}}, local{3, 4}), Zero[local](), Zero[[2]local]())
}
