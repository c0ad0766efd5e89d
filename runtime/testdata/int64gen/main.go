// Int64gen records how gc on linux/amd64 converts between floats and integers, so that gots'
// runtime/int64.ts can be checked against it without Go installed. The conversions run in
// functions that are never inlined, on values read at run time, so the compiler cannot fold
// them as constants: the results are what the generated machine code computes, including the
// bit patterns it yields for NaN, infinities and out-of-range values.
//
// The output (saved as ../int64conv.json) is one JSON object with four tables, one row a line:
//
//	"fromFloat64": ["float64 bits", "int64", "uint64", int32, uint32, int16, uint16, int8, uint8]
//	"fromFloat32": ["float32 bits", the same eight conversions from the float32 value]
//	"fromInt64":   ["int64", "float64 bits", "float32 bits"]
//	"fromUint64":  ["uint64", "float64 bits", "float32 bits"]
//
// Bits are hexadecimal, 64-bit integers decimal strings. Regenerate with:
//
//	$GOROOT/bin/go run . >../int64conv.json
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
)

var out = bufio.NewWriter(os.Stdout)

//go:noinline
func fromF64(f float64) (int64, uint64, int32, uint32, int16, uint16, int8, uint8) {
	return int64(f), uint64(f), int32(f), uint32(f), int16(f), uint16(f), int8(f), uint8(f)
}

//go:noinline
func fromF32(f float32) (int64, uint64, int32, uint32, int16, uint16, int8, uint8) {
	return int64(f), uint64(f), int32(f), uint32(f), int16(f), uint16(f), int8(f), uint8(f)
}

//go:noinline
func fromI64(v int64) (float64, float32) { return float64(v), float32(v) }

//go:noinline
func fromU64(v uint64) (float64, float32) { return float64(v), float32(v) }

// table writes the rows of one table, dropping repeated inputs.
func table(name string, last bool, keys []string, row func(i int) string) {
	fmt.Fprintf(out, "%q: [\n", name)
	seen := map[string]bool{}
	first := true
	for i, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		if !first {
			out.WriteString(",\n")
		}
		first = false
		out.WriteString(row(i))
	}
	out.WriteString("\n]")
	if !last {
		out.WriteString(",")
	}
	out.WriteString("\n")
}

// around returns f and its n neighbours either side, as float64 values.
func around(f float64, n int) []float64 {
	lo := f
	for i := 0; i < n; i++ {
		lo = math.Nextafter(lo, math.Inf(-1))
	}
	var r []float64
	for i := 0; i < 2*n+1; i++ {
		r = append(r, lo)
		lo = math.Nextafter(lo, math.Inf(1))
	}
	return r
}

func around32(f float32, n int) []float32 {
	lo := f
	for i := 0; i < n; i++ {
		lo = math.Nextafter32(lo, float32(math.Inf(-1)))
	}
	var r []float32
	for i := 0; i < 2*n+1; i++ {
		r = append(r, lo)
		lo = math.Nextafter32(lo, float32(math.Inf(1)))
	}
	return r
}

// The thresholds of every integer type's range, where conversions change behaviour.
var bounds = []float64{1 << 7, 1 << 8, 1 << 15, 1 << 16, 1 << 31, 1 << 32, 1 << 52, 1 << 53, 1 << 54, 1 << 62, 1 << 63, 1 << 64, 1 << 65}

func float64s(r *rand.Rand) []float64 {
	nan := math.NaN()
	fs := []float64{nan, -nan, math.Float64frombits(0x7ff0000000000001), math.Float64frombits(0xfff8000000000001),
		math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), math.MaxFloat64, -math.MaxFloat64,
		math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 1e300, -1e300, 1e19, -1e19, 1e20, 1.8e19}
	for _, x := range []float64{0.5, 1, 1.5, 2, 2.5, 127.5, 255.5} {
		fs = append(fs, around(x, 2)...)
		fs = append(fs, around(-x, 2)...)
	}
	for _, b := range bounds {
		for _, d := range []float64{-1.5, -1, -0.5, 0, 0.5, 1, 1.5} {
			fs = append(fs, b+d, -b+d, b-1+d, -b-1+d)
		}
		fs = append(fs, around(b, 3)...)
		fs = append(fs, around(-b, 3)...)
	}
	// Log-uniform magnitudes from 2^-4 to 2^70, most with a fraction.
	for i := 0; i < 700; i++ {
		f := math.Ldexp(1+r.Float64(), r.Intn(75)-4)
		if r.Intn(2) == 0 {
			f = -f
		}
		fs = append(fs, f)
	}
	// Integers of every bit length, which fit the narrow types' wrapping.
	for i := 0; i < 200; i++ {
		f := float64(r.Int63() >> r.Intn(63))
		if r.Intn(2) == 0 {
			f = -f
		}
		fs = append(fs, f)
	}
	for i := 0; i < 60; i++ {
		fs = append(fs, math.Float64frombits(r.Uint64()))
	}
	return fs
}

func float32s(r *rand.Rand) []float32 {
	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	fs := []float32{nan, -nan, math.Float32frombits(0x7f800001), inf, -inf, 0, float32(math.Copysign(0, -1)),
		math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32, 1e19, -1e19, 1.8e19}
	for _, x := range []float32{0.5, 1, 1.5, 2.5, 127.5, 255.5} {
		fs = append(fs, around32(x, 2)...)
		fs = append(fs, around32(-x, 2)...)
	}
	for _, b := range bounds {
		fs = append(fs, around32(float32(b), 3)...)
		fs = append(fs, around32(float32(-b), 3)...)
	}
	for i := 0; i < 350; i++ {
		f := float32(math.Ldexp(1+r.Float64(), r.Intn(75)-4))
		if r.Intn(2) == 0 {
			f = -f
		}
		fs = append(fs, f)
	}
	for i := 0; i < 40; i++ {
		fs = append(fs, math.Float32frombits(r.Uint32()))
	}
	return fs
}

// halfways returns integers of bit length n just around the halfway points between two
// floats with p-bit significands, where a conversion must round in one step (rounding through
// float64 first would round twice).
func halfways(r *rand.Rand, n, p int) []uint64 {
	if n <= p {
		return nil
	}
	top := uint64(1)<<(p-1) | r.Uint64()&(uint64(1)<<(p-1)-1)
	half := uint64(1) << (n - p - 1)
	base := top << (n - p)
	var vs []uint64
	for _, d := range []int64{-2, -1, 0, 1, 2} {
		vs = append(vs, base+uint64(int64(half)+d))
	}
	vs = append(vs, base|1, base+half|1, base)
	// The same with the last significand bit even, where a tie rounds down.
	base &^= uint64(1) << (n - p)
	vs = append(vs, base+half, base+half+1, base+half-1)
	return vs
}

func uint64s(r *rand.Rand) []uint64 {
	vs := []uint64{0, 1, 2, 3, math.MaxUint64, math.MaxUint64 - 1, 1 << 63, 1<<63 - 1, 1<<63 + 1}
	for k := 0; k < 64; k++ {
		b := uint64(1) << k
		vs = append(vs, b-1, b, b+1)
	}
	for n := 25; n <= 64; n++ {
		vs = append(vs, halfways(r, n, 24)...)
		if n > 53 {
			vs = append(vs, halfways(r, n, 53)...)
		}
	}
	for i := 0; i < 250; i++ {
		vs = append(vs, r.Uint64()>>r.Intn(64))
	}
	return vs
}

func hex64(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }
func hex32(f float32) string { return fmt.Sprintf("%08x", math.Float32bits(f)) }

func main() {
	r := rand.New(rand.NewSource(64))
	out.WriteString("{\n")

	f64 := float64s(r)
	keys := make([]string, len(f64))
	for i, f := range f64 {
		keys[i] = hex64(f)
	}
	table("fromFloat64", false, keys, func(i int) string {
		a, b, c, d, e, f, g, h := fromF64(f64[i])
		return fmt.Sprintf(`["%s","%d","%d",%d,%d,%d,%d,%d,%d]`, keys[i], a, b, c, d, e, f, g, h)
	})

	f32 := float32s(r)
	keys = make([]string, len(f32))
	for i, f := range f32 {
		keys[i] = hex32(f)
	}
	table("fromFloat32", false, keys, func(i int) string {
		a, b, c, d, e, f, g, h := fromF32(f32[i])
		return fmt.Sprintf(`["%s","%d","%d",%d,%d,%d,%d,%d,%d]`, keys[i], a, b, c, d, e, f, g, h)
	})

	// Signed values: the unsigned ones reinterpreted (large ones become negative, down to
	// MinInt64) and, halved, negated, which keeps their halfway patterns one bit shorter.
	us := uint64s(r)
	var i64 []int64
	for _, u := range us {
		i64 = append(i64, int64(u), -int64(u>>1))
	}
	keys = make([]string, len(i64))
	for i, v := range i64 {
		keys[i] = fmt.Sprint(v)
	}
	table("fromInt64", false, keys, func(i int) string {
		f, g := fromI64(i64[i])
		return fmt.Sprintf(`["%s","%s","%s"]`, keys[i], hex64(f), hex32(g))
	})

	keys = make([]string, len(us))
	for i, v := range us {
		keys[i] = fmt.Sprint(v)
	}
	table("fromUint64", true, keys, func(i int) string {
		f, g := fromU64(us[i])
		return fmt.Sprintf(`["%s","%s","%s"]`, keys[i], hex64(f), hex32(g))
	})

	out.WriteString("}\n")
	out.Flush()
}
