// Printf's corner cases checked one by one: argument indexes, * widths and precisions and
// their errors, missing and extra operands, methods that panic, Formatter and GoStringer
// implementations, map key order, nil values of every kind, pointers to composites, invalid
// UTF-8 and bad verbs.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
)

type Str struct{ n int }

func (s Str) String() string { return fmt.Sprintf("Str(%d)", s.n) }

type PStr struct{ n int }

func (p *PStr) String() string { return fmt.Sprintf("PStr(%d)", p.n) }

type Boom struct{ v any }

func (b Boom) String() string { panic(b.v) }

type BoomErr struct{}

func (BoomErr) Error() string { panic("error method failed") }

type BoomGo struct{}

func (BoomGo) GoString() string { panic(errors.New("gostring failed")) }

type BoomFmt struct{}

func (BoomFmt) Format(f fmt.State, c rune) { panic(fmt.Sprintf("format %c", c)) }

type NilOK struct{ name string }

func (n *NilOK) String() string { return "NilOK:" + n.name }

type GS struct{ a, b int }

func (g GS) GoString() string { return fmt.Sprintf("GS(%d,%d)", g.a, g.b) }

type F struct{ tag string }

func (x F) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fl := ""
	for _, r := range "+-# 0" {
		if f.Flag(int(r)) {
			fl += string(r)
		}
	}
	fmt.Fprintf(f, "<%s %c w=%d/%t p=%d/%t f=%q %s>", x.tag, c, w, wok, p, pok, fl, fmt.FormatString(f, c))
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Inner struct {
	P  *int
	S  []string
	M  map[string]int
	F  func()
	C  chan int
	I  any
	Er error
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *Inner
	Arr  [2]Str
	gs   GS
	GS   GS
}

type Key struct {
	A int
	B string
}

type Embed struct {
	Str
	Pt
	n int
}

type Pt struct{ X, Y int }

type MyMap map[string][]int
type MySlice []Pt
type MyBytes []byte
type MyArr [3]uint8
type Celsius float64
type Flag bool
type Runes []rune

func p(format string, a ...any) {
	fmt.Printf("%-22q => ", format)
	fmt.Printf(format, a...)
	fmt.Println()
}

func main() {
	var zero float64
	nan := math.NaN()
	// Argument indexes.
	p("%[2]d %[1]d", 1, 2)
	p("%[2]d %d %[1]d %d", 1, 2)
	p("%[3]*.[2]*[1]f", 12.0, 2, 6)
	p("%[1]*[2]d|%-[1]*[2]d", 5, 42)
	p("%[0]d", 1)
	p("%[3]d", 1, 2)
	p("%[-1]d", 1)
	p("%[1]d %[1]v %[1]q", 65)
	p("%[2]d", 1, 2, 3)
	p("%[1]d %d", 1, 2, 3)
	p("%[x]d", 1)
	p("%[1", 1)
	p("%[1]", 1)
	p("%[99999999999999999999]d", 1)
	p("%.[2]d", 1, 2)
	p("%[2]*d", 1, 2)
	p("%[2]*[1]d", 7, "w")
	// Widths and precisions from arguments.
	p("%*d|%-*d|%*d", 5, 1, 5, 2, -5, 3)
	p("%.*d|%.*f", 3, 7, 2, math.Pi)
	p("%*.*f|", 10, 3, math.E)
	p("%*d", int8(4), 1)
	p("%*d", uint(4), 1)
	p("%*d", uint64(1<<63), 1)
	p("%*d", 1e6, 1)
	p("%*d", "4", 1)
	p("%*d", 10000000, 1)
	p("%*d", -10000000, 1)
	p("%.*d", -1, 5)
	p("%.*d", 10000001, 5)
	p("%.*d", "2", 5)
	p("%*", 1)
	p("%.*", 1)
	p("%*.*", 1)
	p("%-*d|", 3)
	// Missing and extra operands.
	p("%d %d %s")
	p("%d", 1, "two", 3.0, nil, []int{4}, Str{5})
	p("no verbs", 1)
	p("no verbs", nil)
	p("%v%%", 1, 2)
	p("%")
	p("%-")
	p("%-+# 0")
	p("%9.")
	p("%9.9")
	p("%!")
	p("%z %ä %☺", 1, "s", true)
	p("%% %5% %-5%|%05%")
	// Methods that panic, and nil receivers.
	p("%v|%s|%d", Boom{"boom"}, Boom{errors.New("err boom")}, Boom{42})
	p("%v %v", []any{Boom{"in slice"}}, map[string]any{"k": Boom{"in map"}})
	p("%v %s", BoomErr{}, BoomErr{})
	p("%#v %v", BoomGo{}, BoomGo{})
	p("%v %x", BoomFmt{}, BoomFmt{})
	p("%v %s %d", (*NilOK)(nil), (*NilOK)(nil), (*NilOK)(nil))
	p("%v", &NilOK{"x"})
	p("%v %v", (*PStr)(nil), PStr{1})
	p("%v %v", &PStr{2}, []*PStr{{3}, nil})
	p("%v %s", (*E)(nil), error((*E)(nil)))
	p("%v %q %x %d", Both{}, Both{}, Both{}, Both{})
	p("%v %+v %#v %s %d", Str{1}, Str{1}, Str{1}, &Str{2}, Str{3})
	p("%x %X %q %8s|%-8s|%.3s", Str{10}, Str{11}, Str{12}, Str{13}, Str{14}, Str{15})
	// Formatter and GoStringer.
	for _, f := range []string{"%v", "%+v", "%#v", "%d", "%-8.3x", "% 05d", "%+#q", "%[1]*[2]v", "%.*v", "%T", "%s", "%010.4e"} {
		if f == "%[1]*[2]v" || f == "%.*v" {
			p(f, 4, F{"x"})
			continue
		}
		p(f, F{"a"})
	}
	p("%v %v", []F{{"s"}}, map[string]F{"k": {"m"}})
	p("%#v %v %+v", GS{1, 2}, GS{1, 2}, GS{1, 2})
	p("%#v", []GS{{3, 4}})
	p("%#v", map[string]GS{"z": {5, 6}})
	p("%#v", Outer{Name: "n", gs: GS{7, 8}, GS: GS{9, 10}})
	// Maps: key order.
	p("%v", map[int]string{3: "c", -1: "a", 2: "b", 0: "z"})
	p("%v", map[float64]int{nan: 1, math.Inf(-1): 2, -zero: 3, 1.5: 4, math.Inf(1): 5, -2: 6})
	p("%v", map[string]bool{"b": true, "a": false, "": true, "B": false})
	p("%v", map[bool]int{true: 1, false: 0})
	p("%v", map[any]int{"s": 1, 2: 2, 1.5: 3, false: 4, nil: 5, int8(1): 6, "a": 7, 1: 8, true: 9})
	p("%v", map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	p("%v", map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	p("%#v", map[string]int{"b": 2, "a": 1})
	p("%+v %#v", map[Key][]int{{1, "k"}: {1}}, MyMap{"q": {1, 2}})
	p("%v", map[rune]uint8{'b': 2, 'a': 1})
	p("%d %x %q", map[string]int{"b": 10, "a": 11}, map[string]int{"b": 10}, map[string]string{"k": "v"})
	p("%v", map[complex128]int{complex(1, 2): 1, complex(1, 1): 2, complex(0, 5): 3})
	// Nil values of every kind.
	var (
		np   *int
		ns   []int
		nm   map[string]int
		nf   func()
		nc   chan int
		ni   any
		ne   error
		nb   []byte
		npp  **int
		nstr fmt.Stringer
	)
	for _, f := range []string{"%v", "%+v", "%#v", "%d", "%s", "%x", "%p", "%t", "%T", "%q", "%10v|", "%-10v|"} {
		p(f+" "+f+" "+f+" "+f+" "+f+" "+f+" "+f+" "+f+" "+f+" "+f, np, ns, nm, nf, nc, ni, ne, nb, npp, nstr)
	}
	p("%v|%+v", Inner{}, Inner{})
	p("%#v", Inner{})
	p("%v", []any{nil, np, ns, nm, ne})
	p("%#v", []any{nil, np, ns, nm, ne})
	// Pointers to composites at the top level.
	x := 5
	p("%v %+v", &Pt{1, 2}, &Pt{3, 4})
	p("%v %v %v", &[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"k": 1})
	p("%d %x %s", &Pt{10, 11}, &[]int{12}, &[]string{"s"})
	p("%v", &Outer{Name: "top", In: Inner{S: []string{"x"}, M: map[string]int{"m": 1}}, Arr: [2]Str{{1}, {2}}})
	p("%+v", Outer{Name: "top", In: Inner{I: 42, Er: errors.New("inner")}})
	p("%v %+v", Embed{Str{1}, Pt{2, 3}, 4}, Embed{})
	p("%v", *&x)
	// Named types of every kind.
	p("%v %d %s %x %q", MyBytes("ab"), MyBytes("ab"), MyBytes("ab"), MyBytes("ab"), MyBytes("ab"))
	p("%v %d %s %x %X % x", MyArr{1, 2, 255}, MyArr{1, 2, 255}, MyArr{65, 66, 67}, MyArr{1, 2, 255}, MyArr{1, 2, 255}, MyArr{1, 2, 255})
	p("%v %#v %T", MySlice{{1, 2}}, MySlice{{1, 2}}, MySlice{})
	p("%v %.1f %#v %T %e", Celsius(36.6), Celsius(36.6), Celsius(36.6), Celsius(0), Celsius(-1))
	p("%v %t %#v %5t|%-6t|", Flag(true), Flag(false), Flag(true), Flag(true), Flag(false))
	p("%v %c %q %U %s", Runes("héllo"), Runes("hé"), Runes("hé"), Runes("hé"), Runes("hé"))
	p("%#v %#v %#v", MyMap(nil), MySlice(nil), MyBytes(nil))
	// Integers: extremes and verbs.
	p("%d %d %d %d %d", int8(math.MinInt8), int16(math.MinInt16), int32(math.MinInt32), int64(math.MinInt64), math.MinInt)
	p("%d %d %d %d %d", uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64), uint(math.MaxUint))
	p("%x %X %o %O %b", int64(math.MinInt64), int64(math.MinInt64), int64(math.MinInt64), int64(math.MinInt64), int64(math.MinInt64))
	p("%#x %#X %#o %#b %#O", uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64))
	p("%c|%c|%c|%c|%c", 0x10FFFF, 0x110000, 0xD800, -1, 'A')
	p("%q|%q|%q|%q|%+q|%#q|%#+q", 0x10FFFF, 0x110000, 0xD800, '\'', '☺', '☺', '\n')
	p("%U|%#U|%U|%#U|%#U", 0x10FFFF, 0x110000, -1, '\t', 'x')
	p("%08.3d|%-8.3d|%+.0d|% .0d|%.0d|%5.0d|", -5, 5, 0, 0, 0, 0)
	p("%#8x|%-#8x|%#08x|%# x|% X", 255, 255, 255, 255, 255)
	p("%x|% x|%#x|%# x|%X|% #X", []int{1, 255}, []int{1, 255}, []int{1, 255}, []int{1, 255}, []int{1, 255}, []int{1, 255})
	// Floats.
	p("%v %v %v %v %v", 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	p("%v %v %v %v", float32(1e20), float32(1e21), float32(0.1), float32(16777216))
	p("%v %v %v %v %v", math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, -zero, float32(math.MaxFloat32))
	p("%e %f %g %G %x %X %b", 5e-324, 5e-324, 5e-324, 5e-324, 5e-324, 5e-324, 5e-324)
	p("%.3x %#.0x %#x %#g %#.3g %#e %#.0e %#.0f", 1.0, 1.0, 1.0, 1.0, 100.0, 1.0, 1.0, 1.0)
	p("%+.3e|% .3e|%012.3e|%-12.3e|%+012.3e", math.Pi, math.Pi, -math.Pi, math.Pi, math.Pi)
	p("%5.1f|%-5.1f|%05.1f|%+05.1f|% 05.1f", nan, nan, nan, nan, nan)
	p("%5.1f|%-5.1f|%05.1f|%+05.1f|% 05.1f", math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(1), math.Inf(1))
	p("%08.3f|%08.3f|%+08.3f|%-08.3f|", -zero, zero, -1.5, 2.25)
	p("%.0f %.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5, 3.5, 1e15+0.5)
	p("%.20f|%.40e|%.30g", 0.1, 0.1, 0.1)
	p("%g %g %g %g %g", 1e6, 1e-5, 100000.0, 0.0001, 1.0000001)
	p("%.3g %.3g %.3g %.0g %.1g", 1234.0, 0.0001234, 999.9, 15.0, 0.05)
	// Complex.
	p("%v %.2f %+.1e %8.2f| %-8.1g| %08.2f", complex(1, -1), complex(1.234, 5.678), complex(-1, 2), complex(1, 2), complex(3, 4), complex(-1, -2))
	p("%v %v %v %v", complex(nan, 1), complex(1, math.Inf(1)), complex(-zero, -zero), complex64(complex(1e10, -1e-10)))
	p("%x %X %b %#v %T %T", complex(1, 2), complex(1, 2), complex(1, 2), complex(1, 2), complex(1, 2), complex64(0))
	p("%d %s %c %q", complex(1, 2), complex(1, 2), complex(1, 2), complex(1, 2))
	// Strings and bytes.
	p("%s|%q|%+q|%#q|%x|% x|%X|%U", "\xff\xc0\xaf", "\xff\xc0\xaf", "\xff\xc0\xaf", "\xff\xc0\xaf", "\xff\xc0\xaf", "\xff\xc0\xaf", "\xff\xc0\xaf", "\xff")
	p("%q|%+q|%#q|%#+q", "日本\t語", "日本\t語", "日本\t語", "日本`語")
	p("%8s|%-8s|%08s|%.2s|%8.2s|%-8.2s|", "日本語", "日本語", "日本語", "日本語", "日本語", "日本語")
	p("%.1q|%.3x|%.2X|%10.4q|%-10.1x|", "日本語", "日本語", "abcdef", "abcdef", "abcdef")
	p("%s|%q|%x|%v|%d", []byte("hi\x00"), []byte("hi\x00"), []byte("hi\x00"), []byte("hi\x00"), []byte("hi\x00"))
	p("%s|%x|%q|%v", [3]byte{'a', 'b', 'c'}, [3]byte{1, 2, 3}, [2]byte{'"', '\''}, [2]byte{1, 2})
	p("%s|%v|%q|%x", []string{"a", "b"}, []string{"a", "b"}, []string{"a\n", "b"}, []string{"ab", "c"})
	p("%c|%s|%q|%U", []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"))
	p("%s %s", "\u2028", "\x7f")
	p("%q %+q %#q", "\u2028\x7f\u00a0", "\u2028\x7f\u00a0", "\u00a0")
	// Bools and %t.
	p("%t %v %5t %-6t| %q %d %s", true, false, true, false, true, true, false)
	p("%t %t %t", 1, "true", nil)
	// %T.
	p("%T %T %T %T %T", nil, 1, "s", 'r', 1.5)
	p("%T %T %T %T", []any{1}, map[string][]*Pt{}, func(int, ...string) (bool, error) { return false, nil }, make(chan<- int))
	p("%T %T %T %T", struct{ A int }{}, &struct{}{}, [3][]int{}, (<-chan map[int]bool)(nil))
	p("%T %T %T %10T| %-10T|", errors.New("x"), &E{}, Str{}, 1, "s")
	// %w outside Errorf, and Errorf.
	p("%w %w", errors.New("e"), nil)
	fmt.Println(fmt.Errorf("wrap %w and %w", errors.New("a"), &E{"b"}))
	fmt.Println(fmt.Errorf("wrap %w", nil), fmt.Errorf("nowrap %v", 1), fmt.Errorf("bad %w", "str"))
	w := fmt.Errorf("ctx: %w", &E{"inner"})
	var target *E
	fmt.Println(errors.As(w, &target), target.msg, errors.Unwrap(w) == target)
	fmt.Println(fmt.Errorf("%[2]w %[1]v", "x", errors.New("second")))
	// %p on nil values and non-pointers.
	p("%p %p %p %p %p %p", np, ns, nm, nf, nc, npp)
	p("%#p %10p| %-10p|", np, np, np)
	p("%p %p %p", 1, "s", nil)
	// Sprint, Sprintln spacing.
	fmt.Print(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, Str{1}, Str{2}, true, false), "\n")
	fmt.Print(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2), "\n")
	fmt.Print(fmt.Sprintln("a", 1, nil, []int{1}, Str{1}))
	fmt.Print(fmt.Sprint(errors.New("e1"), errors.New("e2")), fmt.Sprint(nil, nil), "\n")
	// Width and flags on composites (applied per element).
	p("%5v|%-5v|%05v|%+v|% v", []int{1, -2}, []int{1, -2}, []int{1, -2}, []int{1, -2}, []int{1, -2})
	p("%6.2f|%x|%q", []float64{1, 2.5}, []string{"a", "b"}, [2]any{"a", 1})
	p("%5v|%05d|%x", map[string]int{"a": 1}, map[string]int{"a": 1}, map[string]int{"a": 255})
	p("%08v|%-8v|%8v", Pt{1, 2}, Pt{1, 2}, &Pt{1, 2})
	p("%+v|%#v|%v", struct {
		A *int
		B []byte
		c any
	}{}, struct {
		A *int
		B []byte
		c any
	}{B: []byte("x")}, struct{ a, b any }{1, "x"})
	// Fprintf to a writer and the byte counts.
	n, err := fmt.Fprintf(os.Stdout, "%s|%5d|%v\n", "abc", 42, nil)
	fmt.Println(n, err)
	b := fmt.Appendf(nil, "%08.3f|%x", math.Pi, "hi")
	fmt.Println(string(b), len(b))
}
