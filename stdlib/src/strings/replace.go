// Replacer: many replacements in one pass.
package strings

import "io"

// Replacer replaces old strings by new ones. Scanning left to right, at each position the
// first pair (in argument order) whose old string starts there wins; replaced text is not
// scanned again. An empty old string matches at every position, but not twice in a row at
// the same position.
type Replacer struct {
	olds, news []string
	// byFirst lists, for each possible first byte, the pairs whose old string starts with it.
	byFirst [256][]int
	// empty is the index of the first pair with an empty old string, or -1.
	empty int
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		k := len(r.olds)
		old := oldnew[i]
		r.olds = append(r.olds, old)
		r.news = append(r.news, oldnew[i+1])
		if old == "" {
			if r.empty < 0 {
				r.empty = k
			}
			continue
		}
		r.byFirst[old[0]] = append(r.byFirst[old[0]], k)
	}
	return r
}

// match finds the winning pair at s[i:], or -1. noEmpty excludes empty old strings.
func (r *Replacer) match(s string, i int, noEmpty bool) int {
	best := -1
	if !noEmpty {
		best = r.empty
	}
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if best >= 0 && k > best {
				break
			}
			if HasPrefix(s[i:], r.olds[k]) {
				best = k
				break
			}
		}
	}
	return best
}

func (r *Replacer) Replace(s string) string {
	var b Builder
	if r.replace(&b, s, true) {
		return b.String()
	}
	return s
}

// replace writes the result to w and reports whether anything was replaced; with lazy, it
// writes nothing at all when nothing was.
func (r *Replacer) replace(w io.Writer, s string, lazy bool) (wrote bool) {
	n, _ := r.write(w, s, lazy)
	return n >= 0
}

// write returns n = -1 when lazy and nothing was replaced.
func (r *Replacer) write(w io.Writer, s string, lazy bool) (n int, err error) {
	last := 0
	prevEmpty := false
	wrote := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		wrote = true
		m, err := io.WriteString(w, s[last:i])
		n += m
		if err != nil {
			return n, err
		}
		m, err = io.WriteString(w, r.news[k])
		n += m
		if err != nil {
			return n, err
		}
		prevEmpty = r.olds[k] == ""
		i += len(r.olds[k])
		last = i
	}
	if !wrote && lazy {
		return -1, nil
	}
	if last < len(s) {
		m, err := io.WriteString(w, s[last:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// WriteString writes s with the replacements done to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return r.write(w, s, false)
}
