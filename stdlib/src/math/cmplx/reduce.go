// Argument reduction modulo π and the series for the denominator of Tan and Cot near
// their poles.
package cmplx

import (
	"math"
	"math/bits"
)

// invPi holds the binary digits of 1/π, 64 per word, after a leading zero word.
var invPi = [...]uint64{
	0x0000000000000000,
	0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820, 0xff28b1d5ef5de2b0,
	0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f, 0x74411afa975da242,
	0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d, 0x8ffc4bffef02cc07,
	0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516, 0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// reducePi returns x reduced into [-π/2, π/2]. Moderate values use Cody–Waite with π split
// in three parts; from 2^30 on, x/π is formed exactly from the mantissa times the digits of
// 1/π around x's exponent (Payne–Hanek), and only its fraction is kept.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // π's top 28 bits
			pi2 = 1.5099578831723193e-07 // the next 28 bits
			pi3 = 1.0780605716316238e-14 // the rest
		)
		t := x / math.Pi
		t += 0.5
		t = float64(int64(t))
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	const (
		mantBits = 52
		bias     = 1023
	)
	ix := math.Float64bits(x)
	exp := int(ix>>mantBits&0x7FF) - bias - mantBits
	ix = ix&(1<<mantBits-1) | 1<<mantBits
	// Three words of 1/π starting at the bit that lines up with x's binary point.
	digit, shift := uint(exp+64)/64, uint(exp+64)%64
	z0 := (invPi[digit] << shift) | (invPi[digit+1] >> (64 - shift))
	z1 := (invPi[digit+1] << shift) | (invPi[digit+2] >> (64 - shift))
	z2 := (invPi[digit+2] << shift) | (invPi[digit+3] >> (64 - shift))
	z2hi, _ := bits.Mul64(z2, ix)
	z1hi, z1lo := bits.Mul64(z1, ix)
	z0lo := z0 * ix
	lo, c := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0lo, z1hi, c)
	// hi:lo is the fraction of x/π; normalize it into a float64 in [0, 1).
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - mantBits
	hi |= e << mantBits
	x = math.Float64frombits(hi)
	if x > 0.5 {
		x--
	}
	return math.Pi * x
}

// tanSeries returns cosh 2y - cos 2x summed as the Taylor series Σ (y^2k ± x^2k)/(2k)!,
// which stays accurate where the difference cancels.
func tanSeries(z complex128) float64 {
	const machEp = 1.0 / (1 << 53)
	x := math.Abs(2 * real(z))
	y := math.Abs(2 * imag(z))
	x = reducePi(x)
	x = x * x
	y = y * y
	x2, y2, f, rn, d := 1.0, 1.0, 1.0, 0.0, 0.0
	for {
		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t := (y2 + x2) / f
		d += t

		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t = (y2 - x2) / f
		d += t
		if !(math.Abs(t/d) > machEp) {
			break
		}
	}
	return d
}
