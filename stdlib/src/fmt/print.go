// Package fmt: formatted printing (Printf and friends, with verbs like C's but richer) and
// scanning. The formatting itself is native (natives in native.ts): it walks values by their
// run-time type descriptors, as Go's fmt walks reflect values.
package fmt

import (
	"io"
	"os"
)

// State is what a Formatter's Format method gets: the output and the operand's flags.
type State interface {
	// Write emits formatted output.
	Write(b []byte) (n int, err error)
	// Width returns the width option and whether it was given.
	Width() (wid int, ok bool)
	// Precision returns the precision option and whether it was given.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c (a character: - + # space 0) was given.
	Flag(c int) bool
}

// Formatter is implemented by values that format themselves for any verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by values with a String method, used by %v, %s and the
// unformatted printers (Print, Println).
type Stringer interface {
	String() string
}

// GoStringer is implemented by values with a GoString method, used by %#v.
type GoStringer interface {
	GoString() string
}

// FormatString rebuilds the directive a Format method was called for: %, the flags that
// are set, the width, the precision, then the verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = append(b, itoa(w)...)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = append(b, itoa(p)...)
	}
	return string(append(b, string(verb)...))
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// pp is the State given to Format methods; its methods are native and write into the
// printer that called Format.
type pp struct {
	id int
}

func (p *pp) Write(b []byte) (ret int, err error)     { return ppWrite(p, b) }
func (p *pp) WriteString(s string) (ret int, err error) { return ppWriteString(p, s) }
func (p *pp) Width() (wid int, ok bool)                 { return ppWidth(p) }
func (p *pp) Precision() (prec int, ok bool)            { return ppPrecision(p) }
func (p *pp) Flag(b int) bool                           { return ppFlag(p, b) }

func ppWrite(p *pp, b []byte) (int, error)
func ppWriteString(p *pp, s string) (int, error)
func ppWidth(p *pp) (int, bool)
func ppPrecision(p *pp) (int, bool)
func ppFlag(p *pp, b int) bool

// setup hands the native formatter the types it must make values of or compare with.
func setup(state any, stateType any, scanStateType any, ss any)

func init() {
	setup(&pp{}, (*State)(nil), (*ScanState)(nil), &ss{})
}

// Sprintf formats according to the format and returns the text.
func Sprintf(format string, a ...any) string

// Sprint formats its operands with %v, with spaces between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats its operands with %v, separated by spaces, and adds a newline.
func Sprintln(a ...any) string

// Fprintf formats according to the format and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Printf formats according to the format and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

// Appendf formats according to the format and appends the text to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Fprint is Sprint written to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Print is Sprint written to standard output.
func Print(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprint(a...))
}

// Append is Sprint appended to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Fprintln is Sprintln written to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Println is Sprintln written to standard output.
func Println(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintln(a...))
}

// Appendln is Sprintln appended to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}
