// Builder: efficient string building. The text is kept as a string plus a byte buffer of
// the small writes since: joining every small write to the string would build one
// concatenation node per write, which a program writing millions of words then keeps alive
// and the JS collector copies again and again. Large writes and String join the pending
// bytes to the string. The capacity a []byte buffer would have in Go is tracked so that Cap
// and Grow report what they report in Go.
package strings

import "unicode/utf8"

// A Builder must not be copied after first use: writes through a copy panic.
type Builder struct {
	addr *Builder
	s    string
	buf  []byte // written after s; never overwritten once joined, so copies stay valid
	c    int    // the capacity Go's buffer would have
}

// Writes up to smallWrite bytes go to buf, which is joined to s when it reaches flushAt.
const (
	smallWrite = 64
	flushAt    = 4096
)

// flush joins the pending bytes to s. buf continues after them in the same array, so the
// bytes a copy of the Builder may still refer to are never overwritten.
func (b *Builder) flush() {
	if len(b.buf) > 0 {
		b.s += string(b.buf)
		b.buf = b.buf[len(b.buf):]
	}
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string {
	b.flush()
	return b.s
}

func (b *Builder) Len() int { return len(b.s) + len(b.buf) }

func (b *Builder) Cap() int { return b.c }

func (b *Builder) Reset() {
	b.addr = nil
	b.s = ""
	b.buf = nil
	b.c = 0
}

// Grow makes room for n more bytes: capacity becomes 2*cap+n rounded up to an allocation size.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if b.c-b.Len() < n {
		b.c = allocSize(2*b.c + n)
	}
}

// grew accounts for an append of n bytes.
func (b *Builder) grew(n int) {
	if l := b.Len() + n; l > b.c {
		b.c = appendCap(b.c, l)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.grew(len(p))
	if len(p) <= smallWrite {
		b.buf = append(b.buf, p...)
		if len(b.buf) >= flushAt {
			b.flush()
		}
	} else {
		b.flush()
		b.s += string(p)
	}
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.grew(1)
	b.buf = append(b.buf, c)
	if len(b.buf) >= flushAt {
		b.flush()
	}
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
		b.buf = append(b.buf, byte(r))
	} else {
		b.buf = utf8.AppendRune(b.buf, r)
	}
	if len(b.buf) >= flushAt {
		b.flush()
	}
	return n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.grew(len(s))
	if len(s) <= smallWrite {
		b.buf = append(b.buf, s...)
		if len(b.buf) >= flushAt {
			b.flush()
		}
	} else {
		b.flush()
		b.s += s
	}
	return len(s), nil
}

// appendCap is the capacity append gives a []byte of capacity c growing to length l.
func appendCap(c, l int) int

// allocSize rounds n up to the size the allocator would hand out.
func allocSize(n int) int
