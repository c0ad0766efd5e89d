package main

import (
	"flag"
	"fmt"
	"os"
)

// The command-line set exits with status 2 on a parse error, after printing the error and
// the usage.
func main() {
	os.Args = []string{"prog", "-n", "3", "-x", "extra"}
	flag.CommandLine.SetOutput(os.Stdout)
	n := flag.Int("n", 1, "a `count`")
	name := flag.String("name", "", "a name")
	fmt.Println(flag.Parsed(), flag.NFlag(), flag.Lookup("n").DefValue)
	flag.Usage()
	fmt.Println(flag.Set("name", "set"), *name)
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("flag", f.Name) })
	flag.Visit(func(f *flag.Flag) { fmt.Println("set", f.Name) })
	defer fmt.Println("deferred calls do not run on exit")
	flag.Parse()
	fmt.Println("not reached", *n)
}
