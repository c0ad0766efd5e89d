// Panicgen records how gc prints the value of an unrecovered panic (the text after "panic: "
// and any fatal error raised while printing it), so that gots' printPanicValue can be checked
// without Go installed. Each case runs in a child process (this program, given the case's
// name); the parent writes one JSON line per case:
//
//	[name, head of the child's standard error up to the first blank line, exit status]
//
// Addresses in the output are not reproducible; the test compares them by shape only.
//
// Regenerate with: $GOROOT/bin/go run . >../panic.jsonl
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strings"
)

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S-stringer %d", s.n) }

// Both has Error and String; Error wins.
type Both struct{}

func (Both) Error() string  { return "from Error" }
func (Both) String() string { return "from String" }

type BadErr struct{}

func (BadErr) Error() string { panic("oops\nmore") }

type NilErr struct{ p *E }

func (n NilErr) Error() string { return n.p.msg }

type BadStr struct{}

func (BadStr) String() string { panic(MyStr("typed")) }

type (
	MyInt     int
	MyInt8    int8
	MyUint64  uint64
	MyUint8   uint8
	MyUintptr uintptr
	MyStr     string
	MyBool    bool
	MyF64     float64
	MyF32     float32
	MyC128    complex128
	MyC64     complex64
	T         struct{ a int }
)

var nan = math.NaN()
var negZero = math.Copysign(0, -1)

var cases = []struct {
	name string
	v    func() any
}{
	{"string", func() any { return "boom" }},
	{"string-newlines", func() any { return "line1\nline2\n\nend" }},
	{"string-empty", func() any { return "" }},
	{"error", func() any { return &E{"bad thing"} }},
	{"error-newline", func() any { return &E{"bad\nthing"} }},
	{"stringer", func() any { return S{3} }},
	{"error-over-stringer", func() any { return Both{} }},
	{"bool", func() any { return true }},
	{"int", func() any { return 42 }},
	{"int-neg", func() any { return -7 }},
	{"int8", func() any { return int8(-128) }},
	{"int16", func() any { return int16(300) }},
	{"int32", func() any { return int32(-70000) }},
	{"int64-min", func() any { return int64(math.MinInt64) }},
	{"uint", func() any { return uint(math.MaxUint64) }},
	{"uint8", func() any { return uint8(200) }},
	{"uint16", func() any { return uint16(65535) }},
	{"uint32", func() any { return uint32(4000000000) }},
	{"uint64", func() any { return uint64(1 << 63) }},
	{"uintptr", func() any { return uintptr(7) }},
	{"float64", func() any { return 1.5 }},
	{"float64-small", func() any { return 0.1 }},
	{"float64-big", func() any { return 1e300 }},
	{"float64-nan", func() any { return nan }},
	{"float64-inf", func() any { return math.Inf(1) }},
	{"float64-neginf", func() any { return math.Inf(-1) }},
	{"float64-negzero", func() any { return negZero }},
	{"float32", func() any { return float32(0.1) }},
	{"complex128", func() any { return complex(1, 2) }},
	{"complex64", func() any { return complex64(complex(0.1, -3)) }},
	{"named-int", func() any { return MyInt(5) }},
	{"named-int8", func() any { return MyInt8(-3) }},
	{"named-uint64", func() any { return MyUint64(math.MaxUint64) }},
	{"named-uint8", func() any { return MyUint8(255) }},
	{"named-uintptr", func() any { return MyUintptr(16) }},
	{"named-string", func() any { return MyStr("hi") }},
	{"named-string-newline", func() any { return MyStr("hi\nthere") }},
	{"named-bool", func() any { return MyBool(false) }},
	{"named-float64", func() any { return MyF64(2.5) }},
	{"named-float32", func() any { return MyF32(0.1) }},
	{"named-complex128", func() any { return MyC128(complex(1, 2)) }},
	{"named-complex64", func() any { return MyC64(complex(-1, 0.5)) }},
	{"runtime-error", func() any {
		defer func() {}()
		var s []int
		i := 5
		defer func() { panic(recover()) }()
		return s[i]
	}},
	{"panic-nil", func() any { return nil }},
	{"error-panics-string", func() any { return BadErr{} }},
	{"error-panics-nilderef", func() any { return NilErr{} }},
	{"stringer-panics-typed", func() any { return BadStr{} }},
	{"struct", func() any { return T{1} }},
	{"pointer", func() any { return &T{1} }},
	{"nil-pointer", func() any { return (*T)(nil) }},
	{"slice", func() any { return []int{1} }},
	{"map", func() any { return map[int]int{} }},
	{"func", func() any { return func() {} }},
	{"array", func() any { return [2]int{} }},
}

func main() {
	if len(os.Args) > 1 {
		for _, c := range cases {
			if c.name == os.Args[1] {
				panic(c.v())
			}
		}
		os.Exit(9)
	}
	for _, c := range cases {
		cmd := exec.Command(os.Args[0], c.name)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		head, _, _ := strings.Cut(stderr.String(), "\n\n")
		b, _ := json.Marshal([]any{c.name, head, code})
		fmt.Println(string(b))
	}
}
