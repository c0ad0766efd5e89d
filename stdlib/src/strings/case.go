// Case mapping and rune-by-rune mapping.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map applies mapping to every rune, dropping runes mapped to a negative value. Invalid
// bytes are passed as utf8.RuneError and so come out as an encoded U+FFFD. When nothing
// changes, s itself is returned.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	changed := false
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		var width int
		if c == utf8.RuneError {
			c, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue // a genuine U+FFFD left alone
			}
		} else {
			width = utf8.RuneLen(c)
		}
		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if r >= 0 {
			b.WriteRune(r)
		}
		s = s[i+width:]
		changed = true
		break
	}
	if !changed {
		return s
	}
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func ToUpper(s string) string {
	if isASCII(s) {
		return asciiUpper(s)
	}
	return Map(unicode.ToUpper, s)
}

func ToLower(s string) string {
	if isASCII(s) {
		return asciiLower(s)
	}
	return Map(unicode.ToLower, s)
}

func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

func asciiUpper(s string) string

func asciiLower(s string) string

// ToValidUTF8 replaces each run of invalid bytes by replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false // the previous byte was part of an invalid run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b.WriteByte(c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			continue
		}
		invalid = false
		b.WriteString(s[i : i+wid])
		i += wid
	}
	return b.String()
}

// isSeparator decides word boundaries for Title: ASCII letters, digits and '_' are not
// separators, nor are other letters and digits; spaces and other ASCII are.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title maps the first letter of each word to title case. Deprecated in Go for its poor
// handling of Unicode word boundaries, kept for compatibility.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}
