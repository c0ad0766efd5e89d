// debug.ReadBuildInfo for a program run from files (command-line-arguments, no module), and
// BuildInfo's text form: String, ParseBuildInfo and its errors.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	bi, ok := debug.ReadBuildInfo()
	fmt.Println("ok:", ok, bi.GoVersion == runtime.Version(), bi.Path, bi.Main == debug.Module{}, len(bi.Deps))
	for _, s := range bi.Settings {
		switch s.Key {
		case "-buildmode", "-compiler", "GOOS", "GOARCH", "GOAMD64":
			fmt.Printf("setting %s=%s\n", s.Key, s.Value)
		}
	}

	built := &debug.BuildInfo{
		GoVersion: "go1.23.5",
		Path:      "example.com/tool/cmd/x",
		Main:      debug.Module{Path: "example.com/tool", Version: "v1.2.3", Sum: "h1:abc="},
		Deps: []*debug.Module{
			{Path: "example.com/dep", Version: "v0.1.0", Sum: "h1:def="},
			{Path: "example.com/old", Version: "v1.0.0", Replace: &debug.Module{Path: "../local", Version: "(devel)"}},
		},
		Settings: []debug.BuildSetting{
			{Key: "-ldflags", Value: "-s -w"},
			{Key: "CGO_ENABLED", Value: "0"},
			{Key: "odd key", Value: "x"},
			{Key: "quote", Value: `say "hi"`},
			{Key: "empty", Value: ""},
		},
	}
	text := built.String()
	fmt.Printf("%q\n", text)
	parsed, err := debug.ParseBuildInfo(text)
	fmt.Println("parse error:", err)
	fmt.Println("go version dropped:", parsed.GoVersion == "")
	parsed.GoVersion = built.GoVersion
	fmt.Println("round trip:", parsed.String() == text)
	fmt.Println("replace:", *parsed.Deps[1].Replace)

	for _, bad := range []string{
		"mod\tonly-one-column\n",
		"path\tx\n=>\ta\tb\tc\n",
		"dep\ta\tb\n=>\ta\tb\n",
		"build\t\n",
		"build\t=x\n",
		"build\tnoequals\n",
		"build\t\"key\"x\n",
		"build\t\"key\"\n",
		"build\t\"bad\n",
		"build\tkey with space=1\n",
		"build\tk=v w\n",
		"build\tk=\"unterminated\n",
	} {
		_, err := debug.ParseBuildInfo(bad)
		fmt.Printf("%q: %v (wrapped: %v)\n", bad, err, errors.Unwrap(err) != nil)
	}
	ok2, err := debug.ParseBuildInfo("path\tp\nno newline at the end")
	fmt.Println(ok2.Path, err)
}
