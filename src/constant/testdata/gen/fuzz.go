// Random cases (-fuzz N): not part of the committed table, but the same format, so that the
// cross-check test can replay a large random sample (see README.md).
package main

import (
	"fmt"
	"go/constant"
	"math"
	"strconv"
	"strings"
)

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) digits(n int, alphabet string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(alphabet[r.intn(len(alphabet))])
	}
	return b.String()
}

// randomLiteral makes a decimal or hexadecimal float literal.
func (r *rng) floatLiteral(maxExp int) string {
	if r.intn(3) == 0 {
		m := r.digits(1+r.intn(3), "0123456789abcdef") + "." + r.digits(r.intn(140), "0123456789abcdef")
		return fmt.Sprintf("0x%sp%d", m, r.intn(2*maxExp*3)-maxExp*3)
	}
	d := r.digits(1+r.intn(40), "0123456789")
	if k := r.intn(len(d) + 1); k < len(d) {
		d = d[:k] + "." + d[k:]
	}
	return fmt.Sprintf("%se%d", d, r.intn(2*maxExp)-maxExp)
}

func (r *rng) intLiteral() string {
	switch r.intn(4) {
	case 0:
		return r.digits(1+r.intn(25), "0123456789")
	case 1:
		return "0x" + r.digits(1+r.intn(40), "0123456789abcdefABCDEF")
	case 2:
		return strconv.FormatUint(r.next()>>r.intn(64), 10)
	}
	return strconv.FormatInt(int64(r.next())>>r.intn(64), 10)
}

func (r *rng) stringBytes() string {
	var b strings.Builder
	n := r.intn(30)
	for i := 0; i < n; i++ {
		switch r.intn(6) {
		case 0:
			b.WriteByte(byte(r.next()))
		case 1:
			b.WriteRune(rune(r.intn(0x110000)))
		case 2:
			b.WriteRune(rune(r.intn(0x3000)))
		default:
			b.WriteByte(byte(0x20 + r.intn(0x60)))
		}
	}
	return b.String()
}

func (r *rng) quotedLiteral(quote byte) string {
	var b strings.Builder
	b.WriteByte(quote)
	n := 1
	if quote == '"' {
		n = r.intn(12)
	}
	escapes := []string{`\a`, `\b`, `\f`, `\n`, `\r`, `\t`, `\v`, `\\`, `\'`, `\"`, `\x4`, `\8`, `\q`}
	for i := 0; i < n; i++ {
		switch r.intn(8) {
		case 0:
			fmt.Fprintf(&b, `\x%02x`, r.intn(256))
		case 1:
			fmt.Fprintf(&b, `\%03o`, r.intn(512))
		case 2:
			fmt.Fprintf(&b, `\u%04x`, r.intn(0x10000))
		case 3:
			fmt.Fprintf(&b, `\U%08x`, r.intn(0x120000))
		case 4:
			b.WriteString(escapes[r.intn(len(escapes))])
		case 5:
			b.WriteRune(rune(r.intn(0x20000)))
		case 6:
			b.WriteByte(byte(r.next()))
		default:
			b.WriteByte(byte(0x20 + r.intn(0x60)))
		}
	}
	if r.intn(20) != 0 {
		b.WriteByte(quote)
	}
	return b.String()
}

func (g *gen) fuzz(n int, seed uint64) {
	r := rng(seed | 1)
	var pool []string
	pick := func() string { return pool[r.intn(len(pool))] }
	keep := func(ref string) {
		if v := g.v(ref); v != nil && v.Kind() != constant.Unknown && len(v.ExactString()) < 600 {
			if len(pool) < 300 {
				pool = append(pool, ref)
			} else {
				pool[r.intn(len(pool))] = ref
			}
		}
	}
	keep(g.lit("INT", "1"))
	for len(g.cases) < n {
		switch r.intn(18) {
		case 0:
			v := g.f64(math.Float64frombits(r.next()))
			g.accessors(v)
		case 1:
			keep(g.lit("FLOAT", r.floatLiteral(1400)))
		case 2:
			g.accessors(g.lit("FLOAT", r.floatLiteral(400000)))
		case 3:
			keep(g.lit("INT", r.intLiteral()))
		case 4:
			keep(g.lit("IMAG", r.floatLiteral(50)+"i"))
		case 5, 6, 7, 8:
			x, y := pick(), pick()
			ops := []string{"+", "-", "*", "/"}
			if g.v(x).Kind() == constant.Int && g.v(y).Kind() == constant.Int && r.intn(2) == 0 {
				ops = append(ops, "/=", "%", "&", "|", "^", "&^")
			}
			keep(g.bin(x, ops[r.intn(len(ops))], y))
		case 9:
			g.cmp(pick(), []string{"==", "!=", "<", "<=", ">", ">="}[r.intn(6)], pick())
		case 10:
			x := pick()
			if g.v(x).Kind() == constant.Int {
				keep(g.shift(x, []string{"<<", ">>"}[r.intn(2)], uint(r.intn(300))))
				keep(g.un("^", x, []uint{0, 8, 16, 32, 64, 70}[r.intn(6)]))
			} else {
				keep(g.un("-", x, 0))
			}
		case 11:
			x := pick()
			g.accessors(x)
		case 12:
			g.str(r.stringBytes())
		case 13:
			g.lit("STRING", r.quotedLiteral('"'))
			g.lit("CHAR", r.quotedLiteral('\''))
		case 14:
			// quotients that should be integers up to rounding
			a := g.lit("INT", r.intLiteral())
			b := g.lit("FLOAT", r.floatLiteral(1300))
			q := g.bin(g.bin(a, "*", b), "/", b)
			g.conv("toInt", q)
		case 15:
			a := g.i64(int64(r.next()))
			g.accessors(a)
			keep(a)
		case 16:
			// binary floats whose exponents differ by about the precision (rounding and sticky bits)
			e := 5000 + r.intn(100)
			x := g.lit("FLOAT", fmt.Sprintf("0x1.%sp%d", r.digits(r.intn(130), "0123456789abcdef"), e))
			y := g.lit("FLOAT", fmt.Sprintf("0x1.%sp%d", r.digits(r.intn(130), "0123456789abcdef"), e-r.intn(1100)))
			for _, op := range []string{"+", "-"} {
				z := g.bin(x, op, y)
				g.conv("toInt", z)
				g.bin(y, op, x)
			}
		case 17:
			// a binary float that is an integer up to a few bits of rounding
			b := g.lit("FLOAT", r.floatLiteral(60))
			x := g.bin(g.lit("FLOAT", "1e2000"), "*", b)
			y := g.bin(g.bin(x, "/", g.lit("FLOAT", "1e2000")), "*", g.lit("FLOAT", r.floatLiteral(3)))
			g.conv("toInt", y)
			g.accessors(y)
		}
	}
}
