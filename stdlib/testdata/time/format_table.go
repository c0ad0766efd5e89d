// Formatting table: every layout element over times chosen for edge cases (midnight, noon,
// single-digit fields, negative and large years, fractional seconds, odd zone offsets).
package main

import (
	"fmt"
	"time"
)

func main() {
	east := time.FixedZone("CEST", 2*3600)
	west := time.FixedZone("", -(3*3600 + 30*60))
	odd := time.FixedZone("ODD", 5*3600+45*60+30)
	neg := time.FixedZone("NEG", -(9*3600 + 15*60 + 7))
	times := []time.Time{
		time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2009, 11, 10, 23, 0, 0, 123456789, time.UTC),
		time.Date(2024, 2, 29, 0, 0, 0, 0, east),
		time.Date(1999, 12, 31, 12, 59, 59, 999999999, west),
		time.Date(2023, 7, 4, 9, 8, 7, 6000, odd),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-44, 3, 15, 11, 30, 0, 0, time.UTC),
		time.Date(12345, 6, 7, 1, 2, 3, 400000000, neg),
		time.Date(2000, 10, 1, 12, 0, 0, 50, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(999, 9, 9, 21, 9, 9, 90000000, east),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006", "06", "1", "01", "Jan", "January", "2", "02", "_2", "002", "__2", "Mon", "Monday",
		"15", "3", "03", "4", "04", "5", "05", "PM", "pm", "MST", "Z07:00", "Z0700", "Z07", "Z07:00:00",
		"Z070000", "-07:00", "-0700", "-07", "-07:00:00", "-070000",
		".0", ".00", ".000", ".000000", ".000000000", ".9", ".99", ".999", ".999999", ".999999999",
		",000", ",999", "05.000", "05,999999", "15:04:05.00000", "3:04:05.9PM",
		"Janu", "Mond", "Monda", "Jan2006", "20060102", "060102150405", "2006-002", "Jan _2 2006 __2",
		"January 2, 2006 at 3:04pm (MST)", "Mon Monday Jan January", "1 01 2 02 _2", "15h04m05s",
		"T15:04:05Z07:00", "2006-01-02T15:04:05.000000Z0700", "[02/Jan/2006:15:04:05 -0700]",
		"no elements here", "", "Z", "-", "0", "00", "000", "07", "7", "MSTx", "PMx", "Pm", "pM",
		"Monday, 02-Jan-06", "2006-1-2 3:4:5", ".5", ".05", "05.", "5.9", "15.04", "04:05.99",
	}
	n := 0
	for _, t := range times {
		for _, l := range layouts {
			fmt.Printf("%q %q\n", l, t.Format(l))
			n++
		}
		fmt.Println(t.String())
		fmt.Println(string(t.AppendFormat([]byte("x:"), time.RFC3339Nano)))
	}
	fmt.Println(n, "cases")
}
