// Package utf16: UTF-16 encoding and decoding of Unicode code points.
//
// Code points above U+FFFF are written as a surrogate pair: 0xD800 plus the top ten bits of
// (r - 0x10000), then 0xDC00 plus the low ten bits. Anything that cannot be encoded (negative,
// a surrogate itself, above U+10FFFF) or decoded (an unpaired surrogate) becomes U+FFFD.
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'

	surr1    = 0xd800 // first high surrogate
	surr2    = 0xdc00 // first low surrogate
	surr3    = 0xe000 // just after the last low surrogate
	surrSelf = 0x10000
)

// IsSurrogate reports whether r can appear in a surrogate pair (U+D800 to U+DFFF).
func IsSurrogate(r rune) bool { return surr1 <= r && r < surr3 }

// DecodeRune returns the code point of the surrogate pair r1, r2, or U+FFFD when they are
// not a high surrogate followed by a low one.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the surrogate pair for r, or U+FFFD twice when r needs no pair or is
// not a valid code point.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// RuneLen returns the number of 16-bit words the encoding of r takes, or -1 when r cannot be
// encoded.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return 1
	case surrSelf <= r && r <= maxRune:
		return 2
	}
	return -1
}

// Encode returns the UTF-16 encoding of s. The result's capacity counts two words for every
// rune from U+10000 up (valid or not), as the sizing pass does not check validity.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= surrSelf {
			n++
		}
	}
	out := make([]uint16, n)
	n = 0
	for _, r := range s {
		switch RuneLen(r) {
		case 1:
			out[n] = uint16(r)
			n++
		case 2:
			r1, r2 := EncodeRune(r)
			out[n] = uint16(r1)
			out[n+1] = uint16(r2)
			n += 2
		default:
			out[n] = replacementChar
			n++
		}
	}
	return out[:n]
}

// AppendRune appends the UTF-16 encoding of r (U+FFFD when r is not encodable) to a.
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

// Decode returns the code points of the UTF-16 words s; each unpaired surrogate becomes
// U+FFFD. The result starts with room for 64 runes and grows as append grows it.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, 64)
	for i := 0; i < len(s); i++ {
		w := rune(s[i])
		switch {
		case w < surr1 || surr3 <= w:
			out = append(out, w)
		case w < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			out = append(out, DecodeRune(w, rune(s[i+1])))
			i++
		default:
			out = append(out, replacementChar)
		}
	}
	return out
}
