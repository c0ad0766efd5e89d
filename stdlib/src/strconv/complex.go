// Complex numbers as text: FormatComplex and ParseComplex, "(re+imi)" with either part
// optional when parsing.
package strconv

// FormatComplex formats c as (re+imi) with FormatFloat's fmt and prec; bitSize is 64 for
// complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// parseFloatPrefix reads the longest float at the start of s: value, bytes read, result code.
func parseFloatPrefix(s string, bitSize int) (float64, int, int)

// ParseComplex converts "N", "Ni" or "N±Ni", optionally in parentheses, to a complex number
// whose parts are floats of bitSize/2 bits. A part out of range gives ±Inf and ErrRange
// (reported only when nothing else is wrong).
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, code := parseFloatPrefix(s, size)
	if code == codeSyntax {
		return 0, numError("ParseComplex", orig, code, 10, bitSize)
	}
	if code == codeRange {
		pending = numError("ParseComplex", orig, code, 10, bitSize)
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// A sign of its own; but "++" is left for the float reader to reject.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, numError("ParseComplex", orig, codeSyntax, 10, bitSize)
	default:
		return 0, numError("ParseComplex", orig, codeSyntax, 10, bitSize)
	}
	im, n, code := parseFloatPrefix(s, size)
	if code == codeSyntax {
		return 0, numError("ParseComplex", orig, code, 10, bitSize)
	}
	if code == codeRange {
		pending = numError("ParseComplex", orig, code, 10, bitSize)
	}
	s = s[n:]
	if s != "i" {
		return 0, numError("ParseComplex", orig, codeSyntax, 10, bitSize)
	}
	return complex(re, im), pending
}
