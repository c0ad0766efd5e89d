// A data pipeline written with generics and Go 1.23 iterators: generic Map, Filter, Take and
// Reduce over iter.Seq, range-over-func loops (with early exit), slices.Collect and
// slices.Sorted, maps.All and maps.Keys, and a generic ordered set.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Reduce[T, A any](s iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Set[T cmp.Ordered] struct{ m map[T]struct{} }

func NewSet[T cmp.Ordered](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) All() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s.m))) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	maps.Copy(r.m, s.m)
	maps.Copy(r.m, o.m)
	return r
}

func Pairs[K comparable, V any](m map[K]V) iter.Seq2[K, V] { return maps.All(m) }

func main() {
	squaresOfOdds := Take(Map(Filter(Naturals(), func(n int) bool { return n%2 == 1 }), func(n int) int { return n * n }), 8)
	fmt.Println(slices.Collect(squaresOfOdds))
	sum := Reduce(Take(Naturals(), 100), 0, func(a, n int) int { return a + n })
	fmt.Println(sum)
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	lengths := Reduce(slices.Values(words), map[int][]string{}, func(m map[int][]string, w string) map[int][]string {
		m[len(w)] = append(m[len(w)], w)
		return m
	})
	for _, k := range slices.Sorted(maps.Keys(lengths)) {
		fmt.Println(k, lengths[k])
	}
	for i, w := range slices.All(words) {
		if w == "over" {
			fmt.Println("found over at", i)
			break
		}
	}
	for i, w := range slices.Backward(words[:3]) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	a := NewSet(5, 1, 9, 3)
	b := NewSet(3, 4, 5)
	fmt.Println(slices.Collect(a.Union(b).All()))
	names := NewSet("kiwi", "apple", "fig")
	upper := Map(names.All(), strings.ToUpper)
	for s := range upper {
		fmt.Print(s, ";")
	}
	fmt.Println()
	total := 0
	for k, v := range Pairs(map[string]int{"a": 1, "b": 2, "c": 3}) {
		total += len(k) * v
	}
	fmt.Println(total)
	for v := range Take(Naturals(), 3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	keys := slices.SortedFunc(maps.Keys(lengths), func(x, y int) int { return cmp.Compare(y, x) })
	fmt.Println(keys, slices.Index(keys, 3), cmp.Compare("b", "a"), min(3, 1, 2), max("a", "b"))
}
