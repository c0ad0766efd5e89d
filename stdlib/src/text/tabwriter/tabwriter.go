// Package tabwriter: a filter that aligns tab-terminated cells of consecutive lines into
// columns (the elastic tabstops algorithm).
//
// Text is collected until a line ends a block (a line with a single cell, or a form feed,
// or Flush); then each column of the block is sized to its widest cell and the block is
// written. The output reaches the underlying writer in many small writes (each cell's text,
// padding in runs of at most 8 bytes, each newline), as with gc's package, so a writer
// that records its writes sees the same sequence.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// cell is a piece of a line: its bytes in the buffer, its width in runes (escapes and HTML
// counted as they display), and whether a tab ended it (a "hard" cell, never discarded).
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer is a filter that inserts padding around tab-delimited columns in its input to
// align them in the output.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte   // text of the pending lines, without tabs and newlines
	pos     int      // how much of buf the current cell's width accounts for
	cell    cell     // the cell being collected
	endChar byte     // the byte ending the escape or HTML sequence being read, or 0
	lines   [][]cell // the pending lines
	widths  []int    // column widths while formatting
}

// Formatting flags.
const (
	// Ignore html tags and treat entities (starting with '&' and ending in ';') as a single
	// character (width = 1).
	FilterHTML uint = 1 << iota

	// Strip Escape characters bracketing escaped text segments instead of passing them
	// through unchanged with the text.
	StripEscape

	// Force right-alignment of cell content. Default is left-alignment.
	AlignRight

	// Handle empty columns as if they were not present in the input in the first place.
	DiscardEmptyColumns

	// Always use tabs for indentation columns (i.e., padding of leading empty cells on the
	// left) independent of padchar.
	TabIndent

	// Print a vertical bar ('|') between columns (after formatting). Discarded columns
	// appear as zero-width columns ("||").
	Debug
)

// Escape brackets text that must pass through uninterpreted (its width is that of the text
// without the escapes).
const Escape = '\xff'

// addLine starts a new line.
func (b *Writer) addLine(flushed bool) {
	var hint int
	if !flushed && len(b.lines) > 0 {
		// Lines of a block tend to have as many cells as the one before.
		hint = len(b.lines[len(b.lines)-1])
	}
	b.lines = append(b.lines, make([]cell, 0, hint))
}

// reset drops all pending text.
func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.addLine(true)
}

// Init sets up a Writer: minwidth is the minimal cell width including padding, tabwidth the
// width of a tab (for padding with tabs), padding is added to each cell's width, padchar
// pads (with '\t', cells are assumed tab-aligned and AlignRight is ignored), and flags
// modify the formatting.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates and initializes a new tabwriter.Writer (see Init).
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// writeError carries an error of the underlying writer out of the formatting code (as a
// panic, recovered by Write and Flush).
type writeError struct {
	err error
}

func (b *Writer) write0(p []byte) {
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

// writeN writes n bytes of repetitions of src, in writes of at most len(src) bytes.
func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// writePadding pads a cell of text width textw to the column width cellw. With tabs, the
// column is rounded up to a multiple of the tab width and filled with as many tabs as reach
// it (none at all when tabs have no width).
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padbytes[:], cellw-textw)
}

// writeLines writes lines [line0, line1) with the current column widths, starting at text
// position pos0, and returns the position after them.
func (b *Writer) writeLines(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// Leading empty cells are indentation: padded with tabs under TabIndent.
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0(vbar)
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight == 0 {
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The last, unterminated line: its pending cell text, no newline.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0(newline)
		}
	}
	return pos
}

// format writes lines [line0, line1) whose columns before len(b.widths) are already sized:
// each run of consecutive lines having a cell in the next column forms a block whose column
// width is computed (and formatted recursively for the columns after it); lines outside such
// runs are written as they are.
func (b *Writer) format(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		// A block of lines with a cell in this column starts here: write what precedes it.
		pos = b.writeLines(pos, line0, this)
		line0 = this

		width := b.minwidth
		discardable := true // every cell empty and ended by '\v' rather than '\t'
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// appendText adds text to the current cell.
func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes added to the current cell since the last update.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends an escaped or HTML sequence: escaped text counts its runes (without the
// Escape bytes unless they were stripped already), a tag counts nothing, an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case '>':
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// terminateCell ends the current cell and returns the number of cells in its line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cell)
	b.cell = cell{}
	return len(b.lines[last])
}

// recoverWrite turns a writeError panic into the returned error; any other panic is
// re-raised with the operation's name. A failed Flush drops the pending text.
func (b *Writer) recoverWrite(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		if we, ok := e.(writeError); ok {
			*err = we.err
			return
		}
		panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
	}
}

// Flush should be called after the last call to Write to ensure that any data buffered in
// the Writer is written to output. Any incomplete escape sequence at the end is considered
// complete for formatting purposes.
func (b *Writer) Flush() error { return b.flush() }

func (b *Writer) flush() (err error) {
	defer b.recoverWrite(&err, "Flush")
	b.flushPending()
	return nil
}

func (b *Writer) flushPending() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b. The only errors returned are ones encountered while
// writing to the underlying output stream; n then counts the bytes of buf consumed so far.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverWrite(&err, "Write")
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i + 1
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.addLine(ch == '\f')
					// A line with a single cell cannot affect the columns of what follows,
					// so the block ends here.
					if ch == '\f' || ncells == 1 {
						b.flushPending()
						if ch == '\f' && b.flags&Debug != 0 {
							b.write0(hbar)
						}
					}
				}
			case Escape:
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.appendText(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.appendText(buf[n:j])
			n = i + 1
			b.endEscape()
		}
	}
	b.appendText(buf[n:])
	n = len(buf)
	return n, nil
}
