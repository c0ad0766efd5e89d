// Benchmark program: a size×size bitmap of the Mandelbrot set, measuring float64 arithmetic
// in a tight escape-time loop plus bit packing. It prints the number of points inside the set
// and a checksum of the packed rows.
//
// Products are wrapped in float64(...) before they are added: an explicit conversion stops a
// compiler from fusing x*y+z (gc does on arm64), and a fused step could move a point across
// the escape boundary, changing the output.
package main

import "fmt"

const (
	size    = 2000
	maxIter = 100
)

// inside reports whether c = cr+ci·i stays bounded (|z| ≤ 2) for maxIter iterations.
func inside(cr, ci float64) bool {
	zr, zi := 0.0, 0.0
	for k := 0; k < maxIter; k++ {
		rr, ii := float64(zr*zr), float64(zi*zi)
		if rr+ii > 4.0 {
			return false
		}
		zi = float64(2.0*zr*zi) + ci
		zr = rr - ii + cr
	}
	return true
}

func main() {
	const mod = 1000000007
	count := 0
	sum := 0
	row := make([]byte, (size+7)/8)
	step := 2.0 / float64(size)
	for y := 0; y < size; y++ {
		ci := float64(float64(y)*step) - 1.0
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < size; x++ {
			cr := float64(float64(x)*step) - 1.5
			if inside(cr, ci) {
				count++
				row[x>>3] |= 0x80 >> uint(x&7)
			}
		}
		for _, b := range row {
			sum = (sum*257 + int(b)) % mod
		}
	}
	fmt.Println(count, sum)
}
