// Package utf8: encoding and decoding of UTF-8. Invalid input decodes as RuneError with
// width 1 (width 0 for empty input); surrogate halves and values above MaxRune are invalid,
// as are overlong forms.
package utf8

const (
	RuneError = '\uFFFD'     // the replacement character
	RuneSelf  = 0x80         // bytes below this are single-byte runes
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding in bytes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqLen gives the encoding length a leading byte announces and the allowed range of the
// byte after it; length 0 marks a byte that cannot start a sequence.
func seqLen(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2: // continuation bytes, and C0/C1 which could only start overlong forms
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0: // rule out overlong three-byte forms
		return 3, 0xA0, 0xBF
	case b == 0xED: // rule out surrogate halves
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0: // rule out overlong four-byte forms
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4: // nothing above U+10FFFF
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// FullRune reports whether p starts with a whole encoding; an invalid start counts as whole
// since it decodes as a one-byte error.
func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	n, lo, hi := seqLen(p[0])
	if len(p) >= n {
		return true
	}
	if len(p) > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	if len(p) > 2 && !isCont(p[2]) {
		return true
	}
	return false
}

func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := seqLen(s[0])
	if len(s) >= n {
		return true
	}
	if len(s) > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if len(s) > 2 && !isCont(s[2]) {
		return true
	}
	return false
}

// DecodeRune unpacks the first encoding in p and its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	n, lo, hi := seqLen(b0)
	if n == 0 || len(p) < 2 || p[1] < lo || hi < p[1] {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(p[1]&0x3F), 2
	}
	if len(p) < 3 || !isCont(p[2]) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(p[1]&0x3F)<<6 | rune(p[2]&0x3F), 3
	}
	if len(p) < 4 || !isCont(p[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(p[1]&0x3F)<<12 | rune(p[2]&0x3F)<<6 | rune(p[3]&0x3F), 4
}

func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	n, lo, hi := seqLen(b0)
	if n == 0 || len(s) < 2 || s[1] < lo || hi < s[1] {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if len(s) < 3 || !isCont(s[2]) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	if len(s) < 4 || !isCont(s[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
}

// DecodeLastRune unpacks the last encoding in p. It looks back at most UTFMax bytes for a
// starting byte; if the sequence found there does not end exactly at the end of p, the last
// byte alone is an error of width 1.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen is the encoding length of r, or -1 when r cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes r's encoding (RuneError's for an invalid r) into p, which must be long
// enough, and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends r's encoding (RuneError's for an invalid r).
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(p, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(p, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

// RuneCount counts runes, each invalid byte counting as one.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

func RuneCountInString(s string) int

// RuneStart reports whether b can begin an encoding (is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

func ValidString(s string) bool

// ValidRune reports whether r is a code point that can be encoded (not a surrogate half).
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
