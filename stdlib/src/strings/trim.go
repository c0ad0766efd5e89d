// Trimming prefixes, suffixes and runs of runes.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Trim removes leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRight(trimLeft(s, cutset), cutset)
}

func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRight(s, cutset)
}

func trimLeft(s, cutset string) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

func trimRight(s, cutset string) string {
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimSpace removes leading and trailing white space.
func TrimSpace(s string) string {
	start := 0
	for start < len(s) && isASCIISpace(s[start]) {
		start++
	}
	if start < len(s) && s[start] >= utf8.RuneSelf {
		return TrimFunc(s[start:], unicode.IsSpace)
	}
	stop := len(s)
	for stop > start && isASCIISpace(s[stop-1]) {
		stop--
	}
	if stop > start && s[stop-1] >= utf8.RuneSelf {
		return TrimRightFunc(s[start:stop], unicode.IsSpace)
	}
	return s[start:stop]
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc finds the last rune to keep by decoding backwards, then keeps it whole by
// decoding forwards from there.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}
