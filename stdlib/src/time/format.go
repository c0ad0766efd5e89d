// Formatting times by example layouts: the reference time "Mon Jan 2 15:04:05 MST 2006"
// written in the desired form. Layout elements are recognized as gc's library recognizes
// them (see nextElem); anything else is copied literally.
package time

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout elements.
const (
	elemNone = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elempm
	elemTZ
	elemISO8601TZ
	elemISO8601SecondsTZ
	elemISO8601ShortTZ
	elemISO8601ColonTZ
	elemISO8601ColonSecondsTZ
	elemNumTZ
	elemNumSecondsTz
	elemNumShortTZ
	elemNumColonTZ
	elemNumColonSecondsTZ
	elemFracSecond0 // ".000": fixed digits
	elemFracSecond9 // ".999": trailing zeros trimmed
)

// elem is a recognized layout element; for fractional seconds, digits is the count and sep
// the separator ('.' or ',').
type elem struct {
	kind   int
	digits int
	sep    byte
}

func startsWithLowerCase(s string) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	return 'a' <= c && c <= 'z'
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s) >= i+len(p) && s[i:i+len(p)] == p
}

// nextElem finds the first layout element: the literal text before it, the element and the
// text after it (elemNone and "" when there is none).
func nextElem(layout string) (prefix string, e elem, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J':
			if hasPrefixAt(layout, i, "Jan") {
				if hasPrefixAt(layout, i, "January") {
					return layout[:i], elem{kind: elemLongMonth}, layout[i+7:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], elem{kind: elemMonth}, layout[i+3:]
				}
			}
		case 'M':
			if hasPrefixAt(layout, i, "Mon") {
				if hasPrefixAt(layout, i, "Monday") {
					return layout[:i], elem{kind: elemLongWeekDay}, layout[i+6:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], elem{kind: elemWeekDay}, layout[i+3:]
				}
			}
			if hasPrefixAt(layout, i, "MST") {
				return layout[:i], elem{kind: elemTZ}, layout[i+3:]
			}
		case '0':
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				k := [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[layout[i+1]-'1']
				return layout[:i], elem{kind: k}, layout[i+2:]
			}
			if hasPrefixAt(layout, i, "002") {
				return layout[:i], elem{kind: elemZeroYearDay}, layout[i+3:]
			}
		case '1':
			if len(layout) >= i+2 && layout[i+1] == '5' {
				return layout[:i], elem{kind: elemHour}, layout[i+2:]
			}
			return layout[:i], elem{kind: elemNumMonth}, layout[i+1:]
		case '2':
			if hasPrefixAt(layout, i, "2006") {
				return layout[:i], elem{kind: elemLongYear}, layout[i+4:]
			}
			return layout[:i], elem{kind: elemDay}, layout[i+1:]
		case '_':
			if len(layout) >= i+2 && layout[i+1] == '2' {
				// "_2006" is a literal underscore then the year.
				if hasPrefixAt(layout, i+1, "2006") {
					return layout[:i+1], elem{kind: elemLongYear}, layout[i+5:]
				}
				return layout[:i], elem{kind: elemUnderDay}, layout[i+2:]
			}
			if hasPrefixAt(layout, i, "__2") {
				return layout[:i], elem{kind: elemUnderYearDay}, layout[i+3:]
			}
		case '3':
			return layout[:i], elem{kind: elemHour12}, layout[i+1:]
		case '4':
			return layout[:i], elem{kind: elemMinute}, layout[i+1:]
		case '5':
			return layout[:i], elem{kind: elemSecond}, layout[i+1:]
		case 'P':
			if len(layout) >= i+2 && layout[i+1] == 'M' {
				return layout[:i], elem{kind: elemPM}, layout[i+2:]
			}
		case 'p':
			if len(layout) >= i+2 && layout[i+1] == 'm' {
				return layout[:i], elem{kind: elempm}, layout[i+2:]
			}
		case '-':
			for _, z := range numZones {
				if hasPrefixAt(layout, i, z.text) {
					return layout[:i], elem{kind: z.kind}, layout[i+len(z.text):]
				}
			}
		case 'Z':
			for _, z := range isoZones {
				if hasPrefixAt(layout, i, z.text) {
					return layout[:i], elem{kind: z.kind}, layout[i+len(z.text):]
				}
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				// A run followed by another digit is not a fraction ("1.000001").
				if !(j < len(layout) && '0' <= layout[j] && layout[j] <= '9') {
					k := elemFracSecond0
					if ch == '9' {
						k = elemFracSecond9
					}
					return layout[:i], elem{kind: k, digits: j - (i + 1), sep: c}, layout[j:]
				}
			}
		}
	}
	return layout, elem{}, ""
}

type zoneText struct {
	text string
	kind int
}

// Longest first, as they are tried in order.
var numZones = []zoneText{
	{"-070000", elemNumSecondsTz}, {"-07:00:00", elemNumColonSecondsTZ}, {"-0700", elemNumTZ},
	{"-07:00", elemNumColonTZ}, {"-07", elemNumShortTZ},
}

var isoZones = []zoneText{
	{"Z070000", elemISO8601SecondsTZ}, {"Z07:00:00", elemISO8601ColonSecondsTZ}, {"Z0700", elemISO8601TZ},
	{"Z07:00", elemISO8601ColonTZ}, {"Z07", elemISO8601ShortTZ},
}

// appendInt appends x in decimal, zero-padded to width digits (after any minus sign).
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendNano appends the fraction of a second: e.digits digits (all nine, trailing zeros
// removed, for the .999 form, with nothing at all for zero).
func appendNano(b []byte, nanosec int, e elem) []byte {
	trim := e.kind == elemFracSecond9
	n := e.digits
	if trim && (n == 0 || nanosec == 0) {
		return b
	}
	var buf [9]byte
	x := nanosec
	for i := 8; i >= 0; i-- {
		buf[i] = byte(x%10) + '0'
		x /= 10
	}
	if n > 9 {
		n = 9
	}
	if trim {
		for n > 0 && buf[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, e.sep)
	return append(b, buf[:n]...)
}

// Format writes t as the layout shows the reference time.
func (t Time) Format(layout string) string {
	b := make([]byte, 0, 64)
	return string(t.AppendFormat(b, layout))
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	year, month, day, yday := civil(t.abs())
	hour, min, sec := t.Clock()
	for layout != "" {
		prefix, e, suffix := nextElem(layout)
		if prefix != "" {
			b = append(b, prefix...)
		}
		if e.kind == elemNone {
			break
		}
		layout = suffix
		switch e.kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, weekday(t.abs()).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, weekday(t.abs()).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case elemZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISO8601TZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumColonTZ, elemNumSecondsTz, elemNumShortTZ, elemNumColonSecondsTZ:
			iso := e.kind >= elemISO8601TZ && e.kind <= elemISO8601ColonSecondsTZ
			if offset == 0 && iso {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			colon := e.kind == elemISO8601ColonTZ || e.kind == elemNumColonTZ || e.kind == elemISO8601ColonSecondsTZ || e.kind == elemNumColonSecondsTZ
			if colon {
				b = append(b, ':')
			}
			if e.kind != elemNumShortTZ && e.kind != elemISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if e.kind == elemISO8601SecondsTZ || e.kind == elemNumSecondsTz || e.kind == elemNumColonSecondsTZ || e.kind == elemISO8601ColonSecondsTZ {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case elemTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case elemFracSecond0, elemFracSecond9:
			b = appendNano(b, int(t.nsec), e)
		}
	}
	return b
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed by the monotonic
// reading as " m=±seconds" when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m = -m
		}
		m1, m2 := m/1e9, m%1e9
		buf := []byte(" m=")
		buf = append(buf, sign)
		buf = appendInt(buf, int(m1), 0)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// GoString is t as Go source (time.Date(...)).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, month.String()...)
	} else {
		b = append(b, ", "...)
		b = appendInt(b, int(month), 0)
	}
	for _, v := range []int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}
