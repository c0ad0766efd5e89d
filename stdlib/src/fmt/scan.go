// Scanning: reading values from text (Sscan and friends), the counterpart of printing.
// The scanner is native (natives in native.ts); Scan methods of operands are called with a
// ScanState whose methods are native too.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
)

// ScanState is what a Scanner's Scan method reads its input through.
type ScanState interface {
	// ReadRune reads the next rune; io.EOF at the end of input or of the operand's width.
	ReadRune() (r rune, size int, err error)
	// UnreadRune gives back the last rune read.
	UnreadRune() error
	// SkipSpace skips white space (newlines too, unless the scan is line-oriented).
	SkipSpace()
	// Token reads runes satisfying f (by default, non-space), after white space if skipSpace.
	// The result is only valid until the next call.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the operand's width and whether it was given.
	Width() (wid int, ok bool)
	// Read is not for use: ScanState is read rune by rune.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values that scan themselves.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ss is the ScanState given to Scan methods.
type ss struct {
	id int
}

func (s *ss) ReadRune() (r rune, size int, err error) { return ssReadRune(s) }
func (s *ss) UnreadRune() error                      { return ssUnreadRune(s) }
func (s *ss) SkipSpace()                             { ssSkipSpace(s) }
func (s *ss) Width() (wid int, ok bool)              { return ssWidth(s) }

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	return ssToken(s, skipSpace, f)
}

func ssReadRune(s *ss) (rune, int, error)
func ssUnreadRune(s *ss) error
func ssSkipSpace(s *ss)
func ssWidth(s *ss) (int, bool)
func ssToken(s *ss, skipSpace bool, f func(rune) bool) ([]byte, error)

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func setupScan(parseInt, parseUint, parseFloat, atoi, unquote, setNum, errorsNew any, eof, unexpectedEOF error)

// setNum makes a *strconv.NumError report the whole token it came from.
func setNum(err error, s string) {
	if e, ok := err.(*strconv.NumError); ok {
		e.Num = s
	}
}

func init() {
	setupScan(strconv.ParseInt, strconv.ParseUint, strconv.ParseFloat, strconv.Atoi, strconv.Unquote, setNum,
		errors.New, io.EOF, io.ErrUnexpectedEOF)
}

// Sscan scans space-separated values from str into the operands (newlines count as space).
func Sscan(str string, a ...any) (n int, err error)

// Sscanln is Sscan stopping at a newline, after which there must be nothing more to scan.
func Sscanln(str string, a ...any) (n int, err error)

// Sscanf scans str according to the format.
func Sscanf(str string, format string, a ...any) (n int, err error)

// Fscan is Sscan reading from r.
func Fscan(r io.Reader, a ...any) (n int, err error)

// Fscanln is Sscanln reading from r.
func Fscanln(r io.Reader, a ...any) (n int, err error)

// Fscanf is Sscanf reading from r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)

// Scan is Fscan from standard input.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Fscanln from standard input.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf is Fscanf from standard input.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}
