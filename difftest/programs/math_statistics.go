// Descriptive statistics of measurement series with package math: mean, variance and
// standard deviation (Welford's method), median and percentiles, geometric and harmonic
// means, a least-squares line fit, z-scores, and how NaN and infinities propagate.
package main

import (
	"fmt"
	"math"
	"sort"
)

type stats struct {
	n              int
	mean, m2       float64
	min, max       float64
	sumLog, sumInv float64
}

func (s *stats) add(x float64) {
	if s.n == 0 {
		s.min, s.max = x, x
	}
	s.n++
	d := x - s.mean
	s.mean += d / float64(s.n)
	s.m2 += d * (x - s.mean)
	s.min = math.Min(s.min, x)
	s.max = math.Max(s.max, x)
	s.sumLog += math.Log(x)
	s.sumInv += 1 / x
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	r := p / 100 * float64(len(sorted)-1)
	lo := math.Floor(r)
	hi := math.Ceil(r)
	return sorted[int(lo)] + (sorted[int(hi)]-sorted[int(lo)])*(r-lo)
}

func main() {
	series := map[string][]float64{
		"temps":   {21.5, 22.1, 19.8, 23.4, 25.0, 24.2, 20.9, 22.8, 21.1, 26.3},
		"latency": {12, 15, 11, 240, 14, 13, 16, 12, 11, 500, 13, 12},
		"growth":  {1.02, 1.05, 0.98, 1.10, 1.01, 0.95, 1.07},
		"weird":   {1, math.Inf(1), 3},
		"nan":     {1, math.NaN(), 2},
	}
	names := []string{"temps", "latency", "growth", "weird", "nan"}
	for _, name := range names {
		xs := series[name]
		var s stats
		for _, x := range xs {
			s.add(x)
		}
		sorted := append([]float64(nil), xs...)
		sort.Float64s(sorted)
		variance := s.m2 / float64(s.n-1)
		fmt.Printf("%-8s n=%d mean=%.4f sd=%.4f min=%g max=%g\n", name, s.n, s.mean, math.Sqrt(variance), s.min, s.max)
		fmt.Printf("         median=%.3f p90=%.3f p99=%.3f geo=%.5f harm=%.5f\n", percentile(sorted, 50), percentile(sorted, 90),
			percentile(sorted, 99), math.Exp(s.sumLog/float64(s.n)), float64(s.n)/s.sumInv)
		var outliers []float64
		for _, x := range xs {
			if z := (x - s.mean) / math.Sqrt(variance); math.Abs(z) > 2 {
				outliers = append(outliers, math.Round(z*100)/100)
			}
		}
		fmt.Println("         outlier z:", outliers)
	}
	xs := []float64{1, 2, 3, 4, 5, 6}
	ys := []float64{2.1, 3.9, 6.2, 7.8, 10.1, 12.2}
	var sx, sy, sxx, sxy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		sxy += xs[i] * ys[i]
	}
	n := float64(len(xs))
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icept := (sy - slope*sx) / n
	fmt.Printf("fit: y = %.6fx %+.6f\n", slope, icept)
	var ssr float64
	for i := range xs {
		r := ys[i] - (slope*xs[i] + icept)
		ssr += r * r
	}
	fmt.Printf("rmse=%.6g\n", math.Sqrt(ssr/n))
	fmt.Println(math.Hypot(3e200, 4e200), math.Cbrt(-27), math.Pow(2, 0.5) == math.Sqrt2, math.Mod(-7, 3), math.Remainder(-7, 3))
	fmt.Println(math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log1p(1e-10)*1e10, math.Expm1(1e-10)*1e10, math.Atan2(1, -1)/math.Pi, math.Erf(1))
	fr, ex := math.Frexp(1234.5)
	fmt.Println(fr, ex, math.Ldexp(fr, ex), math.Inf(1)-math.Inf(1), math.MaxInt64, math.Nextafter(1, 2)-1 == 0x1p-52)
}
