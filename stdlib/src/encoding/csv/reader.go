// Package csv: reading and writing comma-separated values as RFC 4180 describes, with gc's
// extensions (any delimiter, comment lines, lazy quotes, leading-space trimming) and its
// exact error positions. This file holds the Reader.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// ParseError is the error for a malformed record; Line and Column (a 1-based byte index)
// locate the problem, StartLine the record's first line.
type ParseError struct {
	StartLine int
	Line      int
	Column    int
	Err       error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// The errors a ParseError can carry.
var (
	ErrBareQuote  = errors.New("bare \" in non-quoted-field")
	ErrQuote      = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount = errors.New("wrong number of fields")

	// Deprecated: no longer returned.
	ErrTrailingComma = errors.New("extra delimiter at end of line")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

// validDelim reports whether r may serve as a field or comment delimiter.
func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// Reader reads records from a CSV-encoded input.
type Reader struct {
	// Comma is the field delimiter, ',' by NewReader.
	Comma rune
	// Comment, if not 0, starts comment lines (only at the very start of a line).
	Comment rune
	// FieldsPerRecord > 0 requires that many fields per record; 0 sets it from the first
	// record; < 0 allows any number.
	FieldsPerRecord int
	// LazyQuotes lets quotes appear in unquoted fields and unescaped in quoted ones.
	LazyQuotes bool
	// TrimLeadingSpace ignores leading white space in fields.
	TrimLeadingSpace bool
	// ReuseRecord lets Read return a slice sharing the previous call's backing array.
	ReuseRecord bool
	// Deprecated: no longer used.
	TrailingComma bool

	r *bufio.Reader

	numLine int   // lines read so far
	offset  int64 // bytes read so far

	rawBuffer      []byte // a line longer than bufio's buffer
	recordBuffer   []byte // the current record's unescaped fields, concatenated
	fieldIndexes   []int  // the end of each field in recordBuffer
	fieldPositions []position
	lastRecord     []string
}

type position struct {
	line, col int
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read returns the next record; at the end of input it returns nil, io.EOF. A record with
// the wrong number of fields is returned along with ErrFieldCount.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
	} else {
		record, err = r.readRecord(nil)
	}
	return record, err
}

// FieldPos returns the line and column where field field of the last record read starts.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := &r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset returns the byte offset of the end of the last record read.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads every remaining record; reaching the end of input is not an error.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads one line, newline included, turning a final \r\n into \n and dropping a
// lone \r before the end of input. A line ending the input without newline comes with a
// nil error.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.rawBuffer = append(r.rawBuffer[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			r.rawBuffer = append(r.rawBuffer, line...)
		}
		line = r.rawBuffer
	}
	readSize := len(line)
	if readSize > 0 && err == io.EOF {
		err = nil
		if line[readSize-1] == '\r' {
			line = line[:readSize-1]
		}
	}
	r.numLine++
	r.offset += int64(readSize)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL is 1 when b ends with a newline.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// Skip comment and empty lines.
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if r.Comment != 0 && nextRune(line) == r.Comment {
			line = nil
			continue
		}
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}

	var err error
	commaLen := utf8.RuneLen(r.Comma)
	recLine := r.numLine
	r.recordBuffer = r.recordBuffer[:0]
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	pos := position{line: r.numLine, col: 1}

	// endField records that the field that began at p ends here.
	endField := func(p position) {
		r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
		r.fieldPositions = append(r.fieldPositions, p)
	}

fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(r rune) bool { return !unicode.IsSpace(r) })
			if i < 0 {
				// Only space left: the newline does not count as a column.
				i = len(line)
				pos.col -= lengthNL(line)
			}
			line = line[i:]
			pos.col += i
		}

		if len(line) == 0 || line[0] != '"' {
			// An unquoted field runs to the next delimiter or the end of the line.
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-lengthNL(field)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col + j, Err: ErrBareQuote}
					break fields
				}
			}
			r.recordBuffer = append(r.recordBuffer, field...)
			endField(pos)
			if i >= 0 {
				line = line[i+commaLen:]
				pos.col += i + commaLen
				continue fields
			}
			break fields
		}

		// A quoted field, possibly spanning lines.
		start := pos
		line = line[1:]
		pos.col++
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				r.recordBuffer = append(r.recordBuffer, line[:i]...)
				line = line[i+1:]
				pos.col += i + 1
				switch rn := nextRune(line); {
				case rn == '"': // "" is an escaped quote
					r.recordBuffer = append(r.recordBuffer, '"')
					line = line[1:]
					pos.col++
				case rn == r.Comma:
					line = line[commaLen:]
					pos.col += commaLen
					endField(start)
					continue fields
				case lengthNL(line) == len(line):
					endField(start)
					break fields
				case r.LazyQuotes:
					r.recordBuffer = append(r.recordBuffer, '"')
				default:
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col - 1, Err: ErrQuote}
					break fields
				}
			case len(line) > 0:
				// The field goes on past this line.
				r.recordBuffer = append(r.recordBuffer, line...)
				if errRead != nil {
					break fields
				}
				pos.col += len(line)
				line, errRead = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			default:
				// The input ended inside the quotes.
				if !r.LazyQuotes && errRead == nil {
					err = &ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: ErrQuote}
					break fields
				}
				endField(start)
				break fields
			}
		}
	}
	if err == nil {
		err = errRead
	}

	// Slice the fields out of one string.
	str := string(r.recordBuffer)
	dst = dst[:0]
	if cap(dst) < len(r.fieldIndexes) {
		dst = make([]string, len(r.fieldIndexes))
	}
	dst = dst[:len(r.fieldIndexes)]
	prev := 0
	for i, idx := range r.fieldIndexes {
		dst[i] = str[prev:idx]
		prev = idx
	}

	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: recLine, Line: recLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}
