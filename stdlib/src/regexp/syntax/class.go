// Character classes as sorted lists of lo, hi rune pairs: building, merging, negating,
// widening under case folding, and the named groups (\d, [:alpha:], \p{Greek}).
package syntax

import (
	"sort"
	"unicode"
)

const maxRune = unicode.MaxRune

func appendRange(r []rune, lo, hi rune) []rune {
	n := len(r)
	// Merging with the previous pair keeps runs of single characters short.
	if n >= 2 && lo <= r[n-1]+1 && hi >= r[n-2]-1 {
		if lo < r[n-2] {
			r[n-2] = lo
		}
		if hi > r[n-1] {
			r[n-1] = hi
		}
		return r
	}
	return append(r, lo, hi)
}

type rangePairs []rune

func (p rangePairs) Len() int { return len(p) / 2 }
func (p rangePairs) Less(i, j int) bool {
	if p[2*i] != p[2*j] {
		return p[2*i] < p[2*j]
	}
	return p[2*i+1] > p[2*j+1]
}
func (p rangePairs) Swap(i, j int) {
	p[2*i], p[2*j] = p[2*j], p[2*i]
	p[2*i+1], p[2*j+1] = p[2*j+1], p[2*i+1]
}

// cleanClass sorts the pairs and joins those that overlap or touch.
func cleanClass(r []rune) []rune {
	if len(r) <= 2 {
		return r
	}
	sort.Sort(rangePairs(r))
	w := 2
	for i := 2; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if lo <= r[w-1]+1 {
			if hi > r[w-1] {
				r[w-1] = hi
			}
			continue
		}
		r[w] = lo
		r[w+1] = hi
		w += 2
	}
	return r[:w]
}

// negateClass turns a clean class into its complement within [0, MaxRune].
func negateClass(r []rune) []rune {
	out := make([]rune, 0, len(r)+2)
	next := rune(0)
	for i := 0; i < len(r); i += 2 {
		if r[i] > next {
			out = append(out, next, r[i]-1)
		}
		next = r[i+1] + 1
	}
	if next <= maxRune {
		out = append(out, next, maxRune)
	}
	return out
}

func appendClass(r []rune, x []rune) []rune {
	for i := 0; i+1 < len(x); i += 2 {
		r = appendRange(r, x[i], x[i+1])
	}
	return r
}

func appendNegatedClass(r []rune, x []rune) []rune {
	return appendClass(r, negateClass(cleanClass(append([]rune(nil), x...))))
}

// foldable lists, sorted, every rune whose simple case folding orbit has more than one member.
// Every such rune has a case mapping, so CaseRanges names them all.
var foldable []rune

func foldableRunes() []rune {
	if foldable != nil {
		return foldable
	}
	list := make([]rune, 0, 3000)
	for _, cr := range unicode.CaseRanges {
		for c := rune(cr.Lo); c <= rune(cr.Hi); c++ {
			if unicode.SimpleFold(c) != c {
				list = append(list, c)
			}
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	foldable = list
	return list
}

// appendFoldedRange adds [lo, hi] and every rune that folds to one in it.
func appendFoldedRange(r []rune, lo, hi rune) []rune {
	r = appendRange(r, lo, hi)
	list := foldableRunes()
	i := sort.Search(len(list), func(k int) bool { return list[k] >= lo })
	for ; i < len(list) && list[i] <= hi; i++ {
		c := list[i]
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f < lo || f > hi {
				r = append(r, f, f)
			}
		}
	}
	return r
}

func appendFoldedClass(r []rune, x []rune) []rune {
	for i := 0; i+1 < len(x); i += 2 {
		r = appendFoldedRange(r, x[i], x[i+1])
	}
	return r
}

// foldOrbit is the class of the runes that match r case-insensitively.
func foldOrbit(r rune) []rune {
	out := []rune{r, r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f, f)
	}
	return cleanClass(out)
}

func appendTable(r []rune, t *unicode.RangeTable) []rune {
	for _, x := range t.R16 {
		lo, hi, st := rune(x.Lo), rune(x.Hi), rune(x.Stride)
		if st == 1 {
			r = appendRange(r, lo, hi)
			continue
		}
		for c := lo; c <= hi; c += st {
			r = appendRange(r, c, c)
		}
	}
	for _, x := range t.R32 {
		lo, hi, st := rune(x.Lo), rune(x.Hi), rune(x.Stride)
		if st == 1 {
			r = appendRange(r, lo, hi)
			continue
		}
		for c := lo; c <= hi; c += st {
			r = appendRange(r, c, c)
		}
	}
	return r
}

// A group is a named class: its ranges, and whether the name means their complement.
type group struct {
	negated bool
	class   []rune
}

var (
	digitClass = []rune{'0', '9'}
	spaceClass = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	wordClass  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
)

var perlGroups = map[string]group{
	`\d`: {false, digitClass}, `\D`: {true, digitClass},
	`\s`: {false, spaceClass}, `\S`: {true, spaceClass},
	`\w`: {false, wordClass}, `\W`: {true, wordClass},
}

var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// posixGroup looks up "[:name:]" or "[:^name:]".
func posixGroup(s string) (group, bool) {
	name := s[2 : len(s)-2]
	neg := false
	if name != "" && name[0] == '^' {
		neg = true
		name = name[1:]
	}
	c, ok := posixClasses[name]
	return group{neg, c}, ok
}

// appendGroup adds a named group, folded first when the pattern ignores case.
func (p *parser) appendGroup(r []rune, g group) []rune {
	cls := g.class
	if p.flags&FoldCase != 0 {
		cls = cleanClass(appendFoldedClass(nil, cls))
	}
	if g.negated {
		return appendNegatedClass(r, cls)
	}
	return appendClass(r, cls)
}

// unicodeClass is the class \p{name} stands for ("Any", a category or a script), or nil.
func unicodeClass(name string, fold bool) []rune {
	if name == "Any" {
		return []rune{0, maxRune}
	}
	t := unicode.Categories[name]
	if t == nil {
		t = unicode.Scripts[name]
	}
	if t == nil {
		return nil
	}
	r := cleanClass(appendTable(nil, t))
	if fold {
		r = cleanClass(appendFoldedClass(nil, r))
	}
	return r
}
