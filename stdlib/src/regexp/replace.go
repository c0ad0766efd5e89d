// Replacement: ReplaceAll and friends, and template expansion ($1, ${name}, $$).
package regexp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// replaceAll copies src with each match replaced by what repl appends. An empty match
// right after the previous match is not replaced; after each match the search moves on at
// least one rune.
func (re *Regexp) replaceAll(src string, ncap int, repl func(dst []byte, m []int) []byte) []byte {
	lastEnd := 0
	searchPos := 0
	var buf []byte
	end := len(src)
	for searchPos <= end {
		ok, a := re.exec(src, searchPos, ncap)
		if !ok {
			break
		}
		buf = append(buf, src[lastEnd:a[0]]...)
		if a[1] > lastEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastEnd = a[1]
		_, w := utf8.DecodeRuneInString(src[searchPos:])
		if searchPos+w > a[1] {
			searchPos += w
		} else if searchPos+1 > a[1] {
			searchPos++
		} else {
			searchPos = a[1]
		}
	}
	buf = append(buf, src[lastEnd:]...)
	return buf
}

func (re *Regexp) templateSlots(repl string) int {
	if strings.IndexByte(repl, '$') >= 0 {
		return 2 * (re.numSubexp + 1)
	}
	return 2
}

// ReplaceAllString replaces the matches in src by the template repl expanded for each.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	b := re.replaceAll(src, re.templateSlots(repl), func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, src, m)
	})
	return string(b)
}

// ReplaceAllLiteralString replaces the matches in src by repl as it is.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc replaces each match by repl's result for it.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

// ReplaceAll replaces the matches in src by the template repl expanded for each.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	t := string(repl)
	return re.replaceAll(s, re.templateSlots(t), func(dst []byte, m []int) []byte {
		return re.expand(dst, t, s, m)
	})
}

// ReplaceAllLiteral replaces the matches in src by repl as it is.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(string(src), 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc replaces each match by repl's result for it.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(string(src), 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst with $ references replaced by the groups of match in src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand for a string template and source.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// expand substitutes $name, ${name} and $$. A name is the longest run of letters, digits
// and underscores; all digits means a group number. References to unknown or unmatched
// groups give nothing; a $ not followed by a valid reference stays as it is.
func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for len(template) > 0 {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i:]
		if len(template) > 1 && template[1] == '$' {
			dst = append(dst, '$')
			template = template[2:]
			continue
		}
		name, num, rest, ok := extractRef(template[1:])
		if !ok {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
		} else {
			for i, n := range re.subexpNames {
				if name == n && 2*i+1 < len(match) && match[2*i] >= 0 {
					dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					break
				}
			}
		}
	}
	return append(dst, template...)
}

// extractRef reads the name after a $ (bare or in braces); num is its value when it is a
// number without leading zeros below 10^8 digits' overflow, else -1.
func extractRef(s string) (name string, num int, rest string, ok bool) {
	if s == "" {
		return
	}
	brace := false
	if s[0] == '{' {
		brace = true
		s = s[1:]
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = s[:i]
	if brace {
		if i >= len(s) || s[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, s[i:], true
}
