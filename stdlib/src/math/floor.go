// Rounding, decomposition and the other exactly computed operations.
package math

func Floor(x float64) float64

func Ceil(x float64) float64

func Trunc(x float64) float64

// Round rounds half away from zero.
func Round(x float64) float64

// RoundToEven rounds half to even.
func RoundToEven(x float64) float64

// Modf returns the integer and fractional parts, both with f's sign.
func Modf(f float64) (int float64, frac float64)

// Frexp splits f into a fraction in [½, 1) and a power of two; ±0, ±Inf and NaN give (f, 0).
func Frexp(f float64) (frac float64, exp int)

// Ldexp is frac × 2**exp, rounded once.
func Ldexp(frac float64, exp int) float64

// Ilogb returns the binary exponent: MinInt32 for 0, MaxInt32 for ±Inf and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x), IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// Logb returns the binary exponent as a float: -Inf for 0, +Inf for ±Inf, NaN for NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

func ilogb(x float64) int

func Nextafter(x, y float64) (r float64)

func Nextafter32(x, y float32) (r float32)

func Sqrt(x float64) float64

// Mod is the remainder of x/y with x's sign: NaN for y == 0, ±Inf or NaN x; x for ±Inf y.
func Mod(x, y float64) float64

// Remainder is the IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
func Remainder(x, y float64) float64 {
	const tiny = 4.45014771701440276618e-308 // 2**-1021
	const halfMax = MaxFloat64 / 2
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // now x < 2y
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		yHalf := 0.5 * y
		if x > yHalf {
			x -= y
			if x >= yHalf {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

// FMA is x*y+z rounded once.
func FMA(x, y, z float64) float64

// Dim is max(x-y, 0); NaN for NaN operands and for Dim(+Inf, +Inf) and Dim(-Inf, -Inf).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Max: +Inf wins over NaN, NaN over everything else, and +0 over -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min: -Inf wins over NaN, NaN over everything else, and -0 over +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Hypot is Sqrt(p*p + q*q) computed as gc's amd64 routine does.
func Hypot(p, q float64) float64

// Cbrt is the cube root: a bit-level first guess, one rational-polynomial step to 23 bits,
// rounding to 32 bits and one Newton step.
func Cbrt(x float64) float64 {
	const (
		b1       = 715094163 // guess for normal inputs: (682-0.03306235651) * 2**20
		b2       = 696219795 // for subnormals, after scaling by 2**54
		c        = 5.42857142857142815906e-01
		d        = -7.05306122448979611050e-01
		e        = 1.41428571428571436819e+00
		f        = 1.60714285714285720630e+00
		g        = 3.57142857142857150787e-01
		minNorml = 2.22507385850720138309e-308
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < minNorml {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}
