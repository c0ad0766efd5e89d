// Rewriting JSON text without decoding it: Compact drops insignificant space, Indent lays
// a value out one element per line, HTMLEscape makes text safe inside HTML <script> tags.
// All three follow the scanner's classification of each byte.
package json

import "bytes"

const hexDigits = "0123456789abcdef"

// isLineSep reports whether src[i:] starts with U+2028 or U+2029 (E2 80 A8 / E2 80 A9).
func isLineSep(src []byte, i int) bool {
	return src[i] == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8
}

// HTMLEscape appends src to dst with <, >, & and U+2028/U+2029 written as \u escapes.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Grow(len(src))
	dst.Write(appendHTMLEscape(nil, src))
}

func appendHTMLEscape(dst, src []byte) []byte {
	from := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			dst = append(dst, src[from:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			from = i + 1
		} else if c == 0xE2 && isLineSep(src, i) {
			dst = append(dst, src[from:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
			from = i + 3
		}
	}
	return append(dst, src[from:]...)
}

// Compact appends src to dst without insignificant space. On a syntax error dst is left
// as it was.
func Compact(dst *bytes.Buffer, src []byte) error {
	dst.Grow(len(src))
	out, err := appendCompact(nil, src, false)
	if err == nil {
		dst.Write(out)
	}
	return err
}

// appendCompact compacts src onto dst, escaping HTML-sensitive characters when asked (as
// the encoder does for the output of MarshalJSON methods). Like Go's, it does not count
// bytes, so its syntax errors have offset 0.
func appendCompact(dst, src []byte, escape bool) ([]byte, error) {
	if validFast(src) {
		return append(dst, compactValid(src, escape)...), nil
	}
	start := len(dst)
	var s scanner
	s.reset()
	from := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if escape {
			if c == '<' || c == '>' || c == '&' {
				dst = append(dst, src[from:i]...)
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
				from = i + 1
			} else if c == 0xE2 && isLineSep(src, i) {
				dst = append(dst, src[from:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
				from = i + 3
			}
		}
		op := s.step(c)
		if op >= opSkipSpace {
			if op == opError {
				break
			}
			// Space (also the space after the top-level value) is dropped.
			if from < i {
				dst = append(dst, src[from:i]...)
			}
			from = i + 1
		}
	}
	if s.eof() == opError {
		return dst[:start], s.err
	}
	if from < len(src) {
		dst = append(dst, src[from:]...)
	}
	return dst, nil
}

// Indent appends src to dst with each element of an array or object on its own line,
// starting with prefix and indented by one indent per level; a colon is followed by one
// space. The first line gets no prefix, so that the result can be embedded. On a syntax
// error dst is left as it was.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	dst.Grow(2 * len(src))
	out, err := appendIndent(nil, src, prefix, indent)
	if err == nil {
		dst.Write(out)
	}
	return err
}

// compactValid and indentValid do the same for input known to be valid (natives: loops
// over the bytes in JS). The scanner-driven versions below remain for invalid input,
// whose error they report.
func compactValid(src []byte, escape bool) []byte
func indentValid(src []byte, prefix, indent string) []byte

func newline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for ; depth > 0; depth-- {
		dst = append(dst, indent...)
	}
	return dst
}

func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	if validFast(src) {
		return append(dst, indentValid(src, prefix, indent)...), nil
	}
	start := len(dst)
	var s scanner
	s.reset()
	// opened: a '[' or '{' was just written, so its first element (if any) starts a line.
	opened := false
	depth := 0
	for _, c := range src {
		s.bytes++
		op := s.step(c)
		if op == opSkipSpace {
			continue
		}
		if op == opError {
			break
		}
		if opened && op != opEndObject && op != opEndArray {
			opened = false
			depth++
			dst = newline(dst, prefix, indent, depth)
		}
		if op == opContinue {
			dst = append(dst, c)
			continue
		}
		switch c {
		case '{', '[':
			opened = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if opened {
				// An empty composite stays on one line.
				opened = false
			} else {
				depth--
				dst = newline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	if s.eof() == opError {
		return dst[:start], s.err
	}
	return dst, nil
}
