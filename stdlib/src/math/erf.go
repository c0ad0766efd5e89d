// The error function and its complement (fdlibm's piecewise rational approximations), and
// their inverses (Giles' rational approximations).
package math

const (
	erx  = 8.45062911510467529297e-01
	efx  = 1.28379167095512586316e-01
	efx8 = 1.02703333676410069053e+00
	// erf on [0, 0.84375)
	pp0 = 1.28379167095512558561e-01
	pp1 = -3.25042107247001499370e-01
	pp2 = -2.84817495755985104766e-02
	pp3 = -5.77027029648944159157e-03
	pp4 = -2.37630166566501626084e-05
	qq1 = 3.97917223959155352819e-01
	qq2 = 6.50222499887672944485e-02
	qq3 = 5.08130628187576562776e-03
	qq4 = 1.32494738004321644526e-04
	qq5 = -3.96022827877536812320e-06
	// erf on [0.84375, 1.25)
	pa0 = -2.36211856075265944077e-03
	pa1 = 4.14856118683748331666e-01
	pa2 = -3.72207876035701323847e-01
	pa3 = 3.18346619901161753674e-01
	pa4 = -1.10894694282396677476e-01
	pa5 = 3.54783043256182359371e-02
	pa6 = -2.16637559486879084300e-03
	qa1 = 1.06420880400844228286e-01
	qa2 = 5.40397917702171048937e-01
	qa3 = 7.18286544141962662868e-02
	qa4 = 1.26171219808761642112e-01
	qa5 = 1.36370839120290507362e-02
	qa6 = 1.19844998467991074170e-02
	// erfc on [1.25, 1/0.35)
	ra0 = -9.86494403484714822705e-03
	ra1 = -6.93858572707181764372e-01
	ra2 = -1.05586262253232909814e+01
	ra3 = -6.23753324503260060396e+01
	ra4 = -1.62396669462573470355e+02
	ra5 = -1.84605092906711035994e+02
	ra6 = -8.12874355063065934246e+01
	ra7 = -9.81432934416914548592e+00
	sa1 = 1.96512716674392571292e+01
	sa2 = 1.37657754143519042600e+02
	sa3 = 4.34565877475229228821e+02
	sa4 = 6.45387271733267880336e+02
	sa5 = 4.29008140027567833386e+02
	sa6 = 1.08635005541779435134e+02
	sa7 = 6.57024977031928170135e+00
	sa8 = -6.04244152148580987438e-02
	// erfc on [1/0.35, 28)
	rb0 = -9.86494292470009928597e-03
	rb1 = -7.99283237680523006574e-01
	rb2 = -1.77579549177547519889e+01
	rb3 = -1.60636384855821916062e+02
	rb4 = -6.37566443368389627722e+02
	rb5 = -1.02509513161107724954e+03
	rb6 = -4.83519191608651397019e+02
	sb1 = 3.03380607434824582924e+01
	sb2 = 3.25792512996573918826e+02
	sb3 = 1.53672958608443695994e+03
	sb4 = 3.19985821950859553908e+03
	sb5 = 2.55305040643316442583e+03
	sb6 = 4.74528541206955367215e+02
	sb7 = -2.24409524465858183362e+01
)

// erfTail is exp(-x²-0.5625+R/S)/x for x >= 1.25 (the R/S pair by range), with x² split so
// that its leading part is exact.
func erfTail(x float64) float64 {
	s := 1 / (x * x)
	var R, S float64
	if x < 1/0.35 {
		R = ra0 + s*(ra1+s*(ra2+s*(ra3+s*(ra4+s*(ra5+s*(ra6+s*ra7))))))
		S = 1 + s*(sa1+s*(sa2+s*(sa3+s*(sa4+s*(sa5+s*(sa6+s*(sa7+s*sa8)))))))
	} else {
		R = rb0 + s*(rb1+s*(rb2+s*(rb3+s*(rb4+s*(rb5+s*rb6)))))
		S = 1 + s*(sb1+s*(sb2+s*(sb3+s*(sb4+s*(sb5+s*(sb6+s*sb7))))))
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	r := Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+R/S)
	return r / x
}

// erfSmall is erf(x)/x - 1 for |x| < 0.84375.
func erfSmall(x float64) float64 {
	z := x * x
	r := pp0 + z*(pp1+z*(pp2+z*(pp3+z*pp4)))
	s := 1 + z*(qq1+z*(qq2+z*(qq3+z*(qq4+z*qq5))))
	return r / s
}

// erfNearOne is erf(x) - erx for 0.84375 <= x < 1.25.
func erfNearOne(x float64) float64 {
	s := x - 1
	P := pa0 + s*(pa1+s*(pa2+s*(pa3+s*(pa4+s*(pa5+s*pa6)))))
	Q := 1 + s*(qa1+s*(qa2+s*(qa3+s*(qa4+s*(qa5+s*qa6)))))
	return P / Q
}

// Erf: Erf(±Inf) = ±1, Erf(NaN) = NaN.
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306
		small    = 1.0 / (1 << 28)
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var r float64
	switch {
	case x < 0.84375:
		if x < small {
			if x < veryTiny {
				r = 0.125 * (8.0*x + efx8*x) // avoids underflow
			} else {
				r = x + efx*x
			}
		} else {
			r = x + x*erfSmall(x)
		}
	case x < 1.25:
		if neg {
			return -erx - erfNearOne(x)
		}
		return erx + erfNearOne(x)
	case x >= 6:
		r = 1
	default:
		t := erfTail(x)
		if neg {
			return t - 1
		}
		return 1 - t
	}
	if neg {
		return -r
	}
	return r
}

// Erfc is 1 - Erf(x) without the cancellation: Erfc(+Inf) = 0, Erfc(-Inf) = 2.
func Erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if x < 0.84375 {
		var t float64
		if x < tiny {
			t = x
		} else {
			y := erfSmall(x)
			if x < 0.25 {
				t = x + x*y
			} else {
				t = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + t
		}
		return 1 - t
	}
	if x < 1.25 {
		if neg {
			return 1 + erx + erfNearOne(x)
		}
		return 1 - erx - erfNearOne(x)
	}
	if x < 28 {
		if neg && x > 6 && x >= 1/0.35 {
			return 2
		}
		t := erfTail(x)
		if neg {
			return 2 - t
		}
		return t
	}
	if neg {
		return 2
	}
	return 0
}

// Coefficients of Erfinv's three rational approximations (central, intermediate and tail).
const (
	eiA0 = 1.1975323115670912564578e0
	eiA1 = 4.7072688112383978012285e1
	eiA2 = 6.9706266534389598238465e2
	eiA3 = 4.8548868893843886794648e3
	eiA4 = 1.6235862515167575384252e4
	eiA5 = 2.3782041382114385731252e4
	eiA6 = 1.1819493347062294404278e4
	eiA7 = 8.8709406962545514830200e2
	eiB0 = 1.0000000000000000000e0
	eiB1 = 4.2313330701600911252e1
	eiB2 = 6.8718700749205790830e2
	eiB3 = 5.3941960214247511077e3
	eiB4 = 2.1213794301586595867e4
	eiB5 = 3.9307895800092710610e4
	eiB6 = 2.8729085735721942674e4
	eiB7 = 5.2264952788528545610e3
	eiC0 = 1.42343711074968357734e0
	eiC1 = 4.63033784615654529590e0
	eiC2 = 5.76949722146069140550e0
	eiC3 = 3.64784832476320460504e0
	eiC4 = 1.27045825245236838258e0
	eiC5 = 2.41780725177450611770e-1
	eiC6 = 2.27238449892691845833e-2
	eiC7 = 7.74545014278341407640e-4
	eiD0 = 1.4142135623730950488016887e0
	eiD1 = 2.9036514445419946173133295e0
	eiD2 = 2.3707661626024532365971225e0
	eiD3 = 9.7547832001787427186894837e-1
	eiD4 = 2.0945065210512749128288442e-1
	eiD5 = 2.1494160384252876777097297e-2
	eiD6 = 7.7441459065157709165577218e-4
	eiD7 = 1.4859850019840355905497876e-9
	eiE0 = 6.65790464350110377720e0
	eiE1 = 5.46378491116411436990e0
	eiE2 = 1.78482653991729133580e0
	eiE3 = 2.96560571828504891230e-1
	eiE4 = 2.65321895265761230930e-2
	eiE5 = 1.24266094738807843860e-3
	eiE6 = 2.71155556874348757815e-5
	eiE7 = 2.01033439929228813265e-7
	eiF0 = 1.414213562373095048801689e0
	eiF1 = 8.482908416595164588112026e-1
	eiF2 = 1.936480946950659106176712e-1
	eiF3 = 2.103693768272068968719679e-2
	eiF4 = 1.112800997078859844711555e-3
	eiF5 = 2.611088405080593625138020e-5
	eiF6 = 2.010321207683943062279931e-7
	eiF7 = 2.891024605872965461538222e-15
)

// Erfinv is the inverse of Erf: ±Inf at ±1, NaN outside [-1, 1].
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var ans float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		z1 := ((((((eiA7*r+eiA6)*r+eiA5)*r+eiA4)*r+eiA3)*r+eiA2)*r+eiA1)*r + eiA0
		z2 := ((((((eiB7*r+eiB6)*r+eiB5)*r+eiB4)*r+eiB3)*r+eiB2)*r+eiB1)*r + eiB0
		ans = (x * z1) / z2
	} else {
		var z1, z2 float64
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			z1 = ((((((eiC7*r+eiC6)*r+eiC5)*r+eiC4)*r+eiC3)*r+eiC2)*r+eiC1)*r + eiC0
			z2 = ((((((eiD7*r+eiD6)*r+eiD5)*r+eiD4)*r+eiD3)*r+eiD2)*r+eiD1)*r + eiD0
		} else {
			r -= 5.0
			z1 = ((((((eiE7*r+eiE6)*r+eiE5)*r+eiE4)*r+eiE3)*r+eiE2)*r+eiE1)*r + eiE0
			z2 = ((((((eiF7*r+eiF6)*r+eiF5)*r+eiF4)*r+eiF3)*r+eiF2)*r+eiF1)*r + eiF0
		}
		ans = z1 / z2
	}
	if neg {
		return -ans
	}
	return ans
}

// Erfcinv is Erfinv(1 - x).
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
