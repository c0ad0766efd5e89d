// A command-line tool's flag handling: replaces os.Args with several argument lists and
// parses each with a FlagSet (bool, int, string, duration, float, a custom Value, flags
// after "--"), printing the parsed values, the remaining arguments, and the errors and
// usage text for bad input.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, strings.Split(s, ",")...); return nil }

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	switch s {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "error":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

func run(args []string) {
	os.Args = append([]string{"tool"}, args...)
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	verbose := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 3, "number of `items`")
	name := fs.String("name", "world", "who to greet")
	timeout := fs.Duration("timeout", 2*time.Second, "how long to wait")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	var tags listFlag
	fs.Var(&tags, "tag", "tags (repeatable, comma-separated)")
	lvl := level(1)
	fs.Var(&lvl, "level", "log level")
	err := fs.Parse(os.Args[1:])
	fmt.Printf("args %q\n", args)
	if err != nil {
		fmt.Printf("  error: %v\n", err)
		fmt.Print(indent(out.String()))
		return
	}
	fmt.Printf("  v=%t n=%d name=%q timeout=%v ratio=%g tags=%v level=%d\n", *verbose, *n, *name, *timeout, *ratio, tags, lvl)
	fmt.Printf("  rest=%q nflag=%d narg=%d\n", fs.Args(), fs.NFlag(), fs.NArg())
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
	fmt.Println("  set:", set)
}

func indent(s string) string {
	if s == "" {
		return ""
	}
	return "  | " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n  | ") + "\n"
}

func main() {
	run(nil)
	run([]string{"-v", "-n", "10", "--name=gopher", "file1", "file2"})
	run([]string{"-timeout", "1m30s", "-ratio=2.5e-1", "-tag", "a,b", "-tag=c", "-level", "error", "--", "-v"})
	run([]string{"-v=false", "-n=0x1F", "x", "-n", "5"})
	run([]string{"-n", "many"})
	run([]string{"-unknown"})
	run([]string{"-level", "loud"})
	run([]string{"-timeout", "soon"})
	run([]string{"-name"})
	run([]string{"-h"})
	fs := flag.NewFlagSet("strict", flag.ContinueOnError)
	fs.SetOutput(new(strings.Builder))
	fs.Bool("x", false, "")
	fmt.Println(fs.Parse([]string{"-x=maybe"}), fs.Lookup("x").DefValue, fs.Set("x", "true"), fs.Lookup("x").Value)
}
