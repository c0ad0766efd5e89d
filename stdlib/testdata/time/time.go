package main

import (
	"os"
	"strconv"
	"time"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1001, 1500 * time.Microsecond, time.Millisecond, 999999999, time.Second,
		1500 * time.Millisecond, time.Minute, 61 * time.Second, time.Hour, 90 * time.Minute, 26*time.Hour + 3*time.Second + 5, -1, -time.Hour,
		1<<63 - 1, -1 << 63} {
		out(d.String() + " " + strconv.FormatFloat(d.Hours(), 'g', -1, 64) + " " + strconv.FormatFloat(d.Minutes(), 'g', -1, 64) + " " +
			strconv.FormatFloat(d.Seconds(), 'g', -1, 64) + " " + strconv.FormatInt(d.Milliseconds(), 10) + " " + strconv.FormatInt(d.Microseconds(), 10) +
			" " + d.Round(time.Second).String() + " " + d.Truncate(time.Minute).String() + " " + d.Round(7*time.Millisecond).String() + " " + d.Abs().String())
	}
	for _, s := range []string{"1h2m3.5s", "-1.5h", "300ms", "1µs", "1μs", "2us", "0", "+5m", ".5s", "1.s", "1x", "1", "", "é", "9999999999h", "3h3h", "1.0000000000000000000001s"} {
		d, err := time.ParseDuration(s)
		e := "<nil>"
		if err != nil {
			e = err.Error()
		}
		out(strconv.Quote(s) + " " + d.String() + " " + e)
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	out(t.String())
	out(strconv.FormatInt(t.Unix(), 10) + " " + strconv.FormatInt(t.UnixNano(), 10) + " " + strconv.FormatInt(t.UnixMilli(), 10))
	y, m, d := t.Date()
	out(strconv.Itoa(y) + " " + m.String() + " " + strconv.Itoa(d) + " " + t.Weekday().String() + " " + strconv.Itoa(t.YearDay()) + " " + strconv.Itoa(t.Hour()) + ":" + strconv.Itoa(t.Minute()) + ":" + strconv.Itoa(t.Second()) + "." + strconv.Itoa(t.Nanosecond()))
	iy, iw := t.ISOWeek()
	out(strconv.Itoa(iy) + "-W" + strconv.Itoa(iw))
	for _, layout := range []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday January 2 2006 03:04:05.000 PM pm -07 Z07 __2 002 _2 .999 ,000 06 Jan Janx Mon Monx", "15h04m", "2006-01-02T15:04:05.00000000000Z07:00:00"} {
		out(t.Format(layout))
	}
	z := time.FixedZone("EST", -5*3600)
	tz := t.In(z)
	out(tz.String() + " | " + tz.Format(time.RFC3339) + " | " + tz.Format("-07:00:00 Z070000 MST"))
	odd := time.FixedZone("", 5*3600+1800+7)
	out(t.In(odd).Format(time.RFC1123 + " Z07:00:00 -070000"))
	out(t.Add(36 * time.Hour).String())
	out(t.AddDate(0, 1, 25).String() + " | " + t.AddDate(-10, 14, -400).String())
	out(time.Date(2023, 2, 29, 25, 61, 61, 1e9+5, time.UTC).String())
	out(time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC).Weekday().String())
	for _, yr := range []int{2020, 2021, 2024, 2026, 2027, 1, 1600, 2000} {
		a, b := time.Date(yr, 1, 1, 0, 0, 0, 0, time.UTC).ISOWeek()
		c, e := time.Date(yr, 12, 31, 0, 0, 0, 0, time.UTC).ISOWeek()
		out(strconv.Itoa(yr) + ": " + strconv.Itoa(a) + "/" + strconv.Itoa(b) + " " + strconv.Itoa(c) + "/" + strconv.Itoa(e) + " " + strconv.Itoa(time.Date(yr, 12, 31, 0, 0, 0, 0, time.UTC).YearDay()))
	}
	u := time.Unix(1700000000, 5).UTC()
	out(u.String() + " " + time.UnixMilli(-1).UTC().String() + " " + time.Unix(0, -1).UTC().String())
	var zero time.Time
	out(zero.String() + " " + strconv.FormatBool(zero.IsZero()) + " " + strconv.FormatInt(zero.Unix(), 10))
	out(t.Sub(u).String() + " " + u.Sub(t).String() + " " + strconv.FormatBool(t.Before(u)) + strconv.FormatBool(t.After(u)) + strconv.FormatBool(t.Equal(t.In(z))) + strconv.Itoa(t.Compare(u)))
	out(t.Truncate(time.Hour).String() + " | " + t.Round(time.Hour).String() + " | " + t.Round(time.Second).String() + " | " + t.Truncate(7*time.Minute).String())
	out(time.Month(13).String() + " " + time.Weekday(8).String() + " " + time.Saturday.String() + " " + time.December.String())
	out(t.GoString())
	loc, err := time.LoadLocation("Mars/Olympus")
	out(strconv.FormatBool(loc == nil) + " " + err.Error())
	loc, _ = time.LoadLocation("UTC")
	out(loc.String() + " " + time.Local.String() + " " + t.Local().Location().String())
	name, off := t.Zone()
	out(name + " " + strconv.Itoa(off))

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	out(strconv.FormatBool(el >= 20*time.Millisecond) + strconv.FormatBool(el < 2*time.Second))
	timer := time.NewTimer(10 * time.Millisecond)
	<-timer.C
	out("timer fired " + strconv.FormatBool(timer.Stop()))
	t2 := time.NewTimer(time.Hour)
	out(strconv.FormatBool(t2.Stop()) + strconv.FormatBool(t2.Stop()))
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	out("afterfunc " + strconv.FormatBool(<-done))
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	out("ticks " + strconv.Itoa(n))
	select {
	case <-time.After(5 * time.Millisecond):
		out("after")
	case <-make(chan int):
	}
	out(strconv.FormatBool(time.Tick(0) == nil))
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { out("panic: " + recover().(string)) }()
		time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
	}()
}
