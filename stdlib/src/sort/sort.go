// Package sort: sorting and searching. Sort and Slice use pattern-defeating quicksort and
// Stable uses insertion-sorted blocks merged by SymMerge, doing the same comparisons and
// swaps as gc's library, so elements that compare equal end up where they do in Go.
package sort

import (
	"math/bits"
	"slices"
)

// Interface is a collection sortable by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// lessSwap is the pair of operations the algorithms use.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Sort sorts data in increasing order; it is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(lessSwap{data.Less, data.Swap}, 0, n, bits.Len(uint(n)))
}

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	stable(lessSwap{data.Less, data.Swap}, data.Len())
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with its order reversed.
func Reverse(data Interface) Interface { return &reverse{data} }

// IntSlice attaches Interface's methods to []int.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { slices.Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice orders NaNs before every other value.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { slices.Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { slices.Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

func Ints(x []int) { slices.Sort(x) }

func Float64s(x []float64) { slices.Sort(x) }

func Strings(x []string) { slices.Sort(x) }

func IntsAreSorted(x []int) bool { return slices.IsSorted(x) }

func Float64sAreSorted(x []float64) bool { return slices.IsSorted(x) }

func StringsAreSorted(x []string) bool { return slices.IsSorted(x) }
