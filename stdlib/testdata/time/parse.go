package main

import (
	"os"
	"time"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05+00:00"},
		{time.RFC3339Nano, "2006-01-02T15:04:05.123456789-08:00"},
		{time.RFC3339, "2006-01-02T15:04:05.5Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 PST"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 GMT+3 2006"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30pm"},
		{"3:04pm", "12:30pm"},
		{time.DateTime, "2023-02-29 10:00:00"},
		{time.DateOnly, "2024-02-29"},
		{time.DateOnly, "2024-13-01"},
		{time.DateOnly, "2024-1-01"},
		{time.DateOnly, "2024-01-01 extra"},
		{time.TimeOnly, "25:00:00"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-060"},
		{"2006-__2", "2024- 60"},
		{"2006-01-002", "2024-03-060"},
		{"2006-01-002", "2024-02-060"},
		{"2006-002", "2023-366"},
		{"Jan 2 2006", "feb 3 2010"},
		{"January 2, 2006", "March 15, 2021"},
		{"06-01-02", "70-01-02"},
		{"06-01-02", "68-01-02"},
		{"15:04:05.000", "10:11:12.345"},
		{"15:04:05.000", "10:11:12.34"},
		{"15:04:05", "10:11:12.987654321"},
		{"15:04:05,999", "10:11:12,5"},
		{"15:04:05 MST", "10:11:12 CEST"},
		{"15:04:05 MST", "10:11:12 ChST"},
		{"15:04:05 MST", "10:11:12 X"},
		{"15:04:05 -07", "10:11:12 +05"},
		{"15:04:05 -07:00:00", "10:11:12 +05:30:15"},
		{"15:04:05 Z070000", "10:11:12 Z"},
		{"15:04:05 Z07:00", "10:11:12 +25:00"},
		{"2006 Jan", "2006 Foo"},
		{"Mon 2006", "Xyz 2006"},
		{"2006", ""},
		{"", "x"},
		{"2006  01", "2006 01"},
		{"2006 01", "200601"},
		{"02 Jan 2006", "31 Feb 2006"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			out(c[1] + " => error: " + err.Error())
			continue
		}
		out(c[1] + " => " + t.String() + " [" + t.Location().String() + "]")
	}
	est := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation(time.DateTime, "2020-06-01 12:00:00", est)
	out(t.String() + " " + errs(err))
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2020-06-01 12:00 EST", est)
	out(t.String() + " " + errs(err))
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2020-06-01 12:00 -0500", est)
	out(t.String() + " " + errs(err) + " " + t.Location().String())
	_, err = time.Parse(time.RFC3339, "bad")
	pe := err.(*time.ParseError)
	out(pe.Layout + "|" + pe.Value + "|" + pe.LayoutElem + "|" + pe.ValueElem + "|" + pe.Message)
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
