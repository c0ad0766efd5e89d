// Sorting slices of any type with a less function over indexes.
package sort

import "math/bits"

// Slice sorts x (a slice) by less; it is not stable. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	n := sliceLen(x)
	pdqsort(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts x by less keeping equal elements in order.
func SliceStable(x any, less func(i, j int) bool) {
	swap := swapper(x)
	stable(lessSwap{less, swap}, sliceLen(x))
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen is len(x) for a slice in an interface; it panics for anything else.
func sliceLen(x any) int

// swapper returns a function exchanging two elements of the slice x.
func swapper(x any) func(i, j int)
