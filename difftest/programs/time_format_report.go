// A schedule report: recurring meetings across fixed time zones, rendered with many
// layouts, grouped by ISO week, with durations until each and calendar arithmetic.
package main

import (
	"fmt"
	"strings"
	"time"
)

type meeting struct {
	name  string
	start time.Time
	every time.Duration
	count int
	long  time.Duration
}

func main() {
	tokyo := time.FixedZone("JST", 9*3600)
	ny := time.FixedZone("EST", -5*3600)
	india := time.FixedZone("IST", 5*3600+1800)
	base := time.Date(2024, 12, 27, 9, 30, 0, 0, time.UTC)
	ms := []meeting{
		{"standup", time.Date(2024, 12, 27, 9, 0, 0, 0, ny), 24 * time.Hour, 6, 15 * time.Minute},
		{"planning", time.Date(2024, 12, 30, 18, 0, 0, 0, tokyo), 7 * 24 * time.Hour, 3, 90 * time.Minute},
		{"review", time.Date(2024, 12, 31, 16, 45, 0, 0, india), 36 * time.Hour, 4, 45*time.Minute + 30*time.Second},
	}
	byWeek := map[string][]string{}
	var weeks []string
	for _, m := range ms {
		fmt.Println(strings.ToUpper(m.name))
		for i := 0; i < m.count; i++ {
			s := m.start.Add(time.Duration(i) * m.every)
			e := s.Add(m.long)
			y, w := s.ISOWeek()
			key := fmt.Sprintf("%d-W%02d", y, w)
			if _, ok := byWeek[key]; !ok {
				weeks = append(weeks, key)
			}
			byWeek[key] = append(byWeek[key], m.name+"@"+s.UTC().Format("Mon 15:04"))
			fmt.Printf("  %s – %s | %s | %s | in %v\n", s.Format("Mon Jan _2 3:04PM MST"), e.Format(time.Kitchen),
				s.In(tokyo).Format("2006-01-02 15:04 -07:00"), s.UTC().Format(time.RFC1123), s.Sub(base))
		}
	}
	for _, w := range weeks {
		fmt.Println(w, byWeek[w])
	}
	for _, d := range []int{1, 28, 29, 30, 31, 59, 60, 365, 366} {
		t := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d)
		fmt.Println(d, t.Format("2006-01-02 Monday 002"), t.AddDate(0, 1, 0).Format(time.DateOnly), t.Truncate(7*24*time.Hour).Format(time.DateOnly))
	}
	for _, l := range []string{time.RFC822, time.RFC850, time.RubyDate, time.UnixDate, time.StampMicro, "Jan 2 '06 at 15h04", "2006-01-02T15:04:05.000Z07:00", "Monday 2 January 2006 (day 002)"} {
		fmt.Printf("%-36s %s\n", l, base.In(india).Add(1234567890*time.Nanosecond).Format(l))
	}
}
