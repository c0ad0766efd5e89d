// Human-readable sizes and rates: parses strings like "1.5GiB", "250 MB" or "64k" with
// strconv.ParseFloat and ParseInt, formats byte counts back in binary and decimal units
// with strconv.FormatFloat, and reports syntax and range errors.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

var units = map[string]float64{
	"": 1, "b": 1,
	"k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9, "t": 1e12, "tb": 1e12,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40,
}

func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) })
	num, unit := s, ""
	if i >= 0 {
		num, unit = strings.TrimSpace(s[:i]), strings.ToLower(s[i:])
	}
	mult, ok := units[unit]
	if !ok {
		return 0, fmt.Errorf("size %q: unknown unit %q", s, unit)
	}
	if n, err := strconv.ParseInt(num, 10, 64); err == nil {
		if mult != 1 && (n > math.MaxInt64/int64(mult) || n < math.MinInt64/int64(mult)) {
			return 0, fmt.Errorf("size %q: %w", s, strconv.ErrRange)
		}
		return n * int64(mult), nil
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, fmt.Errorf("size %q: %w", s, err)
	}
	v := f * mult
	if v >= math.MaxInt64 || v < math.MinInt64 {
		return 0, fmt.Errorf("size %q: %w", s, strconv.ErrRange)
	}
	return int64(v), nil
}

func format(n int64, binary bool) string {
	base, names := 1000.0, []string{"B", "kB", "MB", "GB", "TB", "PB", "EB"}
	if binary {
		base, names = 1024, []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	}
	f := float64(n)
	i := 0
	for math.Abs(f) >= base && i < len(names)-1 {
		f /= base
		i++
	}
	prec := 1
	if i == 0 || f == math.Trunc(f) {
		prec = 0
	}
	return strconv.FormatFloat(f, 'f', prec, 64) + " " + names[i]
}

func main() {
	inputs := []string{"512", "64k", "1.5GiB", "250 MB", "0.001kb", "3TB", "7 tib", "1e3 KiB", "-2MiB", "12 parsecs",
		"abc", "9223372036854775807", "9223372036854775808", "8EiB", "9000000 TB", ".5k", "0x10", "1_000"}
	for _, in := range inputs {
		n, err := parseSize(in)
		if err != nil {
			var ne *strconv.NumError
			fmt.Printf("%-22q error: %v (range=%t numerr=%t)\n", in, err, errors.Is(err, strconv.ErrRange), errors.As(err, &ne))
			continue
		}
		fmt.Printf("%-22q %20d  %-10s %-10s\n", in, n, format(n, false), format(n, true))
	}
	for _, bps := range []float64{0, 999.5, 1234.5678, 1e9 / 3, 12.5e12} {
		fmt.Println(strconv.FormatFloat(bps, 'g', 4, 64), strconv.FormatFloat(bps, 'e', 2, 64), strconv.FormatFloat(bps, 'f', -1, 32))
	}
	for _, s := range []string{"127", "128", "-128", "-129", "0x7f", "0b1111111", "0o177", "1e2"} {
		v, err := strconv.ParseInt(s, 0, 8)
		fmt.Printf("int8 %q -> %d %v\n", s, v, err)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err, strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(-0))
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
}
