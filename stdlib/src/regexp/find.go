// The Find family: first match or all matches, as text, byte slices or index pairs, with
// or without groups.
package regexp

import (
	"io"
)

// pad lengthens a slot list to cover every group, with -1 for slots the program never sets.
func (re *Regexp) pad(a []int) []int {
	if a == nil {
		return nil
	}
	n := (1 + re.numSubexp) * 2
	for len(a) < n {
		a = append(a, -1)
	}
	return a
}

// allMatches delivers successive matches of s, at most n (all when n < 0). After a
// match, the search resumes at its end; an empty match there is skipped when it touches the
// previous match, and after an empty match the search moves on by one rune.
func (re *Regexp) allMatches(s string, n int, ncap int, deliver func([]int)) {
	end := len(s)
	if n < 0 {
		n = end + 1
	}
	prevEnd := -1
	for pos, i := 0, 0; i < n && pos <= end; {
		ok, m := re.exec(s, pos, ncap)
		if !ok {
			break
		}
		accept := true
		if m[1] == pos {
			if m[0] == prevEnd {
				accept = false
			}
			if _, w := decodeAt(s, pos); w > 0 {
				pos += w
			} else {
				pos = end + 1
			}
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			deliver(re.pad(m))
			i++
		}
	}
}

// Find returns the leftmost match in b, or nil.
func (re *Regexp) Find(b []byte) []byte {
	ok, a := re.exec(string(b), 0, 2)
	if !ok {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the bounds of the leftmost match in b, or nil.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	ok, a := re.exec(string(b), 0, 2)
	if !ok {
		return nil
	}
	return a[0:2]
}

// FindString returns the leftmost match in s, or "".
func (re *Regexp) FindString(s string) string {
	ok, a := re.exec(s, 0, 2)
	if !ok {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the bounds of the leftmost match in s, or nil.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	ok, a := re.exec(s, 0, 2)
	if !ok {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns the byte bounds of the leftmost match in the reader's text.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	ok, a := re.exec(readAll(r), 0, 2)
	if !ok {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns the leftmost match and its groups (nil for groups not taking part).
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	ok, a := re.exec(string(b), 0, re.numCap)
	if !ok {
		return nil
	}
	a = re.pad(a)
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// FindSubmatchIndex returns the bounds of the leftmost match and of its groups.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	ok, a := re.exec(string(b), 0, re.numCap)
	if !ok {
		return nil
	}
	return re.pad(a)
}

// FindStringSubmatch returns the leftmost match in s and its groups.
func (re *Regexp) FindStringSubmatch(s string) []string {
	ok, a := re.exec(s, 0, re.numCap)
	if !ok {
		return nil
	}
	a = re.pad(a)
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns the bounds of the leftmost match in s and its groups.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	ok, a := re.exec(s, 0, re.numCap)
	if !ok {
		return nil
	}
	return re.pad(a)
}

// FindReaderSubmatchIndex returns the bounds of the leftmost match and its groups in the
// reader's text.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	ok, a := re.exec(readAll(r), 0, re.numCap)
	if !ok {
		return nil
	}
	return re.pad(a)
}

// FindAll returns up to n successive matches in b (all when n < 0), or nil.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.allMatches(string(b), n, 2, func(m []int) {
		out = append(out, b[m[0]:m[1]:m[1]])
	})
	return out
}

// FindAllIndex returns the bounds of up to n successive matches in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var out [][]int
	re.allMatches(string(b), n, 2, func(m []int) {
		out = append(out, m[0:2])
	})
	return out
}

// FindAllString returns up to n successive matches in s.
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.allMatches(s, n, 2, func(m []int) {
		out = append(out, s[m[0]:m[1]])
	})
	return out
}

// FindAllStringIndex returns the bounds of up to n successive matches in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(s, n, 2, func(m []int) {
		out = append(out, m[0:2])
	})
	return out
}

// FindAllSubmatch returns up to n successive matches in b with their groups.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.allMatches(string(b), n, re.numCap, func(m []int) {
		sub := make([][]byte, len(m)/2)
		for j := range sub {
			if m[2*j] >= 0 {
				sub[j] = b[m[2*j]:m[2*j+1]:m[2*j+1]]
			}
		}
		out = append(out, sub)
	})
	return out
}

// FindAllSubmatchIndex returns the bounds of up to n successive matches in b and of their
// groups.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var out [][]int
	re.allMatches(string(b), n, re.numCap, func(m []int) {
		out = append(out, m)
	})
	return out
}

// FindAllStringSubmatch returns up to n successive matches in s with their groups.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.allMatches(s, n, re.numCap, func(m []int) {
		sub := make([]string, len(m)/2)
		for j := range sub {
			if m[2*j] >= 0 {
				sub[j] = s[m[2*j]:m[2*j+1]]
			}
		}
		out = append(out, sub)
	})
	return out
}

// FindAllStringSubmatchIndex returns the bounds of up to n successive matches in s and of
// their groups.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(s, n, re.numCap, func(m []int) {
		out = append(out, m)
	})
	return out
}

// Split cuts s around the matches, into at most n pieces when n > 0 (the last piece is
// the unsplit rest); n == 0 gives nil and n < 0 every piece. An empty match at the very
// start yields no empty first piece.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}
