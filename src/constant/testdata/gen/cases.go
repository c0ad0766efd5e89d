// The table of cases: literals, a pool of representative values, operations over the pool, and
// formatting of many float64 and rational values.
package main

import (
	"fmt"
	"go/constant"
	"math"
	"strings"
)

func (g *gen) literals() {
	ints := []string{
		"0", "1", "42", "0x2A", "0X2a", "0o52", "0O52", "052", "0b101010", "0B101010",
		"1_000_000", "0x_FF", "0b_1010", "0o_17", "0_17", "00", "0777", "0x0", "007",
		"9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
		"0xFFFFFFFFFFFFFFFF", "0x1_0000_0000_0000_0000", "0x7fffffffffffffff", "0x8000000000000000",
		"0b1111111111111111111111111111111111111111111111111111111111111111",
		"01777777777777777777777", "02000000000000000000000",
		"123456789012345678901234567890", "9007199254740991", "9007199254740992", "9007199254740993",
		"340282366920938463463374607431768211456",
		"+5", "-5", "-9223372036854775808", "-9223372036854775809", "+0x10", "-0b11",
		// malformed
		"", "08", "09", "0x", "0b", "0o", "0X", "1__0", "_1", "1_", "0x_", "0_", "0__1", "abc",
		"1e3", "1.0", "0xg", "0b2", "0o8", "0x1p3", "--1", "+", "-", " 1", "1 ", "0_x1", "0b_", "1i",
		"0x_1_2", "0B_1", "0O_7", "0_0", "9_223_372_036_854_775_807", "0x8000_0000_0000_0000",
	}
	for _, s := range ints {
		g.lit("INT", s)
	}
	floats := []string{
		"0.", "0.0", ".5", "1.5", "1e3", "1E3", "1e+3", "1e-3", "1.5e-10", "0.1", "0.2", "0.3",
		"3.14159265358979323846264338327950288419716939937510582097494459", "2.718281828459045235360287471352662497757247093699959574966967627724076630353547594571382178525166427",
		"1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309",
		"2.2250738585072014e-308", "4.9e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"1e-400", "1e1000", "1e-1000", "1e1232", "1e1233", "1e1234", "1e-1232", "1e-1233", "1e-1234", "1e-1240",
		"1e4000", "1e-4000", "1e100000", "1e-100000", "1e1000000", "1e-1000000", "1e2000000",
		"1e646456992", "1e646456993", "1e-646456992", "1e-646456993", "1e-700000000", "1e700000000",
		"1e99999999999999999999", "1e-99999999999999999999", "1e9223372036854775807", "1e-9223372036854775808",
		"0x1p-2", "0x1.8p3", "0X1.8P3", "0x.8p1", "0x1p4095", "0x1p4094", "0x1p4096", "0x1p-4095",
		"0x1p-4096", "0x1p-4097", "0x1p-1074", "0x1p-1075", "0x1p-149", "0x1p-150", "0x1.000001p0",
		"0x1." + strings.Repeat("0", 127) + "1p0", "0x1." + strings.Repeat("0", 127) + "8p0", "0x1." + strings.Repeat("0", 127) + "81p0",
		"0x1." + strings.Repeat("f", 130) + "p0", "0x1." + strings.Repeat("0", 126) + "18p0",
		"0x1p2147483646", "0x1p2147483647", "0x1p2147483648", "0x1p-2147483648", "0x1p-2147483649", "0x1p-2147483700",
		"0x.1p-2147483644", "0x.1p-2147483645", "0x1.fp2147483646",
		"1_000.000_1", "1__0.0", "1.e5", "1e", "1e+", "e5", ".", "0x1", "0x1.8", "0x1e3", "1p3", "0b1.1p1",
		"0o7.4", "0b1.1", "0o7.4p1", "Inf", "inf", "-Inf", "+inf", "+1.5", "-1.5", "-0.0", "-0", "1e-0", "1.5e0001",
		"00012.5", "0x_1p0", "1_e5", "1e1_0", "1e_10", "1e10_", "0x1p1_0", "1._5", "1_.5", "0x1.p0", "0x.p0",
		"0." + strings.Repeat("0", 1300) + "1", "1" + strings.Repeat("0", 1300) + ".5",
"1" + strings.Repeat("0", 100) + "e-100",
		"3.4028235677973366e38", "3.4028234663852886e38", "3.402823466385288598117041834845169254400e38",
		"3.4028235e38", "3.40282357e38", "3.4028236e38",
		"1.401298464324817070923729583289916131280e-45", "7.006492321624085354618647916449580656401e-46",
		"7.006492321624085354618647916449580656402e-46", "1e-45", "1.4e-45", "0.7e-45",
		"1.1754943508222875e-38", "1.1754942807573643e-38", "1.17549428e-38",
		"0.1234565", "1234565", "1234565.0", "0.000001234565", "123456.5", "1234567.5", "999999.5", "9999995",
		"0.9999995", "0.99999949999", "1e-5", "1e-4", "1e21", "1e20", "123456789e-9", "6e-1886451601",
		"1.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
	}
	for _, s := range floats {
		g.lit("FLOAT", s)
	}
	imags := []string{
		"1i", "0i", "1.5i", "0x1p-2i", "1e1000i", "1e99999999999i", "0123i", "0o17i", "0b1i", "0x10i",
		"i", "1", "1_0i", "1e-1000000000i", "1e700000000i", "-2i", "1ii", "",
	}
	for _, s := range imags {
		g.lit("IMAG", s)
	}
	runes := []string{
		`'a'`, `'\n'`, `'\x41'`, `'\101'`, `'\u00e9'`, `'\U0001F600'`, "'é'", `'\''`, `'\\'`, `'"'`,
		`'\"'`, `''`, `'ab'`, `'\400'`, `'\377'`, `'\xff'`, `'\uD800'`, `'\U00110000'`, `'\U0010FFFF'`,
		`'\a'`, `'\b'`, `'\f'`, `'\r'`, `'\t'`, `'\v'`, `'\0'`, `'\000'`, "'\xff'", "'\xc3'", "'\xe6\x97\xa5'",
		`'`, `x`, `'\q'`, `'\x4'`, `'\u12'`, `'\u123g'`, `'''`, "'\n'", `'\8'`, `'\08'`, "ab", "'a",
		"'\xf0\x9f\x98\x80'", "'\xed\xa0\x80'", `'\U0000FFFD'`, `'\uFFFF'`, "'\x00'", `'\x80'`,
	}
	for _, s := range runes {
		g.lit("CHAR", s)
	}
	strs := []string{
		`""`, `"abc"`, `"a\nb"`, `"\x00\xff"`, `"\u00e9\U0001F600"`, `"\377\000"`, "`raw\r\nstr`", "`a\\nb`",
		`"unterminated`, `"a"b"`, `"\'"`, `'x'`, `'\''`, "\"é\"", "\"\xc3\"", "\"a\xffb\"", `"\u00ad"`,
		`"\u2028"`, `"\U0001fae9"`, `"\x7f"`, "`a`b`", "``", "`\r`", "`\xff`", `"\a\b\f\n\r\t\v\\\""`,
		`"\q"`, "\"a\nb\"", `"\400"`, `"\uDFFF"`, `"\U00110000"`, `"\x"`, `"\`, `"`, `x`, `"abc`,
		`"` + strings.Repeat("x", 100) + `"`, `"` + strings.Repeat("日本", 40) + `"`,
		`"` + strings.Repeat("a", 67) + `日本語"`, `"` + strings.Repeat("a", 68) + `\n"`,
		`"` + strings.Repeat("a", 70) + `"`, `"` + strings.Repeat("a", 71) + `"`, `"` + strings.Repeat("\\x01", 30) + `"`,
		`"\u0378\u0379\u037a\u0600\u061c\u200b\u200e\ufeff\U000e0001\U0001f6d7\U0001f6dc\U0001fae8\U0002a6df\U0002ebf0\U00031350\U000323af\U000f0000"`,
		`"\u3000\u00a0\u1680\u2000\u205f\ufffd\ufffe\U0010ffff\U000e0100\U0001d173"`,
	}
	for _, s := range strs {
		g.lit("STRING", s)
	}
}

// pool makes the values the operations run over.
func (g *gen) pool() (ints, rats, floats, cplx []string) {
	for _, s := range []string{"0", "1", "2", "3", "7", "10", "255", "256", "2147483647", "2147483648",
		"4294967296", "9007199254740991", "9007199254740993", "4611686018427387904", "9223372036854775807",
		"9223372036854775808", "18446744073709551615", "18446744073709551616", "1267650600228229401496703205376",
		"0x1fffffffffffffffffffffffffffffffffffffffffffffff", "0x" + strings.Repeat("f", 1024)} {
		r := g.lit("INT", s)
		ints = append(ints, r)
		if s != "0" {
			ints = append(ints, g.un("-", r, 0))
		}
	}
	ints = append(ints, g.i64(math.MinInt64), g.i64(math.MaxInt64), g.i64(-1), g.u64(math.MaxUint64), g.u64(1<<63), g.u64(12345))
	for _, s := range []string{"0.5", "1.5", "0.1", "2.5", "1e10", "1e-10", "1e100", "1e300", "1e-300", "1e308", "1e309",
		"1e1000", "1e-1000", "0x1p-1074", "0x1p-1075", "0x1p-149", "0x1p-150", "3.4028235677973366e38", "1e-45",
		"123456789.125", "0.000244140625", "1e1232", "1e-1232"} {
		r := g.lit("FLOAT", s)
		rats = append(rats, r)
		rats = append(rats, g.un("-", r, 0))
	}
	one, three := g.lit("INT", "1"), g.lit("INT", "3")
	rats = append(rats, g.bin(one, "/", three), g.bin(g.lit("INT", "2"), "/", three), g.bin(g.lit("INT", "-22"), "/", g.lit("INT", "7")))
	rats = append(rats, g.f64(0), g.f64(math.Copysign(0, -1)), g.f64(0.1), g.f64(1.0/3), g.f64(math.MaxFloat64), g.f64(math.SmallestNonzeroFloat64),
		g.f64(math.MaxFloat32), g.f64(math.SmallestNonzeroFloat32), g.f64(math.Inf(1)), g.f64(math.NaN()), g.f64(1e23), g.f64(-2.5e-8))
	for _, s := range []string{"1e2000", "1e-2000", "1e5000", "1e-5000", "0x1p4096", "0x1p-4096", "1e1234", "1e-1234",
		"1e100000", "1e-100000", "0x1.8p5000", "1e1000000000", "1e-646456992", "0x1p2147483646", "0x1p-2147483647"} {
		r := g.lit("FLOAT", s)
		floats = append(floats, r)
		floats = append(floats, g.un("-", r, 0))
	}
	// floatVals made by arithmetic: a rational whose components grew too large, and thirds.
	big1 := g.lit("INT", "0x"+strings.Repeat("f", 1100))
	floats = append(floats, g.bin(one, "/", big1), g.bin(big1, "/", three), g.bin(g.lit("FLOAT", "1e1000"), "*", g.lit("FLOAT", "1e1000")))
	for _, s := range []string{"1i", "2.5i", "0i", "1e1000i", "0x1p5000i", "1e-1000i"} {
		cplx = append(cplx, g.lit("IMAG", s))
	}
	cplx = append(cplx, g.bin(one, "+", g.lit("IMAG", "2i")), g.bin(g.lit("FLOAT", "1.5"), "-", g.lit("IMAG", "0.5i")),
		g.bin(g.lit("FLOAT", "1e5000"), "+", g.lit("IMAG", "1e-5000i")), g.bin(g.lit("INT", "-3"), "+", g.lit("IMAG", "4i")))
	for _, x := range append(append(append(append([]string{}, ints...), rats...), floats...), cplx...) {
		g.accessors(x)
	}
	for _, x := range []string{g.lit("STRING", `"abc"`), g.str(""), g.str("a\x00b\xffc"), g.value(mkBool(true), "bool", "true"),
		g.value(mkBool(false), "bool", "false"), g.value(mkUnknown, "unknown")} {
		g.accessors(x)
	}
	return
}

var ( // helpers for the pool
	mkUnknown = func() constant.Value { return constant.MakeUnknown() }
)

func mkBool(b bool) func() constant.Value { return func() constant.Value { return constant.MakeBool(b) } }

func (g *gen) operations(ints, rats, floats, cplx []string) {
	// The full integer operation matrix over a subset of the integers.
	isub := []string{ints[0], ints[1], ints[2], ints[5], ints[6], ints[13], ints[21], ints[28], ints[29], ints[31], ints[35], ints[37], ints[41], ints[42]}
	for _, x := range isub {
		for _, y := range isub {
			for _, op := range []string{"+", "-", "*", "/", "/=", "%", "&", "|", "^", "&^"} {
				g.bin(x, op, y)
			}
		}
	}
	// Every numeric representation against every other, for the arithmetic operators.
	nsub := []string{ints[0], ints[1], ints[4], ints[27], ints[39],
		rats[0], rats[1], rats[6], rats[9], rats[20], rats[22], rats[46], rats[52],
		floats[0], floats[3], floats[8], floats[16], floats[20], floats[30], floats[31],
		cplx[0], cplx[1], cplx[6], cplx[8]}
	for _, x := range nsub {
		for _, y := range nsub {
			for _, op := range []string{"+", "-", "*", "/"} {
				g.bin(x, op, y)
			}
			for _, op := range []string{"==", "<", ">="} {
				g.cmp(x, op, y)
			}
		}
	}
	for _, x := range nsub[:8] {
		for _, y := range nsub[:8] {
			for _, op := range []string{"!=", "<=", ">"} {
				g.cmp(x, op, y)
			}
		}
	}
	// Exponents near big.Float's limits: only multiplication, division and comparison (addition
	// would shift mantissas by billions of bits, in Go as well).
	for _, x := range []string{floats[24], floats[25], floats[26], floats[27], floats[28]} {
		for _, y := range nsub {
			for _, op := range []string{"*", "/"} {
				g.bin(x, op, y)
				g.bin(y, op, x)
			}
			g.cmp(x, "<", y)
			g.cmp(y, "==", x)
		}
	}
	// Chains that move between representations.
	x := g.lit("FLOAT", "0.1")
	for i := 0; i < 12; i++ {
		x = g.bin(x, "*", x)
	}
	x = g.lit("INT", "3")
	for i := 0; i < 11; i++ {
		x = g.bin(x, "*", x)
	}
	tenth := g.lit("FLOAT", "0.1")
	x = g.lit("FLOAT", "0")
	for i := 0; i < 10; i++ {
		x = g.bin(x, "+", tenth)
	}
	g.cmp(x, "==", g.lit("INT", "1"))
	third := g.bin(g.lit("FLOAT", "1e5000"), "/", g.lit("FLOAT", "3e5000"))
	g.accessors(third)
	g.accessors(g.bin(third, "*", g.lit("INT", "3")))
	g.accessors(g.bin(g.bin(g.lit("FLOAT", "1e5000"), "/", g.lit("FLOAT", "7e5000")), "*", g.lit("INT", "7")))
	g.accessors(g.bin(g.bin(g.lit("FLOAT", "1e5000"), "+", g.lit("FLOAT", "0.5")), "-", g.lit("FLOAT", "1e5000")))
	g.accessors(g.bin(g.lit("FLOAT", "1e5000"), "-", g.lit("FLOAT", "1e5000")))
	g.accessors(g.bin(g.lit("FLOAT", "1e5000"), "+", g.lit("FLOAT", "1e-5000")))
	g.accessors(g.bin(g.lit("FLOAT", "1e5000"), "-", g.lit("FLOAT", "1e-5000")))
	g.accessors(g.bin(g.lit("FLOAT", "0x1p5000"), "-", g.lit("FLOAT", "0x1p-5000")))
	g.accessors(g.bin(g.lit("FLOAT", "0x1p5000"), "+", g.lit("FLOAT", "0x1p4487")))
	g.accessors(g.bin(g.lit("FLOAT", "0x1p5000"), "+", g.lit("FLOAT", "0x1.8p4488")))
	g.accessors(g.bin(g.lit("FLOAT", "0x1p5000"), "-", g.lit("FLOAT", "0x1p4487")))
	g.accessors(g.bin(g.lit("FLOAT", "0x1p5000"), "-", g.lit("FLOAT", "0x1p4488")))
	g.accessors(g.bin(g.lit("FLOAT", "1e600000000"), "*", g.lit("FLOAT", "1e600000000")))
	g.accessors(g.bin(g.lit("FLOAT", "1e-600000000"), "*", g.lit("FLOAT", "1e-600000000")))
	g.accessors(g.bin(g.lit("FLOAT", "1e-600000000"), "/", g.lit("FLOAT", "1e600000000")))
	g.accessors(g.bin(g.lit("FLOAT", "1e-6000"), "/", g.lit("FLOAT", "1e-6000")))

	// Unary operators.
	for _, x := range ints {
		for _, prec := range []uint{0, 8, 16, 32, 64, 100} {
			g.un("^", x, prec)
		}
		g.un("+", x, 0)
	}
	for _, x := range append(append(append([]string{}, rats...), floats...), cplx...) {
		g.un("+", x, 0)
		g.un("-", x, 0)
		g.un("^", x, 0)
	}
	t, f := g.value(mkBool(true), "bool", "true"), g.value(mkBool(false), "bool", "false")
	u := g.value(mkUnknown, "unknown")
	for _, x := range []string{t, f, u} {
		g.un("!", x, 0)
		g.un("-", x, 0)
		g.un("^", x, 0)
		g.un("+", x, 0)
	}
	g.un("!", ints[1], 0)
	for _, x := range []string{t, f, u} {
		for _, y := range []string{t, f, u} {
			for _, op := range []string{"&&", "||", "+"} {
				g.bin(x, op, y)
			}
			for _, op := range []string{"==", "!=", "<"} {
				g.cmp(x, op, y)
			}
		}
		g.bin(x, "+", ints[1])
		g.bin(ints[1], "+", x)
		g.cmp(x, "==", ints[1])
	}

	// Shifts.
	for _, x := range append(isub, rats[0], u, t) {
		for _, s := range []uint{0, 1, 31, 33, 53, 63, 64, 65, 200, 5000} {
			g.shift(x, "<<", s)
			g.shift(x, ">>", s)
		}
		g.shift(x, "+", 1)
	}
	for _, op := range []string{"+", "-", "*", "/", "/=", "%", "&", "|", "^", "&^"} {
		g.bin(ints[39], op, ints[37])
		g.bin(ints[40], op, ints[27])
	}
	g.shift(ints[39], "<<", 1)
	g.shift(ints[39], ">>", 4000)
	g.shift(g.lit("INT", "1"), "<<", 100)
	g.shift(g.u64(1), "<<", 33)

	// Strings.
	strs := []string{g.str(""), g.str("a"), g.str("ab"), g.str("b"), g.str("\xff"), g.str("日本"), g.lit("STRING", `"\x00"`)}
	for _, x := range strs {
		for _, y := range strs {
			g.bin(x, "+", y)
			for _, op := range []string{"==", "!=", "<", "<=", ">", ">="} {
				g.cmp(x, op, y)
			}
		}
	}
	long := g.str(strings.Repeat("ab", 20))
	for i := 0; i < 4; i++ {
		long = g.bin(long, "+", long)
	}
	g.accessors(long)
	g.bin(strs[1], "-", strs[2])
	g.bin(strs[1], "+", ints[1])
	g.cmp(strs[1], "&&", strs[2])
}

// formatting converts many float64 values and rationals (deterministic pseudo-random) and
// prints them, to check String, ExactString and the float32/float64 conversions.
func (g *gen) formatting() {
	r := rng(0x9E3779B97F4A7C15)
	for i := 0; i < 400; i++ {
		bits := r.next()
		var x float64
		switch i % 4 {
		case 0:
			x = math.Float64frombits(bits)
		case 1: // moderate exponents, where %.6g chooses between the forms
			x = math.Float64frombits(bits&^(0x7ff<<52) | uint64(1023-20+int(bits>>52&63))<<52)
		case 2: // few significant bits: many exact decimal ties
			x = float64(int64(bits>>40)) / float64(uint64(1)<<(bits&31))
		case 3: // values near float32 boundaries
			f := math.Float32frombits(uint32(bits))
			x = float64(f) + float64(f)*math.Ldexp(float64(int64(bits>>33)&0xff)-128, -30)
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		v := g.f64(x)
		g.scalar(func() string { f, ok := constant.Float32Val(g.v(v)); return fmt.Sprintf("%08x %v", math.Float32bits(f), ok) }, "float32Val", v)
		g.scalar(func() string { f, ok := constant.Float64Val(g.v(v)); return fmt.Sprintf("%016x %v", math.Float64bits(f), ok) }, "float64Val", v)
	}
	// Decimal literals with 6 and 7 significant digits around ties.
	for i := 0; i < 150; i++ {
		d := r.next()
		mant := d % 10000000
		e := int(d>>32%40) - 25
		g.lit("FLOAT", fmt.Sprintf("%de%d", mant, e))
		g.lit("FLOAT", fmt.Sprintf("%d5e%d", mant/10, e))
	}
	// Rationals from random integers.
	for i := 0; i < 150; i++ {
		a, b := r.next(), r.next()
		sa := fmt.Sprintf("%d", a>>(a%64))
		sb := fmt.Sprintf("%d", b>>(b%64)|1)
		if i%3 == 0 {
			sa += strings.Repeat("0", int(a%30))
		}
		q := g.bin(g.lit("INT", sa), "/", g.lit("INT", sb))
		g.scalar(func() string { f, ok := constant.Float32Val(g.v(q)); return fmt.Sprintf("%08x %v", math.Float32bits(f), ok) }, "float32Val", q)
		g.scalar(func() string { f, ok := constant.Float64Val(g.v(q)); return fmt.Sprintf("%016x %v", math.Float64bits(f), ok) }, "float64Val", q)
	}
	// Values far outside float64's range: String's own decimal approximation.
	for i := 0; i < 120; i++ {
		d := r.next()
		lit := fmt.Sprintf("%d.%de%d", d%10, d>>8%1000000, int(d>>40%200000)-100000)
		if i%2 == 0 {
			lit = fmt.Sprintf("0x1.%xp%d", d>>4, int(d>>20%4000000)-2000000)
		}
		if i%5 == 0 {
			lit = fmt.Sprintf("%de%d", d%10000+1, 308+int(d>>40%2000))
		}
		g.lit("FLOAT", lit)
	}
	// Large integers converted to floats (SetInt rounds to 512 bits first).
	for _, s := range []string{
		"0x" + "1" + strings.Repeat("0", 12) + "8" + strings.Repeat("0", 115) + "1",
		"0x" + "1" + strings.Repeat("0", 12) + "8" + strings.Repeat("0", 140) + "1",
		"0x" + strings.Repeat("f", 140), "0x" + strings.Repeat("f", 300), "0x1" + strings.Repeat("0", 255) + "1",
		"0x" + "fffffffffffff8" + strings.Repeat("0", 200) + "1", "0x" + "ffffff8" + strings.Repeat("0", 50),
		"0x" + "ffffff7" + strings.Repeat("f", 50), "0x" + "1000001" + strings.Repeat("0", 9),
		"0x" + "1000001" + strings.Repeat("0", 8) + "1", "0x20000020000000", "0x20000020000001", "0x20000060000000",
		"0x1fffffffffffff", "0x3fffffffffffff", "0x7ffffffffffffe00", "0x7ffffffffffffdff", "0x7fffffffffffffff",
		"0x7fffff8000000000", "0x7fffff7fffffffff", "0xffffff8000000000",
	} {
		v := g.lit("INT", s)
		g.scalar(func() string { f, ok := constant.Float32Val(g.v(v)); return fmt.Sprintf("%08x %v", math.Float32bits(f), ok) }, "float32Val", v)
		g.scalar(func() string { f, ok := constant.Float64Val(g.v(v)); return fmt.Sprintf("%016x %v", math.Float64bits(f), ok) }, "float64Val", v)
		g.conv("toFloat", v)
		g.un("-", v, 0)
	}
	for _, s := range []string{"-9223372036854775808", "-9223372036854775807"} {
		v := g.lit("INT", s)
		g.scalar(func() string { f, ok := constant.Float32Val(g.v(v)); return fmt.Sprintf("%08x %v", math.Float32bits(f), ok) }, "float32Val", v)
		g.scalar(func() string { f, ok := constant.Float64Val(g.v(v)); return fmt.Sprintf("%016x %v", math.Float64bits(f), ok) }, "float64Val", v)
	}
	// ToInt of floatVals close to integers (it accepts values within rounding error).
	for _, s := range []string{"1e5000", "0x1p5000", "1.5e5000"} {
		big := g.lit("FLOAT", s)
		for _, e := range []string{"1", "3", "7", "1e-100", "1e-1000"} {
			q := g.bin(big, "/", g.lit("FLOAT", e))
			back := g.bin(g.bin(q, "*", g.lit("FLOAT", e)), "/", big)
			g.conv("toInt", back)
			g.conv("toInt", g.bin(back, "+", g.lit("FLOAT", "0.5")))
		}
	}
}
