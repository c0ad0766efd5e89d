// Time methods beyond formatting: arithmetic, calendar fields, rounding, comparisons,
// zones, text and JSON marshaling, the monotonic reading in String, and Duration methods.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	t := time.Date(2024, time.March, 10, 1, 59, 59, 500000000, est)
	fmt.Println(t, t.UTC(), t.In(time.UTC).Equal(t), t.Location(), t.UTC().Location())
	for _, d := range []time.Duration{time.Nanosecond, time.Second, time.Hour, 24 * time.Hour, -36 * time.Hour, 1<<63 - 1} {
		fmt.Println(t.Add(d))
	}
	for _, ymd := range [][3]int{{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, -3, 0}, {0, 0, -10}, {0, 11, 21}, {-2024, 0, 0}, {0, 0, 365}} {
		fmt.Println(t.AddDate(ymd[0], ymd[1], ymd[2]))
	}
	jan31 := time.Date(2023, 1, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0), jan31.AddDate(1, 1, 0), jan31.AddDate(0, -2, 0))
	u := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Sub(u), u.Sub(t), t.Sub(t), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)))
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond(), t.YearDay(), t.Weekday())
	for _, day := range []time.Time{
		time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2005, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2010, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 12, 31, 0, 0, 0, 0, time.UTC),
	} {
		iy, iw := day.ISOWeek()
		fmt.Println(day.Format("2006-01-02 Mon"), iy, iw, day.YearDay())
	}
	for _, r := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1000 * time.Hour} {
		fmt.Println(r, t.Truncate(r), t.Round(r))
	}
	old := time.Date(-500, 6, 15, 13, 0, 0, 0, time.UTC)
	fmt.Println(old.Truncate(time.Hour*24), old.Round(time.Hour*24*365))
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.Unix(-1, 0).UTC(), time.Unix(1e10, 1e9+7).UTC(), time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(t.Before(u), t.After(u), t.Equal(u), t.Compare(u), u.Compare(t), t.Compare(t.UTC()))
	fmt.Println(t.IsZero(), time.Time{}.IsZero(), time.Time{}, time.Time{}.Unix())
	name, off := t.Zone()
	fmt.Println(name, off)
	zs, ze := t.ZoneBounds()
	fmt.Println(zs.IsZero(), ze.IsZero())

	for _, n := range []string{"UTC", "", "Local", "Nope/Nowhere", "America/Nowhere_City", "../etc"} {
		l, err := time.LoadLocation(n)
		fmt.Println(l, err)
	}
	fmt.Println(time.Local, time.UTC, time.FixedZone("X", 3600), time.FixedZone("", 0))
	fmt.Println(t.Local().Location(), t.Local().Format(time.RFC3339))

	// Text and JSON.
	for _, tt := range []time.Time{t, t.UTC(), time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("", 3*3600+1800)), {}} {
		b, err := tt.MarshalText()
		fmt.Printf("%s %v\n", b, err)
		b, err = tt.MarshalJSON()
		fmt.Printf("%s %v\n", b, err)
		var back time.Time
		err = back.UnmarshalText(b[1 : len(b)-1])
		fmt.Println(back, err, back.Equal(tt))
		err = back.UnmarshalJSON(b)
		fmt.Println(back, err)
	}
	bad := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	_, err := bad.MarshalText()
	fmt.Println(err)
	_, err = bad.MarshalJSON()
	fmt.Println(err)
	_, err = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 24*3600)).MarshalJSON()
	fmt.Println(err)
	var back time.Time
	for _, s := range []string{`"2024-01-02T03:04:05Z"`, `"2024-01-02T03:04:05.123+05:30"`, `null`, `"2024-01-02"`, `2024`, `"x"`, `"2024-01-02T03:04:05 Z"`, `"2024-01-02T03:04:05+0530"`} {
		err := back.UnmarshalJSON([]byte(s))
		fmt.Println(s, back, err)
	}

	// Durations.
	for _, d := range []time.Duration{0, 1, 1100, 2200000, 3300000000, -4400000000000, 5*time.Hour + 6*time.Minute, 1<<63 - 1, -1 << 63, 59*time.Second + 999*time.Millisecond} {
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours(), d.Abs())
		for _, m := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour, 7 * time.Second} {
			fmt.Print(d.Round(m), " ", d.Truncate(m), " | ")
		}
		fmt.Println()
	}

	// The monotonic clock reading appears in String of times from Now, as " m=±sec.nanos";
	// Add keeps it, calendar operations and changes of location drop it.
	now := time.Now()
	mono := func(t time.Time) (float64, bool) {
		str := t.String()
		i := strings.Index(str, " m=")
		if i < 0 {
			return 0, false
		}
		m := str[i+3:]
		dot := strings.IndexByte(m, '.')
		if (m[0] != '+' && m[0] != '-') || dot < 2 || len(m)-dot != 10 {
			return 0, false
		}
		f, err := strconv.ParseFloat(m, 64)
		return f, err == nil
	}
	m0, ok := mono(now)
	fmt.Println(ok, m0 > 0)
	_, ok1 := mono(now.Round(0))
	_, ok2 := mono(now.UTC())
	_, ok3 := mono(now.AddDate(0, 0, 1))
	_, ok4 := mono(now.Truncate(time.Second))
	_, ok5 := mono(now.In(est))
	_, ok6 := mono(now.Local())
	fmt.Println(ok1, ok2, ok3, ok4, ok5, ok6)
	m1, ok := mono(now.Add(time.Hour))
	fmt.Println(ok, m1-m0 > 3599.999 && m1-m0 < 3600.001)
	later := now.Add(-time.Hour)
	m2, ok := mono(later)
	fmt.Println(now.Sub(later), now.After(later), ok, m2 < 0)
	fmt.Println(time.Since(now) < time.Second, time.Until(now) <= 0)
}

func init() {
	est := time.FixedZone("EST", -5*3600)
	for _, tt := range []time.Time{time.Date(2024, 3, 10, 1, 59, 59, 500000000, est), time.Date(2024, 3, 10, 1, 59, 59, 5, time.UTC),
		time.Date(-3, 1, 1, 0, 0, 0, 0, time.FixedZone("S", 3661)), {}, time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("M", -60))} {
		b, err := tt.MarshalBinary()
		fmt.Println(b, err)
		var back time.Time
		err = back.UnmarshalBinary(b)
		fmt.Println(back, err, back.Equal(tt))
		g, _ := tt.GobEncode()
		fmt.Println(len(g))
	}
	var back time.Time
	for _, b := range [][]byte{nil, {3}, {1, 2, 3}, {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}} {
		fmt.Println(back.UnmarshalBinary(b))
	}
	for _, s := range []string{"2024-01-02T3:04:05Z", "2024-01-02T03:04:05,5Z", "2024-01-02T03:04:05+24:00", "2024-01-02T03:04:05+23:60", "2024-01-02t03:04:05Z", "2024-01-02T03:04:05.Z"} {
		fmt.Println(back.UnmarshalText([]byte(s)))
	}
}
