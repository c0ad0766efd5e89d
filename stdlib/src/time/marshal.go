// Encodings of Time: text and JSON as RFC 3339 (written only for years 0-9999 and zone hours
// below 24),
// and gc's binary form (version byte, seconds since year 1, nanoseconds, zone offset in
// minutes, and in version 2 the leftover offset seconds), also used by gob.
package time

import "errors"

// ZoneBounds gives the zone's transitions around t; fixed zones have none (zero times).
func (t Time) ZoneBounds() (start, end Time) { return Time{}, Time{} }

// appendStrictRFC3339 formats t as RFC3339Nano, refusing what RFC 3339 cannot express.
func (t Time) appendStrictRFC3339(b []byte) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return b, errors.New("year outside of range [0,9999]")
	}
	if _, off := t.Zone(); off <= -24*3600 || off >= 24*3600 {
		return b, errors.New("timezone hour outside of range [0,23]")
	}
	return t.AppendFormat(b, RFC3339Nano), nil
}

func (t Time) MarshalText() ([]byte, error) {
	b, err := t.appendStrictRFC3339(make([]byte, 0, len(RFC3339Nano)))
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

func (t Time) AppendText(b []byte) ([]byte, error) {
	b, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

func (t Time) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return append(b, '"'), nil
}

// parseStrictRFC3339 is Parse with the RFC3339 layout: gc 1.23 has its stricter checks
// (two-digit hours, a period before the fraction, zone offsets in range) switched off.
func parseStrictRFC3339(b []byte) (Time, error) {
	return Parse(RFC3339, string(b))
}

// UnmarshalText stores the result even on error (the zero Time), as gc does.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = parseStrictRFC3339(data)
	return err
}

// UnmarshalJSON takes a JSON string in RFC 3339 form; null leaves t unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = parseStrictRFC3339(data[1 : len(data)-1])
	return err
}

const (
	binaryVersion1 byte = 1
	binaryVersion2 byte = 2 // with the offset's seconds
)

func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16 = -1 // UTC
	var offsetSec int8
	version := binaryVersion1
	if t.Location() != UTC {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryVersion2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	sec, nsec := t.sec, t.nsec
	b := []byte{version,
		byte(sec >> 56), byte(sec >> 48), byte(sec >> 40), byte(sec >> 32), byte(sec >> 24), byte(sec >> 16), byte(sec >> 8), byte(sec),
		byte(nsec >> 24), byte(nsec >> 16), byte(nsec >> 8), byte(nsec),
		byte(offsetMin >> 8), byte(offsetMin)}
	if version == binaryVersion2 {
		b = append(b, byte(offsetSec))
	}
	return b, nil
}

func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryVersion1 && version != binaryVersion2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == binaryVersion2 {
		want++
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	nsec := int32(data[9])<<24 | int32(data[10])<<16 | int32(data[11])<<8 | int32(data[12])
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == binaryVersion2 {
		offset += int(int8(data[15]))
	}
	*t = Time{sec: sec, nsec: nsec}
	switch {
	case offset == -60:
		t.loc = UTC
	case offset == Local.offset:
		t.loc = Local
	default:
		t.loc = FixedZone("", offset)
	}
	return nil
}

func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
