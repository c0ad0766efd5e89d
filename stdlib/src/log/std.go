// The package-level functions, which log through the standard logger.
package log

import (
	"fmt"
	"io"
	"os"
)

func SetOutput(w io.Writer)   { std.SetOutput(w) }
func Flags() int              { return std.Flags() }
func SetFlags(flag int)       { std.SetFlags(flag) }
func Prefix() string          { return std.Prefix() }
func SetPrefix(prefix string) { std.SetPrefix(prefix) }
func Writer() io.Writer       { return std.Writer() }

func Print(v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Append(b, v...) })
}

func Printf(format string, v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Appendf(b, format, v...) })
}

func Println(v ...any) {
	std.output(2, func(b []byte) []byte { return fmt.Appendln(b, v...) })
}

func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes s through the standard logger; calldepth 1 reports the caller of Output.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
