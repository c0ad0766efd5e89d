// Bit-level access to floats and the special values.
package math

func Float64bits(f float64) uint64

func Float64frombits(b uint64) float64

func Float32bits(f float32) uint32

func Float32frombits(b uint32) float32

var (
	posInf = Float64frombits(0x7FF0000000000000)
	negInf = Float64frombits(0xFFF0000000000000)
)

// Inf returns +Inf for sign >= 0, -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return posInf
	}
	return negInf
}

// NaN returns the quiet NaN gc returns (payload 1).
func NaN() float64

func IsNaN(f float64) bool { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether the sign bit is set (true for -0 and negative NaNs too).
func Signbit(x float64) bool

func Abs(x float64) float64

// Copysign returns f with the sign bit of sign.
func Copysign(f, sign float64) float64
