package main

// Bit-exact results of the math functions on edge values and pseudo-random inputs.

import (
	"math"
	"os"
	"strconv"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func unit() float64 { return float64(next()>>11) / (1 << 53) }

func h(x float64) string { return strconv.FormatUint(math.Float64bits(x), 16) }

var buf []byte

func out(s string) {
	buf = append(buf, s...)
	buf = append(buf, '\n')
	if len(buf) > 1<<16 {
		os.Stdout.Write(buf)
		buf = buf[:0]
	}
}

func inputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 10, 100, 700, 709.78, 710, -745, -746, 1e-300,
		5e-324, -5e-324, 2.2250738585072014e-308, math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		math.Pi, math.Pi / 2, math.Pi / 4, 1e10, 1e20, 1e300, 3, 0.1, 1e-10, 1 << 29, 1<<29 + 0.5, 1 << 52, 0.7071067811865476,
		0.66, 2.414213562373095, 0.625, 21, 22, 44.5, 0.99999, -0.99999, 1.00001}
	for i := 0; i < 1500; i++ {
		switch i % 5 {
		case 0:
			xs = append(xs, unit()*2-1)
		case 1:
			xs = append(xs, (unit()*2-1)*100)
		case 2:
			xs = append(xs, math.Float64frombits(next()))
		case 3:
			xs = append(xs, (unit()*2-1)*1e6)
		case 4:
			xs = append(xs, (unit()*2-1)*1e12)
		}
	}
	return xs
}

func main() {
	xs := inputs()
	type f1 struct {
		name string
		f    func(float64) float64
	}
	fs := []f1{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Exp", math.Exp}, {"Log", math.Log}, {"Sqrt", math.Sqrt},
		{"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Expm1", math.Expm1},
		{"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Exp2", math.Exp2}, {"Floor", math.Floor},
		{"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Abs", math.Abs},
		{"Logb", math.Logb},
		{"Sincos", func(x float64) float64 { s, c := math.Sincos(x); return s*3 + c }},
		{"Modf", func(x float64) float64 { i, f := math.Modf(x); return i*7 + f }},
		{"Frexp", func(x float64) float64 { f, e := math.Frexp(x); return f + float64(e)*1000 }},
		{"Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }},
	}
	for _, f := range fs {
		line := f.name
		for i, x := range xs {
			line += " " + h(f.f(x))
			if i%16 == 15 {
				out(line)
				line = f.name
			}
		}
		out(line)
	}
	type f2 struct {
		name string
		f    func(float64, float64) float64
	}
	fs2 := []f2{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod}, {"Remainder", math.Remainder},
		{"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim}, {"Copysign", math.Copysign}, {"Nextafter", math.Nextafter},
		{"FMA", func(x, y float64) float64 { return math.FMA(x, y, x-y) }},
		{"FMA2", func(x, y float64) float64 { return math.FMA(x, y, -x*y) }},
		{"Ldexp", func(x, y float64) float64 { return math.Ldexp(x, int(y)%1200) }},
	}
	for _, f := range fs2 {
		line := f.name
		for i := 0; i < len(xs); i++ {
			x := xs[i]
			y := xs[(i*7+3)%len(xs)]
			switch i % 6 {
			case 0:
				y = float64(int(next()%21) - 10)
			case 1:
				y = unit() * 4
			case 2:
				y = -unit() * 3
			}
			line += " " + h(f.f(x, y))
			if i%16 == 15 {
				out(line)
				line = f.name
			}
		}
		out(line)
	}
	line := "Pow10"
	for n := -330; n <= 330; n += 7 {
		line += " " + h(math.Pow10(n))
	}
	out(line)
	line = "Pow-ints"
	for _, b := range []float64{2, -2, 3, 0.5, 10, -1, 1.0000001, 0.9999999} {
		for _, e := range []float64{0, 1, 2, 3, -1, -2, 10, 52, 53, 100, 1074, 1075, -1074, -1075, 1e10, 0.5, 1.5, -0.5, math.Inf(1), math.Inf(-1)} {
			line += " " + h(math.Pow(b, e))
		}
	}
	out(line)
	f32 := ""
	for _, x := range []float32{0, 1, -1, 1.5, 3.4e38, 1e-45, float32(math.Inf(1))} {
		f32 += " " + strconv.FormatUint(uint64(math.Float32bits(x)), 16) + "/" + h(float64(math.Float32frombits(math.Float32bits(x)+1))) + "/" + h(float64(math.Nextafter32(x, 0))) + "/" + h(float64(math.Nextafter32(x, 10)))
	}
	out("Float32" + f32)
	out(h(math.NaN()) + " " + h(math.Inf(1)) + " " + h(math.Inf(-1)) + " " + strconv.FormatBool(math.IsInf(math.Inf(-1), -1)) + strconv.FormatBool(math.IsInf(math.Inf(-1), 1)) + strconv.FormatBool(math.IsNaN(math.NaN())) + strconv.FormatBool(math.Signbit(math.Copysign(0, -1))))
	out(strconv.FormatInt(math.MaxInt64, 10) + " " + strconv.FormatInt(math.MinInt64, 10) + " " + strconv.FormatUint(math.MaxUint64, 10) + " " + strconv.FormatInt(math.MaxInt32, 10) + " " + h(math.MaxFloat32) + " " + h(math.SmallestNonzeroFloat64) + " " + h(math.E) + " " + h(math.Pi) + " " + h(math.Log2E) + " " + h(math.Phi))
	os.Stdout.Write(buf)
}
