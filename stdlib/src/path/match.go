// Shell-style pattern matching of slash-separated names (path.Match).
//
// A pattern is cut into chunks: a run of stars, then literal text, classes and '?' up to the
// next star outside a class. Matching tries each chunk against the name, letting a starred
// chunk start after any number of non-slash bytes. Syntax errors are reported even when the
// name has already failed to match: after a mismatch the rest of the pattern is still
// scanned, so ErrBadPattern does not depend on the name (as Go 1.23 documents).
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern: '*' is any run of non-slash
// characters, '?' one non-slash character, '[' [ '^' ] ranges ']' a character class (ranges
// are c or lo-hi), and '\\' quotes the next character. The only error is ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
next:
	for pattern != "" {
		star, chunk, rest := splitChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// A trailing star takes whatever remains, within one path element.
			return strings.IndexByte(name, '/') < 0, nil
		}
		after, ok, err := matchChunk(chunk, name)
		// Without a star the chunk must match here; the final chunk must also use up the name.
		if ok && (after == "" || pattern != "") {
			name = after
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// Let the star swallow 1, 2, ... bytes, never a slash.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				after, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if pattern == "" && after != "" {
						continue
					}
					name = after
					continue next
				}
				if err != nil {
					return false, err
				}
			}
		}
		// No match: still report a malformed remainder of the pattern.
		for pattern != "" {
			_, chunk, pattern = splitChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return name == "", nil
}

// splitChunk takes the leading stars and the chunk after them (up to the next star that is
// neither quoted nor inside brackets) off the pattern.
func splitChunk(pattern string) (star bool, chunk, rest string) {
	for pattern != "" && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches chunk (no stars) against the start of s and returns what follows. Once
// the match has failed it keeps walking the chunk only to find syntax errors.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for chunk != "" {
		if !failed && s == "" {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := chunk != "" && chunk[0] == '^'
			if negated {
				chunk = chunk[1:]
			}
			in := false
			for ranges := 0; ; ranges++ {
				if ranges > 0 && chunk != "" && chunk[0] == ']' {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = classChar(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if chunk == "" {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one possibly quoted character of a class. A class may not end here: the
// chunk must go on after it (at least with the closing bracket).
func classChar(chunk string) (r rune, rest string, err error) {
	if chunk == "" || chunk[0] == '-' || chunk[0] == ']' {
		return 0, chunk, ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if chunk == "" {
			return 0, chunk, ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if rest == "" {
		err = ErrBadPattern
	}
	return r, rest, err
}
