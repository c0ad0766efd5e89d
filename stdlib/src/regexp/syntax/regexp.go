// Package syntax: the parse tree of RE2 regular expressions, the flags that steer parsing and
// the errors a malformed pattern produces (texts as Go's regexp/syntax reports them).
package syntax

import "strconv"

// An Op is the kind of a parse-tree node.
type Op uint8

const (
	OpNoMatch        Op = 1 + iota // matches nothing
	OpEmptyMatch                   // matches the empty string
	OpLiteral                      // matches Rune in order
	OpCharClass                    // matches a rune in the ranges Rune holds as lo, hi pairs
	OpAnyCharNotNL                 // any rune but newline
	OpAnyChar                      // any rune
	OpBeginLine                    // ^ in multi-line mode
	OpEndLine                      // $ in multi-line mode
	OpBeginText                    // \A, or ^ in one-line mode
	OpEndText                      // \z, or $ in one-line mode
	OpWordBoundary                 // \b
	OpNoWordBoundary               // \B
	OpCapture                      // numbered group Cap, optionally named Name
	OpStar                         // Sub[0] zero or more times
	OpPlus                         // Sub[0] one or more times
	OpQuest                        // Sub[0] zero or one time
	OpRepeat                       // Sub[0] between Min and Max times (Max -1: no upper bound)
	OpConcat                       // Sub in sequence
	OpAlternate                    // one of Sub, earlier ones preferred
)

var opNames = []string{"", "NoMatch", "EmptyMatch", "Literal", "CharClass", "AnyCharNotNL", "AnyChar",
	"BeginLine", "EndLine", "BeginText", "EndText", "WordBoundary", "NoWordBoundary", "Capture",
	"Star", "Plus", "Quest", "Repeat", "Concat", "Alternate"}

func (op Op) String() string {
	if int(op) > 0 && int(op) < len(opNames) {
		return opNames[op]
	}
	return "Op(" + strconv.Itoa(int(op)) + ")"
}

// Flags change how a pattern is read.
type Flags uint16

const (
	FoldCase      Flags = 1 << iota // case-insensitive
	Literal                         // the pattern is a literal string
	ClassNL                         // negated classes and [[:space:]] may match newline
	DotNL                           // . matches newline
	OneLine                         // ^ and $ match only at the text's ends
	NonGreedy                       // repetitions prefer fewer
	PerlX                           // Perl extensions: \d, (?:, non-greedy ?, \A \z \b, \Q\E
	UnicodeGroups                   // \p{Name} and \P{Name}
	WasDollar                       // an OpEndText that was written $
	Simple                          // the node needs no simplification

	MatchNL = ClassNL | DotNL

	Perl        = ClassNL | OneLine | PerlX | UnicodeGroups // what regexp.Compile uses
	POSIX Flags = 0                                         // POSIX egrep syntax
)

// A Regexp is a node of the parse tree.
type Regexp struct {
	Op       Op
	Flags    Flags
	Sub      []*Regexp
	Sub0     [1]*Regexp
	Rune     []rune
	Rune0    [2]rune
	Min, Max int
	Cap      int
	Name     string

	height int // nodes on the longest path down, for the nesting limit
	size   int // instructions the node will compile to, for the size limit
}

// MaxCap is the highest capture index in the tree.
func (re *Regexp) MaxCap() int {
	m := 0
	if re.Op == OpCapture {
		m = re.Cap
	}
	for _, sub := range re.Sub {
		if n := sub.MaxCap(); m < n {
			m = n
		}
	}
	return m
}

// CapNames lists the names of the groups by index; index 0 (the whole match) and unnamed
// groups have "".
func (re *Regexp) CapNames() []string {
	names := make([]string, re.MaxCap()+1)
	re.collectNames(names)
	return names
}

func (re *Regexp) collectNames(names []string) {
	if re.Op == OpCapture {
		names[re.Cap] = re.Name
	}
	for _, sub := range re.Sub {
		sub.collectNames(names)
	}
}

// An ErrorCode says what is wrong with a pattern.
type ErrorCode string

const (
	ErrInternalError         ErrorCode = "regexp/syntax: internal error"
	ErrInvalidCharClass      ErrorCode = "invalid character class"
	ErrInvalidCharRange      ErrorCode = "invalid character class range"
	ErrInvalidEscape         ErrorCode = "invalid escape sequence"
	ErrInvalidNamedCapture   ErrorCode = "invalid named capture"
	ErrInvalidPerlOp         ErrorCode = "invalid or unsupported Perl syntax"
	ErrInvalidRepeatOp       ErrorCode = "invalid nested repetition operator"
	ErrInvalidRepeatSize     ErrorCode = "invalid repeat count"
	ErrInvalidUTF8           ErrorCode = "invalid UTF-8"
	ErrMissingBracket        ErrorCode = "missing closing ]"
	ErrMissingParen          ErrorCode = "missing closing )"
	ErrMissingRepeatArgument ErrorCode = "missing argument to repetition operator"
	ErrTrailingBackslash     ErrorCode = "trailing backslash at end of expression"
	ErrUnexpectedParen       ErrorCode = "unexpected )"
	ErrNestingDepth          ErrorCode = "expression nests too deeply"
	ErrLarge                 ErrorCode = "expression too large"
)

func (e ErrorCode) String() string { return string(e) }

// An Error reports a malformed pattern and the part of it at fault.
type Error struct {
	Code ErrorCode
	Expr string
}

func (e *Error) Error() string {
	return "error parsing regexp: " + e.Code.String() + ": `" + e.Expr + "`"
}
