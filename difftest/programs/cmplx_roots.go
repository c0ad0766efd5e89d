// Finds all roots of polynomials with the Durand–Kerner iteration, and prints roots of
// unity and a few identities using math/cmplx.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"sort"
)

func eval(coef []complex128, z complex128) complex128 {
	v := complex(0, 0)
	for _, c := range coef {
		v = v*z + c
	}
	return v
}

func durandKerner(coef []complex128) []complex128 {
	n := len(coef) - 1
	roots := make([]complex128, n)
	for i := range roots {
		roots[i] = cmplx.Pow(complex(0.4, 0.9), complex(float64(i), 0))
	}
	for iter := 0; iter < 500; iter++ {
		for i := range roots {
			den := complex(1, 0)
			for j := range roots {
				if i != j {
					den *= roots[i] - roots[j]
				}
			}
			roots[i] -= eval(coef, roots[i]) / den
		}
	}
	sort.Slice(roots, func(i, j int) bool {
		if math.Abs(real(roots[i])-real(roots[j])) > 1e-9 {
			return real(roots[i]) < real(roots[j])
		}
		return imag(roots[i]) < imag(roots[j])
	})
	return roots
}

func main() {
	// (z-1)(z+2)(z-3i)(z+3i) = z^4 + z^3 + 7z^2 + 9z - 18
	for _, r := range durandKerner([]complex128{1, 1, 7, 9, -18}) {
		fmt.Printf("%.9f\n", r)
	}
	for _, r := range durandKerner([]complex128{1, 0, 0, 0, 0, -1}) {
		fmt.Printf("%.9f |r|=%.12f\n", r, cmplx.Abs(r))
	}
	for k := 0; k < 6; k++ {
		w := cmplx.Exp(complex(0, 2*math.Pi*float64(k)/6))
		fmt.Printf("w%d = %.6f  w^6 = %.6f\n", k, w, cmplx.Pow(w, 6))
	}
	z := complex(0.3, -1.7)
	fmt.Printf("%.12f\n", cmplx.Sin(z)*cmplx.Sin(z)+cmplx.Cos(z)*cmplx.Cos(z))
	fmt.Printf("%.12f\n", cmplx.Exp(cmplx.Log(z)))
	fmt.Printf("%.12f %.12f\n", cmplx.Sqrt(-4), cmplx.Pow(-8, 1.0/3))
	fmt.Printf("%.12f\n", cmplx.Exp(complex(0, math.Pi))+1)
	fmt.Println(cmplx.Asin(2), cmplx.Acos(2), cmplx.Atan(2i+1), cmplx.Tanh(complex(1, 2)))
}
