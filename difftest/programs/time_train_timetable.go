// A train timetable on fixed dates: departure times from a schedule with durations, local
// times in several fixed-offset zones, connections with minimum transfer times, and
// departures formatted with custom layouts; durations are summed, rounded and printed.
package main

import (
	"fmt"
	"sort"
	"time"
)

type leg struct {
	train    string
	from, to string
	dep      time.Time
	dur      time.Duration
}

func main() {
	cet := time.FixedZone("CET", 1*3600)
	gmt := time.FixedZone("GMT", 0)
	base := time.Date(2024, time.March, 30, 0, 0, 0, 0, cet)
	parse := func(s string) time.Duration {
		d, err := time.ParseDuration(s)
		if err != nil {
			panic(err)
		}
		return d
	}
	legs := []leg{
		{"ICE 23", "Frankfurt", "Köln", base.Add(parse("7h12m")), parse("1h4m")},
		{"EST 9", "Köln", "Brussels", base.Add(parse("8h44m")), parse("1h50m")},
		{"EST 9117", "Brussels", "London", base.Add(parse("10h56m")), parse("2h1m")},
		{"ICE 15", "Frankfurt", "Köln", base.Add(parse("8h20m")), parse("1h5m")},
		{"THA 9341", "Köln", "Paris", base.Add(parse("9h43m")), parse("3h21m")},
		{"EST 9023", "Paris", "London", base.Add(parse("14h13m")), parse("2h17m")},
	}
	sort.Slice(legs, func(i, j int) bool { return legs[i].dep.Before(legs[j].dep) })
	for _, l := range legs {
		arr := l.dep.Add(l.dur)
		zone := cet
		if l.to == "London" {
			zone = gmt
		}
		fmt.Printf("%-9s %-10s %s -> %-9s %s (%v)\n", l.train, l.from, l.dep.Format("Mon 15:04"), l.to, arr.In(zone).Format("15:04 MST"), l.dur)
	}
	const minTransfer = 15 * time.Minute
	var route func(at string, t time.Time, path []leg)
	route = func(at string, t time.Time, path []leg) {
		if at == "London" {
			total := path[len(path)-1].dep.Add(path[len(path)-1].dur).Sub(path[0].dep)
			riding := time.Duration(0)
			for _, l := range path {
				riding += l.dur
			}
			fmt.Printf("route:")
			for _, l := range path {
				fmt.Printf(" %s", l.train)
			}
			fmt.Printf(" total=%v riding=%v waiting=%v (%.1fh)\n", total, riding, total-riding, total.Hours())
			return
		}
		for _, l := range legs {
			if l.from == at && !l.dep.Before(t) {
				route(l.to, l.dep.Add(l.dur).Add(minTransfer), append(path, l))
			}
		}
	}
	route("Frankfurt", base, nil)
	d := parse("2h17m45.5s")
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds(), d.String(), time.Duration(0), -d)
	for _, s := range []string{"90m", "1.5h", "-2m3s", "300ms", "1h1h", "5 min", ""} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, d, err)
	}
	sunday := time.Date(2024, 3, 31, 1, 59, 0, 0, time.UTC)
	fmt.Println(sunday.In(cet).Format(time.RFC850), sunday.Weekday(), sunday.AddDate(0, 0, 7).Format(time.ANSIC))
	fmt.Println(base.Format("2006-01-02T15:04:05.000Z07:00"), base.UTC().Format(time.Stamp), base.Month(), base.Day(), base.Year())
}
