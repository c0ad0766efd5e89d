// A recursive radix-2 FFT with math/cmplx, its inverse, and the spectrum of a test signal.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func fft(x []complex128, inverse bool) []complex128 {
	n := len(x)
	if n == 1 {
		return []complex128{x[0]}
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i], odd[i] = x[2*i], x[2*i+1]
	}
	e, o := fft(even, inverse), fft(odd, inverse)
	sign := -1.0
	if inverse {
		sign = 1
	}
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		t := cmplx.Exp(complex(0, sign*2*math.Pi*float64(k)/float64(n))) * o[k]
		out[k] = e[k] + t
		out[k+n/2] = e[k] - t
	}
	return out
}

func main() {
	const n = 32
	sig := make([]complex128, n)
	for i := range sig {
		t := float64(i) / n
		sig[i] = complex(math.Sin(2*math.Pi*3*t)+0.5*math.Cos(2*math.Pi*7*t), 0)
	}
	spec := fft(sig, false)
	for k, c := range spec[:n/2] {
		mag := cmplx.Abs(c)
		if mag > 1e-9 {
			fmt.Printf("bin %2d: |X|=%.6f phase=%.6f\n", k, mag, cmplx.Phase(c))
		}
	}
	back := fft(spec, true)
	maxErr := 0.0
	for i := range back {
		maxErr = math.Max(maxErr, cmplx.Abs(back[i]/n-sig[i]))
	}
	fmt.Printf("round trip error < 1e-12: %v\n", maxErr < 1e-12)
	fmt.Printf("%.4f\n", spec[3])
	r, th := cmplx.Polar(spec[7])
	fmt.Printf("%.6f %.6f %v\n", r, th, cmplx.Rect(r, th))
}
