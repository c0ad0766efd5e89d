// Package log: a simple logging package. A Logger writes one line per call, with an
// optional header (prefix, date, time, file and line) in gc's format; Fatal functions exit
// with status 1 after logging and Panic functions panic with the message.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// Flags selecting the header of each line.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microseconds: 01:23:23.123123; implies Ltime
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23; overrides Llongfile
	LUTC                          // dates and times in UTC
	Lmsgprefix                    // the prefix goes just before the message, not at the start
	LstdFlags     = Ldate | Ltime // the standard logger's initial flags
)

// A Logger writes lines to an io.Writer; it is safe for concurrent use.
type Logger struct {
	mu        sync.Mutex
	out       io.Writer
	prefix    string
	flag      int
	isDiscard bool
}

// New creates a Logger writing to out, with prefix and header flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := new(Logger)
	l.SetOutput(out)
	l.SetPrefix(prefix)
	l.SetFlags(flag)
	return l
}

// SetOutput sets the destination; output to io.Discard is not even formatted.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
	l.isDiscard = w == io.Discard
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level functions.
func Default() *Logger { return std }

// itoa appends i in decimal, zero-padded to wid digits (wid < 0: no padding).
func itoa(buf *[]byte, i int, wid int) {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	*buf = append(*buf, b[bp:]...)
}

// formatHeader appends the prefix (unless Lmsgprefix), date, time, file:line and then the
// prefix when Lmsgprefix is set.
func formatHeader(buf *[]byte, t time.Time, prefix string, flag int, file string, line int) {
	if flag&Lmsgprefix == 0 {
		*buf = append(*buf, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			year, month, day := t.Date()
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, int(month), 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			itoa(buf, hour, 2)
			*buf = append(*buf, ':')
			itoa(buf, min, 2)
			*buf = append(*buf, ':')
			itoa(buf, sec, 2)
			if flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, t.Nanosecond()/1e3, 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		*buf = append(*buf, file...)
		*buf = append(*buf, ':')
		itoa(buf, line, -1)
		*buf = append(*buf, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		*buf = append(*buf, prefix...)
	}
}

// Output writes one line for s. calldepth counts the frames to skip to find the file and
// line to report: 1 is the caller of Output.
func (l *Logger) Output(calldepth int, s string) error {
	return l.output(calldepth+1, func(b []byte) []byte { return append(b, s...) })
}

// output formats the header and the message and writes them with one Write, adding a
// newline if the message lacks one. calldepth is counted from output itself.
func (l *Logger) output(calldepth int, appendOutput func([]byte) []byte) error {
	l.mu.Lock()
	discard := l.isDiscard
	prefix, flag := l.prefix, l.flag
	l.mu.Unlock()
	if discard {
		return nil
	}
	now := time.Now()
	var file string
	var line int
	if flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	var buf []byte
	formatHeader(&buf, now, prefix, flag, file, line)
	buf = appendOutput(buf)
	if len(buf) == 0 || buf[len(buf)-1] != '\n' {
		buf = append(buf, '\n')
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, err := l.out.Write(buf)
	return err
}

func (l *Logger) Print(v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Append(b, v...) })
}

func (l *Logger) Printf(format string, v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Appendf(b, format, v...) })
}

func (l *Logger) Println(v ...any) {
	l.output(2, func(b []byte) []byte { return fmt.Appendln(b, v...) })
}

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}
