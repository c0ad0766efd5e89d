// Command fmagen prints math.FMA results for edge cases and random operands as JSON lines
// ["x bits", "y bits", "z bits", "result bits"] (hexadecimal), for fma.test.ts.
// Usage (from this directory): go run . > ../fma.jsonl
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(7))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 3, 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308,
		math.MaxFloat64, math.Inf(1), math.Inf(-1), 1 + 0x1p-52, 1 - 0x1p-53, 0x1p-1074, 0x1p-1022, 0x1p1023, 1.5, 0x1p-537}
	emit := func(x, y, z float64) {
		fmt.Printf("[%q, %q, %q, %q]\n", fmt.Sprintf("%x", math.Float64bits(x)), fmt.Sprintf("%x", math.Float64bits(y)),
			fmt.Sprintf("%x", math.Float64bits(z)), fmt.Sprintf("%x", math.Float64bits(math.FMA(x, y, z))))
	}
	for _, x := range vals {
		for _, y := range vals {
			for _, z := range []float64{0, math.Copysign(0, -1), 1, -1, -x * y, 5e-324, math.Inf(1), 1e300} {
				emit(x, y, z)
			}
		}
	}
	for i := 0; i < 3000; i++ {
		x := math.Float64frombits(r.Uint64())
		y := math.Float64frombits(r.Uint64())
		z := -x * y
		switch i % 3 {
		case 1:
			x, y, z = r.NormFloat64(), r.NormFloat64(), r.NormFloat64()
		case 2:
			z = math.Float64frombits(r.Uint64())
		}
		emit(x, y, z)
	}
}
