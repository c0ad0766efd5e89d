// Package strconv: conversions between strings and numbers, booleans and quoted literals.
// The digit work is done natively (natives in native.ts); this file holds the error values
// and builds them from the natives' result codes.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint (gots implements amd64).
const IntSize = 64

// ErrRange means the value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax means the text is not valid for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Result codes of the parsing natives.
const (
	codeOK = iota
	codeSyntax
	codeRange
	codeBase
	codeBitSize
)

// numError makes the *NumError for a parsing native's failure code.
func numError(fn, s string, code, base, bitSize int) *NumError {
	switch code {
	case codeSyntax:
		return &NumError{fn, s, ErrSyntax}
	case codeRange:
		return &NumError{fn, s, ErrRange}
	case codeBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	default:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}
}

func parseUint(s string, base int, bitSize int) (uint64, int)
func parseInt(s string, base int, bitSize int) (int64, int)
func atoi(s string) (int, int)
func parseFloat(s string, bitSize int) (float64, int)

// ParseUint is like ParseInt for unsigned numbers; a sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

// ParseInt interprets s in the given base (0, 2 to 36) and bit size (0 to 64).
// With base 0 the prefix decides: 0b, 0o or 0, 0x, else decimal; underscores may then
// separate digits. Out-of-range values give the nearest representable value and ErrRange.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code := parseInt(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	v, code := atoi(s)
	if code != codeOK {
		return v, numError("Atoi", s, code, 10, 0)
	}
	return v, nil
}

// ParseFloat converts s to a float of the given bit size (32 or 64), correctly rounded.
// Values too large give ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != codeOK {
		return v, numError("ParseFloat", s, code, 10, bitSize)
	}
	return v, nil
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string

// FormatInt formats i in base 2 to 36, with lower-case letters for digits from 10.
func FormatInt(i int64, base int) string

// FormatUint formats i in base 2 to 36, with lower-case letters for digits from 10.
func FormatUint(i uint64, base int) string

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// FormatFloat formats f with format 'b', 'e', 'E', 'f', 'g', 'G', 'x' or 'X' and precision
// prec (-1: the fewest digits that read back exactly), as a float of bitSize bits.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}
