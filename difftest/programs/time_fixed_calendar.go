// Calendar arithmetic on fixed times: formatting in several layouts and zones, AddDate
// normalization, durations between dates, truncation and rounding, weekdays, ISO weeks and
// day of the year, and Unix conversions.
package main

import (
	"fmt"
	"time"
)

func main() {
	tokyo := time.FixedZone("JST", 9*3600)
	ny := time.FixedZone("EST", -5*3600)
	t := time.Date(2024, time.February, 28, 22, 45, 30, 123456789, time.UTC)
	for _, layout := range []string{time.RFC3339Nano, time.RFC1123Z, time.Kitchen, "Mon Jan _2 2006 15:04:05.000 MST", "2006-01-02T15:04:05.999999Z07:00", "02/01/06 03:04PM", time.DateOnly} {
		fmt.Printf("%-36q %s | %s | %s\n", layout, t.Format(layout), t.In(tokyo).Format(layout), t.In(ny).Format(layout))
	}
	for _, d := range [][3]int{{0, 0, 1}, {0, 0, 2}, {0, 1, 0}, {1, 0, 1}, {0, 12, 3}, {-1, -2, -30}, {0, 0, 366}} {
		u := t.AddDate(d[0], d[1], d[2])
		fmt.Printf("AddDate%v = %s %s yday=%d\n", d, u.Format("2006-01-02 Mon"), u.Weekday(), u.YearDay())
	}
	start := time.Date(2023, 12, 31, 23, 59, 59, 0, time.UTC)
	end := time.Date(2024, 3, 10, 2, 0, 0, 0, tokyo)
	d := end.Sub(start)
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(24*time.Hour), end.After(start), start.Equal(start.In(ny)))
	for _, r := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Printf("%-8v trunc=%s round=%s\n", r, t.Truncate(r).Format(time.TimeOnly+".000"), t.Round(r).Format(time.DateTime))
	}
	for _, day := range []time.Time{
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC),
	} {
		y, w := day.ISOWeek()
		fmt.Printf("%s ISO %d-W%02d %s\n", day.Format("2006-01-02"), y, w, day.Weekday())
	}
	n := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(n.AddDate(0, 1, 0).Format(time.DateOnly), time.Date(2024, 14, 35, 25, 61, 61, 0, time.UTC))
	u := time.Unix(1700000000, 5e8).UTC()
	fmt.Println(u, u.Unix(), u.UnixMilli(), u.UnixNano(), time.UnixMilli(-1).UTC())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	dur, err := time.ParseDuration("1h2m3.5s")
	fmt.Println(dur, err, dur.Minutes(), time.Duration(1500)*time.Microsecond, time.Duration(-90)*time.Second)
	p, err := time.Parse("2006-01-02 15:04 MST", "2024-07-04 09:30 PDT")
	fmt.Println(p, err)
	p2, err := time.ParseInLocation(time.DateTime, "2024-07-04 09:30:00", ny)
	fmt.Println(p2, p2.UTC(), err)
	_, err = time.Parse(time.RFC3339, "2024-02-30T00:00:00Z")
	fmt.Println(err)
}
