// Splitting strings into fields and pieces.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into at most n one-rune strings (each invalid byte its own string), the
// last holding the rest.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits around sep, keeping sepSave bytes of it with each piece, into at most n
// pieces (all if n < 0). The result's capacity is the number of pieces it allowed for.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// Fields splits around runs of white space (unicode.IsSpace).
func Fields(s string) []string {
	// ASCII input (the common case) is split in two passes over the bytes: count the
	// fields, then slice them out, with no per-rune function calls.
	n := 0
	wasSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		isSpace := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		if wasSpace && !isSpace {
			n++
		}
		wasSpace = isSpace
	}
	a := make([]string, n)
	na := 0
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	for i < len(s) {
		start := i
		for i < len(s) && !isASCIISpace(s[i]) {
			i++
		}
		a[na] = s[start:i]
		na++
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
	}
	return a
}

// FieldsFunc splits around runs of runes satisfying f; the result has no spare capacity.
func FieldsFunc(s string, f func(rune) bool) []string {
	type span struct{ start, end int }
	var spans []span
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end]
	}
	return a
}
