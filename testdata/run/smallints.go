// int arithmetic that the compiler proves small and emits as plain JS numbers (counters,
// indices, lengths, quotients and remainders by constants) next to values that are not small
// and must keep Go's 64-bit wraparound: the two must never be confused.
package main

import (
	"fmt"
	"math"
)

func quot(a []int) (int, int, int) {
	n := len(a)
	half := n / 2
	neg := -n
	q, r := neg/4, neg%4
	z := 0 * neg
	d := -1 / 2
	m := -4 % 2
	fmt.Println(half, neg, q, r, z, d, m, 1/(float64(z)+1), math.Signbit(float64(z)), math.Signbit(float64(d)), math.Signbit(float64(m)))
	seen := map[int]bool{z: true, d: true, m: true, 0: true}
	return len(seen), q * r, n * half
}

func counters(n int) int {
	i, j := 0, n-1
	steps := 0
	for i < j {
		i++
		j -= 2
		steps += 1
	}
	k := 10
	for k > 0 {
		k = k - 3
	}
	return i*1000 + j*100 + k*10 + steps
}

func notSmall(big int) {
	x := big
	x++
	y := math.MaxInt64
	y += 1
	z := 1 << 62
	z = z + z
	w := 3
	for i := 0; i < 70; i++ {
		w = w + w // doubles: not a small step
	}
	v := 1
	v *= 1 << 40
	v *= 1 << 40
	u := len("abc")
	u = u * big
	fmt.Println(x, y, z, w, v, u)
}

func acc(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	t := 0
	for i := range xs {
		t = t + i
	}
	return s + t
}

func named() (r int) {
	defer func() { r++ }()
	r = 5
	return math.MaxInt64
}

func products(xs []int) {
	big := 1 << 40
	mid := 1 << 20
	neg := -3
	for i := range xs {
		p := big * (mid + i)
		q := (i + 1) * neg * 0
		fmt.Println(p, big*mid*4, q, neg*big)
	}
}

func main() {
	products(make([]int, 3))
	fmt.Println(quot(make([]int, 7)))
	fmt.Println(quot(nil))
	fmt.Println(counters(100), counters(0), counters(-5))
	notSmall(math.MaxInt64)
	notSmall(1 << 53)
	fmt.Println(acc([]int{math.MaxInt64, 1, 2}), acc(nil))
	fmt.Println(named())
	for i := 3; i >= -3; i-- {
		fmt.Print(i/2, " ", i%2, " ", -i/2, " ", i*-1, "; ")
	}
	fmt.Println()
}
