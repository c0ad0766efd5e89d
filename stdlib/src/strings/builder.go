// Builder: efficient string building. The text is kept as a string (JS concatenation is
// cheap), while the capacity a []byte buffer would have in Go is tracked so that Cap and
// Grow report what they report in Go.
package strings

import "unicode/utf8"

// A Builder must not be copied after first use: writes through a copy panic.
type Builder struct {
	addr *Builder
	s    string
	c    int // the capacity Go's buffer would have
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string { return b.s }

func (b *Builder) Len() int { return len(b.s) }

func (b *Builder) Cap() int { return b.c }

func (b *Builder) Reset() {
	b.addr = nil
	b.s = ""
	b.c = 0
}

// Grow makes room for n more bytes: capacity becomes 2*cap+n rounded up to an allocation size.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if b.c-len(b.s) < n {
		b.c = allocSize(2*b.c + n)
	}
}

// grew accounts for an append of n bytes.
func (b *Builder) grew(n int) {
	if l := len(b.s) + n; l > b.c {
		b.c = appendCap(b.c, l)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.grew(len(p))
	b.s += string(p)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.grew(1)
	b.s += byteString(c)
	return nil
}

// WriteRune writes r's UTF-8 encoding (U+FFFD's for an invalid rune).
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := utf8.RuneLen(r)
	if n < 0 {
		n = 3
	}
	b.grew(n)
	if uint32(r) < utf8.RuneSelf {
		b.s += byteString(byte(r))
	} else {
		b.s += string(r)
	}
	return n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.grew(len(s))
	b.s += s
	return len(s), nil
}

// byteString is the one-byte string c.
func byteString(c byte) string

// appendCap is the capacity append gives a []byte of capacity c growing to length l.
func appendCap(c, l int) int

// allocSize rounds n up to the size the allocator would hand out.
func allocSize(n int) int
