// The command-line flag set and the top-level functions that act on it.
package flag

import (
	"fmt"
	"os"
)

// CommandLine is the default set of flags, parsed from os.Args[1:] by Parse.
var CommandLine = NewFlagSet(os.Args[0], ExitOnError)

func init() {
	// Go through the Usage variable so that a replacement set later takes effect.
	CommandLine.Usage = commandLineUsage
}

func commandLineUsage() { Usage() }

// Usage prints a usage message for the command-line flags to CommandLine.Output(); it may
// be replaced.
var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

func Parse()                                     { CommandLine.Parse(os.Args[1:]) }
func Parsed() bool                               { return CommandLine.Parsed() }
func PrintDefaults()                             { CommandLine.PrintDefaults() }
func NFlag() int                                 { return len(CommandLine.actual) }
func Arg(i int) string                           { return CommandLine.Arg(i) }
func NArg() int                                  { return len(CommandLine.args) }
func Args() []string                             { return CommandLine.args }
func Lookup(name string) *Flag                   { return CommandLine.formal[name] }
func Set(name, value string) error               { return CommandLine.set(name, value) }
func Visit(fn func(*Flag))                       { CommandLine.Visit(fn) }
func VisitAll(fn func(*Flag))                    { CommandLine.VisitAll(fn) }
func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }
