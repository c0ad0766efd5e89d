// Package strings: operations on UTF-8 byte strings. Searching is done natively on the byte
// string (native.ts); the rest follows Go's documented results, including for invalid UTF-8.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Index returns the byte index of the first substr in s, or -1; "" is found at 0.
func Index(s, substr string) int

// LastIndex returns the byte index of the last substr in s, or -1; "" is found at len(s).
func LastIndex(s, substr string) int

func IndexByte(s string, c byte) int

func LastIndexByte(s string, c byte) int

// Count counts non-overlapping instances of substr; for "" it is the rune count plus one.
func Count(s, substr string) int

// Compare orders strings bytewise: -1, 0 or +1.
func Compare(a, b string) int

func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// IndexRune finds r's encoding; utf8.RuneError matches the first invalid sequence as well as
// an encoded U+FFFD, and other invalid runes match nothing.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first rune of s that is in chars (invalid bytes of s
// being utf8.RuneError), or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny scans backwards, decoding from the end.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int { return indexFunc(s, f, true) }

func LastIndexFunc(s string, f func(rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Cut splits around the first sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone returns s: strings are immutable here, so sharing is a copy.
func Clone(s string) string { return s }

// Repeat panics for a negative count or a result longer than the largest int.
func Repeat(s string, count int) string {
	switch {
	case count == 0:
		return ""
	case count == 1:
		return s
	case count < 0:
		panic("strings: negative Repeat count")
	}
	if len(s) > 0 && len(s) > maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	return repeat(s, count)
}

const maxInt = int(^uint(0) >> 1)

func repeat(s string, count int) string

// Join concatenates with sep between elements.
func Join(elems []string, sep string) string

// Replace replaces the first n (all if n < 0) non-overlapping instances of old. An empty old
// matches at the start and after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if old != "" {
		return replace(s, old, new, n)
	}
	m := utf8.RuneCountInString(s) + 1
	if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*len(new))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if i > 0 {
			_, wid := utf8.DecodeRuneInString(s[start:])
			j += wid
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j
	}
	b.WriteString(s[start:])
	return b.String()
}

func replace(s, old, new string, n int) string

func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t are equal under simple Unicode case folding (invalid
// bytes compare as utf8.RuneError).
func EqualFold(s, t string) bool {
	for len(s) > 0 && len(t) > 0 {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if sr == tr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// tr must be in sr's fold orbit.
		r := unicode.SimpleFold(sr)
		for r != sr && r != tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return len(s) == len(t)
}
