// The standard split functions for Scanner: bytes, UTF-8 runes, lines and space-separated
// words.
package bufio

import (
	"bytes"
	"unicode/utf8"
)

// ScanBytes returns each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// errorRune is the token for an invalid encoding: U+FFFD's encoding.
var errorRune = []byte(string(utf8.RuneError))

// ScanRunes returns each UTF-8 encoded rune as a token; an invalid byte gives U+FFFD's
// encoding and advances one byte.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	if _, width := utf8.DecodeRune(data); width > 1 {
		return width, data[0:width], nil
	}
	// Either invalid or cut short: wait for more unless at EOF.
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

// dropCR drops a terminal \r from the data.
func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[:len(data)-1]
	}
	return data
}

// ScanLines returns each line without its end-of-line marker ("\n" with an optional "\r"
// before it). The last line may lack the marker; an empty last line is no token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// isSpace is unicode.IsSpace, spelled out to keep unicode's tables out of bufio.
func isSpace(r rune) bool {
	if r <= 0xff {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xa0:
			return true
		}
		return false
	}
	if 0x2000 <= r && r <= 0x200a {
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

// ScanWords returns each space-separated word (spaces as unicode.IsSpace defines them); it
// never returns an empty word.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	// ASCII bytes are classified directly; only multi-byte sequences are decoded.
	start := 0
	for start < len(data) {
		r, width := rune(data[start]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRune(data[start:])
		}
		if !isSpace(r) {
			break
		}
		start += width
	}
	for i := start; i < len(data); {
		r, width := rune(data[i]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRune(data[i:])
		}
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
		i += width
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
