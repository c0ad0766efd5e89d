// Custom flag.Value types (a list, a key=value map, an enum via TextVar) and the usage text
// PrintDefaults makes for them; the program ends through ExitOnError with status 2.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, strings.Split(v, ",")...); return nil }

type labels map[string]string

func (l labels) String() string {
	var keys []string
	for k := range l {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+l[k])
	}
	return strings.Join(parts, ",")
}

func (l labels) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok {
		return fmt.Errorf("want key=value, got %q", v)
	}
	l[k] = val
	return nil
}

type color int

func (c color) MarshalText() ([]byte, error) { return []byte([]string{"red", "green", "blue"}[c]), nil }
func (c *color) UnmarshalText(b []byte) error {
	for i, n := range []string{"red", "green", "blue"} {
		if string(b) == n {
			*c = color(i)
			return nil
		}
	}
	return fmt.Errorf("unknown color %q", b)
}

func main() {
	fs := flag.NewFlagSet("render", flag.ExitOnError)
	fs.SetOutput(os.Stdout)
	var include stringList
	fs.Var(&include, "I", "include `dirs` (comma separated, repeatable)")
	lbl := labels{"env": "dev"}
	fs.Var(lbl, "label", "attach a `key=value` label")
	var c color
	fs.TextVar(&c, "color", color(2), "fill color")
	scale := fs.Float64("scale", 1, "zoom factor")
	fs.PrintDefaults()
	err := fs.Parse([]string{"-I", "a,b", "-I=c", "-label", "team=core", "-color", "green", "-scale", "2.5", "input.svg"})
	fmt.Println(err, include, lbl, c, *scale, fs.Args())
	fs.Parse([]string{"-label", "oops"})
	fmt.Println("not reached")
}
