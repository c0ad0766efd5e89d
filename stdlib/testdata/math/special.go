package main

// Bit-exact results of the special functions.

import (
	"math"
	"os"
	"strconv"
)

var seed uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func unit() float64 { return float64(next()>>11) / (1 << 53) }

// h prints a result's bits; NaNs print as "nan" whatever their payload, since a NaN returned
// among several results may come back from gots with the canonical payload (README, known gaps).
func h(x float64) string {
	if x != x {
		return "nan"
	}
	return strconv.FormatUint(math.Float64bits(x), 16)
}

var buf []byte

func out(s string) { buf = append(buf, s+"\n"...) }

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, 10, -10, 33, 34, -33.5, 100, 170, 171.7, 172, 200, -170.5, 1e-10, -1e-10, 1e-300, 1e-20,
		0.84375, 1.25, 2.857, 5.9, 6, 28, 0.9, 0.2316, 0.7316, 1.2316, 1.7316, 7.9, 8, 1 << 58, 1 << 60, 4.5454, 2.8571, 1e300, math.Inf(1), math.Inf(-1), math.NaN(),
		-2, -3, -0.25, -1.5, -7.5, 0.99999, -0.99999, 0.85, 0.86, 1 << 129 * 1.5, 1e-9}
	for i := 0; i < 600; i++ {
		switch i % 4 {
		case 0:
			xs = append(xs, unit()*2-1)
		case 1:
			xs = append(xs, (unit()*2-1)*10)
		case 2:
			xs = append(xs, (unit()*2-1)*200)
		case 3:
			xs = append(xs, math.Float64frombits(next()))
		}
	}
	fs := []struct {
		name string
		f    func(float64) float64
	}{
		{"Gamma", math.Gamma},
		{"Lgamma", func(x float64) float64 { l, s := math.Lgamma(x); return l + float64(s)*1e-300 }},
		{"LgammaS", func(x float64) float64 { _, s := math.Lgamma(x); return float64(s) }},
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
		{"J2", func(x float64) float64 { return math.Jn(2, x) }}, {"J5", func(x float64) float64 { return math.Jn(5, x) }},
		{"J40", func(x float64) float64 { return math.Jn(40, x) }}, {"Jm3", func(x float64) float64 { return math.Jn(-3, x) }},
		{"Y2", func(x float64) float64 { return math.Yn(2, x) }}, {"Y7", func(x float64) float64 { return math.Yn(7, x) }},
		{"Ym3", func(x float64) float64 { return math.Yn(-3, x) }},
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
	os.Stdout.Write(buf)
}
