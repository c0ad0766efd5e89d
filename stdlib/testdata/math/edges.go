// Every function of package math on edge values: signed zeros, infinities, NaN, subnormals,
// the largest and smallest normal values, 1 and -1 and their neighbours, values beside the
// overflow and underflow limits of Exp, and large arguments for the trigonometric functions.
// Results print as their bits (NaNs as "NaN": their payloads are not compared).
package main

import (
	"fmt"
	"math"
	"os"
	"strings"
)

var out strings.Builder

func h(x float64) string {
	if x != x {
		return "NaN"
	}
	return fmt.Sprintf("%x", math.Float64bits(x))
}

func h32(x float32) string {
	if x != x {
		return "NaN"
	}
	return fmt.Sprintf("%x", math.Float32bits(x))
}

func up(x float64) float64   { return math.Nextafter(x, math.Inf(1)) }
func down(x float64) float64 { return math.Nextafter(x, math.Inf(-1)) }

func main() {
	negz := math.Copysign(0, -1)
	edges := []float64{
		0, negz, math.Inf(1), math.Inf(-1), math.NaN(),
		5e-324, -5e-324, 1e-320, 2.225073858507201e-308, 2.2250738585072014e-308, -2.2250738585072014e-308, 4.4501477170144023e-308,
		math.MaxFloat64, -math.MaxFloat64, down(math.MaxFloat64), 1e308, 1e300, -1e300, 1e100,
		1, -1, up(1), down(1), up(-1), down(-1), 0.5, -0.5, down(0.5), up(0.5), 1.5, 2.5, -2.5, 2, -2, 3, 10, 0.1, -0.1,
		1e-300, 1e-10, -1e-10, 1e-5, 1e-20, 0x1p-28, 0x1p-27, 0x1p-54, 0x1p-1022,
		math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, 2 * math.Pi, 1e10, 1e15, 0x1p52, 0x1p52 - 0.5, 0x1p53, 0x1p53 + 2,
		0x1p62, 0x1p63, 1e19, 1e22, 0x1p64, 1e40, 0x1p1023, -0x1p1023, 6381956970095103 * 0x1p797, 5.319372648326541e+255,
		709.782712893384, 709.7827128933841, 709.78, 710, -708.3964185322641, -745.1332191019411, -745.1332191019412, -746, -1000,
		88.72283905206835, 1023, 1024, -1022, -1074, -1075, 1023.9999999999999, 4.5, -4.5, 0.49999999999999994, -0.49999999999999994,
		0.7071067811865476, 1.4142135623730951, 0.84375, 0.9999999999999999, 2.718281828459045, 37.5, 171.6243769563027, 171.62437695630274,
		-171.5, 1e-7, -3.5, 22, 28, 1e6, -1e6, 3.4028234663852886e38, 1.401298464324817e-45,
	}
	one := []struct {
		name string
		f    func(float64) float64
	}{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh},
		{"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", math.Ceil}, {"Cos", math.Cos},
		{"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfcinv", math.Erfcinv}, {"Erfinv", math.Erfinv},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", math.Floor}, {"Gamma", math.Gamma},
		{"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh},
		{"Trunc", math.Trunc}, {"Y0", math.Y0}, {"Y1", math.Y1},
		{"Float64frombits∘Float64bits", func(x float64) float64 { return math.Float64frombits(math.Float64bits(x)) }},
		{"float32", func(x float64) float64 { return float64(float32(x)) }},
	}
	for _, f := range one {
		for i := 0; i < len(edges); i += 8 {
			fmt.Fprintf(&out, "%s", f.name)
			for _, x := range edges[i:min(i+8, len(edges))] {
				fmt.Fprintf(&out, " %s", h(f.f(x)))
			}
			out.WriteByte('\n')
		}
	}
	for _, x := range edges {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sign := math.Lgamma(x)
		s, c := math.Sincos(x)
		fmt.Fprintf(&out, "%s: Frexp %s %d Modf %s %s Lgamma %s %d Sincos %s %s Ilogb %d IsInf %t %t %t IsNaN %t Signbit %t\n",
			h(x), h(fr), e, h(ip), h(fp), h(lg), sign, h(s), h(c), math.Ilogb(x),
			math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1), math.IsNaN(x), math.Signbit(x))
	}
	// Two arguments: every pair from a smaller set.
	pairs := []float64{0, negz, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, -5e-324, 2.2250738585072014e-308,
		math.MaxFloat64, -math.MaxFloat64, 1, -1, up(1), down(1), 0.5, -0.5, 1.5, 2, -2, 3, -3, 0.1, 10, 1e10, -1e10,
		0x1p52, 0x1p53 + 2, 1e300, 1e-300, math.Pi, 1023, 1024, -1074, -1075, 2.5, -2.5}
	two := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot}, {"Max", math.Max},
		{"Min", math.Min}, {"Mod", math.Mod}, {"Nextafter", math.Nextafter}, {"Pow", math.Pow}, {"Remainder", math.Remainder},
	}
	for _, f := range two {
		for _, x := range pairs {
			fmt.Fprintf(&out, "%s %s:", f.name, h(x))
			for _, y := range pairs {
				fmt.Fprintf(&out, " %s", h(f.f(x, y)))
			}
			out.WriteByte('\n')
		}
	}
	zs := []float64{0, negz, 1, -1, math.Inf(1), math.NaN(), 5e-324, math.MaxFloat64}
	for _, x := range pairs[:24] {
		fmt.Fprintf(&out, "FMA %s:", h(x))
		for _, y := range pairs[:24] {
			for _, z := range zs {
				fmt.Fprintf(&out, " %s", h(math.FMA(x, y, z)))
			}
		}
		out.WriteByte('\n')
	}
	fmt.Fprintf(&out, "FMA exact: %s %s %s %s\n", h(math.FMA(up(1), up(1), -up(up(1)))), h(math.FMA(0.1, 10, -1)),
		h(math.FMA(math.MaxFloat64, 2, -math.MaxFloat64)), h(math.FMA(5e-324, 0.5, 0)))
	for _, x := range edges {
		fmt.Fprintf(&out, "Ldexp %s:", h(x))
		for _, e := range []int{-2200, -2098, -1075, -1074, -1073, -1023, -1022, -1, 0, 1, 52, 1023, 1024, 2046, 2200} {
			fmt.Fprintf(&out, " %s", h(math.Ldexp(x, e)))
		}
		out.WriteByte('\n')
	}
	for _, n := range []int{-3, -1, 0, 1, 2, 5, 50} {
		fmt.Fprintf(&out, "Jn %d:", n)
		for _, x := range edges {
			fmt.Fprintf(&out, " %s", h(math.Jn(n, x)))
		}
		fmt.Fprintf(&out, "\nYn %d:", n)
		for _, x := range edges {
			fmt.Fprintf(&out, " %s", h(math.Yn(n, x)))
		}
		out.WriteByte('\n')
	}
	out.WriteString("Pow10:")
	for n := -400; n <= 400; n++ {
		fmt.Fprintf(&out, " %s", h(math.Pow10(n)))
	}
	out.WriteByte('\n')
	f32 := []float32{0, float32(negz), 1, -1, 1.5, math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32, 1.1754944e-38,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 16777216, 0.1}
	for _, x := range f32 {
		fmt.Fprintf(&out, "Nextafter32 %s:", h32(x))
		for _, y := range f32 {
			fmt.Fprintf(&out, " %s", h32(math.Nextafter32(x, y)))
		}
		fmt.Fprintf(&out, " bits %s\n", h32(math.Float32frombits(math.Float32bits(x))))
	}
	fmt.Fprintf(&out, "consts %s %s %s %s %s %s %s %s %s %s %s %s\n", h(math.E), h(math.Pi), h(math.Phi), h(math.Sqrt2), h(math.SqrtE),
		h(math.SqrtPi), h(math.SqrtPhi), h(math.Ln2), h(math.Log2E), h(math.Ln10), h(math.Log10E), h(math.SmallestNonzeroFloat64))
	fmt.Fprintf(&out, "NaN %t Inf %s %s %s\n", math.IsNaN(math.NaN()), h(math.Inf(0)), h(math.Inf(5)), h(math.Inf(-2)))
	os.Stdout.WriteString(out.String())
}
