// Build information: what the go command records in a binary, which gots' compiler records
// for the program as `go run` would for the same files (module path, settings).
package debug

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	// GoVersion is the version of the Go toolchain that built the binary.
	GoVersion string
	// Path is the package path of the main package.
	Path string
	// Main describes the module that contains the main package.
	Main Module
	// Deps describes all the dependency modules.
	Deps []*Module
	// Settings describes the build settings used to build the binary.
	Settings []BuildSetting
}

// A Module describes a single module included in a build.
type Module struct {
	Path    string  // module path
	Version string  // module version
	Sum     string  // checksum
	Replace *Module // replaced by this module
}

// A BuildSetting is a key-value pair describing one setting that influenced a build.
type BuildSetting struct {
	Key, Value string
}

// ReadBuildInfo returns the build information of the running program.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	data := modinfo()
	if data == "" {
		return nil, false
	}
	bi, err := ParseBuildInfo(data)
	if err != nil {
		return nil, false
	}
	bi.GoVersion = runtime.Version()
	return bi, true
}

// modinfo is the build information text the compiler recorded ("" for none).
func modinfo() string

// needsQuote: keys with '=' or blanks or quotes, and values with blanks or quotes, are
// written as Go string literals.
func needsQuote(s string, key bool) bool {
	if key && (s == "" || strings.Contains(s, "=")) {
		return true
	}
	return strings.ContainsAny(s, " \t\r\n\"`")
}

// String returns the build information in the text form go version -m prints.
func (bi *BuildInfo) String() string {
	var b strings.Builder
	if bi.GoVersion != "" {
		b.WriteString("go\t" + bi.GoVersion + "\n")
	}
	if bi.Path != "" {
		b.WriteString("path\t" + bi.Path + "\n")
	}
	var mod func(word string, m Module)
	mod = func(word string, m Module) {
		b.WriteString(word + "\t" + m.Path + "\t" + m.Version)
		if m.Replace != nil {
			b.WriteString("\n")
			mod("=>", *m.Replace)
		} else {
			b.WriteString("\t" + m.Sum)
		}
		b.WriteString("\n")
	}
	if bi.Main != (Module{}) {
		mod("mod", bi.Main)
	}
	for _, d := range bi.Deps {
		mod("dep", *d)
	}
	for _, s := range bi.Settings {
		k, v := s.Key, s.Value
		if needsQuote(k, true) {
			k = strconv.Quote(k)
		}
		if needsQuote(v, false) {
			v = strconv.Quote(v)
		}
		b.WriteString("build\t" + k + "=" + v + "\n")
	}
	return b.String()
}

// ParseBuildInfo parses the text form String produces (the go line is ignored, as by gc).
func ParseBuildInfo(data string) (bi *BuildInfo, err error) {
	bi = new(BuildInfo)
	var last *Module
	for n := 1; data != ""; n++ {
		line, rest, found := strings.Cut(data, "\n")
		if !found {
			break
		}
		data = rest
		if err := bi.parseLine(line, &last); err != nil {
			return nil, fmt.Errorf("could not parse Go build info: line %d: %w", n, err)
		}
	}
	return bi, nil
}

func moduleOf(cols []string) (Module, error) {
	if len(cols) != 2 && len(cols) != 3 {
		return Module{}, errors.New("expected 2 or 3 columns; got " + strconv.Itoa(len(cols)))
	}
	m := Module{Path: cols[0], Version: cols[1]}
	if len(cols) == 3 {
		m.Sum = cols[2]
	}
	return m, nil
}

func (bi *BuildInfo) parseLine(line string, last **Module) error {
	word, rest, _ := strings.Cut(line, "\t")
	var err error
	switch word {
	case "path":
		bi.Path = rest
	case "mod":
		*last = &bi.Main
		bi.Main, err = moduleOf(strings.Split(rest, "\t"))
	case "dep":
		m := new(Module)
		bi.Deps = append(bi.Deps, m)
		*last = m
		*m, err = moduleOf(strings.Split(rest, "\t"))
	case "=>":
		cols := strings.Split(rest, "\t")
		if len(cols) != 3 {
			return errors.New("expected 3 columns for replacement; got " + strconv.Itoa(len(cols)))
		}
		if *last == nil {
			return errors.New("replacement with no module on previous line")
		}
		(*last).Replace = &Module{Path: cols[0], Version: cols[1], Sum: cols[2]}
		*last = nil
	case "build":
		s, err := parseSetting(rest)
		if err != nil {
			return err
		}
		bi.Settings = append(bi.Settings, s)
	}
	return err
}

func parseSetting(kv string) (BuildSetting, error) {
	if kv == "" {
		return BuildSetting{}, errors.New("build line missing '='")
	}
	var key, raw string
	switch kv[0] {
	case '=':
		return BuildSetting{}, errors.New("build line with missing key")
	case '"', '`':
		q, err := strconv.QuotedPrefix(kv)
		if err != nil {
			return BuildSetting{}, errors.New("invalid quoted key in build line")
		}
		if len(q) == len(kv) {
			return BuildSetting{}, errors.New("build line missing '=' after quoted key")
		}
		if kv[len(q)] != '=' {
			return BuildSetting{}, errors.New("unexpected character after quoted key: " + strconv.QuoteRune(rune(kv[len(q)])))
		}
		key, _ = strconv.Unquote(q)
		raw = kv[len(q)+1:]
	default:
		var ok bool
		key, raw, ok = strings.Cut(kv, "=")
		if !ok {
			return BuildSetting{}, errors.New("build line missing '=' after key")
		}
		if needsQuote(key, true) {
			return BuildSetting{}, errors.New("unquoted key " + strconv.Quote(key) + " must be quoted")
		}
	}
	value := raw
	if raw != "" && (raw[0] == '"' || raw[0] == '`') {
		v, err := strconv.Unquote(raw)
		if err != nil {
			return BuildSetting{}, errors.New("invalid quoted value in build line")
		}
		value = v
	} else if needsQuote(raw, false) {
		return BuildSetting{}, errors.New("unquoted value " + strconv.Quote(raw) + " must be quoted")
	}
	return BuildSetting{Key: key, Value: value}, nil
}
