// Floatgen writes the expected results of the randomized float tests (../floats.txt):
// FNV-1a hashes, per chunk of values, of what strconv.FormatFloat prints in every format
// ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') with precision -1 and with precisions drawn at
// random, and of what strconv.ParseFloat returns for texts derived from each value: its
// shortest form, long and perturbed decimal forms, its hex form (also with an underscore after
// the prefix), its digits with an underscore before the last one (allowed only between
// digits), its digits with a shifted exponent (overflow to ±Inf with ErrRange, underflow to
// zero), and exact halfway cases between it and the next value up.
//
// The values come from splitmix64 sequences, one per chunk, that floatcheck.ts reproduces:
// one value in three is a float64 with uniformly random bits, one a float32 with uniformly
// random bits, and the third cycles through values with a uniformly random exponent (many subnormals,
// huge and tiny magnitudes), short decimals, integers and dyadic fractions, and powers of
// ten beside their neighbours.
//
// It also writes ../parsecases.txt: ParseFloat's result for each of a list of hand-written
// texts (special values, syntax errors, underscores, range limits, halfway cases).
//
// Hashes keep the file small; -dump N prints chunk N's text to find a mismatch.
//
// Usage (in this directory): GO111MODULE=off go run main.go
package main

import (
	"flag"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
)

const (
	values = 300000
	chunk  = 100
	seed   = 0x5eed2
)

var state uint64 = seed

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func pow10(k uint64) uint64 {
	p := uint64(1)
	for ; k > 0; k-- {
		p *= 10
	}
	return p
}

// value returns the i'th test value and its bit size.
func value(i int) (float64, int) {
	switch i % 3 {
	case 0:
		return math.Float64frombits(next()), 64
	case 1:
		return float64(math.Float32frombits(uint32(next() >> 32))), 32
	}
	r := next()
	bs := 64
	if r>>63 == 1 {
		bs = 32
	}
	neg := r>>62&1 == 1
	var f float64
	switch (i / 3) % 4 {
	case 0: // uniformly random exponent field, random mantissa (sometimes only a few bits)
		m := next()
		if r>>61&1 == 1 {
			m &= 0xff << (r >> 8 % 56)
		}
		if bs == 64 {
			f = math.Float64frombits(r%2047<<52 | m&(1<<52-1))
		} else {
			f = float64(math.Float32frombits(uint32(r%255<<23 | m&(1<<23-1))))
		}
	case 1: // short decimals
		k := 1 + r%17
		m := next() % pow10(k)
		e := int(next()%61) - 30
		f, _ = strconv.ParseFloat(strconv.FormatUint(m, 10)+"e"+strconv.Itoa(e), bs)
	case 2: // integers and dyadic fractions
		m := next() >> (r % 64)
		k := (r >> 8) % 24
		f = float64(m) / float64(uint64(1)<<k)
		if bs == 32 {
			f = float64(float32(f))
		}
	default: // powers of ten and their neighbours
		e := int(r>>8%700) - 350
		if bs == 32 {
			e = int(r>>8%90) - 48
		}
		f, _ = strconv.ParseFloat("1e"+strconv.Itoa(e), bs)
		switch r >> 20 % 3 {
		case 1:
			f = nextAfter(f, bs, 1)
		case 2:
			f = nextAfter(f, bs, -1)
		}
	}
	if neg {
		f = -f
	}
	return f, bs
}

func nextAfter(f float64, bs int, dir float64) float64 {
	if bs == 32 {
		return float64(math.Nextafter32(float32(f), float32(dir*math.Inf(1))))
	}
	return math.Nextafter(f, dir*math.Inf(1))
}

const fixedFormats = "eEfgGxXb"

func parsed(s string, bs int) string {
	f, err := strconv.ParseFloat(s, bs)
	code := "ok"
	if err != nil {
		switch err.(*strconv.NumError).Err {
		case strconv.ErrRange:
			code = "range"
		case strconv.ErrSyntax:
			code = "syntax"
		default:
			code = "other"
		}
	}
	if math.IsNaN(f) {
		return "NaN/" + code // payloads differ between implementations and do not matter
	}
	return fmt.Sprintf("%016x/%s", math.Float64bits(f), code)
}

// split returns the mantissa and the exponent of an 'e' format text.
func split(s string) (string, int) {
	i := strings.IndexByte(s, 'e')
	e, _ := strconv.Atoi(s[i+1:])
	return s[:i], e
}

// bump adds d (±1) to the last digit of a decimal mantissa, carrying.
func bump(m string, d int) string {
	b := []byte(m)
	for i := len(b) - 1; i >= 0; i-- {
		c := b[i]
		if c < '0' || c > '9' {
			continue
		}
		if d > 0 && c == '9' {
			b[i] = '0'
			continue
		}
		if d < 0 && c == '0' {
			b[i] = '9'
			continue
		}
		b[i] = c + byte(d)
		return string(b)
	}
	return string(b)
}

// line is the text hashed for one value.
func line(f float64, bs int) string {
	var b strings.Builder
	if math.IsNaN(f) {
		fmt.Fprintf(&b, "NaN/%d", bs)
	} else {
		fmt.Fprintf(&b, "%016x/%d", math.Float64bits(f), bs)
	}
	for _, fm := range []byte(fixedFormats) {
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(f, fm, -1, bs))
	}
	// Four formats with random precisions: mostly small, sometimes long.
	for j := 0; j < 4; j++ {
		r := next()
		fm := fixedFormats[r%8]
		prec := int(r >> 8 % 26)
		if r>>16%16 == 0 {
			prec = int(r >> 24 % 120)
		}
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(f, fm, prec, bs))
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		b.WriteString(" " + parsed(strconv.FormatFloat(f, 'g', -1, bs), bs))
		return b.String()
	}
	short := strconv.FormatFloat(f, 'e', -1, bs)
	b.WriteString(" " + parsed(strconv.FormatFloat(f, 'g', -1, bs), bs))
	b.WriteString(" " + parsed(short, bs))
	long := strconv.FormatFloat(f, 'e', 25, 64)
	b.WriteString(" " + parsed(long, 32) + " " + parsed(long, 64))
	m, e := split(short)
	r := next()
	// Perturbed: the last shortest digit moved, extra digits after it, a long tail.
	b.WriteString(" " + parsed(bump(m, 1)+"e"+strconv.Itoa(e), bs))
	b.WriteString(" " + parsed(bump(m, -1)+"e"+strconv.Itoa(e), bs))
	tail := strconv.FormatUint(next(), 10)
	mm := m
	if !strings.Contains(mm, ".") {
		mm += "."
	}
	b.WriteString(" " + parsed(mm+"0000000"+tail+"e"+strconv.Itoa(e), bs))
	b.WriteString(" " + parsed(mm+strings.Repeat("9", int(r%30))+tail+"E"+strconv.Itoa(e), 96-bs))
	// The digits with a shifted exponent: overflow, underflow, subnormals.
	shift := int(r>>8%800) - 400
	b.WriteString(" " + parsed(m+"e"+strconv.Itoa(e+shift), bs))
	b.WriteString(" " + parsed(m+"e"+strconv.Itoa(e+shift), 96-bs))
	// Hex forms: exact, float64's rounded to float32, with an underscore after the prefix
	// (allowed), rounded to fewer digits with a capital P. Then the decimal digits with an
	// underscore before the last one (allowed only between two digits).
	hex := strconv.FormatFloat(f, 'x', -1, bs)
	b.WriteString(" " + parsed(hex, bs) + " " + parsed(strconv.FormatFloat(f, 'x', -1, 64), 32))
	k := strings.Index(hex, "0x") + 2
	b.WriteString(" " + parsed(hex[:k]+"_"+hex[k:], bs))
	hexp := strconv.FormatFloat(f, 'x', int(r>>20%14), 64)
	b.WriteString(" " + parsed(strings.Replace(hexp, "p", "P", 1), 64))
	b.WriteString(" " + parsed(m[:len(m)-1]+"_"+m[len(m)-1:]+"e"+strconv.Itoa(e), bs))
	if bs == 32 {
		up := float64(math.Nextafter32(float32(f), float32(math.Inf(1))))
		if !math.IsInf(up, 0) {
			mid := strconv.FormatFloat((f+up)/2, 'e', 120, 64)
			b.WriteString(" " + mid + " " + parsed(mid, 32))
			i := strings.IndexByte(mid, 'e')
			b.WriteString(" " + parsed(mid[:i]+"1"+mid[i:], 32))
		}
	} else if f != 0 {
		// The exact midpoint between |f| and the next float64 up (a tie, to even), and texts
		// a hair above and below it.
		digits, exp := midpoint(f)
		sign := ""
		if f < 0 {
			sign = "-"
		}
		b.WriteString(" " + parsed(sign+digits+"e"+strconv.Itoa(exp), 64))
		b.WriteString(" " + parsed(sign+digits+"1e"+strconv.Itoa(exp-1), 64))
		b.WriteString(" " + parsed(sign+bump(digits, -1)+"e"+strconv.Itoa(exp), 64))
	}
	return b.String()
}

// midpoint returns the exact decimal value of the midpoint between |f| (finite, nonzero) and
// the next float64 up, as integer digits and a power of ten.
func midpoint(f float64) (string, int) {
	bits := math.Float64bits(f) &^ (1 << 63)
	m := new(big.Int).SetUint64(bits & (1<<52 - 1))
	e := int(bits>>52) - 1075
	if bits>>52 == 0 {
		e = -1074
	} else {
		m.SetBit(m, 52, 1)
	}
	// (2m+1) × 2^(e-1)
	m.Lsh(m, 1)
	m.Add(m, big.NewInt(1))
	e--
	if e >= 0 {
		return m.Lsh(m, uint(e)).String(), 0
	}
	five := new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil)
	return m.Mul(m, five).String(), e
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	dump := flag.Int("dump", -1, "print the text of this chunk instead of writing the files")
	flag.Parse()
	var out strings.Builder
	fmt.Fprintf(&out, "values %d chunk %d seed %d\n", values, chunk, seed)
	var text strings.Builder
	for i := 0; i < values; i++ {
		if i%chunk == 0 {
			// Each chunk has a sequence of its own, so that chunks can be checked separately.
			state = seed + uint64(i/chunk)<<40
		}
		f, bs := value(i)
		text.WriteString(line(f, bs))
		text.WriteByte('\n')
		if (i+1)%chunk == 0 {
			if *dump == i/chunk {
				fmt.Print(text.String())
				return
			}
			fmt.Fprintf(&out, "%08x\n", fnv(text.String()))
			text.Reset()
		}
	}
	if err := os.WriteFile("../floats.txt", []byte(out.String()), 0o644); err != nil {
		panic(err)
	}
	writeCases()
}

// writeCases writes ParseFloat's results for hand-written texts at both sizes, one per line:
// bit size, tab, text, tab, result.
func writeCases() {
	cases := []string{
		"", "+", "-", ".", "e", "e1", "1e", "1e+", "1e-", "1.5e+0x", "+-1", "--1", "1e+-1", " 1", "1 ", "1.2.3", "1e2e3",
		"0x", "0x.", "0x1", "0x1p", "0x1p+", "0x1.8p1", "0X1.8P1", "0x.8p1", "0x1.p0", "0x.p0", "0xp0", "0x1e3", "0x1g", "-0x1p-2",
		"0x1_0p0", "0x_1p0", "0x1__0p0", "0x1p1_0", "0x1_p0", "0x1.8_8p0", "1_000", "1_000.5", "_1", "1_", "0_1", "1e1_0", "0b101", "0o17", "1.5_",
		"inf", "Inf", "INF", "+inf", "-inf", "infinity", "Infinity", "-INFINITY", "infin", "infinityx", "infx",
		"nan", "NaN", "NAN", "+nan", "-nan", "nanx", "in", "i", "n", "na",
		".5", "5.", "-.5", "+5.", "0.", "-0", "+0", "-0.0e10", "0e99999", "0e-99999", "-0e-99999", "00000.00001", "000123",
		"1e0000000000000000000001", "1e-0000000000000000000001", "1e-4294967296", "1e+4294967296", "1e18446744073709551616",
		"1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "-1.797693134862315808e308",
		"179769313486231580793728971405301e276", "1e309", "-1e309", "1e400", "-1e400", "1e-400", "-1e-400", "1e-5000000",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "2.225073858507201e-308",
		"3.4028234e38", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
		"3.40282356779733661637539395458142568447e38", "1e39", "-1e39", "1.4e-45", "7e-46", "7.006492321624085e-46",
		"7.006492321624086e-46", "1e-46", "1.1754943508222875e-38", "1.1754942e-38",
		"0x1p1023", "0x1p1024", "-0x1p1024", "0x1.fffffffffffffp1023", "0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023",
		"0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x1.8p-1074", "0x1.4p-1074", "0x1.cp-1074",
		"0x1p127", "0x1p128", "0x1.fffffep127", "0x1.fffffefp127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.8p-150",
		"0x1.000001p-150", "0x1.8p-149", "0x123456789abcdef0123p0", "0x.000000000000000000000001p100", "0x1p99999999999",
		"0x1p-99999999999", "0x0p99999", "0x0.0p-5", "0x1.00000000000008p0", "0x1.000000000000080000000001p0",
		"0x1.00000000000018p0", "0x1.000001p0", "0x1.0000010000001p0", "0x1.000003p0",
		"9007199254740993", "9007199254740993.000000000000000000000000000000000000000000000001", "9007199254740992.999999999999",
		"9007199254740995", "16777217", "16777217.0000000001", "16777219", "33554435",
		"0.1", "0.2", "0.3", "1.1", "100", "1e23", "8.589973e9", "1.5e-7", "123456789012345678901234567890",
	}
	long := []string{
		"0." + strings.Repeat("0", 1000) + "1",
		"1" + strings.Repeat("0", 1000) + "e-1000",
		"1" + strings.Repeat("0", 1000) + "e-1010",
		strings.Repeat("9", 900) + "e-900",
		strings.Repeat("1", 850),
		"0." + strings.Repeat("9", 800) + "e-307",
		"1.00000000000000011102230246251565404236316680908203125",
		"1.000000000000000111022302462515654042363166809082031250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
		"1.00000000000000011102230246251565404236316680908203124999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
		"1.00000000000000033306690738754696212708950042724609375",
		"1.00000000000000005960464477539062500000000000000000000000001",
		"1.0000000596046447753906250",
		"1.00000005960464477539062500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
		"1.00000017881393432617187500",
	}
	// The smallest normal float64 and the midpoint below it, in full.
	mid, e := midpoint(math.Nextafter(0x1p-1022, 0))
	long = append(long, mid+"e"+strconv.Itoa(e), mid+"1e"+strconv.Itoa(e-1), bump(mid, -1)+"e"+strconv.Itoa(e))
	mid, e = midpoint(math.MaxFloat64)
	long = append(long, mid+"e"+strconv.Itoa(e), bump(mid, -1)+"e"+strconv.Itoa(e))
	mid, e = midpoint(5e-324)
	long = append(long, "0."+mid+"e"+strconv.Itoa(e+len(mid)), mid+"1e"+strconv.Itoa(e-1), bump(mid, -1)+"e"+strconv.Itoa(e))
	// 2^-1075, halfway between zero and the smallest subnormal, and beside it.
	half := new(big.Int).Exp(big.NewInt(5), big.NewInt(1075), nil).String()
	long = append(long, half+"e-1075", half+"1e-1076", bump(half, -1)+"e-1075", "-"+half+"e-1075")
	state = seed
	// Texts with more than 800 significant digits before the point, which Go's slow path
	// reads as if the point sat after the 800th (when the fast paths do not settle them).
	for _, n := range []int{799, 800, 801, 850, 1000} {
		for _, e := range []int{0, -n, -n - 10, -n + 5, -n - 300, -n - 330} {
			long = append(long, "1"+strings.Repeat("0", n)+"e"+strconv.Itoa(e), "12345"+strings.Repeat("0", n)+"e"+strconv.Itoa(e))
		}
	}
	for j := 0; j < 60; j++ {
		r := next()
		n := 790 + int(r%220)
		var d strings.Builder
		for d.Len() < n {
			d.WriteString(strconv.FormatUint(next()%1e18+1e18, 10)[1:])
		}
		digits := d.String()[:n]
		if r>>8&1 == 1 {
			digits = "1" + digits
		}
		if r>>9&3 == 0 {
			digits = digits[:25] + strings.Repeat("0", n-25)
		}
		if r>>11&1 == 1 {
			k := 790 + int(r>>12%(uint64(len(digits))-790))
			digits = digits[:k] + "." + digits[k:]
		}
		e := -n + int(r>>24%640) - 320
		if r>>40&1 == 1 {
			e = -n + int(r>>41%80) - 40
		}
		long = append(long, digits+"e"+strconv.Itoa(e))
	}
	var out strings.Builder
	for _, s := range append(cases, long...) {
		for _, bs := range []int{32, 64} {
			fmt.Fprintf(&out, "%d\t%s\t%s\n", bs, s, parsed(s, bs))
		}
	}
	if err := os.WriteFile("../parsecases.txt", []byte(out.String()), 0o644); err != nil {
		panic(err)
	}
}
