// Command gen evaluates a table of go/constant operations with the real Go implementation and
// prints the results as JSON, which src/constant's cross-check test replays against the
// TypeScript implementation. With -isprint it prints src/syntax/isprint.ts instead (the
// strconv.IsPrint table, computed by calling strconv.IsPrint on every code point).
//
// Regenerate (from the repository root, with Go 1.23):
//
//	go -C src/constant/testdata/gen run . > src/constant/testdata/cases.json
//	go -C src/constant/testdata/gen run . -isprint > src/syntax/isprint.ts
//
// With -fuzz N (and -seed S) it prints about N random cases instead, for a larger one-off check.
//
// Each case is a JSON array [op, args..., want]. Arguments "#n" refer to the value produced by
// case n. A case that produces a constant.Value has want = describe(value) (see below); other
// cases have a scalar result. "panic" means the Go call panicked.
package main

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"runtime"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

type gen struct {
	cases [][]string
	vals  []constant.Value // per case; nil when the case has no value result
}

// describe gives a value's representation type, exact form and short form.
func describe(v constant.Value) string {
	s := typeName(v) + ":" + v.ExactString() + "|" + v.String()
	if v.Kind() == constant.Complex {
		s += "{" + typeName(constant.Real(v)) + "," + typeName(constant.Imag(v)) + "}"
	}
	return s
}

func typeName(v constant.Value) string {
	t := fmt.Sprintf("%T", v)
	t = strings.TrimPrefix(t, "*")
	return strings.TrimPrefix(t, "constant.")
}

func ref(i int) string { return "#" + strconv.Itoa(i) }

// missing reports whether one of the case's arguments refers to a case without a value (one that
// panicked); such cases are left out.
func (g *gen) missing(c []string) bool {
	for _, a := range c[1:] {
		if strings.HasPrefix(a, "#") && g.v(a) == nil {
			return true
		}
	}
	return false
}

// value records a case whose result is a Value and returns its reference ("#-1" if left out).
func (g *gen) value(f func() constant.Value, c ...string) string {
	if g.missing(c) {
		return "#-1"
	}
	var v constant.Value
	want := func() (s string) {
		defer func() {
			if recover() != nil {
				v = nil
				s = "panic"
			}
		}()
		v = f()
		return describe(v)
	}()
	g.cases = append(g.cases, append(c, want))
	g.vals = append(g.vals, v)
	return ref(len(g.cases) - 1)
}

// scalar records a case with a non-Value result.
func (g *gen) scalar(f func() string, c ...string) {
	if g.missing(c) {
		return
	}
	want := func() (s string) {
		defer func() {
			if recover() != nil {
				s = "panic"
			}
		}()
		return f()
	}()
	g.cases = append(g.cases, append(c, want))
	g.vals = append(g.vals, nil)
}

func (g *gen) v(r string) constant.Value {
	i, _ := strconv.Atoi(r[1:])
	if i < 0 {
		return nil
	}
	return g.vals[i]
}

var toks = map[string]token.Token{"INT": token.INT, "FLOAT": token.FLOAT, "IMAG": token.IMAG, "CHAR": token.CHAR, "STRING": token.STRING}

var ops = map[string]token.Token{}

func init() {
	for t := token.ILLEGAL; t < token.TILDE+1; t++ {
		if t.IsOperator() {
			ops[t.String()] = t
		}
	}
}

// lit makes a value from a literal; literals that are not valid UTF-8 (which JSON cannot carry)
// are hex-encoded in a "litx" case.
func (g *gen) lit(tok, lit string) string {
	f := func() constant.Value { return constant.MakeFromLiteral(lit, toks[tok], 0) }
	if !utf8.ValidString(lit) {
		return g.value(f, "litx", tok, hex.EncodeToString([]byte(lit)))
	}
	return g.value(f, "lit", tok, lit)
}

func (g *gen) i64(x int64) string {
	return g.value(func() constant.Value { return constant.MakeInt64(x) }, "i64", strconv.FormatInt(x, 10))
}

func (g *gen) u64(x uint64) string {
	return g.value(func() constant.Value { return constant.MakeUint64(x) }, "u64", strconv.FormatUint(x, 10))
}

func (g *gen) f64(x float64) string {
	return g.value(func() constant.Value { return constant.MakeFloat64(x) }, "f64", fmt.Sprintf("%016x", math.Float64bits(x)))
}

// str makes a String value; its argument is hex-encoded because it may hold any bytes.
func (g *gen) str(s string) string {
	return g.value(func() constant.Value { return constant.MakeString(s) }, "str", hex.EncodeToString([]byte(s)))
}

func (g *gen) un(op string, x string, prec uint) string {
	return g.value(func() constant.Value { return constant.UnaryOp(ops[op], g.v(x), prec) }, "un", op, x, strconv.FormatUint(uint64(prec), 10))
}

func (g *gen) bin(x, op, y string) string {
	return g.value(func() constant.Value { return constant.BinaryOp(g.v(x), ops[op], g.v(y)) }, "bin", x, op, y)
}

func (g *gen) shift(x, op string, s uint) string {
	return g.value(func() constant.Value { return constant.Shift(g.v(x), ops[op], s) }, "shift", x, op, strconv.FormatUint(uint64(s), 10))
}

func (g *gen) cmp(x, op, y string) {
	g.scalar(func() string { return strconv.FormatBool(constant.Compare(g.v(x), ops[op], g.v(y))) }, "cmp", x, op, y)
}

var conversions = map[string]func(constant.Value) constant.Value{
	"toInt": constant.ToInt, "toFloat": constant.ToFloat, "toComplex": constant.ToComplex,
	"num": constant.Num, "denom": constant.Denom, "real": constant.Real, "imag": constant.Imag,
	"makeImag": constant.MakeImag,
}

func (g *gen) conv(name, x string) string {
	return g.value(func() constant.Value { return conversions[name](g.v(x)) }, name, x)
}

// accessors applies every scalar accessor that is defined for x's kind (and a few that are not,
// to record the panics).
func (g *gen) accessors(x string) {
	v := g.v(x)
	if v == nil {
		return
	}
	k := v.Kind()
	g.scalar(func() string { return strconv.Itoa(int(v.Kind())) }, "kind", x)
	numeric := k == constant.Int || k == constant.Float || k == constant.Complex || k == constant.Unknown
	if numeric {
		g.scalar(func() string { return strconv.Itoa(constant.Sign(v)) }, "sign", x)
		for _, c := range []string{"toInt", "toFloat", "toComplex", "real", "imag"} {
			g.conv(c, x)
		}
	}
	if k == constant.Int || k == constant.Unknown {
		g.scalar(func() string { return strconv.Itoa(constant.BitLen(v)) }, "bitLen", x)
		g.scalar(func() string { i, ok := constant.Int64Val(v); return fmt.Sprint(i, ok) }, "int64Val", x)
		g.scalar(func() string { i, ok := constant.Uint64Val(v); return fmt.Sprint(i, ok) }, "uint64Val", x)
	}
	if k == constant.Int || k == constant.Float || k == constant.Unknown {
		g.scalar(func() string { f, ok := constant.Float32Val(v); return fmt.Sprintf("%08x %v", math.Float32bits(f), ok) }, "float32Val", x)
		g.scalar(func() string { f, ok := constant.Float64Val(v); return fmt.Sprintf("%016x %v", math.Float64bits(f), ok) }, "float64Val", x)
		g.conv("num", x)
		g.conv("denom", x)
		g.conv("makeImag", x)
	}
	if k == constant.String || k == constant.Unknown {
		g.scalar(func() string { return hex.EncodeToString([]byte(constant.StringVal(v))) }, "stringVal", x)
	}
	if k == constant.Bool || k == constant.Unknown {
		g.scalar(func() string { return strconv.FormatBool(constant.BoolVal(v)) }, "boolVal", x)
	}
}

// rng is a small deterministic generator (xorshift64*), so the table is reproducible.
type rng uint64

func (r *rng) next() uint64 {
	x := uint64(*r)
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*r = rng(x)
	return x * 2685821657736338717
}

func main() {
	isprint := flag.Bool("isprint", false, "print the strconv.IsPrint table as TypeScript")
	fuzz := flag.Int("fuzz", 0, "print about this many random cases instead of the table")
	seed := flag.Uint64("seed", 1, "random seed for -fuzz")
	flag.Parse()
	if *isprint {
		printIsPrint()
		return
	}
	g := &gen{}
	if *fuzz > 0 {
		g.fuzz(*fuzz, *seed)
	} else {
		g.literals()
		ints, rats, floats, cplx := g.pool()
		g.operations(ints, rats, floats, cplx)
		g.formatting()
	}

	w := os.Stdout
	fmt.Fprintln(w, "{")
	fmt.Fprintf(w, "\"about\": \"go/constant results computed by src/constant/testdata/gen with %s\",\n", runtime.Version())
	fmt.Fprintln(w, `"cases": [`)
	for i, c := range g.cases {
		b, err := json.Marshal(c)
		if err != nil {
			panic(err)
		}
		sep := ","
		if i == len(g.cases)-1 {
			sep = ""
		}
		fmt.Fprintf(w, "%s%s\n", b, sep)
	}
	fmt.Fprintln(w, "]}")
}

func printIsPrint() {
	// Ranges [lo, hi] of printable code points above U+00FF (Latin-1 is handled by a fast path).
	var ranges []rune
	in := false
	for r := rune(0x100); r <= utf8.MaxRune+1; r++ {
		p := r <= utf8.MaxRune && strconv.IsPrint(r)
		if p && !in {
			ranges = append(ranges, r)
			in = true
		} else if !p && in {
			ranges = append(ranges, r-1)
			in = false
		}
	}
	fmt.Println("// strconv.IsPrint above U+00FF, as Go 1.23 defines it (Unicode 15.0.0): sorted inclusive")
	fmt.Println("// ranges [lo, hi] flattened into one array. Generated by src/constant/testdata/gen -isprint")
	fmt.Println("// (do not edit); JavaScript's \\p{...} classes follow a newer Unicode version, so they cannot")
	fmt.Println("// stand in for Go's table.")
	fmt.Println()
	fmt.Println("export const printRanges: readonly number[] = [")
	for i := 0; i < len(ranges); i += 8 {
		var parts []string
		for j := i; j < i+8 && j < len(ranges); j++ {
			parts = append(parts, fmt.Sprintf("0x%x", ranges[j]))
		}
		fmt.Printf("  %s,\n", strings.Join(parts, ", "))
	}
	fmt.Println("];")
}
