// Benchmark program: the spectral norm of the infinite matrix a(i,j) = 1/((i+j)(i+j+1)/2+i+1),
// approximated by power iteration on AᵀA truncated to n×n, measuring float64 division and
// multiply-add loops over slices.
//
// Products are wrapped in float64(...) before they are added: an explicit conversion stops a
// compiler from fusing x*y+z (gc does on arm64), so the result is the same everywhere.
package main

import (
	"fmt"
	"math"
)

func entry(i, j int) float64 {
	s := i + j
	return 1.0 / float64(s*(s+1)/2+i+1)
}

// mulA sets out = A·v.
func mulA(v, out []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += float64(entry(i, j) * x)
		}
		out[i] = sum
	}
}

// mulAt sets out = Aᵀ·v.
func mulAt(v, out []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += float64(entry(j, i) * x)
		}
		out[i] = sum
	}
}

// mulAtA sets out = AᵀA·v, using tmp as scratch.
func mulAtA(v, out, tmp []float64) {
	mulA(v, tmp)
	mulAt(tmp, out)
}

func main() {
	const n = 3000
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for k := 0; k < 10; k++ {
		mulAtA(u, v, tmp)
		mulAtA(v, u, tmp)
	}
	// The Rayleigh quotient of the last pair estimates the largest eigenvalue of AᵀA.
	var uv, vv float64
	for i := range v {
		uv += float64(u[i] * v[i])
		vv += float64(v[i] * v[i])
	}
	fmt.Printf("%.9f\n", math.Sqrt(uv/vv))
	// The norm converges to the same digits for any n; the vectors' sums depend on all the work.
	var su, sv float64
	for i := range u {
		su += u[i]
		sv += v[i]
	}
	fmt.Printf("%.9f %.9f\n", su, sv)
}
