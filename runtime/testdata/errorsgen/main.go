// Errorsgen records the run-time panics gc raises for failed bounds checks, conversions,
// make, arithmetic, maps and type assertions, so that gots' runtime/errors.ts and slice.ts can
// be checked against them without Go installed. Every operation runs on values read at run
// time (never constants), is recovered, and is written as one JSON array a line:
//
//	["index", kind, i, result]
//	["slice", kind, lo, hi, max, result]   lo/hi/max null when omitted
//	["convert", len, want, result]
//	["make", len, cap, result]             cap null when omitted; elements are int64
//	["msg", name, result]                  the other runtime errors, by name
//
// kind is slice (len 3, cap 5), array ([3]int), ptrarray (*[3]int) or string (len 3);
// integers are decimal strings. result is ["ok", len, cap] (len only for strings and index
// results) or ["panic", %T of the recovered value, its Error() text].
//
// Regenerate with: $GOROOT/bin/go run . >../errors.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"

	ap "errorsgen/a/p"
	bp "errorsgen/b/p"
)

var out = bufio.NewWriter(os.Stdout)

func emit(v ...any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	out.Write(b)
	out.WriteString("\n")
}

// run calls f and describes its outcome.
func run(f func() []any) (res []any) {
	defer func() {
		if r := recover(); r != nil {
			res = []any{"panic", fmt.Sprintf("%T", r), r.(error).Error()}
		}
	}()
	return append([]any{"ok"}, f()...)
}

func itoa(v int) string { return fmt.Sprint(v) }

// opt is an optional index: nil when omitted.
func opt(p *int) any {
	if p == nil {
		return nil
	}
	return itoa(*p)
}

func sliceOp(kind string, lo, hi, max *int) []any {
	s := make([]int, 3, 5)
	var a [3]int
	p := &[3]int{}
	str := "abc"
	l, h, m := 0, 0, 0
	if lo != nil {
		l = *lo
	}
	if hi != nil {
		h = *hi
	}
	if max != nil {
		m = *max
	}
	res := func(x []int) []any { return []any{itoa(len(x)), itoa(cap(x))} }
	switch kind {
	case "slice":
		switch {
		case max != nil && lo != nil:
			return res(s[l:h:m])
		case max != nil:
			return res(s[:h:m])
		case lo != nil && hi != nil:
			return res(s[l:h])
		case lo != nil:
			return res(s[l:])
		case hi != nil:
			return res(s[:h])
		default:
			return res(s[:])
		}
	case "array":
		switch {
		case max != nil && lo != nil:
			return res(a[l:h:m])
		case max != nil:
			return res(a[:h:m])
		case lo != nil && hi != nil:
			return res(a[l:h])
		case lo != nil:
			return res(a[l:])
		case hi != nil:
			return res(a[:h])
		default:
			return res(a[:])
		}
	case "ptrarray":
		switch {
		case max != nil && lo != nil:
			return res(p[l:h:m])
		case max != nil:
			return res(p[:h:m])
		case lo != nil && hi != nil:
			return res(p[l:h])
		case lo != nil:
			return res(p[l:])
		case hi != nil:
			return res(p[:h])
		default:
			return res(p[:])
		}
	default:
		var r string
		switch {
		case lo != nil && hi != nil:
			r = str[l:h]
		case lo != nil:
			r = str[l:]
		case hi != nil:
			r = str[:h]
		default:
			r = str[:]
		}
		return []any{itoa(len(r))}
	}
}

func indexOp(kind string, i int64, u uint64, unsigned bool) []any {
	s := make([]int, 3, 5)
	var a [3]int
	p := &[3]int{}
	str := "abc"
	if unsigned {
		switch kind {
		case "slice":
			return []any{itoa(s[u])}
		case "array":
			return []any{itoa(a[u])}
		case "ptrarray":
			return []any{itoa(p[u])}
		default:
			return []any{itoa(int(str[u]))}
		}
	}
	switch kind {
	case "slice":
		return []any{itoa(s[i])}
	case "array":
		return []any{itoa(a[i])}
	case "ptrarray":
		return []any{itoa(p[i])}
	default:
		return []any{itoa(int(str[i]))}
	}
}

type I interface{ M() }
type J interface {
	M()
	N()
}
type A struct{}
type B struct{}
type T struct{ X any }
type MyInt int

func (A) M()  {}
func (*B) M() {}

// Distinct types that print alike: a package-level T and one declared in a function.
func localT() any {
	type T struct{ X any }
	return T{}
}

func main() {
	defer out.Flush()
	kinds := []string{"slice", "array", "ptrarray", "string"}
	for _, k := range kinds {
		for _, i := range []int64{-1, 0, 2, 3, 4, 5, math.MinInt64, math.MaxInt64, -9007199254740993} {
			emit("index", k, fmt.Sprint(i), run(func() []any { return indexOp(k, i, 0, false) }))
		}
		for _, u := range []uint64{3, 1 << 63, math.MaxUint64} {
			emit("index", k, fmt.Sprint(u), run(func() []any { return indexOp(k, 0, u, true) }))
		}
	}
	vals := []int{-1, 0, 1, 2, 3, 4, 5, 6}
	ptrs := []*int{nil}
	for i := range vals {
		ptrs = append(ptrs, &vals[i])
	}
	for _, k := range kinds {
		for _, lo := range ptrs {
			for _, hi := range ptrs {
				emit("slice", k, opt(lo), opt(hi), nil, run(func() []any { return sliceOp(k, lo, hi, nil) }))
				if k == "string" || hi == nil {
					continue
				}
				for _, max := range ptrs[1:] {
					emit("slice", k, opt(lo), opt(hi), opt(max), run(func() []any { return sliceOp(k, lo, hi, max) }))
				}
			}
		}
	}
	for _, n := range []int{0, 1, 2, 3} {
		s := make([]int, n, 5)
		emit("convert", itoa(n), "0", run(func() []any { x := [0]int(s); return []any{itoa(len(x))} }))
		emit("convert", itoa(n), "2", run(func() []any { x := [2]int(s); return []any{itoa(len(x))} }))
		emit("convert", itoa(n), "3", run(func() []any { x := (*[3]int)(s); return []any{itoa(len(x))} }))
	}
	big := int64(1)<<45 + 1 // just over maxAlloc (2^48 bytes) for 8-byte elements
	for _, lc := range [][2]int64{{0, -2}, {3, -2}, {3, 5}, {3, 3}, {3, 2}, {-1, -2}, {-1, 3}, {-1, -1}, {big, -2}, {big, big},
		{big, 1}, {1, big}, {2, -1}, {math.MaxInt64, -2}, {0, math.MaxInt64}} {
		l, c := lc[0], lc[1]
		if c == -2 {
			emit("make", fmt.Sprint(l), nil, run(func() []any { x := make([]int64, l); return []any{itoa(len(x)), itoa(cap(x))} }))
		} else {
			emit("make", fmt.Sprint(l), fmt.Sprint(c), run(func() []any { x := make([]int64, l, c); return []any{itoa(len(x)), itoa(cap(x))} }))
		}
	}

	zero, neg := 0, -1
	var nilMap map[string]int
	var nilPtr *T
	var e any
	var i I
	var ai any = A{}
	var bi any = B{}
	var ii I = A{}
	var si any = "s"
	var mi any = MyInt(1)
	var lt = localT()
	var gt any = T{}
	msg := func(name string, f func()) {
		emit("msg", name, run(func() []any { f(); return nil }))
	}
	msg("divide", func() { _ = 1 / zero })
	msg("modulo", func() { _ = 1 % zero })
	msg("shift", func() { _ = 1 << neg })
	msg("nilmap", func() { nilMap["a"] = 1 })
	msg("makechan", func() { _ = make(chan int, neg) })
	msg("uncomparable-slice", func() { var x, y any = []int{}, []int{}; _ = x == y })
	msg("uncomparable-struct", func() { var x, y any = T{[]int{}}, T{[]int{}}; _ = x == y })
	msg("unhashable-slice", func() { _ = map[any]int{}[[]int{}] })
	msg("unhashable-func", func() { m := map[any]int{}; m[func() {}] = 1 })
	msg("unhashable-inner", func() { m := map[any]int{}; delete(m, T{map[int]int{}}) })
	msg("nilderef", func() { _ = nilPtr.X })
	msg("assert-nil-concrete", func() { _ = e.(int) })
	msg("assert-nil-iface", func() { _ = e.(I) })
	msg("assert-nil-named-iface", func() { _ = i.(A) })
	msg("assert-wrong-concrete", func() { _ = si.(int) })
	msg("assert-wrong-named", func() { _ = mi.(int) })
	msg("assert-iface-to-ptr", func() { _ = ii.(*A) })
	msg("assert-missing-method", func() { _ = bi.(I) })
	msg("assert-missing-second", func() { _ = ai.(J) })
	msg("assert-different-scopes", func() { _ = lt.(T) })
	msg("assert-different-scopes-2", func() { _ = gt.(interface{ M() }) })
	msg("assert-different-packages", func() { var x any = ap.T{}; _ = x.(bp.T) })
	msg("panicnil", func() { panic(nil) })
}
