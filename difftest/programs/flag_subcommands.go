// A git-like tool with subcommands, each parsing its own FlagSet from a scripted argument list.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("missing subcommand")
	}
	switch args[0] {
	case "clone":
		fs := flag.NewFlagSet("clone", flag.ContinueOnError)
		fs.SetOutput(os.Stdout)
		depth := fs.Int("depth", 0, "create a shallow clone with `N` commits")
		branch := fs.String("branch", "main", "branch to check out")
		quiet := fs.Bool("q", false, "quiet")
		timeout := fs.Duration("timeout", 30*time.Second, "network timeout")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if fs.NArg() < 1 {
			return fmt.Errorf("clone: missing repository")
		}
		fmt.Printf("clone %s depth=%d branch=%s quiet=%v timeout=%v dir=%q\n", fs.Arg(0), *depth, *branch, *quiet, *timeout, fs.Arg(1))
	case "log":
		fs := flag.NewFlagSet("log", flag.ContinueOnError)
		fs.SetOutput(os.Stdout)
		n := fs.Uint("n", 10, "limit")
		var authors []string
		fs.Func("author", "filter by `name` (repeatable)", func(s string) error {
			if s == "" {
				return fmt.Errorf("empty author")
			}
			authors = append(authors, s)
			return nil
		})
		oneline := false
		fs.BoolFunc("oneline", "short format", func(string) error { oneline = true; return nil })
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		fmt.Printf("log n=%d authors=%s oneline=%v paths=%v\n", *n, strings.Join(authors, "|"), oneline, fs.Args())
		fs.Visit(func(f *flag.Flag) { fmt.Printf("  set: -%s=%s\n", f.Name, f.Value) })
	default:
		return fmt.Errorf("unknown subcommand %q", args[0])
	}
	return nil
}

func main() {
	scripts := [][]string{
		{"clone", "-depth", "1", "--branch=dev", "https://example.com/r.git", "dest"},
		{"clone", "-q", "-timeout", "1m30s", "repo"},
		{"clone", "-depth", "x", "repo"},
		{"clone", "-timeout"},
		{"clone", "-h"},
		{"log", "-n", "3", "-author", "ann", "-author=bob", "-oneline", "--", "-file"},
		{"log", "-author="},
		{"log", "-n=-1"},
		{"log", "-unknown"},
		{"push"},
		{},
	}
	for _, s := range scripts {
		fmt.Printf("$ tool %s\n", strings.Join(s, " "))
		if err := run(s); err != nil {
			fmt.Println("error:", err)
		}
	}
}
