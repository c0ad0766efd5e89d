// The print and println builtins, which write to stderr in gc's own formats (floats as
// +1.500000e+000, complex in parentheses, no spaces between print's operands). Only the first
// line of stderr is compared exactly, so almost everything is printed on that line with print;
// the program then ends with a panic whose value is an error.
package main

type failure struct{ code int }

func (f failure) Error() string { return "failure code " + itoa(f.code) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

type named string
type small int8

//go:noinline
func f64(v float64) float64 { return v }

func main() {
	var u64 uint64 = 1<<64 - 1
	var i64 int64 = -1 << 63
	var up uintptr = 0xdead
	print("ints:", 1, -1, 0, u64, i64, int8(-128), uint8(255), int16(-300), uint32(1<<32-1), up, small(-7), 'x', " | ")
	print("bools:", true, false, 1 < 2, " | ")
	print("strings:", "", "a b", named("named"), "\xff\x00", " | ")
	zero := f64(0)
	print("floats:", 1.0, -0.5, 1e100, 1e-100, 123456789.0, float32(0.1), float32(1e30), zero, -zero, 1/zero, -1/zero, zero/zero, 5e-324, " | ")
	print("complex:", complex(1, -2), complex64(complex(0.5, 0)), complex(zero/zero, 1/zero), " | ")
	var e error
	var i interface{}
	var p *int
	var f func()
	var m map[int]int
	var c chan int
	var s []int
	print("nils:", e == nil, i == nil, p == nil, f == nil, m == nil, c == nil, s == nil, " | ")
	print("sum:", 2+3, " ", 7/2, " ", -7%3, " ", 1<<10, " | ")
	print("multi", "ple", 1, 2, "\n")
	println("println adds spaces", 1, 2.5, true, "end")
	println()
	print()
	panic(failure{len(itoa(-42))})
}
