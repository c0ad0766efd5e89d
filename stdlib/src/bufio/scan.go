// Scanner: reading input as a sequence of tokens (lines by default) cut by a SplitFunc.
//
// The buffer starts empty, is allocated at 4096 bytes on first need and doubles (up to the
// maximum token size) when a token does not fit; consumed data is moved to the front when
// the buffer is full or more than half consumed. These steps decide the sizes of the reads
// the underlying reader sees, so they follow gc's bufio.
package bufio

import (
	"errors"
	"io"
)

// Scanner provides a convenient interface for reading data such as a file of
// newline-delimited lines of text.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int // first unconsumed byte of buf
	end          int // end of data in buf
	err          error
	empties      int // empty tokens in a row at EOF
	scanCalled   bool
	done         bool
}

// SplitFunc is the signature of the split function used to tokenize the input: it returns
// how many bytes to consume, the token (nil for none yet) and an error that stops the scan.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

const (
	// MaxScanTokenSize is the default maximum token size (64 KiB).
	MaxScanTokenSize = 64 * 1024

	startBufSize = 4096
)

// NewScanner returns a new Scanner to read from r, splitting lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the first non-EOF error that was encountered by the Scanner.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the most recent token; it may be overwritten by the next Scan.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the most recent token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// ErrFinalToken, returned by a split function, makes its token the last one (and ends the
// scan without an error).
var ErrFinalToken = errors.New("final token")

// Scan advances to the next token, reporting false at the end of input or on an error.
// A split function returning more than 100 empty tokens in a row at EOF without advancing
// makes Scan panic.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Try the data we have (at EOF even when there is none, for a final token).
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return token != nil
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		// Make room: slide the data down, or grow the buffer when it is full of one token.
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			const maxInt = int(^uint(0) >> 1)
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
				s.setErr(ErrTooLong)
				return false
			}
			size := len(s.buf) * 2
			if size == 0 {
				size = startBufSize
			}
			size = min(size, s.maxTokenSize)
			nb := make([]byte, size)
			copy(nb, s.buf[s.start:s.end])
			s.buf = nb
			s.end -= s.start
			s.start = 0
		}
		// Read once (retrying empty reads up to 100 times).
		for empty := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			empty++
			if empty > maxConsecutiveEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

// advance consumes n bytes of the buffer, checking the split function's count.
func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr records the first error; EOF may be replaced by a later one.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the initial buffer (its whole capacity is used) and the maximum token size
// (the larger of max and cap(buf) is the real limit). It panics after Scan has been called.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function; it panics after Scan has been called.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}
