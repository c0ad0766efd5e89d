// Every verb with every combination of the flags + - # space 0, without and with a width
// and a precision, applied to values of the kinds the verb formats and to a few it does not.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Str struct{ n int }

func (s Str) String() string { return fmt.Sprintf("Str(%d)", s.n) }

type Err struct{}

func (Err) Error() string { return "an error" }

type Pt struct {
	X int
	Y string
}

var zero float64

func main() {
	ints := []any{0, 7, -7, int8(-128), int16(32767), int32(-1 << 31), int64(math.MinInt64), uint8(255), uint16(1000), uint32(math.MaxUint32), uint64(math.MaxUint64), uintptr(255), 'é', '\U0010FFFF', rune(-1), rune(0x110000), rune(0xD800)}
	floats := []any{0.0, -zero, 1.0, -2.5, 123456.789, 1e21, 1e-7, 5e-324, -math.MaxFloat64, math.NaN(), math.Inf(1), math.Inf(-1), float32(0.1), float32(-1e10), float32(math.SmallestNonzeroFloat32)}
	complexes := []any{complex(1, -2), complex(-0.5, 1e21), complex(math.NaN(), math.Inf(-1)), complex64(complex(0.1, 0.2)), complex(-zero, 0)}
	strs := []any{"", "go", "héllo, 世界", "a\tb\"c\\", "\xff\xfe", "\x00\x7f", []byte("byte"), []byte(nil), [3]byte{'a', 0, 0xff}, Str{3}, Err{}}
	bools := []any{true, false}
	composite := []any{[]int{1, -2}, []string{"a", "b c"}, map[string]int{"b": 2, "a": 1}, Pt{1, "x"}, &Pt{-2, "y"}, []float64{0.5, -1}, [2]bool{true}, []any{1, "s", nil}, struct{}{}}
	nils := []any{nil, (*int)(nil), (*Pt)(nil), []int(nil), map[int]int(nil), (func())(nil), (chan int)(nil), error(nil)}
	foreign := []any{"s", true, 3, 2.5}

	groups := map[byte][]any{
		'v': concat(ints[:6], floats[:12], complexes[:3], strs, bools, composite, nils),
		'd': concat(ints, composite[:2], foreign),
		'b': concat(ints[:12], floats[:4], floats[12:], complexes[:1], foreign),
		'o': concat(ints, composite[:1], foreign),
		'O': concat(ints[:12], foreign[:1]),
		'x': concat(ints, floats, complexes, strs, composite[:2], foreign),
		'X': concat(ints[:12], floats[:8], strs[:6], foreign[1:2]),
		'c': concat(ints, foreign),
		'q': concat(ints, strs, composite[1:2], foreign),
		'U': concat(ints, foreign),
		'e': concat(floats, complexes, composite[5:6], foreign),
		'E': concat(floats[:12], complexes[:2], foreign[:1]),
		'f': concat(floats[:8], floats[9:], complexes, composite[5:6], foreign),
		'F': concat(floats[:8], complexes[:2], foreign[:1]),
		'g': concat(floats, complexes, composite[5:6], foreign),
		'G': concat(floats[:12], complexes[:2], foreign[:1]),
		's': concat(strs, composite[:2], nils[:1], foreign),
		't': concat(bools, foreign),
		'p': concat(nils[1:7], foreign),
		'T': concat(ints[:4], floats[:2], strs, composite, nils),
		'w': concat(strs[9:], foreign[:2]),
	}
	flagSets := []string{}
	for m := 0; m < 32; m++ {
		f := ""
		for i, c := range "+-# 0" {
			if m&(1<<i) != 0 {
				f += string(c)
			}
		}
		flagSets = append(flagSets, f)
	}
	sizes := []string{"", "9", ".2", "12.5", ".0"}
	for _, verb := range []byte("vdboOxXcqUeEfFgGstpTw") {
		for _, f := range flagSets {
			for _, sz := range sizes {
				if sz == ".0" && !strings.ContainsRune("dxefgsv", rune(verb)) {
					continue
				}
				dir := "%" + f + sz + string(verb)
				var b strings.Builder
				b.WriteString(dir)
				for _, v := range groups[verb] {
					b.WriteByte('|')
					b.WriteString(fmt.Sprintf(dir, v))
				}
				fmt.Println(b.String())
			}
		}
	}
}

func concat(gs ...[]any) []any {
	var out []any
	for _, g := range gs {
		out = append(out, g...)
	}
	return out
}
