// Package regexp: RE2 regular expressions with Go's semantics. Patterns are parsed by
// regexp/syntax and run on a breadth-first machine (machine.go), so matching takes time
// linear in the input whatever the pattern.
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Regexp is a compiled pattern. It may be used by several goroutines at once.
type Regexp struct {
	expr        string
	prog        []inst
	start       int
	numCap      int // capture slots the program fills
	numSubexp   int
	subexpNames []string
	longest     bool
	anchored    bool   // every match starts at the beginning of the text
	skip        string // literal text every match starts with, used to jump ahead
	prefix      string // what LiteralPrefix reports
	complete    bool
	free        []*machine
	bt          *backtracker // idle depth-first matcher state, reused between searches
}

// Compile parses a pattern; matches prefer leftmost, then the choices Perl would make.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, syntax.Perl, false)
}

// CompilePOSIX parses a POSIX ERE pattern; matches are leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, syntax.POSIX, true)
}

func compile(expr string, mode syntax.Flags, longest bool) (*Regexp, error) {
	tree, err := syntax.Parse(expr, mode)
	if err != nil {
		return nil, err
	}
	prog, err := syntax.Compile(tree)
	if err != nil {
		return nil, err
	}
	re := &Regexp{
		expr:        expr,
		prog:        lowerProg(prog),
		start:       prog.Start,
		numCap:      prog.NumCap,
		numSubexp:   tree.MaxCap(),
		subexpNames: tree.CapNames(),
		longest:     longest,
		anchored:    prog.StartCond()&syntax.EmptyBeginText != 0,
	}
	re.skip, _ = progPrefix(prog)
	if anchoredBothEnds(prog) {
		re.prefix, re.complete = anchoredPrefix(prog)
	} else {
		re.prefix, re.complete = progPrefix(prog)
	}
	return re, nil
}

// MustCompile is Compile that panics on a bad pattern.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is CompilePOSIX that panics on a bad pattern.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// String returns the pattern the Regexp was compiled from.
func (re *Regexp) String() string { return re.expr }

// Copy returns a copy of re (kept for compatibility: a Regexp is safe to share).
func (re *Regexp) Copy() *Regexp {
	c := *re
	c.free = nil
	c.bt = nil
	return &c
}

// Longest makes later searches prefer leftmost-longest matches.
func (re *Regexp) Longest() { re.longest = true }

// NumSubexp is the number of parenthesized groups.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames gives the group names by index; [0] and unnamed groups are "".
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex is the index of the first group named name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns the literal text every match must begin with, and whether that
// text is the whole pattern.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.complete
}

// MarshalText gives the pattern text.
func (re *Regexp) MarshalText() ([]byte, error) {
	return []byte(re.String()), nil
}

// UnmarshalText compiles text into re.
func (re *Regexp) UnmarshalText(text []byte) error {
	r, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *r
	return nil
}

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool {
	ok, _ := re.exec(s, 0, 0)
	return ok
}

// Match reports whether b contains a match.
func (re *Regexp) Match(b []byte) bool {
	ok, _ := re.exec(string(b), 0, 0)
	return ok
}

// MatchReader reports whether the runes r delivers contain a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	ok, _ := re.exec(readAll(r), 0, 0)
	return ok
}

// MatchString reports whether s contains a match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b contains a match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// MatchReader reports whether the runes r delivers contain a match of pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// readAll gathers a reader's runes as text whose byte offsets are the reader's: a rune the
// reader reports as one invalid byte becomes one invalid byte again.
func readAll(r io.RuneReader) string {
	var b []byte
	for {
		c, size, err := r.ReadRune()
		if err != nil || size <= 0 {
			break
		}
		if c == utf8.RuneError && size == 1 {
			b = append(b, 0xff)
			continue
		}
		b = utf8.AppendRune(b, c)
	}
	return string(b)
}

// QuoteMeta escapes every regular-expression metacharacter of s.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
