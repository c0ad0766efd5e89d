package main

import (
	"cmp"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func show(s []int) string {
	p := make([]string, len(s))
	for i, v := range s {
		p[i] = strconv.Itoa(v)
	}
	return "[" + strings.Join(p, " ") + "] len=" + strconv.Itoa(len(s)) + " cap=" + strconv.Itoa(cap(s)) + " nil=" + strconv.FormatBool(s == nil)
}

func b(v bool) string { return strconv.FormatBool(v) }

func i(n int) string { return strconv.Itoa(n) }

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	out(show(slices.Clone(s)) + " " + show(slices.Clone([]int(nil))) + " " + show(slices.Clone([]int{})))
	out(b(slices.Equal(s, slices.Clone(s))) + b(slices.Equal(s, s[:3])) + b(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()})))
	out(i(slices.Index(s, 1)) + i(slices.Index(s, 7)) + i(slices.IndexFunc(s, func(v int) bool { return v > 4 })) + b(slices.Contains(s, 9)) + b(slices.ContainsFunc(s, func(v int) bool { return v < 0 })))
	out(i(slices.Compare([]int{1, 2}, []int{1, 2, 3})) + i(slices.Compare([]int{1, 3}, []int{1, 2, 3})) + i(slices.Compare([]int{}, []int{})))
	out(i(slices.Max(s)) + " " + i(slices.Min(s)) + " " + strconv.FormatFloat(slices.Max([]float64{1, math.NaN(), 3}), 'g', -1, 64))
	ins := slices.Insert(slices.Clone(s), 2, 10, 11)
	out(show(ins))
	small := make([]int, 3, 10)
	out(show(slices.Insert(small, 1, 7, 8)) + " " + show(small))
	out(show(slices.Insert([]int{1, 2}, 2, 3)))
	d := slices.Clone(s)
	d2 := slices.Delete(d, 1, 3)
	out(show(d2) + " " + show(d))
	d3 := slices.DeleteFunc(slices.Clone(s), func(v int) bool { return v%2 == 1 })
	out(show(d3))
	out(show(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1, 1})) + " " + show(slices.CompactFunc([]int{1, 3, 5, 2, 4, 7}, func(a, b int) bool { return a%2 == b%2 })))
	out(show(slices.Replace(slices.Clone(s), 1, 3, 20, 21, 22)) + " " + show(slices.Replace(slices.Clone(s), 1, 5, 30)) + " " + show(slices.Replace(slices.Clone(s), 6, 8, 40)))
	g := slices.Grow([]int{1}, 10)
	out(show(g) + " " + show(slices.Clip(g)))
	out(show(slices.Concat([]int{1}, nil, []int{2, 3})) + " " + show(slices.Repeat([]int{1, 2}, 3)))
	r := slices.Clone(s)
	slices.Reverse(r)
	out(show(r))
	sorted := slices.Sorted(slices.Values(s))
	out(show(sorted) + " " + b(slices.IsSorted(sorted)) + b(slices.IsSorted(s)))
	pos, found := slices.BinarySearch(sorted, 5)
	pos2, found2 := slices.BinarySearch(sorted, 7)
	out(i(pos) + b(found) + " " + i(pos2) + b(found2))
	pos3, found3 := slices.BinarySearchFunc(sorted, 4, func(e, t int) int { return cmp.Compare(e, t) })
	out(i(pos3) + b(found3))
	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	out(strings.Join(words, ","))
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	out(strings.Join(words, ","))
	out(slices.MaxFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) }) + " " + slices.MinFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))
	line := ""
	for idx, v := range slices.All([]string{"x", "y"}) {
		line += i(idx) + v
	}
	for idx, v := range slices.Backward([]string{"x", "y"}) {
		line += i(idx) + v
	}
	out(line)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		out("chunk " + show(c))
	}
	out(show(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2}))) + " " + show(slices.Collect(slices.Values([]int(nil)))))
	out(i(cmp.Compare(1, 2)) + i(cmp.Compare(math.NaN(), 1)) + i(cmp.Compare(math.NaN(), math.NaN())) + b(cmp.Less(math.NaN(), math.Inf(-1))) + " " + cmp.Or("", "x", "y") + i(cmp.Or(0, 0)))

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	out(strings.Join(keys, ",") + " " + show(vals))
	m2 := maps.Clone(m)
	out(b(maps.Equal(m, m2)) + b(maps.Clone(map[int]int(nil)) == nil))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	out(i(len(m2)) + b(maps.EqualFunc(m, m, func(a, b int) bool { return a == b })))
	maps.Copy(m2, map[string]int{"z": 26})
	col := maps.Collect(maps.All(m2))
	out(i(len(col)) + i(col["z"]))
	maps.Insert(col, maps.All(map[string]int{"q": 1}))
	out(strings.Join(slices.Sorted(maps.Keys(col)), ","))

	for _, f := range []func(){
		func() { slices.Insert([]int{1}, 5, 2) },
		func() { slices.Delete([]int{1, 2}, 1, 5) },
		func() { slices.Max([]int{}) },
		func() { slices.Grow([]int{}, -1) },
		func() { slices.Repeat([]int{1}, -1) },
	} {
		func() {
			defer func() {
				r := recover()
				if e, ok := r.(error); ok {
					out("panic: " + e.Error())
				} else {
					out("panic: " + r.(string))
				}
			}()
			f()
		}()
	}
}
