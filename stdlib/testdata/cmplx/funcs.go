package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// bitsOf shows the exact bits of both parts; NaNs only as NaN, since their sign and payload
// depend on the hardware's propagation rules.
func bitsOf(c complex128) string {
	part := func(f float64) string {
		if math.IsNaN(f) {
			return "NaN"
		}
		return fmt.Sprintf("%016x", math.Float64bits(f))
	}
	return part(real(c)) + ":" + part(imag(c))
}

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	vals := []complex128{0, complex(negz, 0), complex(0, negz), complex(negz, negz), 1, -1, 1i, -1i, complex(0.5, 0), complex(2, 0), complex(-2, 0),
		complex(0, 0.5), complex(0, 2), complex(0, -2), complex(1, 1), complex(-1, 1), complex(3, -4), complex(-0.3, 0.7), complex(1e-10, 1e-10),
		complex(1e300, 1e300), complex(-1e-300, 5e-310), complex(100, 0.001), complex(0.001, 100), complex(700, 3), complex(-700, 3),
		complex(math.Pi/2, 0), complex(math.Pi, 1e-20), complex(1e6, 1e-6), complex(1e20, 0.5), complex(1<<40, 1e-9), complex(3e9, 1e-12),
		complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf), complex(-inf, -inf), complex(inf, nan),
		complex(nan, 0), complex(0, nan), complex(nan, nan), complex(nan, inf), complex(1, nan), complex(nan, 1), complex(-inf, 2), complex(2, -inf),
		complex(inf, -3), complex(-5, inf), complex(1, 1e-300), complex(1e-8, 1), complex(0.999999, 0.000001)}
	funcs := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj},
	}
	for _, fn := range funcs {
		fmt.Println("==", fn.name)
		for _, v := range vals {
			r := fn.f(v)
			fmt.Printf("%v -> %v %s\n", v, r, bitsOf(r))
		}
	}
	fmt.Println("== Abs Phase Polar IsNaN IsInf")
	for _, v := range vals {
		r, th := cmplx.Polar(v)
		fmt.Println(v, cmplx.Abs(v), cmplx.Phase(v), r, th, cmplx.IsNaN(v), cmplx.IsInf(v))
	}
	fmt.Println("== Rect")
	for _, r := range []float64{0, 1, 2.5, -1, inf, nan} {
		for _, th := range []float64{0, math.Pi / 3, -math.Pi, 1e10, inf} {
			c := cmplx.Rect(r, th)
			fmt.Println(r, th, c, bitsOf(c))
		}
	}
	fmt.Println("== Pow")
	bases := []complex128{0, complex(negz, 0), 1, -1, 1i, complex(2, 3), complex(-0.5, 0.25), complex(1e10, -1e10), complex(inf, 0), complex(nan, 0)}
	exps := []complex128{0, 1, -1, 0.5, complex(0, 1), complex(2, -1), complex(-2, 0), complex(-2, 1), complex(nan, 0), complex(0, nan), complex(1e-3, 1e3)}
	for _, b := range bases {
		for _, e := range exps {
			r := cmplx.Pow(b, e)
			fmt.Println(b, e, r, bitsOf(r))
		}
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
}
