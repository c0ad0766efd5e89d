// Benchmark program: pancake flipping over every permutation of 0..n-1, measuring small
// integer-array work (indexing, swaps, copies) with no allocation in the loop. For each
// permutation, the prefix of length perm[0]+1 is reversed until 0 comes first; the program
// prints the largest flip count, a checksum of the flip counts signed by each permutation's
// parity, and a hash of the flip counts in visiting order.
package main

import "fmt"

// flips counts the prefix reversals that bring 0 to the front of a copy of p.
func flips(p, work []int) int {
	copy(work, p)
	n := 0
	for first := work[0]; first != 0; first = work[0] {
		for i, j := 0, first; i < j; i, j = i+1, j-1 {
			work[i], work[j] = work[j], work[i]
		}
		n++
	}
	return n
}

// run visits every permutation of 0..n-1, starting Heap's algorithm from i*mult mod n (mult
// coprime with n), and returns how many it visited, the largest flip count and the two
// checksums. Different starts visit the same set in a different order, which only the
// order hash sees.
func run(n, mult int) (index, maxFlips, checksum, order int) {
	perm := make([]int, n)
	work := make([]int, n)
	for i := range perm {
		perm[i] = i * mult % n
	}
	// Heap's algorithm, iterative: c[k] counts the swaps made at level k, and each step
	// swaps exactly one pair, so the permutation's index sets the checksum's sign.
	c := make([]int, n)
	visit := func() {
		f := flips(perm, work)
		if f > maxFlips {
			maxFlips = f
		}
		if index&1 == 0 {
			checksum += f
		} else {
			checksum -= f
		}
		order = (order*31 + f) % 1000000007
		index++
	}
	visit()
	for k := 1; k < n; {
		if c[k] < k {
			if k&1 == 0 {
				perm[0], perm[k] = perm[k], perm[0]
			} else {
				perm[c[k]], perm[k] = perm[k], perm[c[k]]
			}
			visit()
			c[k]++
			k = 1
		} else {
			c[k] = 0
			k++
		}
	}
	return
}

func main() {
	for _, mult := range []int{1, 3, 7} {
		fmt.Println(run(10, mult))
	}
}
