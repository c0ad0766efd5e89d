// Benchmark program: sorting 1.5 million ints, once with sort.Ints and once with a
// hand-written quicksort, measuring slice indexing, comparisons, swaps and recursion. The
// values come from a 64-bit linear congruential generator in signed int64 arithmetic (its
// products wrap around), and include negatives and many duplicates.
package main

import (
	"fmt"
	"sort"
)

const mod = 1000000007

func generate(n int, seed int64) []int {
	a := make([]int, n)
	x := seed
	for i := range a {
		x = x*6364136223846793005 + 1442695040888963407
		// The high bits of an LCG are the random ones; keep 23 of them. The shift is
		// arithmetic, so the values keep x's sign and lie in [-2^22, 2^22).
		a[i] = int(x >> 41)
	}
	return a
}

// quicksort sorts a in place: median-of-three pivot, Hoare-style partition, recursion on the
// smaller side and a loop on the larger so the stack stays shallow, and insertion sort for
// short ranges.
func quicksort(a []int) {
	for len(a) > 16 {
		m, last := len(a)/2, len(a)-1
		if a[m] < a[0] {
			a[m], a[0] = a[0], a[m]
		}
		if a[last] < a[0] {
			a[last], a[0] = a[0], a[last]
		}
		if a[last] < a[m] {
			a[last], a[m] = a[m], a[last]
		}
		pivot := a[m]
		i, j := 0, last
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// Now a[:j+1] ≤ pivot ≤ a[i:].
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

// digest hashes the values in order, so it changes if any two differ or are out of place.
func digest(a []int) int {
	h := 0
	for _, v := range a {
		h = (h*31 + v) % mod
		if h < 0 {
			h += mod
		}
	}
	return h
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func main() {
	const n = 1500000
	orig := generate(n, 42)
	fmt.Println(digest(orig), orig[0], orig[n-1])

	a := make([]int, n)
	copy(a, orig)
	sort.Ints(a)
	fmt.Println(sorted(a), digest(a), a[0], a[n/2], a[n-1])

	b := make([]int, n)
	copy(b, orig)
	quicksort(b)
	same := true
	for i := range a {
		if a[i] != b[i] {
			same = false
			break
		}
	}
	fmt.Println(sorted(b), digest(b), same)

	// Sorting again from a second seed, reversed, checks the already-ordered and the
	// descending-run cases of both sorts.
	c := generate(n, -7)
	quicksort(c)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		c[i], c[j] = c[j], c[i]
	}
	d := make([]int, n)
	copy(d, c)
	sort.Ints(c)
	quicksort(d)
	fmt.Println(sorted(c), sorted(d), digest(c) == digest(d), digest(c))
}
