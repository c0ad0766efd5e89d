// Instants. A Time is seconds since January 1 of year 1 (UTC) plus nanoseconds, an optional
// monotonic clock reading (set by Now, used by Sub, Before, After and Equal when both times
// have one, dropped by calendar operations), and a Location for presentation.
package time

// Time is an instant with nanosecond precision. The zero value is January 1, year 1,
// 00:00:00 UTC.
type Time struct {
	sec     int64 // seconds since 0001-01-01 00:00:00 UTC
	nsec    int32 // in [0, 999999999]
	hasMono bool
	mono    int64 // monotonic nanoseconds since the program started
	loc     *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// Seconds from 0001-01-01 to 1970-01-01.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// now returns the wall clock as Unix seconds and nanoseconds, and the monotonic clock.
func now() (sec int64, nsec int32, mono int64)

// Now is the current local time, with a monotonic reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono, loc: Local}
}

// Unix is the local time sec seconds and nsec nanoseconds after 1970-01-01 UTC (nsec may
// lie outside [0, 1e9)).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64 { return t.sec + internalToUnix }

// UnixNano overflows (as int64 arithmetic does) outside the years 1678 to 2262.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.hasMono && u.hasMono {
		tc, uc = t.mono, u.mono
	} else {
		tc, uc = t.sec, u.sec
		if tc == uc {
			tc, uc = int64(t.nsec), int64(u.nsec)
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant (whatever their locations).
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.hasMono = false // the monotonic reading overflowed
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub is t-u, saturating at the extreme durations.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

// AddDate adds years, months and days, normalizing as Date does (October 31 plus one month
// is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Round strips the monotonic reading ("round to even" of nothing).
func (t Time) stripMono() Time {
	t.hasMono = false
	t.mono = 0
	return t
}

// Location returns UTC for a time without one.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t = t.stripMono()
	t.loc = loc
	return t
}

// UTC, Local and In drop the monotonic reading, as gc's do.
func (t Time) UTC() Time {
	t = t.stripMono()
	t.loc = UTC
	return t
}

func (t Time) Local() Time {
	t = t.stripMono()
	t.loc = Local
	return t
}

// Zone is the abbreviation and offset in seconds east of UTC in effect at t.
func (t Time) Zone() (name string, offset int) {
	l := t.Location()
	return l.zone, l.offset
}

// abs is t's local seconds since year 1 (t plus the zone offset).
func (t Time) abs() int64 {
	return t.sec + int64(t.Location().offset)
}

func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = civil(t.abs())
	return
}

func (t Time) Year() int {
	y, _, _, _ := civil(t.abs())
	return y
}

func (t Time) Month() Month {
	_, m, _, _ := civil(t.abs())
	return m
}

func (t Time) Day() int {
	_, _, d, _ := civil(t.abs())
	return d
}

// YearDay is the day of the year, 1 to 366.
func (t Time) YearDay() int {
	_, _, _, yday := civil(t.abs())
	return yday
}

func (t Time) Weekday() Weekday {
	return weekday(t.abs())
}

func weekday(abs int64) Weekday {
	days := floorDiv(abs, secondsPerDay)
	// 0001-01-01 was a Monday.
	return Weekday(floorMod(days+1, 7))
}

func (t Time) Clock() (hour, min, sec int) {
	s := int(floorMod(t.abs(), secondsPerDay))
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

func (t Time) Hour() int {
	return int(floorMod(t.abs(), secondsPerDay)) / secondsPerHour
}

func (t Time) Minute() int {
	return int(floorMod(t.abs(), secondsPerHour)) / secondsPerMinute
}

func (t Time) Second() int {
	return int(floorMod(t.abs(), secondsPerMinute))
}

func (t Time) Nanosecond() int { return int(t.nsec) }

// ISOWeek is the ISO 8601 year and week (weeks start on Monday; week 1 holds the year's
// first Thursday).
func (t Time) ISOWeek() (year, week int) {
	abs := t.abs()
	wd := int(weekday(abs)+6) % 7 // Monday = 0
	// The Thursday of t's week decides the ISO year.
	thu := abs + int64(3-wd)*secondsPerDay
	year, _, _, yday := civil(thu)
	return year, (yday-1)/7 + 1
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

// civil converts seconds since 0001-01-01 to a proleptic Gregorian date and day of year.
func civil(abs int64) (year int, month Month, day int, yday int) {
	// Days since 0000-03-01, where the leap day ends the year: 719468 days before 1970-01-01,
	// and 0001-01-01 is 719162 days before it.
	z := floorDiv(abs, secondsPerDay) - 719162 + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365], from March 1
	mp := (5*doy + 2) / 153                  // [0, 11], from March
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	year, month, day = int(y), Month(m), int(d)
	yday = int(daysBefore(month)) + day
	if isLeap(year) && month > February {
		yday++
	}
	return
}

// daysFromCivil is the number of days from 0001-01-01 to the given date (month in 1..12).
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468 + 719162
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore is the number of days in the year before the month, in a non-leap year.
func daysBefore(m Month) int32 {
	return [...]int32{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}[m]
}

// norm normalizes hi and lo so that 0 <= lo < base, carrying into hi.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date is the time at the given calendar fields in loc; out-of-range fields carry over
// (October 32 is November 1). It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(month), 1) + int64(day) - 1
	abs := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	return Time{sec: abs - int64(loc.offset), nsec: int32(nsec), loc: loc}
}

// Truncate rounds t down to a multiple of d since the zero time; Round rounds to nearest
// (halfway up). Both drop the monotonic reading; d <= 0 only drops it.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div returns t's time since the zero time divided by d: the quotient's parity and the
// remainder.
func div(t Time, d Duration) (qmod2 int, r Duration) {
	rem, q := divmod(t.sec, int64(t.nsec), int64(d))
	return q, Duration(rem)
}

// divmod computes (sec*1e9 + nsec) mod d and the parity of the quotient, exactly.
func divmod(sec, nsec, d int64) (rem int64, qmod2 int)
