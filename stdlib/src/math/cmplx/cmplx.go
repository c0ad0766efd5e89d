// Package cmplx: elementary functions of complex128 values. The formulas and the handling
// of infinities, NaNs and signed zeros follow C99 Annex G as gc's package does, operation
// for operation, so results agree bit for bit with gc's.
package cmplx

import "math"

// Abs returns the modulus |x|.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the argument of x, in [-π, π].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the modulus and argument of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with modulus r and argument θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// IsInf reports whether either part of x is infinite.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// Inf returns a complex infinity, +Inf+Inf i.
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// IsNaN reports whether either part of x is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// NaN returns a complex "not a number".
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// Exp returns e**x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1.0), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

// Log returns the natural logarithm (principal value).
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 returns the decimal logarithm.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Sqrt returns the principal square root. The general case scales the operands (down by 4
// when large, up by 2^54 when small) so that the intermediate modulus neither overflows nor
// loses precision, and takes the root of whichever half-sum avoids cancellation.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1.0), im)
	}
	if re == 0 {
		if im < 0 {
			r := math.Sqrt(-0.5 * im)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * im)
		return complex(r, r)
	}
	a, b := re, im
	var scale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a *= 0.25
		b *= 0.25
		scale = 2
	} else {
		a *= 1 << 54
		b *= 1 << 54
		scale = 1.0 / (1 << 27)
	}
	r := math.Hypot(a, b)
	var t float64
	if a > 0 {
		t = math.Sqrt(0.5*r + 0.5*a)
		r = scale * math.Abs((0.5*b)/t)
		t *= scale
	} else {
		r = math.Sqrt(0.5*r - 0.5*a)
		t = scale * math.Abs((0.5*b)/r)
		r *= scale
	}
	if b < 0 {
		return complex(t, -r)
	}
	return complex(t, r)
}

// Pow returns x**y with the principal branch; 0**y is 1 for real(y) == 0, 0 for
// real(y) > 0, and infinite for real(y) < 0.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		switch r, i := real(y), imag(y); {
		case r == 0:
			return 1
		case r < 0:
			if i == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		case r > 0:
			return 0
		}
		panic("not reached")
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(modulus)
	}
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}
