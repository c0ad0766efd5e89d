// J0, Y0, J1, Y1, Jn and Yn (see besseltab.go for the asymptotic corrections).
package math

// besselCoef picks the coefficients for x >= 2.
func besselCoef(t *[4]besselRange, x float64) *besselRange {
	switch {
	case x >= 8:
		return &t[0]
	case x >= 4.5454:
		return &t[1]
	case x >= 2.8571:
		return &t[2]
	}
	return &t[3]
}

// besselRatio is r(z)/s(z) for z = 1/x².
func besselRatio(c *besselRange, x float64) float64 {
	p, q := &c.r, &c.s
	z := 1 / (x * x)
	r := p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*p[5]))))
	s := 1 + z*(q[0]+z*(q[1]+z*(q[2]+z*(q[3]+z*(q[4]+z*q[5])))))
	return r / s
}

func pzero(x float64) float64 { return 1 + besselRatio(besselCoef(&pzeroCoef, x), x) }

func qzero(x float64) float64 { return (-0.125 + besselRatio(besselCoef(&qzeroCoef, x), x)) / x }

func pone(x float64) float64 { return 1 + besselRatio(besselCoef(&poneCoef, x), x) }

func qone(x float64) float64 { return (0.375 + besselRatio(besselCoef(&qoneCoef, x), x)) / x }

// phase0 returns sin(x)-cos(x) and sin(x)+cos(x) for x >= 2, the one that suffers
// cancellation recomputed from -cos(2x).
func phase0(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss = s - c
	cc = s + c
	if x < MaxFloat64/2 {
		z := -Cos(x + x)
		if s*c < 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return
}

// phase1 returns -sin(x)-cos(x) and sin(x)-cos(x), likewise.
func phase1(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss = -s - c
	cc = s - c
	if x < MaxFloat64/2 {
		z := Cos(x + x)
		if s*c > 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return
}

const two129 = 1 << 129

// J0 is the Bessel function of the first kind of order zero.
func J0(x float64) float64 {
	const (
		twoM27 = 1.0 / (1 << 27)
		twoM13 = 1.0 / (1 << 13)
		r02    = 1.56249999999999947958e-02
		r03    = -1.89979294238854721751e-04
		r04    = 1.82954049532700665670e-06
		r05    = -4.61832688532103189199e-09
		s01    = 1.56191029464890010492e-02
		s02    = 1.16926784663337450260e-04
		s03    = 5.13546550207318111446e-07
		s04    = 1.16614003333790000205e-09
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		ss, cc := phase0(x)
		if x > two129 {
			return (1 / SqrtPi) * cc / Sqrt(x)
		}
		u := pzero(x)
		v := qzero(x)
		return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
	}
	if x < twoM13 {
		if x < twoM27 {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * (r02 + z*(r03+z*(r04+z*r05)))
	s := 1 + z*(s01+z*(s02+z*(s03+z*s04)))
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 is the Bessel function of the second kind of order zero: NaN for x < 0, -Inf at 0.
func Y0(x float64) float64 {
	const (
		twoM27 = 1.0 / (1 << 27)
		u00    = -7.38042951086872317523e-02
		u01    = 1.76666452509181115538e-01
		u02    = -1.38185671945596898896e-02
		u03    = 3.47453432093683650238e-04
		u04    = -3.81407053724364161125e-06
		u05    = 1.95590137035022920206e-08
		u06    = -3.98205194132103398453e-11
		v01    = 1.27304834834123699328e-02
		v02    = 7.60068627350353253702e-05
		v03    = 2.59150851840457805467e-07
		v04    = 4.41110311332675467403e-10
	)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := phase0(x)
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u := pzero(x)
		v := qzero(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= twoM27 {
		return u00 + (2/Pi)*Log(x)
	}
	z := x * x
	u := u00 + z*(u01+z*(u02+z*(u03+z*(u04+z*(u05+z*u06)))))
	v := 1 + z*(v01+z*(v02+z*(v03+z*v04)))
	return u/v + (2/Pi)*J0(x)*Log(x)
}

// J1 is the Bessel function of the first kind of order one.
func J1(x float64) float64 {
	const (
		twoM27 = 1.0 / (1 << 27)
		r00    = -6.25000000000000000000e-02
		r01    = 1.40705666955189706048e-03
		r02    = -1.59955631084035597520e-05
		r03    = 4.96727999609584448412e-08
		s01    = 1.91537599538363460805e-02
		s02    = 1.85946785588630915560e-04
		s03    = 1.17718464042623683263e-06
		s04    = 5.04636257076217042715e-09
		s05    = 1.23542274426137913908e-11
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var z float64
	switch {
	case x >= 2:
		ss, cc := phase1(x)
		if x > two129 {
			z = (1 / SqrtPi) * cc / Sqrt(x)
		} else {
			u := pone(x)
			v := qone(x)
			z = (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
		}
	case x < twoM27:
		return 0.5 * x
	default:
		z = x * x
		r := z * (r00 + z*(r01+z*(r02+z*r03)))
		s := 1.0 + z*(s01+z*(s02+z*(s03+z*(s04+z*s05))))
		r *= x
		z = 0.5*x + r/s
	}
	if neg {
		return -z
	}
	return z
}

// Y1 is the Bessel function of the second kind of order one: NaN for x < 0, -Inf at 0.
func Y1(x float64) float64 {
	const (
		twoM54 = 1.0 / (1 << 54)
		u00    = -1.96057090646238940668e-01
		u01    = 5.04438716639811282616e-02
		u02    = -1.91256895875763547298e-03
		u03    = 2.35252600561610495928e-05
		u04    = -9.19099158039878874504e-08
		v00    = 1.99167318236649903973e-02
		v01    = 2.02552581025135171496e-04
		v02    = 1.35608801097516229404e-06
		v03    = 6.22741452364621501295e-09
		v04    = 1.66559246207992079114e-11
	)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := phase1(x)
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u := pone(x)
		v := qone(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= twoM54 {
		return -(2 / Pi) / x
	}
	z := x * x
	u := u00 + z*(u01+z*(u02+z*(u03+z*u04)))
	v := 1 + z*(v00+z*(v01+z*(v02+z*(v03+z*v04))))
	return x*(u/v) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// Jn is the Bessel function of the first kind of order n: forward recurrence from J0 and
// J1 when n <= x, otherwise backward recurrence from a continued fraction, normalized by J0.
func Jn(n int, x float64) float64 {
	const (
		twoM29 = 1.0 / (1 << 29)
		two302 = 1 << 302
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		if n&1 == 1 {
			neg = true
		}
	}
	var b float64
	if float64(n) <= x {
		if x >= two302 {
			s, c := Sincos(x)
			var t float64
			switch n & 3 {
			case 0:
				t = c + s
			case 1:
				t = -c + s
			case 2:
				t = -c - s
			case 3:
				t = c - s
			}
			b = (1 / SqrtPi) * t / Sqrt(x)
		} else {
			b = J1(x)
			for i, a := 1, J0(x); i < n; i++ {
				a, b = b, b*(float64(i+i)/x)-a
			}
		}
	} else if x < twoM29 {
		// The first term of the series: (x/2)**n / n!.
		if n > 33 {
			b = 0
		} else {
			t := x * 0.5
			b = t
			a := 1.0
			for i := 2; i <= n; i++ {
				a *= float64(i)
				b *= t
			}
			b /= a
		}
	} else {
		// Find the number of continued-fraction terms k needed, evaluate the fraction for
		// J(n)/J(n-1), recur down to J0 and normalize.
		w := float64(n+n) / x
		h := 2 / x
		q0 := w
		z := w + h
		q1 := w*z - 1
		k := 1
		for q1 < 1e9 {
			k++
			z += h
			q0, q1 = q1, z*q1-q0
		}
		m := n + n
		t := 0.0
		for i := 2 * (n + k); i >= m; i -= 2 {
			t = 1 / (float64(i)/x - t)
		}
		a := t
		b = 1
		tmp := float64(n)
		v := 2 / x
		tmp = tmp * Log(Abs(v*tmp))
		if tmp < 7.09782712893383973096e+02 {
			for i := n - 1; i > 0; i-- {
				di := float64(i + i)
				a, b = b, b*di/x-a
			}
		} else {
			// Rescale to keep b finite.
			for i := n - 1; i > 0; i-- {
				di := float64(i + i)
				a, b = b, b*di/x-a
				if b > 1e100 {
					a /= b
					t /= b
					b = 1
				}
			}
		}
		b = t * J0(x) / b
	}
	if neg {
		return -b
	}
	return b
}

// Yn is the Bessel function of the second kind of order n, by forward recurrence from Y0
// and Y1: NaN for x < 0, -Inf at 0 (+Inf for negative odd n).
func Yn(n int, x float64) float64 {
	const two302 = 1 << 302
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		if n&1 == 1 {
			neg = true
		}
	}
	if n == 1 {
		if neg {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= two302 {
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		case 3:
			t = s + c
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	} else {
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}
