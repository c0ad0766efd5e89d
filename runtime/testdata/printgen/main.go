// Printgen prints a large table of values with the built-in print and println, so that gots'
// runtime/print.ts can be checked byte for byte against gc's runtime without Go installed.
//
// Standard error receives the output of print/println (saved as ../print.golden); standard
// output receives the inputs as JSON lines (saved as ../print.jsonl), one case per line:
//
//	[NL,ARG,...]   NL: 1 for println, 0 for print
//
// with each ARG one of
//
//	["b",true]            bool
//	["i","-12"]           signed integer (printint), decimal
//	["u","12"]            unsigned integer (printuint), decimal
//	["f","3ff8000000000000"]  float64 bits (float32 values already widened)
//	["c","re bits","im bits"] complex128 (complex64 parts already widened)
//	["s","6869"]          string bytes in hex
//	["p","c000012345"]    pointer, map, chan or func word in hex
//	["sl",len,cap,"addr"] slice header
//	["e","type","data"]   empty interface words; ["if","itab","data"] non-empty
//
// Addresses are read from the very values printed (through unsafe), so one run's golden and
// JSON agree. Regenerate with: $GOROOT/bin/go run . >../print.jsonl 2>../print.golden
package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"unsafe"
)

var out = bufio.NewWriter(os.Stdout)

func emit(nl bool, args ...string) {
	if nl {
		out.WriteString("[1")
	} else {
		out.WriteString("[0")
	}
	for _, a := range args {
		out.WriteString(",")
		out.WriteString(a)
	}
	out.WriteString("]\n")
}

func fa(f float64) string { return fmt.Sprintf(`["f","%016x"]`, math.Float64bits(f)) }
func ia(v int64) string   { return fmt.Sprintf(`["i","%d"]`, v) }
func ua(v uint64) string  { return fmt.Sprintf(`["u","%d"]`, v) }
func ca(c complex128) string {
	return fmt.Sprintf(`["c","%016x","%016x"]`, math.Float64bits(real(c)), math.Float64bits(imag(c)))
}
func sa(s string) string  { return `["s","` + hex.EncodeToString([]byte(s)) + `"]` }
func pa(p uintptr) string { return fmt.Sprintf(`["p","%x"]`, p) }
func ba(b bool) string    { return fmt.Sprintf(`["b",%t]`, b) }

func pf(f float64)     { println(f); emit(true, fa(f)) }
func pf32(f float32)   { println(f); emit(true, fa(float64(f))) }
func pc(c complex128)  { println(c); emit(true, ca(c)) }
func pc64(c complex64) { println(c); emit(true, ca(complex128(c))) }
func pi(v int64)       { println(v); emit(true, ia(v)) }
func pu(v uint64)      { println(v); emit(true, ua(v)) }

// floatAround prints f and its neighbours up to k ulps either side.
func floatAround(f float64, k int) {
	lo := f
	for i := 0; i < k; i++ {
		lo = math.Nextafter(lo, math.Inf(-1))
	}
	for i := 0; i < 2*k+1; i++ {
		pf(lo)
		lo = math.Nextafter(lo, math.Inf(1))
	}
}

func parse(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		panic(err)
	}
	return f
}

func floats(r *rand.Rand) {
	// Specials and extremes.
	negZero := math.Copysign(0, -1)
	for _, f := range []float64{0, negZero, 1, -1, 1.5, -1.5, 0.1, 0.5, 2, 10, 100, 1e6, 1e7,
		math.NaN(), math.Float64frombits(0x7ff8000000000001), math.Float64frombits(0xfff8000000000000),
		math.Float64frombits(0x7ff0000000000001), math.Inf(1), math.Inf(-1),
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		math.Float64frombits(0x000fffffffffffff), math.Float64frombits(0x0010000000000000),
		1e-300, -1e-300, 1e300, -1e300, 1e308, 1e-308, 1e-320, 5e-324, math.Pi, math.E,
		1 << 53, 1<<53 + 2, 1 << 62, 1 << 63, 1 << 64, 123456789, 0.3, 2.0 / 3} {
		pf(f)
	}
	// Powers of ten as parsed, with neighbours.
	for k := -324; k <= 308; k++ {
		floatAround(parse("1e"+strconv.Itoa(k)), 1)
	}
	// Every power of two, every fourth with its neighbours.
	for k := -1074; k <= 1023; k++ {
		f := math.Ldexp(1, k)
		if k%4 == 0 {
			floatAround(f, 1)
		} else {
			pf(f)
		}
	}
	// Halfway points of 7 significant digits: d.dddddd5 x 10^e and neighbours.
	for i := 0; i < 800; i++ {
		d := 1000000 + r.Int63n(9000000)
		e := r.Intn(601) - 300
		floatAround(parse(fmt.Sprintf("%d5e%d", d, e-7)), 2)
	}
	// The same at the ends of the range: subnormals and the largest magnitudes.
	for i := 0; i < 200; i++ {
		d := 1000000 + r.Int63n(9000000)
		e := -323 + r.Intn(16)
		if i%2 == 1 {
			e = 301 + r.Intn(7)
		}
		floatAround(parse(fmt.Sprintf("%d5e%d", d, e-7)), 1)
	}
	// Halfway points that carry into the next power of ten, and 9.999999x in general.
	for e := -320; e <= 307; e += 3 {
		floatAround(parse(fmt.Sprintf("99999995e%d", e-7)), 2)
		pf(parse(fmt.Sprintf("9999999e%d", e-6)))
		pf(parse(fmt.Sprintf("99999999e%d", e-7)))
	}
	// Small integers and short decimals.
	for i := 0; i <= 100; i++ {
		pf(float64(i))
		pf(float64(i) / 10)
		pf(-float64(i) / 100)
	}
	// Random bit patterns over the whole space.
	for i := 0; i < 1500; i++ {
		pf(math.Float64frombits(r.Uint64()))
	}
	// Random magnitudes, log-uniform over the normal range.
	for i := 0; i < 800; i++ {
		f := math.Ldexp(1+r.Float64(), r.Intn(2046)-1022)
		if r.Intn(2) == 0 {
			f = -f
		}
		pf(f)
	}
	// Random subnormals.
	for i := 0; i < 100; i++ {
		pf(math.Float64frombits(r.Uint64() & 0x800fffffffffffff))
	}
	// float32 values, widened by print.
	for _, f := range []float32{0, 1, 0.1, 1.0 / 3, math.MaxFloat32, math.SmallestNonzeroFloat32,
		float32(math.Inf(1)), float32(math.NaN()), 16777216, 3.4e38, -1e-45} {
		pf32(f)
	}
	for i := 0; i < 500; i++ {
		pf32(math.Float32frombits(r.Uint32()))
	}
	for i := 0; i < 200; i++ {
		pf32(float32(r.Float64() * math.Pow(10, float64(r.Intn(60)-30))))
	}
}

func complexes(r *rand.Rand) {
	negZero := math.Copysign(0, -1)
	for _, c := range []complex128{0, complex(negZero, negZero), 1 + 2i, -1.5 - 2.5i,
		complex(math.Inf(1), math.NaN()), complex(math.NaN(), math.Inf(-1)), 1e300i, complex(math.MaxFloat64, 5e-324)} {
		pc(c)
	}
	for i := 0; i < 200; i++ {
		pc(complex(math.Float64frombits(r.Uint64()), math.Ldexp(r.NormFloat64(), r.Intn(200)-100)))
	}
	for i := 0; i < 50; i++ {
		pc64(complex(float32(r.NormFloat64()), math.Float32frombits(r.Uint32())))
	}
}

func integers(r *rand.Rand) {
	for _, v := range []int64{0, 1, -1, 9, 10, -10, 99, 100, math.MaxInt64, math.MinInt64, math.MinInt64 + 1,
		math.MaxInt32, math.MinInt32, 1 << 53, 1<<53 + 1, -(1 << 53) - 1, 1e18, -1e18} {
		pi(v)
	}
	p := int64(1)
	for k := 0; k < 19; k++ {
		pi(p - 1)
		pi(p)
		pi(-p)
		pi(p + 1)
		p *= 10
	}
	for k := 0; k < 63; k++ {
		pi(int64(1)<<k - 1)
		pi(-(int64(1) << k))
	}
	for i := 0; i < 300; i++ {
		pi(int64(r.Uint64()) >> r.Intn(64))
	}
	for _, v := range []uint64{0, 1, 10, math.MaxUint64, math.MaxUint64 - 1, 1 << 63, 1<<63 - 1, 1<<63 + 1, math.MaxUint32, 1 << 53} {
		pu(v)
	}
	for i := 0; i < 200; i++ {
		pu(r.Uint64() >> r.Intn(64))
	}
	// Narrow types go through printint/printuint after widening.
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = math.MinInt32
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = math.MaxUint32
	var up uintptr = 0xdeadbeef
	var n int = -7
	var un uint = 7
	var ru rune = 'x'
	var by byte = 'y'
	println(i8, i16, i32, u8, u16, u32, up, n, un, ru, by)
	emit(true, ia(int64(i8)), ia(int64(i16)), ia(int64(i32)), ua(uint64(u8)), ua(uint64(u16)), ua(uint64(u32)),
		ua(uint64(up)), ia(int64(n)), ua(uint64(un)), ia(int64(ru)), ua(uint64(by)))
	// Untyped constants: integers print as int64, runes as int32, floats as float64.
	println(42, 'a', 2.5, -1e100, 1<<62)
	emit(true, ia(42), ia('a'), fa(2.5), fa(-1e100), ia(1<<62))
}

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func word(p unsafe.Pointer) uintptr { return *(*uintptr)(p) }

func others() {
	println(true, false)
	emit(true, ba(true), ba(false))
	println("")
	emit(true, sa(""))
	println("hello", "world", "\x00\xff\xe2\x82\xac")
	emit(true, sa("hello"), sa("world"), sa("\x00\xff\xe2\x82\xac"))
	println()
	emit(true)

	// print: no separators, no newline.
	print(1, 2, "x", true, 1.5, -3, "\n")
	emit(false, ia(1), ia(2), sa("x"), ba(true), fa(1.5), ia(-3), sa("\n"))
	print()
	emit(false)
	print(uint64(7), 2+3i, "\n")
	emit(false, ua(7), ca(2+3i), sa("\n"))

	// Pointers.
	x := 5
	px := &x
	var pn *int
	up := unsafe.Pointer(uintptr(0xc000123450))
	println(px, pn, up, unsafe.Pointer(nil))
	emit(true, pa(uintptr(unsafe.Pointer(px))), pa(0), pa(0xc000123450), pa(0))
	m := map[string]int{"a": 1}
	var mn map[int]int
	ch := make(chan int, 1)
	var chn chan bool
	f := func() int { return x }
	var fn func()
	println(m, mn, ch, chn, f, fn)
	emit(true, pa(word(unsafe.Pointer(&m))), pa(0), pa(word(unsafe.Pointer(&ch))), pa(0),
		pa(word(unsafe.Pointer(&f))), pa(0))

	// Slices.
	s := make([]int, 3, 10)
	var sn []string
	bs := []byte("abc")[1:2]
	println(s, sn, bs)
	emit(true, fmt.Sprintf(`["sl",3,10,"%x"]`, uintptr(unsafe.Pointer(unsafe.SliceData(s)))), `["sl",0,0,"0"]`,
		fmt.Sprintf(`["sl",%d,%d,"%x"]`, len(bs), cap(bs), uintptr(unsafe.Pointer(unsafe.SliceData(bs)))))

	// Interfaces.
	var e any = x
	var en any
	var er error = &myErr{"boom"}
	var ern error
	ew := *(*[2]uintptr)(unsafe.Pointer(&e))
	rw := *(*[2]uintptr)(unsafe.Pointer(&er))
	println(e, en, er, ern)
	emit(true, fmt.Sprintf(`["e","%x","%x"]`, ew[0], ew[1]), `["e","0","0"]`,
		fmt.Sprintf(`["if","%x","%x"]`, rw[0], rw[1]), `["if","0","0"]`)
}

func main() {
	defer out.Flush()
	r := rand.New(rand.NewSource(20231123))
	others()
	integers(r)
	complexes(r)
	floats(r)
}
