// Sine, cosine and tangent: Cody–Waite reduction by π/4 in three parts for moderate
// arguments (Payne–Hanek beyond 2**29), then the Cephes polynomials on [-π/4, π/4].
package math

// π/4 split so that y*pi4a and y*pi4b are exact for the octant counts used.
const (
	pi4a = 7.85398125648498535156e-1
	pi4b = 3.77489470793079817668e-8
	pi4c = 2.69515142907905952645e-15

	reduceThreshold = 1 << 29
)

// Coefficients of sin(z) ≈ z + z³·S(z²) and cos(z) ≈ 1 - z²/2 + z⁴·C(z²), highest power first.
var sinCoef = [6]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [6]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// trigReduce is Payne–Hanek reduction for x >= 2**29 (native): the octant j and the
// remainder z.
func trigReduce(x float64) (j uint64, z float64)

// octant reduces x >= 0 to an octant j in 0..7 (odd octants moved to the next even one) and
// the remainder z in [-π/4, π/4].
func octant(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = ((x - y*pi4a) - y*pi4b) - y*pi4c
	return j, z
}

func sinPoly(z, zz float64) float64 {
	return z + z*zz*((((((sinCoef[0]*zz)+sinCoef[1])*zz+sinCoef[2])*zz+sinCoef[3])*zz+sinCoef[4])*zz+sinCoef[5])
}

func cosPoly(zz float64) float64 {
	return 1.0 - 0.5*zz + zz*zz*((((((cosCoef[0]*zz)+cosCoef[1])*zz+cosCoef[2])*zz+cosCoef[3])*zz+cosCoef[4])*zz+cosCoef[5])
}

// Sin: Sin(±0) = ±0, Sin(±Inf) = Sin(NaN) = NaN.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	j, z := octant(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos: Cos(±Inf) = Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	neg := false
	x = Abs(x)
	j, z := octant(x)
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos computes both at once, with the same results as Sin and Cos.
func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	if IsNaN(x) || IsInf(x, 0) {
		return NaN(), NaN()
	}
	sinNeg, cosNeg := false, false
	if x < 0 {
		x = -x
		sinNeg = true
	}
	j, z := octant(x)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosPoly(zz)
	sin = sinPoly(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Coefficients of tan(z) ≈ z + z³·P(z²)/Q(z²).
var (
	tanP = [3]float64{
		-1.30936939181383777646e4,
		1.15351664838587416140e6,
		-1.79565251976484877988e7,
	}
	tanQ = [5]float64{
		1.00000000000000000000e0,
		1.36812963470692954678e4,
		-1.32089234440210967447e6,
		2.50083801823357915839e7,
		-5.38695755929454629881e7,
	}
)

// Tan: Tan(±0) = ±0, Tan(±Inf) = Tan(NaN) = NaN.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var j uint64
	var z float64
	if x >= reduceThreshold {
		j, z = trigReduce(x)
	} else {
		// Unlike sin and cos, the octant is not reduced modulo 8: only bit 1 matters.
		j = uint64(x * (4 / Pi))
		y := float64(j)
		if j&1 == 1 {
			j++
			y++
		}
		z = ((x - y*pi4a) - y*pi4b) - y*pi4c
	}
	zz := z * z
	var y float64
	if zz > 1e-14 {
		y = z + z*(zz*(((tanP[0]*zz)+tanP[1])*zz+tanP[2])/((((zz+tanQ[1])*zz+tanQ[2])*zz+tanQ[3])*zz+tanQ[4]))
	} else {
		y = z
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}
