// The parser: pattern text to parse tree, with RE2's syntax and Go's error reports. It reads
// the pattern left to right, so the first problem met is the one reported, as Go does.
package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on a tree: how deep it nests, how many instructions it may compile to, how many
// runes its classes may hold.
const (
	maxHeight = 1000
	maxSize   = 128 << 20 / 40
	maxRunes  = 128 << 20 / 4
)

type parser struct {
	whole    string
	flags    Flags
	numCap   int
	numRunes int
}

// Parse reads pattern s under flags into a parse tree.
func Parse(s string, flags Flags) (*Regexp, error) {
	if flags&Literal != 0 {
		if err := checkUTF8(s); err != nil {
			return nil, err
		}
		re := &Regexp{Op: OpLiteral, Flags: flags}
		for _, c := range s {
			re.Rune = append(re.Rune, c)
		}
		if len(re.Rune) == 0 {
			re.Op = OpEmptyMatch
		}
		return re, nil
	}
	p := &parser{whole: s, flags: flags}
	re, _, err := p.parseAlt(s, true)
	if err != nil {
		return nil, err
	}
	return re, nil
}

// node finishes a new node: it records its height and size and enforces the limits.
func (p *parser) node(re *Regexp) (*Regexp, error) {
	h := 0
	for _, sub := range re.Sub {
		if sub.height > h {
			h = sub.height
		}
	}
	re.height = h + 1
	if re.height > maxHeight {
		return nil, &Error{ErrNestingDepth, p.whole}
	}
	re.size = nodeSize(re)
	if re.size > maxSize {
		return nil, &Error{ErrLarge, p.whole}
	}
	p.numRunes += len(re.Rune)
	if p.numRunes > maxRunes {
		return nil, &Error{ErrLarge, p.whole}
	}
	return re, nil
}

// nodeSize estimates the compiled size as Go's parser does (a star counts two).
func nodeSize(re *Regexp) int {
	size := 0
	switch re.Op {
	case OpLiteral:
		size = len(re.Rune)
	case OpCapture, OpStar:
		size = 2 + re.Sub[0].size
	case OpPlus, OpQuest:
		size = 1 + re.Sub[0].size
	case OpConcat, OpAlternate:
		for _, sub := range re.Sub {
			size += sub.size
		}
		if re.Op == OpAlternate && len(re.Sub) > 1 {
			size += len(re.Sub) - 1
		}
	case OpRepeat:
		sub := re.Sub[0].size
		if re.Max == -1 {
			if re.Min == 0 {
				size = 2 + sub
			} else {
				size = 1 + re.Min*sub
			}
		} else {
			size = re.Max*sub + re.Max - re.Min
		}
	}
	if size < 1 {
		size = 1
	}
	return size
}

func (p *parser) leaf(op Op) *Regexp {
	re := &Regexp{Op: op, Flags: p.flags}
	re.height = 1
	re.size = 1
	return re
}

// parseAlt reads alternatives up to the end of the pattern (top) or of the group, and
// returns the text after the group's ')'.
func (p *parser) parseAlt(t string, top bool) (*Regexp, string, error) {
	var alts []*Regexp
	for {
		seq, rest, err := p.parseSeq(t)
		if err != nil {
			return nil, "", err
		}
		alts = append(alts, seq)
		t = rest
		if t == "" {
			if !top {
				return nil, "", &Error{ErrMissingParen, p.whole}
			}
			break
		}
		if t[0] == '|' {
			t = t[1:]
			continue
		}
		if top {
			return nil, "", &Error{ErrUnexpectedParen, p.whole}
		}
		t = t[1:]
		break
	}
	if len(alts) == 1 {
		return alts[0], t, nil
	}
	re, err := p.alternate(alts)
	return re, t, err
}

// concat joins the items of a sequence, merging runs of literals.
func (p *parser) concat(items []*Regexp) (*Regexp, error) {
	if len(items) == 0 {
		return p.leaf(OpEmptyMatch), nil
	}
	var out []*Regexp
	for _, it := range items {
		if n := len(out); n > 0 && it.Op == OpLiteral && out[n-1].Op == OpLiteral &&
			it.Flags&FoldCase == out[n-1].Flags&FoldCase {
			prev := out[n-1]
			merged := &Regexp{Op: OpLiteral, Flags: prev.Flags, Rune: append(append([]rune(nil), prev.Rune...), it.Rune...)}
			merged.height = 1
			merged.size = len(merged.Rune)
			out[n-1] = merged
			continue
		}
		out = append(out, it)
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return p.node(&Regexp{Op: OpConcat, Flags: p.flags, Sub: out})
}

func (p *parser) literal(c rune) *Regexp {
	re := p.leaf(OpLiteral)
	if p.flags&FoldCase != 0 {
		c = minFold(c)
	}
	re.Rune = []rune{c}
	p.numRunes++
	return re
}

// minFold is the smallest rune of c's case-folding orbit.
func minFold(c rune) rune {
	m := c
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if f < m {
			m = f
		}
	}
	return m
}

func (p *parser) class(r []rune) *Regexp {
	re := p.leaf(OpCharClass)
	re.Rune = r
	p.numRunes += len(r)
	return re
}

// parseSeq reads a concatenation up to '|', ')' or the end.
func (p *parser) parseSeq(t string) (*Regexp, string, error) {
	var items []*Regexp
	lastRepeat := ""
	var err error
	for t != "" && t[0] != '|' && t[0] != ')' {
		repeat := ""
		switch t[0] {
		case '(':
			var re *Regexp
			if re, t, err = p.parseGroup(t); err != nil {
				return nil, "", err
			}
			if re != nil {
				items = append(items, re)
			}
		case '^':
			if p.flags&OneLine != 0 {
				items = append(items, p.leaf(OpBeginText))
			} else {
				items = append(items, p.leaf(OpBeginLine))
			}
			t = t[1:]
		case '$':
			if p.flags&OneLine != 0 {
				re := p.leaf(OpEndText)
				re.Flags |= WasDollar
				items = append(items, re)
			} else {
				items = append(items, p.leaf(OpEndLine))
			}
			t = t[1:]
		case '.':
			if p.flags&DotNL != 0 {
				items = append(items, p.leaf(OpAnyChar))
			} else {
				items = append(items, p.leaf(OpAnyCharNotNL))
			}
			t = t[1:]
		case '[':
			var r []rune
			if r, t, err = p.parseClass(t); err != nil {
				return nil, "", err
			}
			items = append(items, p.class(r))
		case '*', '+', '?':
			op := OpStar
			if t[0] == '+' {
				op = OpPlus
			} else if t[0] == '?' {
				op = OpQuest
			}
			before := t
			if items, t, err = p.repeat(items, op, 0, 0, before, t[1:], lastRepeat); err != nil {
				return nil, "", err
			}
			repeat = before
		case '{':
			before := t
			min, max, after, ok := parseRepeat(t)
			if !ok {
				items = append(items, p.literal('{'))
				t = t[1:]
				break
			}
			if min < 0 || min > 1000 || max > 1000 || max >= 0 && min > max {
				return nil, "", &Error{ErrInvalidRepeatSize, before[:len(before)-len(after)]}
			}
			if items, t, err = p.repeat(items, OpRepeat, min, max, before, after, lastRepeat); err != nil {
				return nil, "", err
			}
			repeat = before
		case '\\':
			var re []*Regexp
			if re, t, err = p.parseBackslash(t); err != nil {
				return nil, "", err
			}
			items = append(items, re...)
		default:
			var c rune
			if c, t, err = nextRune(t); err != nil {
				return nil, "", err
			}
			items = append(items, p.literal(c))
		}
		lastRepeat = repeat
	}
	re, err := p.concat(items)
	return re, t, err
}

// parseGroup reads a group from its '(' through its ')', or a flag setting like (?i).
// It returns nil for a flag setting, which adds nothing to the sequence.
func (p *parser) parseGroup(t string) (*Regexp, string, error) {
	saved := p.flags
	capIndex, name := 0, ""
	if p.flags&PerlX != 0 && len(t) >= 2 && t[1] == '?' {
		kind, nm, rest, flags, err := p.parsePerlFlags(t)
		if err != nil {
			return nil, "", err
		}
		switch kind {
		case flagsOnly:
			p.flags = flags
			return nil, rest, nil
		case namedGroup:
			p.numCap++
			capIndex, name = p.numCap, nm
		case plainGroup:
			p.flags = flags
		}
		t = rest
	} else {
		p.numCap++
		capIndex = p.numCap
		t = t[1:]
	}
	sub, rest, err := p.parseAlt(t, false)
	if err != nil {
		return nil, "", err
	}
	p.flags = saved
	if capIndex == 0 {
		return sub, rest, nil
	}
	re, err := p.node(&Regexp{Op: OpCapture, Flags: saved, Cap: capIndex, Name: name, Sub: []*Regexp{sub}})
	return re, rest, err
}

// repeat applies a repetition operator to the last item. before is the text from the
// operator on, after the text following it; lastRepeat is the previous item's operator text
// when the previous item was itself a repetition.
func (p *parser) repeat(items []*Regexp, op Op, min, max int, before, after, lastRepeat string) ([]*Regexp, string, error) {
	flags := p.flags
	if p.flags&PerlX != 0 {
		if after != "" && after[0] == '?' {
			after = after[1:]
			flags ^= NonGreedy
		}
		if lastRepeat != "" {
			// Perl forbids stacking repetitions (a** or a*+).
			return nil, "", &Error{ErrInvalidRepeatOp, lastRepeat[:len(lastRepeat)-len(after)]}
		}
	}
	n := len(items)
	if n == 0 {
		return nil, "", &Error{ErrMissingRepeatArgument, before[:len(before)-len(after)]}
	}
	re, err := p.node(&Regexp{Op: op, Flags: flags, Min: min, Max: max, Sub: []*Regexp{items[n-1]}})
	if err != nil {
		return nil, "", err
	}
	if op == OpRepeat && (min >= 2 || max >= 2) && !repeatFits(re, 1000) {
		return nil, "", &Error{ErrInvalidRepeatSize, before[:len(before)-len(after)]}
	}
	items[n-1] = re
	return items, after, nil
}

// repeatFits reports whether nested counted repetitions multiply to at most n.
func repeatFits(re *Regexp, n int) bool {
	if re.Op == OpRepeat {
		m := re.Max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = re.Min
		}
		if m > n {
			return false
		}
		if m > 0 {
			n /= m
		}
	}
	for _, sub := range re.Sub {
		if !repeatFits(sub, n) {
			return false
		}
	}
	return true
}

// parseRepeat reads {n}, {n,} or {n,m}; ok is false when s does not have that form, and
// min is -1 when a number is too large.
func parseRepeat(s string) (min, max int, rest string, ok bool) {
	if s == "" || s[0] != '{' {
		return
	}
	s = s[1:]
	var ok1 bool
	if min, s, ok1 = parseInt(s); !ok1 || s == "" {
		return
	}
	if s[0] != ',' {
		max = min
	} else {
		s = s[1:]
		if s == "" {
			return
		}
		if s[0] == '}' {
			max = -1
		} else if max, s, ok1 = parseInt(s); !ok1 {
			return
		} else if max < 0 {
			min = -1
		}
	}
	if s == "" || s[0] != '}' {
		return
	}
	return min, max, s[1:], true
}

// parseInt reads a decimal number without leading zeros; values of 10^8 and more give -1.
func parseInt(s string) (n int, rest string, ok bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return
	}
	if len(s) >= 2 && s[0] == '0' && s[1] >= '0' && s[1] <= '9' {
		return
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if n >= 1e8 {
			n = -1
		} else if n >= 0 {
			n = n*10 + int(s[i]-'0')
		}
		i++
	}
	return n, s[i:], true
}

const (
	flagsOnly = iota
	plainGroup
	namedGroup
)

// parsePerlFlags reads what follows "(?": a named group's opening, a non-capturing group
// with optional flag changes, or a bare flag change.
func (p *parser) parsePerlFlags(s string) (kind int, name, rest string, flags Flags, err error) {
	t := s
	withP := len(t) > 4 && t[2] == 'P' && t[3] == '<'
	withName := len(t) > 3 && t[2] == '<'
	if withP || withName {
		start := 3
		if withP {
			start = 4
		}
		end := strings.IndexByte(t, '>')
		if end < 0 {
			if err = checkUTF8(t); err != nil {
				return
			}
			err = &Error{ErrInvalidNamedCapture, s}
			return
		}
		name = t[start:end]
		if err = checkUTF8(name); err != nil {
			return
		}
		if !validCaptureName(name) {
			err = &Error{ErrInvalidNamedCapture, t[:end+1]}
			return
		}
		return namedGroup, name, t[end+1:], p.flags, nil
	}
	t = t[2:]
	flags = p.flags
	negate := false
	sawFlag := false
	var c rune
loop:
	for t != "" {
		if c, t, err = nextRune(t); err != nil {
			return
		}
		var f Flags
		switch c {
		case 'i':
			f = FoldCase
		case 's':
			f = DotNL
		case 'U':
			f = NonGreedy
		case 'm':
			// (?m) clears OneLine, so it is set by the negated form.
			if negate {
				flags |= OneLine
			} else {
				flags &^= OneLine
			}
			sawFlag = true
			continue
		case '-':
			if negate {
				break loop
			}
			negate = true
			sawFlag = false
			continue
		case ':', ')':
			if negate && !sawFlag {
				break loop
			}
			if c == ':' {
				return plainGroup, "", t, flags, nil
			}
			return flagsOnly, "", t, flags, nil
		default:
			break loop
		}
		if negate {
			flags &^= f
		} else {
			flags |= f
		}
		sawFlag = true
	}
	err = &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
	return
}

func validCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c != '_' && !isalnum(rune(c)) {
			return false
		}
	}
	return true
}

// parseBackslash reads an escape outside a class: an assertion, \Q...\E, a class like \d or
// \pL, or a single character.
func (p *parser) parseBackslash(t string) ([]*Regexp, string, error) {
	if p.flags&PerlX != 0 && len(t) >= 2 {
		switch t[1] {
		case 'A':
			return []*Regexp{p.leaf(OpBeginText)}, t[2:], nil
		case 'b':
			return []*Regexp{p.leaf(OpWordBoundary)}, t[2:], nil
		case 'B':
			return []*Regexp{p.leaf(OpNoWordBoundary)}, t[2:], nil
		case 'C':
			return nil, "", &Error{ErrInvalidEscape, t[:2]}
		case 'z':
			return []*Regexp{p.leaf(OpEndText)}, t[2:], nil
		case 'Q':
			lit, rest, _ := strings.Cut(t[2:], `\E`)
			var out []*Regexp
			for lit != "" {
				c, r, err := nextRune(lit)
				if err != nil {
					return nil, "", err
				}
				out = append(out, p.literal(c))
				lit = r
			}
			return out, rest, nil
		}
	}
	if len(t) >= 2 && (t[1] == 'p' || t[1] == 'P') {
		r, rest, err := p.parseUnicodeClass(t, nil)
		if err != nil {
			return nil, "", err
		}
		if r != nil {
			return []*Regexp{p.class(cleanClass(r))}, rest, nil
		}
	}
	if r, rest := p.parsePerlClass(t, nil); r != nil {
		return []*Regexp{p.class(cleanClass(r))}, rest, nil
	}
	c, rest, err := parseEscape(t)
	if err != nil {
		return nil, "", err
	}
	return []*Regexp{p.literal(c)}, rest, nil
}

// parsePerlClass reads \d \D \s \S \w \W, adding the class to r; it returns nil when s does
// not start with one.
func (p *parser) parsePerlClass(s string, r []rune) ([]rune, string) {
	if p.flags&PerlX == 0 || len(s) < 2 || s[0] != '\\' {
		return nil, ""
	}
	g, ok := perlGroups[s[:2]]
	if !ok {
		return nil, ""
	}
	out := p.appendGroup(r, g)
	if out == nil {
		out = []rune{}
	}
	return out, s[2:]
}

// parseUnicodeClass reads \pX, \p{Name}, \PX or \P{Name} (a leading ^ in the name negates),
// adding the class to r; it returns a nil class when s does not start with one.
func (p *parser) parseUnicodeClass(s string, r []rune) ([]rune, string, error) {
	if p.flags&UnicodeGroups == 0 || len(s) < 2 || s[0] != '\\' || s[1] != 'p' && s[1] != 'P' {
		return nil, "", nil
	}
	negated := s[1] == 'P'
	c, t, err := nextRune(s[2:])
	if err != nil {
		return nil, "", err
	}
	var seq, name string
	if c != '{' {
		seq = s[:len(s)-len(t)]
		name = seq[2:]
	} else {
		end := strings.IndexByte(s, '}')
		if end < 0 {
			if err := checkUTF8(s); err != nil {
				return nil, "", err
			}
			return nil, "", &Error{ErrInvalidCharRange, s}
		}
		seq, t = s[:end+1], s[end+1:]
		name = s[3:end]
		if err := checkUTF8(name); err != nil {
			return nil, "", err
		}
	}
	if name != "" && name[0] == '^' {
		negated = !negated
		name = name[1:]
	}
	cls := unicodeClass(name, p.flags&FoldCase != 0)
	if cls == nil {
		return nil, "", &Error{ErrInvalidCharRange, seq}
	}
	if negated {
		r = appendNegatedClass(r, cls)
	} else {
		r = appendClass(r, cls)
	}
	if r == nil {
		r = []rune{}
	}
	return r, t, nil
}

// parseClass reads a bracketed class and returns its clean ranges.
func (p *parser) parseClass(s string) ([]rune, string, error) {
	t := s[1:]
	var class []rune
	negated := false
	if t != "" && t[0] == '^' {
		negated = true
		t = t[1:]
		// Without ClassNL a negated class never matches newline: adding it before the
		// complement is taken removes it.
		if p.flags&ClassNL == 0 {
			class = append(class, '\n', '\n')
		}
	}
	first := true
	for t == "" || t[0] != ']' || first {
		// POSIX allows an unescaped - only first or last.
		if t != "" && t[0] == '-' && p.flags&PerlX == 0 && !first && (len(t) == 1 || t[1] != ']') {
			_, size := utf8.DecodeRuneInString(t[1:])
			return nil, "", &Error{ErrInvalidCharRange, t[:1+size]}
		}
		first = false
		if len(t) > 2 && t[0] == '[' && t[1] == ':' {
			if i := strings.Index(t[2:], ":]"); i >= 0 {
				name := t[:i+4]
				g, ok := posixGroup(name)
				if !ok {
					return nil, "", &Error{ErrInvalidCharRange, name}
				}
				class = p.appendGroup(class, g)
				t = t[i+4:]
				continue
			}
		}
		nclass, nt, err := p.parseUnicodeClass(t, class)
		if err != nil {
			return nil, "", err
		}
		if nclass != nil {
			class, t = nclass, nt
			continue
		}
		if nclass, nt := p.parsePerlClass(t, class); nclass != nil {
			class, t = nclass, nt
			continue
		}
		rng := t
		var lo, hi rune
		if lo, t, err = parseClassChar(t, s); err != nil {
			return nil, "", err
		}
		hi = lo
		if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
			if hi, t, err = parseClassChar(t[1:], s); err != nil {
				return nil, "", err
			}
			if hi < lo {
				return nil, "", &Error{ErrInvalidCharRange, rng[:len(rng)-len(t)]}
			}
		}
		if p.flags&FoldCase == 0 {
			class = appendRange(class, lo, hi)
		} else {
			class = appendFoldedRange(class, lo, hi)
		}
	}
	t = t[1:]
	class = cleanClass(class)
	if negated {
		class = negateClass(class)
	}
	if class == nil {
		class = []rune{}
	}
	return class, t, nil
}

func parseClassChar(s, whole string) (rune, string, error) {
	if s == "" {
		return 0, "", &Error{ErrMissingBracket, whole}
	}
	if s[0] == '\\' {
		return parseEscape(s)
	}
	return nextRune(s)
}

// parseEscape reads a single-character escape at the start of s.
func parseEscape(s string) (rune, string, error) {
	t := s[1:]
	if t == "" {
		return 0, "", &Error{ErrTrailingBackslash, ""}
	}
	c, t, err := nextRune(t)
	if err != nil {
		return 0, "", err
	}
	bad := func() (rune, string, error) {
		return 0, "", &Error{ErrInvalidEscape, s[:len(s)-len(t)]}
	}
	switch {
	case c < utf8.RuneSelf && !isalnum(c):
		// Punctuation escapes itself.
		return c, t, nil
	case c >= '1' && c <= '7' && (t == "" || t[0] < '0' || t[0] > '7'):
		// A lone digit would be a backreference, which RE2 lacks.
		return bad()
	case c >= '0' && c <= '7':
		// Up to three octal digits.
		r := c - '0'
		for i := 1; i < 3 && t != "" && t[0] >= '0' && t[0] <= '7'; i++ {
			r = r*8 + rune(t[0]-'0')
			t = t[1:]
		}
		return r, t, nil
	case c == 'x':
		if t == "" {
			return bad()
		}
		if c, t, err = nextRune(t); err != nil {
			return 0, "", err
		}
		if c == '{' {
			n := 0
			r := rune(0)
			for {
				if t == "" {
					return bad()
				}
				if c, t, err = nextRune(t); err != nil {
					return 0, "", err
				}
				if c == '}' {
					break
				}
				v := unhex(c)
				if v < 0 {
					return bad()
				}
				r = r*16 + v
				if r > unicode.MaxRune {
					return bad()
				}
				n++
			}
			if n == 0 {
				return bad()
			}
			return r, t, nil
		}
		x := unhex(c)
		if c, t, err = nextRune(t); err != nil {
			return 0, "", err
		}
		y := unhex(c)
		if x < 0 || y < 0 {
			return bad()
		}
		return x*16 + y, t, nil
	case c == 'a':
		return '\a', t, nil
	case c == 'f':
		return '\f', t, nil
	case c == 'n':
		return '\n', t, nil
	case c == 'r':
		return '\r', t, nil
	case c == 't':
		return '\t', t, nil
	case c == 'v':
		return '\v', t, nil
	}
	return bad()
}

func checkUTF8(s string) error {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			return &Error{ErrInvalidUTF8, s}
		}
		s = s[size:]
	}
	return nil
}

// nextRune splits off the first rune; at the end of s it gives RuneError and no error.
func nextRune(s string) (rune, string, error) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 {
		return 0, "", &Error{ErrInvalidUTF8, s}
	}
	return r, s[size:], nil
}

func isalnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func unhex(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}
