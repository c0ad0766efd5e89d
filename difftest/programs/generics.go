// Generics: type parameters on functions and types, constraint type sets with ~T,
// inference, generic methods, instantiation-specific %T names, and zero values of T.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int64 | ~uint8 | ~float64
}

type Celsius float64

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

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

func Max[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) { l.head = &node[T]{v, l.head}; l.size++ }

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27, 1), Sum(Celsius(20), Celsius(1.5)), Sum[uint8](200, 100))
	words := []string{"go", "generics", "are", "here"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Map(lens, func(n int) string { return strings.Repeat("*", n) }))
	fmt.Println(Filter(lens, func(n int) bool { return n > 2 }))
	fmt.Println(Reduce(words, "", func(acc string, w string) string { return acc + strings.ToUpper(w[:1]) }))

	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	ps := SortedPairs(map[string]int{"z": 26, "a": 1, "m": 13})
	fmt.Println(ps, ps[0])
	fmt.Printf("%T %T %T\n", s, ps[0], &List[Pair[int, bool]]{})
	fmt.Println(Max(3, 9, 2), Max("pear", "apple"), Max(2.5))

	var l List[float64]
	for _, f := range []float64{1, 2.5, -3} {
		l.Prepend(f)
	}
	fmt.Println(l.All(), l.size)
	fmt.Println(slices.Index(words, "are"), slices.Contains(lens, 8), slices.Max(lens))
}
