// Sorting slices: pattern-defeating quicksort for Sort and SortFunc and insertion sort plus
// SymMerge for SortStableFunc, making the same comparisons and swaps as gc's library (see
// package sort), so equal elements end up where they do in Go. One generic implementation
// serves both orders: Sort's is cmp.Less, SortFunc's is cmp(a, b) < 0.
package slices

import (
	"cmp"
	"math/bits"
)

// Sort sorts x in increasing order (NaNs first); it is not stable.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	pdqsortLess(x, 0, n, bits.Len(uint(n)), cmp.Less[E])
}

// SortFunc sorts x by cmp (negative, zero or positive as a < b, a == b, a > b); not stable.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsortLess(x, 0, n, bits.Len(uint(n)), func(a, b E) bool { return cmp(a, b) < 0 })
}

// SortStableFunc sorts x by cmp keeping equal elements in their original order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableLess(x, len(x), func(a, b E) bool { return cmp(a, b) < 0 })
}

func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func insertionSortLess[E any](data []E, a, b int, less func(a, b E) bool) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && less(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

func siftDownLess[E any](data []E, lo, hi, first int, less func(a, b E) bool) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && less(data[first+child], data[first+child+1]) {
			child++
		}
		if !less(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortLess[E any](data []E, a, b int, less func(a, b E) bool) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownLess(data, i, hi, first, less)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownLess(data, 0, i, first, less)
	}
}

const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

func pdqsortLess[E any](data []E, a, b, limit int, less func(a, b E) bool) {
	const maxInsertion = 12
	wasBalanced := true
	wasPartitioned := true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortLess(data, a, b, less)
			return
		}
		if limit == 0 {
			heapSortLess(data, a, b, less)
			return
		}
		if !wasBalanced {
			breakPatternsLess(data, a, b)
			limit--
		}
		pivot, hint := choosePivotLess(data, a, b, less)
		if hint == decreasingHint {
			reverseRangeLess(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSortLess(data, a, b, less) {
				return
			}
		}
		if a > 0 && !less(data[a-1], data[pivot]) {
			a = partitionEqualLess(data, a, b, pivot, less)
			continue
		}
		mid, alreadyPartitioned := partitionLess(data, a, b, pivot, less)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsortLess(data, a, mid, limit, less)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsortLess(data, mid+1, b, limit, less)
			b = mid
		}
	}
}

func partitionLess[E any](data []E, a, b, pivot int, less func(a, b E) bool) (newpivot int, alreadyPartitioned bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && less(data[i], data[a]) {
		i++
	}
	for i <= j && !less(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && less(data[i], data[a]) {
			i++
		}
		for i <= j && !less(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

func partitionEqualLess[E any](data []E, a, b, pivot int, less func(a, b E) bool) (newpivot int) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !less(data[a], data[i]) {
			i++
		}
		for i <= j && less(data[a], data[j]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

func partialInsertionSortLess[E any](data []E, a, b int, less func(a, b E) bool) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !less(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for k := i - 1; k >= 1; k-- {
				if !less(data[k], data[k-1]) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b; k++ {
				if !less(data[k], data[k-1]) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
	}
	return false
}

func breakPatternsLess[E any](data []E, a, b int) {
	length := b - a
	if length >= 8 {
		random := uint64(length)
		modulus := uint(1) << uint(bits.Len(uint(length)))
		for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
			random ^= random << 13
			random ^= random >> 17
			random ^= random << 5
			other := int(uint(random) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data[idx], data[a+other] = data[a+other], data[idx]
		}
	}
}

func choosePivotLess[E any](data []E, a, b int, less func(a, b E) bool) (pivot int, hint int) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianLess(data, i-1, i, i+1, &swaps, less)
			j = medianLess(data, j-1, j, j+1, &swaps, less)
			k = medianLess(data, k-1, k, k+1, &swaps, less)
		}
		j = medianLess(data, i, j, k, &swaps, less)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	default:
		return j, unknownHint
	}
}

func order2Less[E any](data []E, a, b int, swaps *int, less func(a, b E) bool) (int, int) {
	if less(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

func medianLess[E any](data []E, a, b, c int, swaps *int, less func(a, b E) bool) int {
	a, b = order2Less(data, a, b, swaps, less)
	b, c = order2Less(data, b, c, swaps, less)
	a, b = order2Less(data, a, b, swaps, less)
	return b
}

func reverseRangeLess[E any](data []E, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

func stableLess[E any](data []E, n int, less func(a, b E) bool) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSortLess(data, a, b, less)
		a = b
		b += blockSize
	}
	insertionSortLess(data, a, n, less)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMergeLess(data, a, a+blockSize, b, less)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMergeLess(data, a, m, n, less)
		}
		blockSize *= 2
	}
}

func symMergeLess[E any](data []E, a, m, b int, less func(a, b E) bool) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if less(data[h], data[a]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !less(data[m], data[h]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !less(data[p-c], data[c]) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateLess(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeLess(data, a, start, mid, less)
	}
	if mid < end && end < b {
		symMergeLess(data, mid, end, b, less)
	}
}

func swapRangeLess[E any](data []E, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

func rotateLess[E any](data []E, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRangeLess(data, m-i, m, j)
			i -= j
		} else {
			swapRangeLess(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeLess(data, m-i, m, i)
}
