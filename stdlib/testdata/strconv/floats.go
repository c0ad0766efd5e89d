// Float conversions through the API: FormatFloat and ParseFloat with their errors,
// AppendFloat, FormatComplex and ParseComplex.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5, 0.125, 1e21, 1e-7, 123456789, 5e-324, 1.7976931348623157e308, 100, 1e6, 0.000123}
	for _, v := range vals {
		for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'} {
			for _, p := range []int{-1, 0, 2, 6} {
				fmt.Print(strconv.FormatFloat(v, f, p, 64), " ", strconv.FormatFloat(v, f, p, 32), " ")
			}
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(1, 'z', -1, 64), string(strconv.AppendFloat([]byte("f="), 1.5, 'g', -1, 64)))
	for _, s := range []string{"1", "-1.5", "1e10", "1E-10", ".5", "5.", ".", "", "1e", "1e+", "+.5e-3", "0x1p-2", "0x1.8p1", "0X1P+2",
		"0x1", "0x.8p1", "1_000.5", "0x_1p0", "1__0", "inf", "+Inf", "-infinity", "INFINITY", "infin", "nan", "NaN", "+nan", "-nan",
		"1e400", "-1e400", "1e-400", "4e-324", "2e-324", "0x1p1024", "0x1p-1080", "0x1.fffffffffffff8p1023", "3.4028235e38",
		"3.4028236e38", "1e-46", "1.401298464324817e-45", "7e-46", "12345678901234567890123", "0.1e", "1.2.3", "1x", " 1", "1 ",
		"0", "-0", "+0", "00012.5000", "1e-0", "1e+00000000000001", "1e99999999999", "0.0000000000000000000000000000001e31"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %v | %v %v\n", s, f, err, g, err2)
	}
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(1e21, -1e-7)} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 64), strconv.FormatComplex(c, 'e', 3, 128))
	}
	for _, s := range []string{"1+2i", "(1+2i)", "-1.5-0.25i", "3", "2i", "-i", "i", "1+i", "1e400+1i", "1+2", "(1+2i", "1++2i", "NaN+Infi", "0x1p1+0x1p-1i", ""} {
		c, err := strconv.ParseComplex(s, 128)
		d, err2 := strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err, d, err2)
	}
}
