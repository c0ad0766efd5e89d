// Locations: UTC, Local and fixed offsets. Local is UTC (gots reads no zone database).
package time

import "errors"

// Location maps instants to a zone abbreviation and offset.
type Location struct {
	name   string
	zone   string // abbreviation, as Zone and the MST layout element report it
	offset int    // seconds east of UTC
}

var (
	utcLoc   = Location{name: "UTC", zone: "UTC"}
	localLoc = Location{name: "Local", zone: "UTC"}
)

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's time zone; here always UTC under the name "Local".
var Local *Location = &localLoc

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone is a location that always has the given abbreviation and offset.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation knows "" and "UTC" (UTC) and "Local".
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if name[0] == '/' || name[0] == '\\' || containsDotDot(name) {
		return nil, errors.New("time: invalid location name")
	}
	return nil, errors.New("unknown time zone " + name)
}

// containsDotDot reports whether name has two dots in a row anywhere (not only as a path element).
func containsDotDot(name string) bool {
	for i := 1; i < len(name); i++ {
		if name[i-1] == '.' && name[i] == '.' {
			return true
		}
	}
	return false
}
