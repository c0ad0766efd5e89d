// Every verb and flag combination in the table applied to values of every kind.
package main

import "fmt"

var zero float64

var (
	nan    = zero / zero
	posInf = 1 / zero
	negInf = -1 / zero
	negZ   = -zero
)

type MyInt int
type MyString string
type MyBytes []byte
type MyFloat float64

type Point struct {
	X, Y int
}

type Inner struct {
	A []int
	M map[string]int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *int
	Iface any
	f     float64
}

type Str struct{ n int }

func (s Str) String() string { return fmt.Sprintf("Str(%d)", s.n) }

type Err struct{ msg string }

func (e Err) Error() string { return "err:" + e.msg }

type Color uint8

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	values := []any{
		0, 42, -42, int8(-128), int16(32767), int32(-5), int64(-1 << 63), int64(1<<63 - 1),
		uint(7), uint8(255), uint16(65535), uint32(1 << 31), ^uint64(0), uintptr(0x1234),
		'x', '世', MyInt(-3),
		0.0, negZ, 1.0, -1.5, 3.141592653589793, 1e21, 1e20, 1e-7, 123456789.0, 100000.0, 1e6,
		nan, posInf, negInf, float32(0.1), float32(1e10), float32(-3.25), MyFloat(2.5),
		complex(1, 2), complex(-1.5, posInf), complex64(complex(0.1, -0.2)),
		"", "hello", "héllo\t\x00\"", "\xff\xfe", "日本語", MyString("named"),
		[]byte("bytes"), []byte(nil), MyBytes("mb"), [3]byte{1, 2, 3},
		true, false, nil,
		[]int{1, -2, 3}, []int(nil), []string{"a", "b c"}, [2]bool{true, false}, []any{1, "a", nil, 2.5},
		map[string]int{"z": 26, "a": 1, "m": 13}, map[int]string(nil), map[float64]bool{nan: true, -1: false, 2: true},
		Point{1, -2}, &Point{3, 4}, []Point{{1, 2}}, []*Point{nil},
		Outer{Name: "o", In: Inner{A: []int{1}, M: map[string]int{"k": 1}}, Iface: Point{5, 6}, f: 0.5},
		struct{}{}, struct {
			a int
			B string
		}{1, "b"},
		Str{7}, []Str{{1}, {2}}, Err{"bad"}, Color(1), []Color{0, 2},
		(*int)(nil), (*Point)(nil), (chan int)(nil), (func())(nil),
	}
	formats := []string{
		"%v", "%+v", "%#v", "%T", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d",
		"%x", "%X", "%#x", "%# x", "%o", "%#o", "%O", "%b", "%#b", "%c", "%q", "%#q", "%+q", "%U", "%#U",
		"%e", "%E", "%.3e", "%+.2e", "%f", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+08.2f", "% .1f", "%F",
		"%g", "%G", "%.3g", "%#g", "%#.3g", "%10.4g|", "%#v", "%x", "%.0f", "%#.0f", "%#e",
		"%s", "%10s|", "%-10s|", "%.2s", "%010s", "% x", "% X", "%#X", "%t", "%5t", "%z", "%!", "%w",
		"%6.2v", "%-8v|", "%08v", "%+.3v",
	}
	for _, f := range formats {
		fmt.Printf("== %s\n", f)
		for i, v := range values {
			fmt.Printf("%d: "+f+"\n", i, v)
		}
	}
}
