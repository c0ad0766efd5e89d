// Package flag: command-line flag parsing. Flags are -name, --name, -name=value and (for
// non-boolean flags) -name value; parsing stops at the first non-flag argument or after
// "--". Usage texts and error messages are gc's.
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
)

// ErrHelp is returned when -help or -h is given but not defined.
var ErrHelp = errors.New("flag: help requested")

// ErrorHandling says what Parse does on an error.
type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota // return the error
	ExitOnError                          // exit with status 2 (0 for -h/-help)
	PanicOnError                         // panic with the error
)

// A FlagSet is a set of defined flags.
type FlagSet struct {
	// Usage is called when parsing fails; it may be changed to a custom function.
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string
	errorHandling ErrorHandling
	output        io.Writer         // nil means os.Stderr
	undef         map[string]string // flags set before being defined, with where
}

// A Flag represents the state of a flag.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string // the default, as text, for the usage message
}

// sortFlags returns the flags ordered by name.
func sortFlags(flags map[string]*Flag) []*Flag {
	result := make([]*Flag, 0, len(flags))
	for _, f := range flags {
		result = append(result, f)
	}
	slices.SortFunc(result, func(a, b *Flag) int { return strings.Compare(a.Name, b.Name) })
	return result
}

// Output returns where usage and error messages go.
func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

func (f *FlagSet) Name() string                       { return f.name }
func (f *FlagSet) ErrorHandling() ErrorHandling       { return f.errorHandling }
func (f *FlagSet) SetOutput(output io.Writer)         { f.output = output }
func (f *FlagSet) Lookup(name string) *Flag           { return f.formal[name] }
func (f *FlagSet) Parsed() bool                       { return f.parsed }
func (f *FlagSet) NFlag() int                         { return len(f.actual) }
func (f *FlagSet) NArg() int                          { return len(f.args) }
func (f *FlagSet) Args() []string                     { return f.args }
func (f *FlagSet) Init(name string, eh ErrorHandling) { f.name, f.errorHandling = name, eh }

// VisitAll calls fn for every defined flag, in name order.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, flag := range sortFlags(f.formal) {
		fn(flag)
	}
}

// Visit calls fn for every flag that has been set, in name order.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, flag := range sortFlags(f.actual) {
		fn(flag)
	}
}

// Arg returns argument i after the flags, or "" when there is none.
func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}

// Set sets the value of the named flag.
func (f *FlagSet) Set(name, value string) error { return f.set(name, value) }

// set is called through Set or the top-level Set, so the user's call site is two frames up;
// it is remembered for an undefined name, to explain a later definition.
func (f *FlagSet) set(name, value string) error {
	flag, ok := f.formal[name]
	if !ok {
		_, file, line, ok := runtime.Caller(2)
		if !ok {
			file = "?"
			line = 0
		}
		if f.undef == nil {
			f.undef = map[string]string{}
		}
		f.undef[name] = fmt.Sprintf("%s:%d", file, line)
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := flag.Value.Set(value); err != nil {
		return err
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = flag
	return nil
}

// zeroOf returns a zero value of v's dynamic type (for a pointer type, a pointer to a new
// zero value) and that type's name (the element's, for a pointer).
func zeroOf(v Value) (Value, string)

// isZeroValue reports whether value is what the flag's zero value prints, catching a
// String method that panics on the zero value.
func isZeroValue(flag *Flag, value string) (ok bool, err error) {
	z, typ := zeroOf(flag.Value)
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", typ, flag.Name, e)
		}
	}()
	return value == z.String(), nil
}

// UnquoteUsage returns the name in back quotes in the flag's usage (removing the quotes),
// or else a name for the flag's type ("" for boolean flags).
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			name = usage[i+1 : i+1+j]
			usage = usage[:i] + name + usage[i+1+j+1:]
			return name, usage
		}
	}
	name = "value"
	switch fv := flag.Value.(type) {
	case boolFlag:
		if fv.IsBoolFlag() {
			name = ""
		}
	case *durationValue:
		name = "duration"
	case *float64Value:
		name = "float"
	case *intValue, *int64Value:
		name = "int"
	case *stringValue:
		name = "string"
	case *uintValue, *uint64Value:
		name = "uint"
	}
	return
}

// PrintDefaults prints every flag with its usage and non-zero default: one-letter flags
// without a type name on one line, others with the usage on the next line, indented.
func (f *FlagSet) PrintDefaults() {
	var zeroErrs []error
	f.VisitAll(func(flag *Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", flag.Name)
		name, usage := UnquoteUsage(flag)
		if len(name) > 0 {
			b.WriteString(" ")
			b.WriteString(name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if isZero, err := isZeroValue(flag, flag.DefValue); err != nil {
			zeroErrs = append(zeroErrs, err)
		} else if !isZero {
			if _, ok := flag.Value.(*stringValue); ok {
				fmt.Fprintf(&b, " (default %q)", flag.DefValue)
			} else {
				fmt.Fprintf(&b, " (default %v)", flag.DefValue)
			}
		}
		fmt.Fprint(f.Output(), b.String(), "\n")
	})
	if len(zeroErrs) > 0 {
		fmt.Fprintln(f.Output())
		for _, err := range zeroErrs {
			fmt.Fprintln(f.Output(), err)
		}
	}
}

func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
	f.PrintDefaults()
}

// Var defines a flag with the given Value; it panics for a bad or duplicate name.
func (f *FlagSet) Var(value Value, name string, usage string) {
	if strings.HasPrefix(name, "-") {
		panic(f.sprintf("flag %q begins with -", name))
	} else if strings.Contains(name, "=") {
		panic(f.sprintf("flag %q contains =", name))
	}
	flag := &Flag{name, usage, value, value.String()}
	if _, dup := f.formal[name]; dup {
		var msg string
		if f.name == "" {
			msg = f.sprintf("flag redefined: %s", name)
		} else {
			msg = f.sprintf("%s flag redefined: %s", f.name, name)
		}
		panic(msg)
	}
	if pos := f.undef[name]; pos != "" {
		panic(fmt.Sprintf("flag %s set at %s before being defined", name, pos))
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = flag
}

// sprintf formats a message and also prints it to the output.
func (f *FlagSet) sprintf(format string, a ...any) string {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// failf prints a message and the usage, and returns the message as an error.
func (f *FlagSet) failf(format string, a ...any) error {
	msg := f.sprintf(format, a...)
	f.usage()
	return errors.New(msg)
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

// parseOne parses one flag and reports whether there was one.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	s := f.args[0]
	if len(s) < 2 || s[0] != '-' {
		return false, nil
	}
	dashes := 1
	if s[1] == '-' {
		dashes++
		if len(s) == 2 { // "--" ends the flags
			f.args = f.args[1:]
			return false, nil
		}
	}
	name := s[dashes:]
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		return false, f.failf("bad flag syntax: %s", s)
	}
	f.args = f.args[1:]
	hasValue := false
	value := ""
	if i := strings.IndexByte(name[1:], '='); i >= 0 {
		value = name[i+2:]
		hasValue = true
		name = name[:i+1]
	}
	flag, ok := f.formal[name]
	if !ok {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.failf("flag provided but not defined: -%s", name)
	}
	if fv, ok := flag.Value.(boolFlag); ok && fv.IsBoolFlag() {
		if hasValue {
			if err := fv.Set(value); err != nil {
				return false, f.failf("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else if err := fv.Set("true"); err != nil {
			return false, f.failf("invalid boolean flag %s: %v", name, err)
		}
	} else {
		if !hasValue && len(f.args) > 0 {
			hasValue = true
			value, f.args = f.args[0], f.args[1:]
		}
		if !hasValue {
			return false, f.failf("flag needs an argument: -%s", name)
		}
		if err := flag.Value.Set(value); err != nil {
			return false, f.failf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = flag
	return true, nil
}

// Parse parses flags from arguments, which must not include the command name.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		seen, err := f.parseOne()
		if seen {
			continue
		}
		if err == nil {
			break
		}
		switch f.errorHandling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
	}
	return nil
}

// NewFlagSet returns a new, empty flag set.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, errorHandling: errorHandling}
	f.Usage = f.defaultUsage
	return f
}
