// The JSON syntax checker: a byte-at-a-time state machine that classifies each input byte
// (space, the start or end of a composite, a key, a literal byte...) and detects errors with
// gc's messages and offsets. Unmarshal runs it over the whole input before decoding, the
// Decoder uses it to find where a value ends in a stream, and Compact and Indent use its
// classification to rewrite the text.
package json

import "strconv"

// What a byte turned out to be. The order matters: everything from opSkipSpace on may be
// dropped or rewritten by Compact, and opEnd is the first result that stops a value.
const (
	opContinue     = iota // a byte inside a literal
	opBeginLiteral        // the first byte of a string, number, true, false or null
	opBeginObject         // '{'
	opObjectKey           // the ':' after a key
	opObjectValue         // the ',' after a member
	opEndObject           // '}'
	opBeginArray          // '['
	opArrayValue          // the ',' after an element
	opEndArray            // ']'
	opSkipSpace           // white space between tokens
	opEnd                 // the top-level value ended before this byte
	opError               // the byte is an error (scanner.err says which)
)

// What the innermost open composite expects.
const (
	inObjectKey   = iota // a key, before its colon
	inObjectValue        // a member's value, after the colon
	inArray              // an element
)

// The scanner's states: what the next byte may be.
const (
	stBeginValue        = iota
	stBeginValueOrClose // after '[': a value or ']'
	stBeginKeyOrClose   // after '{': a key or '}'
	stBeginKey          // after ',' in an object
	stEndValue          // after a value: ',', ':', a closing bracket or space
	stEndTop            // after the top-level value: only space
	stString
	stStringEscape
	stStringHex // inside \uXXXX; hexLeft more digits wanted
	stMinus     // after '-'
	stZero      // after a leading 0
	stDigits    // in the integer part after 1-9
	stPoint     // after '.'
	stFraction  // in the fraction digits
	stExpMark   // after 'e' or 'E'
	stExpSign   // after the exponent's sign
	stExpDigits // in the exponent digits
	stWord      // inside true, false or null: word[wordAt] comes next
	stFailed
)

// maxDepth bounds the nesting of arrays and objects, as Go's decoder does.
const maxDepth = 10000

type scanner struct {
	state   int
	stack   []int // one entry per open composite (inObjectKey, inObjectValue, inArray)
	endTop  bool  // the top-level value is complete
	err     error
	bytes   int64 // bytes consumed, maintained by callers for error offsets
	word    string
	wordAt  int
	hexLeft int
}

func (s *scanner) reset() {
	s.state = stBeginValue
	s.stack = s.stack[:0]
	s.err = nil
	s.endTop = false
}

// eof tells the scanner the input ended: opEnd if a complete value was seen, else opError.
func (s *scanner) eof() int {
	if s.err != nil {
		return opError
	}
	if s.endTop {
		return opEnd
	}
	// A number at the top level ends only when something follows it.
	s.step(' ')
	if s.endTop {
		return opEnd
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.bytes}
	}
	return opError
}

func (s *scanner) fail(c byte, context string) int {
	s.state = stFailed
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.bytes}
	return opError
}

// quoteChar shows a byte in single quotes as Go's error texts do.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r'
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func (s *scanner) open(c byte, ctx int, state int, op int) int {
	s.stack = append(s.stack, ctx)
	s.state = state
	if len(s.stack) > maxDepth {
		return s.fail(c, "exceeded max depth")
	}
	return op
}

// close ends the innermost composite.
func (s *scanner) close() {
	s.stack = s.stack[:len(s.stack)-1]
	if len(s.stack) == 0 {
		s.state = stEndTop
		s.endTop = true
	} else {
		s.state = stEndValue
	}
}

// step classifies the next byte.
func (s *scanner) step(c byte) int {
	switch s.state {
	case stBeginValueOrClose:
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case stBeginValue:
		return s.beginValue(c)
	case stBeginKeyOrClose:
		if isSpace(c) {
			return opSkipSpace
		}
		if c == '}' {
			s.stack[len(s.stack)-1] = inObjectValue
			return s.endValue(c)
		}
		return s.beginKey(c)
	case stBeginKey:
		return s.beginKey(c)
	case stEndValue:
		return s.endValue(c)
	case stEndTop:
		if !isSpace(c) {
			s.fail(c, "after top-level value")
		}
		return opEnd
	case stString:
		switch {
		case c == '"':
			s.state = stEndValue
		case c == '\\':
			s.state = stStringEscape
		case c < 0x20:
			return s.fail(c, "in string literal")
		}
		return opContinue
	case stStringEscape:
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = stString
			return opContinue
		case 'u':
			s.state = stStringHex
			s.hexLeft = 4
			return opContinue
		}
		return s.fail(c, "in string escape code")
	case stStringHex:
		if !isHex(c) {
			return s.fail(c, "in \\u hexadecimal character escape")
		}
		s.hexLeft--
		if s.hexLeft == 0 {
			s.state = stString
		}
		return opContinue
	case stMinus:
		if c == '0' {
			s.state = stZero
			return opContinue
		}
		if '1' <= c && c <= '9' {
			s.state = stDigits
			return opContinue
		}
		return s.fail(c, "in numeric literal")
	case stDigits:
		if isDigit(c) {
			return opContinue
		}
		return s.afterInteger(c)
	case stZero:
		return s.afterInteger(c)
	case stPoint:
		if isDigit(c) {
			s.state = stFraction
			return opContinue
		}
		return s.fail(c, "after decimal point in numeric literal")
	case stFraction:
		if isDigit(c) {
			return opContinue
		}
		if c == 'e' || c == 'E' {
			s.state = stExpMark
			return opContinue
		}
		return s.endValue(c)
	case stExpMark:
		if c == '+' || c == '-' {
			s.state = stExpSign
			return opContinue
		}
		return s.expDigit(c)
	case stExpSign:
		return s.expDigit(c)
	case stExpDigits:
		if isDigit(c) {
			return opContinue
		}
		return s.endValue(c)
	case stWord:
		want := s.word[s.wordAt]
		if c != want {
			return s.fail(c, "in literal "+s.word+" (expecting "+quoteChar(want)+")")
		}
		s.wordAt++
		if s.wordAt == len(s.word) {
			s.state = stEndValue
		}
		return opContinue
	}
	return opError
}

func (s *scanner) afterInteger(c byte) int {
	switch c {
	case '.':
		s.state = stPoint
		return opContinue
	case 'e', 'E':
		s.state = stExpMark
		return opContinue
	}
	return s.endValue(c)
}

func (s *scanner) expDigit(c byte) int {
	if isDigit(c) {
		s.state = stExpDigits
		return opContinue
	}
	return s.fail(c, "in exponent of numeric literal")
}

func (s *scanner) beginWord(w string) int {
	s.state = stWord
	s.word = w
	s.wordAt = 1
	return opBeginLiteral
}

func (s *scanner) beginValue(c byte) int {
	if isSpace(c) {
		return opSkipSpace
	}
	switch c {
	case '{':
		return s.open(c, inObjectKey, stBeginKeyOrClose, opBeginObject)
	case '[':
		return s.open(c, inArray, stBeginValueOrClose, opBeginArray)
	case '"':
		s.state = stString
		return opBeginLiteral
	case '-':
		s.state = stMinus
		return opBeginLiteral
	case '0':
		s.state = stZero
		return opBeginLiteral
	case 't':
		return s.beginWord("true")
	case 'f':
		return s.beginWord("false")
	case 'n':
		return s.beginWord("null")
	}
	if '1' <= c && c <= '9' {
		s.state = stDigits
		return opBeginLiteral
	}
	return s.fail(c, "looking for beginning of value")
}

func (s *scanner) beginKey(c byte) int {
	if isSpace(c) {
		return opSkipSpace
	}
	if c == '"' {
		s.state = stString
		return opBeginLiteral
	}
	return s.fail(c, "looking for beginning of object key string")
}

// endValue handles the byte after a complete value: a separator, a closing bracket, or
// space; at the top level, the value is complete.
func (s *scanner) endValue(c byte) int {
	n := len(s.stack)
	if n == 0 {
		s.state = stEndTop
		s.endTop = true
		if !isSpace(c) {
			s.fail(c, "after top-level value")
		}
		return opEnd
	}
	if isSpace(c) {
		s.state = stEndValue
		return opSkipSpace
	}
	switch s.stack[n-1] {
	case inObjectKey:
		if c == ':' {
			s.stack[n-1] = inObjectValue
			s.state = stBeginValue
			return opObjectKey
		}
		return s.fail(c, "after object key")
	case inObjectValue:
		if c == ',' {
			s.stack[n-1] = inObjectKey
			s.state = stBeginKey
			return opObjectValue
		}
		if c == '}' {
			s.close()
			return opEndObject
		}
		return s.fail(c, "after object key:value pair")
	default:
		if c == ',' {
			s.state = stBeginValue
			return opArrayValue
		}
		if c == ']' {
			s.close()
			return opEndArray
		}
		return s.fail(c, "after array element")
	}
}

// checkValid runs the scanner over a whole input: nil if it is one JSON value.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	for _, c := range data {
		s.bytes++
		if s.step(c) == opError {
			return s.err
		}
	}
	if s.eof() == opError {
		return s.err
	}
	return nil
}

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	return validFast(data)
}
