// Float formatting as Go's encoder does it: shortest round-tripping digits, plain
// notation for magnitudes in [1e-6, 1e21) and exponent notation outside with one-digit
// exponents not zero-padded; float32 judged at float32 precision. 1000+ float64 values
// (random bit patterns, random decimals, neighbours of the thresholds, powers of ten and
// two, subnormals, integers near 2^53) and 400 float32 values, each also decoded back.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

var state uint64 = 0x9e3779b97f4a7c15

// next is splitmix64, so that the values do not depend on any library's generator.
func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func main() {
	var vals []float64
	for len(vals) < 400 {
		f := math.Float64frombits(next())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		vals = append(vals, f)
	}
	for i := 0; i < 200; i++ {
		// Decimals with a few digits at every scale.
		mant := float64(next()%100000) / 100
		exp := int(next()%60) - 30
		vals = append(vals, mant*math.Pow(10, float64(exp)))
	}
	for _, t := range []float64{1e-6, 1e21, 1e20, 1e-7, 1e-5, 1e22} {
		v := t
		for i := 0; i < 5; i++ {
			vals = append(vals, v, -v)
			v = math.Nextafter(v, 0)
		}
		v = t
		for i := 0; i < 5; i++ {
			v = math.Nextafter(v, math.Inf(1))
			vals = append(vals, v)
		}
	}
	for e := -325; e <= 310; e += 5 {
		vals = append(vals, math.Pow(10, float64(e)))
	}
	for e := -1075; e <= 1024; e += 37 {
		vals = append(vals, math.Ldexp(1, e))
	}
	vals = append(vals, 0, math.Copysign(0, -1), math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64,
		1<<53, 1<<53+2, 1<<53-1, 1<<63, 1<<64, 0.1, 0.2, 0.30000000000000004, 1.0/3, 2.0/3, 100, 1e15, 123456789012345678,
		5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 4.9406564584124654e-324, 1.7976931348623157e308,
		9.999999999999999e20, 9.999999999999999e-7, 0.000001, 0.0000010000000000000002)
	for len(vals) < 1100 {
		vals = append(vals, float64(int64(next()))/float64(next()%1000+1))
	}
	var line []string
	for i, f := range vals {
		b, err := json.Marshal(f)
		if err != nil {
			fmt.Println("error", err)
			continue
		}
		var back float64
		if err := json.Unmarshal(b, &back); err != nil || math.Float64bits(back) != math.Float64bits(f) && f != 0 {
			fmt.Printf("round trip of %s failed: %v %v\n", b, back, err)
		}
		line = append(line, string(b))
		if len(line) == 8 || i == len(vals)-1 {
			fmt.Println(strings.Join(line, " "))
			line = line[:0]
		}
	}
	fmt.Println(len(vals), "float64 values")

	var f32 []float32
	for len(f32) < 300 {
		f := math.Float32frombits(uint32(next()))
		if f != f || math.IsInf(float64(f), 0) {
			continue
		}
		f32 = append(f32, f)
	}
	for _, t := range []float32{1e-6, 1e21, 1e-7, 3.4028235e38, 1.1754944e-38, 1e-45, 0.1, 16777216, 16777217} {
		v := t
		for i := 0; i < 5; i++ {
			f32 = append(f32, v)
			v = math.Nextafter32(v, 0)
		}
		v = t
		for i := 0; i < 5; i++ {
			v = math.Nextafter32(v, float32(math.Inf(1)))
			f32 = append(f32, v)
		}
	}
	for i, f := range f32 {
		b, err := json.Marshal(f)
		if err != nil {
			fmt.Println("error", err)
			continue
		}
		var back float32
		if err := json.Unmarshal(b, &back); err != nil || back != f {
			fmt.Printf("round trip of %s failed: %v %v\n", b, back, err)
		}
		line = append(line, string(b))
		if len(line) == 10 || i == len(f32)-1 {
			fmt.Println(strings.Join(line, " "))
			line = line[:0]
		}
	}
	fmt.Println(len(f32), "float32 values")
	b, err := json.Marshal(struct {
		F  float64 `json:",string"`
		G  float32 `json:",string"`
		H  []float64
		M  map[string]float32
		PF *float64
	}{1e-7, 1e21, []float64{1e100, -2.5e-10}, map[string]float32{"x": 1e-10}, new(float64)})
	fmt.Println(string(b), err)
}
