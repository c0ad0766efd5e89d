// Integer conversions: Atoi, ParseInt, ParseUint (bases, bit sizes, underscores, errors) and
// FormatInt, FormatUint, Itoa, AppendInt.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+5", "123", "-123", "", "+", "-", "12a", " 1", "1_000", "0x10",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"999999999999999999", "99999999999999999999", "123456789012345678", "-12345678901234567"} {
		v, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, v, err)
	}
	type pc struct {
		s    string
		base int
		bits int
	}
	cases := []pc{
		{"ff", 16, 64}, {"-ff", 16, 8}, {"7f", 16, 8}, {"80", 16, 8}, {"-80", 16, 8}, {"-81", 16, 8},
		{"0x1F", 0, 64}, {"0X1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"0", 0, 64},
		{"1_000_000", 0, 64}, {"0x_1f", 0, 64}, {"1__0", 0, 64}, {"_10", 0, 64}, {"10_", 0, 64}, {"1_0", 10, 64},
		{"zz", 36, 64}, {"ZZ", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"10", 10, -1},
		{"32767", 10, 16}, {"32768", 10, 16}, {"-32768", 10, 16}, {"2147483648", 10, 32}, {"1", 10, 0},
		{"11111111111111111111111111111111111111111111111111111111111111111", 2, 64}, {"0x", 0, 64}, {"0b", 0, 64},
		{"08", 0, 64}, {"0_7", 0, 64}, {"+0x10", 0, 64}, {"--1", 10, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
		u, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseUint(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, u, err)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "-1", "255", "256"} {
		u, err := strconv.ParseUint(s, 10, 64)
		fmt.Println(u, err)
		u, err = strconv.ParseUint(s, 10, 8)
		fmt.Println(u, err)
	}
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("1000", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	fmt.Printf("%T %v\n", err, err)

	for _, v := range []int64{0, 1, -1, 255, -255, 1 << 62, -1 << 63, 1<<63 - 1, 123456789} {
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(v, b), " ")
		}
		fmt.Println()
	}
	for _, v := range []uint64{0, 1, 1 << 63, ^uint64(0)} {
		fmt.Println(strconv.FormatUint(v, 2), strconv.FormatUint(v, 10), strconv.FormatUint(v, 16), strconv.FormatUint(v, 36))
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-99), strconv.Itoa(1<<62), strconv.IntSize)
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 42, 2)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		v, err := strconv.ParseBool(s)
		fmt.Println(s, v, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 40)
}
