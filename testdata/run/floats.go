// Floating point without the math package: float32 rounding of every operation, NaN, the
// infinities and signed zeros in comparisons, conversions and printing (fmt and println).
package main

import "fmt"

//go:noinline
func f64(v float64) float64 { return v }

//go:noinline
func f32(v float32) float32 { return v }

func rounding() {
	a, b := f32(0.1), f32(0.2)
	fmt.Println("f32 sum", a+b, a+b == 0.3, float64(a+b), float64(a)+float64(b))
	x := f32(16777216)
	fmt.Println("f32 2^24", x+1, x+2, x+1 == x, float64(x)+1)
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println("f32 acc", acc, float64(acc))
	var acc64 float64
	for i := 0; i < 1000; i++ {
		acc64 += 0.001
	}
	fmt.Println("f64 acc", acc64, acc64 == 1)
	y := f32(1) / f32(3)
	fmt.Println("f32 third", y, y*3, float64(y), f64(1)/3)
	z := f32(3.4028235e38)
	fmt.Println("f32 max", z, z*2, -z*2, z+z/1e7, z+1e30)
	tiny := f32(1.4e-45)
	fmt.Println("f32 denormal", tiny, tiny/2, tiny*0.6, float64(tiny))
	p := f32(1.0000001)
	fmt.Println("f32 mul chain", p*p*p*p, p*p*p*p*p*p*p*p)
	fmt.Println("f32 from f64", float32(f64(0.1)), float32(f64(1e39)), float32(f64(-1e39)), float32(f64(1e-46)), float32(f64(16777217)), float32(f64(16777219)))
	fmt.Println("f32 ties", float32(f64(1+1.0/(1<<24))), float32(f64(1+3.0/(1<<24))), float32(f64(2.5)))
	var q float32 = 7
	q /= 3
	q *= 3
	fmt.Println("f32 assignop", q, q == 7)
	fmt.Printf("%v %g %.10f %e %b\n", f32(0.1), f32(0.1), f32(0.1), f32(0.1), f32(1))
}

func specials() {
	zero := f64(0)
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := -zero
	negz2 := f64(-1) * 0
	fmt.Println("values", inf, ninf, nan, negz, negz2, zero)
	println("println", inf, ninf, nan, negz, zero, 1.5, -2.25e10)
	fmt.Println("nan cmp", nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0, !(nan < 0))
	fmt.Println("inf cmp", inf == inf, inf > 1e308, ninf < -1e308, inf+ninf, inf-inf, inf*0, inf*-1)
	fmt.Println("zero cmp", negz == zero, negz < zero, 1/negz, 1/zero, 1/(negz+0), 1/(negz-0), 1/(negz*negz))
	fmt.Println("arith", nan+1, nan*0, -nan, inf/inf, zero*-1, -(zero * 1), inf/ninf)
	fmt.Printf("%v %.3f %e %g %08.2f %+v %x\n", nan, inf, ninf, negz, ninf, inf, negz)
	fmt.Printf("%5.1f|%-8v|%+.2e|%6g\n", negz, nan, inf, f64(-0.0))
	fi := float32(inf)
	fn := float32(nan)
	fz := float32(negz)
	fmt.Println("f32 specials", fi, fn, fz, 1/fz, fn == fn, fi > 3.4e38, float64(fn) == float64(fn))
	println("println f32", fi, fn, fz, f32(0.1))
	arr := [3]float64{nan, 1, 2}
	brr := arr
	fmt.Println("array with NaN ==", arr == brr)
	type S struct{ F float64 }
	fmt.Println("struct zero ==", S{negz} == S{zero}, S{nan} == S{nan})
	var i1, i2 interface{} = nan, nan
	fmt.Println("iface NaN ==", i1 == i2, interface{}(negz) == interface{}(zero))
	m := 0
	for _, v := range []float64{nan, inf, ninf, negz, zero, 1} {
		if v == v {
			m++
		}
	}
	fmt.Println("self equal count", m)
}

func printing() {
	vals := []float64{0, 1, -1, 0.5, 1e20, 1e21, 1e-4, 1e-5, 123456789, 1234567890123456789, 3.141592653589793, 2.718281828459045e-300, 5e-324, 1.7976931348623157e308, 100, 1e6, 0.000123}
	for _, v := range vals {
		fmt.Println(v, float32(v), -v)
		println(v)
	}
	fmt.Printf("%6.2f|%-10.3e|%G|%.0f|%.0f|%.0f|%#v|%v\n", 3.14159, 1234.5678, 1e-10, 0.5, 1.5, 2.5, 1.0, 1e100)
	s := fmt.Sprint(f32(1)/3, f64(1)/3, f32(2)/3)
	fmt.Println(s, len(s))
}

func toInt() {
	for _, v := range []float64{0.5, -0.5, 1.99999, -1.99999, 1e10, -1e10, 65535.5, 3.0000000000000004} {
		fmt.Println("int", v, int(v), int32(int64(v)), int16(int(v)), uint32(int64(v)))
	}
	for _, v := range []float32{0.5, 1e9, -3.7, 8388608.5, 16777215} {
		fmt.Println("int from f32", v, int(v), int64(v), int32(v))
	}
	i := 9007199254740993
	fmt.Println("int->float", float64(i), float32(i), float64(int64(i)-1), float32(int32(16777217)), float64(uint64(1<<63)))
	u := uint64(18446744073709551615)
	fmt.Println("uint64->float", float64(u), float32(u), float64(u>>11), float64(u-1024))
	var n int64 = -9223372036854775808
	fmt.Println("min int64->float", float64(n), float32(n))
}

func main() {
	rounding()
	specials()
	printing()
	toInt()
}
