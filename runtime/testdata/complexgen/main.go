// Complexgen records gc's complex128 and complex64 multiplication and division on linux/amd64
// for every combination of parts from a list of edge values (zeros of both signs, infinities,
// NaN, tiny and huge magnitudes), so that gots' runtime/complex.ts can be checked bit for bit
// without Go installed. The operations run in functions that are never inlined, on values
// read at run time, so nothing is folded as a constant.
//
// One line per case, space-separated: the operands' parts a b c d, then re and im of x/y, x*y,
// x64/y64 and x64*y64, where x = complex(a, b), y = complex(c, d) and x64, y64 are their
// complex64 conversions (results widened to float64). Floats are in strconv's shortest 'g'
// form ("NaN", "+Inf", "-0" included). Operands are every combination of parts from a list of
// edge values, then random ones.
//
// Regenerate with: $GOROOT/bin/go run . >../complex.txt
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

//go:noinline
func div(x, y complex128) complex128 { return x / y }

//go:noinline
func mul(x, y complex128) complex128 { return x * y }

//go:noinline
func div64(x, y complex64) complex64 { return x / y }

//go:noinline
func mul64(x, y complex64) complex64 { return x * y }

func f(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func emit(out *bufio.Writer, a, b, c, d float64) {
	x, y := complex(a, b), complex(c, d)
	q, p := div(x, y), mul(x, y)
	q64, p64 := div64(complex64(x), complex64(y)), mul64(complex64(x), complex64(y))
	fmt.Fprintln(out, f(a), f(b), f(c), f(d), f(real(q)), f(imag(q)), f(real(p)), f(imag(p)),
		f(float64(real(q64))), f(float64(imag(q64))), f(float64(real(p64))), f(float64(imag(p64))))
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	vals := []float64{0, math.Copysign(0, -1), 1, -3, 1e308, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, a := range vals {
		for _, b := range vals {
			for _, c := range vals {
				for _, d := range vals {
					emit(out, a, b, c, d)
				}
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 100; i++ {
		g := func() float64 { return (r.Float64()*2 - 1) * math.Pow(10, float64(r.Intn(40)-20)) }
		emit(out, g(), g(), g(), g())
	}
}
