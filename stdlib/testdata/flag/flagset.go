package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "bad" {
		return errors.New("bad list item")
	}
	*l = append(*l, s)
	return nil
}

type level int

func (l *level) MarshalText() ([]byte, error) {
	return []byte([]string{"debug", "info", "warn"}[*l]), nil
}

func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "warn":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type point struct{ X, Y int }

func (p point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }
func (p *point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

type valText struct{}

func (valText) MarshalText() ([]byte, error) { return nil, nil }
func (valText) UnmarshalText([]byte) error   { return nil }

// A Value whose String panics on its zero value.
type panicky struct{ s *string }

func (p *panicky) String() string { return *p.s }
func (p *panicky) Set(v string) error {
	*p.s = v
	return nil
}

func newSet() (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	vals := map[string]any{}
	vals["v"] = fs.Bool("v", false, "verbose output")
	vals["debug"] = fs.Bool("debug", true, "enable `debugging` mode")
	vals["n"] = fs.Int("n", 10, "number of `items` to\nprocess, on two lines")
	vals["big"] = fs.Int64("big", -5, "a big number")
	vals["u"] = fs.Uint("u", 0, "unsigned")
	vals["u64"] = fs.Uint64("u64", 1<<63, "unsigned 64")
	vals["name"] = fs.String("name", "world", "who to greet")
	vals["empty"] = fs.String("empty", "", "empty default")
	vals["f"] = fs.Float64("f", 2.5, "a float")
	vals["fz"] = fs.Float64("fz", 0, "a zero float")
	vals["timeout"] = fs.Duration("timeout", 1500*time.Millisecond, "how long")
	vals["dz"] = fs.Duration("dz", 0, "zero duration")
	var lst listValue
	fs.Var(&lst, "item", "add an item (repeatable)")
	vals["item"] = &lst
	fs.Func("fn", "call a `func`", func(s string) error {
		if s == "fail" {
			return errors.New("fn failed")
		}
		fmt.Println("fn called with", s)
		return nil
	})
	fs.BoolFunc("bf", "bool func", func(s string) error {
		fmt.Println("bf called with", s)
		if s == "no" {
			return errors.New("bf refused")
		}
		return nil
	})
	var lv level = 1
	fs.TextVar(&lv, "level", &lv, "log level")
	vals["level"] = &lv
	var pt point
	fs.TextVar(&pt, "pt", point{3, 4}, "a point")
	vals["pt"] = &pt
	return fs, vals
}

func show(vals map[string]any) {
	for _, k := range []string{"v", "debug", "n", "big", "u", "u64", "name", "f", "timeout", "item", "level", "pt"} {
		switch p := vals[k].(type) {
		case *bool:
			fmt.Print(k, "=", *p, " ")
		case *int:
			fmt.Print(k, "=", *p, " ")
		case *int64:
			fmt.Print(k, "=", *p, " ")
		case *uint:
			fmt.Print(k, "=", *p, " ")
		case *uint64:
			fmt.Print(k, "=", *p, " ")
		case *string:
			fmt.Print(k, "=", *p, " ")
		case *float64:
			fmt.Print(k, "=", *p, " ")
		case *time.Duration:
			fmt.Print(k, "=", *p, " ")
		case *listValue:
			fmt.Print(k, "=", *p, " ")
		case *level:
			fmt.Print(k, "=", int(*p), " ")
		case *point:
			fmt.Print(k, "=", *p, " ")
		}
	}
	fmt.Println()
}

func try(args ...string) {
	fs, vals := newSet()
	fmt.Printf("--- %q\n", args)
	err := fs.Parse(args)
	fmt.Println("err:", err, errors.Is(err, flag.ErrHelp))
	fmt.Printf("args: %q nflag=%d narg=%d arg0=%q arg9=%q parsed=%v\n", fs.Args(), fs.NFlag(), fs.NArg(), fs.Arg(0), fs.Arg(9), fs.Parsed())
	show(vals)
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, ":", f.Value, " ") })
	fmt.Println()
}

func main() {
	fs, _ := newSet()
	fs.PrintDefaults()
	try()
	try("-v", "-n", "5", "--name=gopher", "rest", "-u", "3")
	try("-n=0x1F", "-big", "-0777", "-u64", "18446744073709551615", "-f", "1e3", "-timeout", "2h3m4.5s")
	try("-debug=false", "-v=1", "--", "-n", "7")
	try("-", "-n", "7")
	try("-item", "a", "-item=b", "-item", "c", "-fn", "x", "-bf", "-bf=no")
	try("-bf=yes", "-level", "warn", "-pt", "7,8")
	try("-nosuch")
	try("-h")
	try("--help", "x")
	try("-n")
	try("-n", "abc")
	try("-n", "99999999999999999999")
	try("-u", "-1")
	try("-f", "x1")
	try("-timeout", "5")
	try("-v=maybe")
	try("---x")
	try("-=x")
	try("--=")
	try("-item", "bad")
	try("-fn", "fail")
	try("-level", "loud")
	try("-name")
	try("-name", "")

	// Lookup, Set, VisitAll, Name, ErrorHandling, Output.
	fs, vals := newSet()
	fmt.Println(fs.Lookup("n").DefValue, fs.Lookup("n").Usage, fs.Lookup("missing") == nil, fs.Name(), fs.ErrorHandling(), fs.Output() == os.Stdout)
	fmt.Println(fs.Set("n", "42"), fs.Set("n", "x"), fs.Set("missing", "1"), *vals["n"].(*int))
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, "[", f.DefValue, "] ") })
	fmt.Println()
	if g, ok := fs.Lookup("n").Value.(flag.Getter); ok {
		fmt.Printf("%T %v\n", g.Get(), g.Get())
	}
	for _, name := range []string{"v", "big", "u", "u64", "name", "f", "timeout"} {
		if g, ok := fs.Lookup(name).Value.(flag.Getter); ok {
			fmt.Printf("%s %T %v; ", name, g.Get(), g.Get())
		}
	}
	fmt.Println()
	fmt.Printf("%T\n", fs.Lookup("level").Value.(flag.Getter).Get())
	name, usage := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Printf("%q %q\n", name, usage)
	name, usage = flag.UnquoteUsage(&flag.Flag{Usage: "one `quote only", Value: fs.Lookup("v").Value})
	fmt.Printf("%q %q\n", name, usage)

	// Panics when defining flags.
	catch := func(f func()) {
		defer func() {
			r := recover()
			if s, ok := r.(string); ok && strings.Contains(s, " set at ") {
				// Keep only the file name of the recorded position.
				i := strings.Index(s, " set at ")
				j := strings.LastIndex(s, " before")
				r = s[:i+8] + filepath.Base(s[i+8:j]) + s[j:]
			}
			fmt.Println("panic:", r)
		}()
		f()
	}
	catch(func() { fs.Int("n", 1, "dup") })
	catch(func() { fs.Int("-x", 1, "dash") })
	catch(func() { fs.Int("a=b", 1, "eq") })
	anon := flag.NewFlagSet("", flag.ContinueOnError)
	anon.SetOutput(os.Stdout)
	anon.Bool("x", false, "")
	catch(func() { anon.Bool("x", false, "") })
	anon.Set("later", "1")
	catch(func() { anon.Int("later", 0, "") })
	catch(func() { anon.TextVar(valText{}, "t1", valText{}, "") })
	catch(func() { var lv level; anon.TextVar(&lv, "t2", point{}, "") })
	anon.Usage()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	catch(func() { p.Parse([]string{"-zz"}) })
	var s string
	p.Var(&panicky{&s}, "pk", "panics on zero")
	p.Int("zint", 0, "")
	p.PrintDefaults()
	var fs2 flag.FlagSet
	fs2.Init("initd", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.String("s", "q\"uote", "with a quote")
	fs2.Bool("b", true, "")
	fmt.Println(fs2.Parse([]string{"-bad"}))
	custom := flag.NewFlagSet("c", flag.ContinueOnError)
	custom.SetOutput(os.Stdout)
	custom.Usage = func() { fmt.Println("custom usage!") }
	fmt.Println(custom.Parse([]string{"-help"}))
}
