// Normalizes dates found in mixed-format input: tries a list of layouts in turn, reports
// which matched, converts to UTC and RFC 3339, and prints Go's errors for the rest.
package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.RFC3339Nano,
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04",
	"02/01/2006 15:04",
	"Jan 2, 2006 at 3:04pm (MST)",
	"January 2, 2006",
	"2006-01-02",
	"20060102T150405Z0700",
	"2006.002",
}

func normalize(s string) {
	var lastErr error
	for _, l := range layouts {
		t, err := time.Parse(l, s)
		if err == nil {
			_, off := t.Zone()
			fmt.Printf("%-36q %-30q -> %s (offset %d, %s, day %d, week %d)\n", s, l, t.UTC().Format(time.RFC3339Nano), off, t.Weekday(), t.YearDay(), isoWeek(t))
			return
		}
		lastErr = err
	}
	fmt.Printf("%-36q no layout matched; last error: %v\n", s, lastErr)
}

func isoWeek(t time.Time) int {
	_, w := t.ISOWeek()
	return w
}

func main() {
	inputs := []string{
		"2024-02-29T13:45:00.123456789+05:30",
		"2024-02-29T13:45:00Z",
		"Thu, 29 Feb 2024 13:45:00 -0800",
		"Thu, 29 Feb 2024 13:45:00 GMT",
		"Thursday, 29-Feb-24 13:45:00 UTC",
		"Thu Feb 29 13:45:00 2024",
		"2024-02-29 13:45:00 +0100",
		"2024-02-29 13:45",
		"29/02/2024 13:45",
		"Feb 29, 2024 at 1:45pm (PST)",
		"February 29, 2024",
		"2024-02-29",
		"20240229T134500+0900",
		"2024.060",
		"2023-02-29",
		"2024-13-01",
		"31/04/2024 10:00",
		"tomorrow",
		"",
		"2024-02-29T25:00:00Z",
	}
	for _, s := range inputs {
		normalize(s)
	}
	// Differences between pairs of parsed times.
	a, _ := time.Parse(time.RFC3339, "2024-01-01T00:00:00Z")
	b, _ := time.Parse(time.RFC3339, "2024-12-31T23:59:59.5-01:00")
	fmt.Println(b.Sub(a), b.Sub(a).Round(time.Hour), b.Sub(a).Truncate(24*time.Hour).Hours()/24, a.Sub(b).Abs())
	for _, s := range []string{"90m", "1h30m", "2.5h", "-45s", "100ms", "3h2m1s1ms1us1ns", "1y", "5"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v %v\n", s, d, d.Minutes(), err)
	}
}
