// Compiled programs: instructions for a Thompson-style machine, and the compiler from a
// simplified parse tree. Instruction 0 always fails, so 0 also serves as "no target".
package syntax

import "unicode"

// An InstOp is an instruction's kind.
type InstOp uint8

const (
	InstAlt          InstOp = iota // try Out, then Arg
	InstAltMatch                   // unused here, kept for the numbering
	InstCapture                    // record the position in slot Arg, go to Out
	InstEmptyWidth                 // go to Out if the EmptyOp bits in Arg all hold
	InstMatch                      // the match ends here
	InstFail                       // no match
	InstNop                        // go to Out
	InstRune                       // a rune in the ranges Rune; Arg holds FoldCase for folded literals
	InstRune1                      // the rune Rune[0]
	InstRuneAny                    // any rune
	InstRuneAnyNotNL               // any rune but newline
)

// An EmptyOp is a set of zero-width assertions.
type EmptyOp uint8

const (
	EmptyBeginLine EmptyOp = 1 << iota
	EmptyEndLine
	EmptyBeginText
	EmptyEndText
	EmptyWordBoundary
	EmptyNoWordBoundary
)

// IsWordChar reports whether r counts as a word character for \b: ASCII letters, digits, _.
func IsWordChar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
}

// EmptyOpContext gives the assertions that hold between rune r1 and rune r2; -1 stands for
// the start or end of the text.
func EmptyOpContext(r1, r2 rune) EmptyOp {
	var op EmptyOp = EmptyNoWordBoundary
	if r1 < 0 {
		op |= EmptyBeginText | EmptyBeginLine
	} else if r1 == '\n' {
		op |= EmptyBeginLine
	}
	if r2 < 0 {
		op |= EmptyEndText | EmptyEndLine
	} else if r2 == '\n' {
		op |= EmptyEndLine
	}
	if IsWordChar(r1) != IsWordChar(r2) {
		op ^= EmptyWordBoundary | EmptyNoWordBoundary
	}
	return op
}

// An Inst is one instruction.
type Inst struct {
	Op   InstOp
	Out  uint32
	Arg  uint32
	Rune []rune
}

// A Prog is a compiled pattern.
type Prog struct {
	Inst   []Inst
	Start  int
	NumCap int // capture slots, two per group plus two for the whole match
}

// frag is a compiled piece: its entry and the exits still to be connected, each encoded
// as pc*2 (the Out field) or pc*2+1 (the Arg field).
type frag struct {
	start    uint32
	holes    []uint32
	nullable bool
}

type compiler struct {
	p *Prog
}

// Compile turns a parse tree into a program.
func Compile(re *Regexp) (*Prog, error) {
	c := &compiler{p: &Prog{NumCap: 2}}
	c.emit(InstFail)
	f := c.compile(re.Simplify())
	m := c.emit(InstMatch)
	c.patch(f.holes, m)
	c.p.Start = int(f.start)
	return c.p, nil
}

func (c *compiler) emit(op InstOp) uint32 {
	c.p.Inst = append(c.p.Inst, Inst{Op: op})
	return uint32(len(c.p.Inst) - 1)
}

func (c *compiler) patch(holes []uint32, target uint32) {
	for _, h := range holes {
		if h&1 == 0 {
			c.p.Inst[h>>1].Out = target
		} else {
			c.p.Inst[h>>1].Arg = target
		}
	}
}

func (c *compiler) single(op InstOp, nullable bool) frag {
	pc := c.emit(op)
	return frag{pc, []uint32{pc * 2}, nullable}
}

func (c *compiler) runeInst(class []rune, fold bool) frag {
	if len(class) == 0 {
		return frag{}
	}
	pc := c.emit(InstRune)
	in := &c.p.Inst[pc]
	in.Rune = class
	if len(class) == 2 && class[0] == class[1] {
		in.Op = InstRune1
	}
	if fold {
		in.Arg = uint32(FoldCase)
	}
	return frag{pc, []uint32{pc * 2}, false}
}

func (c *compiler) cat(f1, f2 frag) frag {
	if f1.start == 0 || f2.start == 0 {
		return frag{}
	}
	c.patch(f1.holes, f2.start)
	return frag{f1.start, f2.holes, f1.nullable && f2.nullable}
}

// alt prefers f1.
func (c *compiler) alt(f1, f2 frag) frag {
	if f1.start == 0 {
		return f2
	}
	if f2.start == 0 {
		return f1
	}
	pc := c.emit(InstAlt)
	c.p.Inst[pc].Out = f1.start
	c.p.Inst[pc].Arg = f2.start
	holes := append(append([]uint32(nil), f1.holes...), f2.holes...)
	return frag{pc, holes, f1.nullable || f2.nullable}
}

// branch makes an Alt whose preferred side enters f and whose other side is left open.
func (c *compiler) branch(f frag, nongreedy bool) (pc uint32, open uint32) {
	pc = c.emit(InstAlt)
	if nongreedy {
		c.p.Inst[pc].Arg = f.start
		return pc, pc * 2
	}
	c.p.Inst[pc].Out = f.start
	return pc, pc*2 + 1
}

func (c *compiler) quest(f frag, nongreedy bool) frag {
	pc, open := c.branch(f, nongreedy)
	return frag{pc, append(append([]uint32(nil), f.holes...), open), true}
}

func (c *compiler) plus(f frag, nongreedy bool) frag {
	pc, open := c.branch(f, nongreedy)
	c.patch(f.holes, pc)
	return frag{f.start, []uint32{open}, f.nullable}
}

func (c *compiler) star(f frag, nongreedy bool) frag {
	if f.nullable {
		// A loop whose body can match empty is written (x+)? so that taking the body
		// stays preferred over skipping it, as in Perl.
		return c.quest(c.plus(f, nongreedy), nongreedy)
	}
	pc, open := c.branch(f, nongreedy)
	c.patch(f.holes, pc)
	return frag{pc, []uint32{open}, true}
}

func (c *compiler) compile(re *Regexp) frag {
	switch re.Op {
	case OpNoMatch:
		return frag{}
	case OpEmptyMatch:
		return c.single(InstNop, true)
	case OpLiteral:
		var f frag
		for i, r := range re.Rune {
			var g frag
			if re.Flags&FoldCase != 0 && unicode.SimpleFold(r) != r {
				g = c.runeInst(foldOrbit(r), true)
			} else {
				g = c.runeInst([]rune{r, r}, false)
			}
			if i == 0 {
				f = g
			} else {
				f = c.cat(f, g)
			}
		}
		if len(re.Rune) == 0 {
			return c.single(InstNop, true)
		}
		return f
	case OpCharClass:
		return c.runeInst(re.Rune, false)
	case OpAnyCharNotNL:
		return c.single(InstRuneAnyNotNL, false)
	case OpAnyChar:
		return c.single(InstRuneAny, false)
	case OpBeginLine, OpEndLine, OpBeginText, OpEndText, OpWordBoundary, OpNoWordBoundary:
		f := c.single(InstEmptyWidth, true)
		var e EmptyOp
		switch re.Op {
		case OpBeginLine:
			e = EmptyBeginLine
		case OpEndLine:
			e = EmptyEndLine
		case OpBeginText:
			e = EmptyBeginText
		case OpEndText:
			e = EmptyEndText
		case OpWordBoundary:
			e = EmptyWordBoundary
		default:
			e = EmptyNoWordBoundary
		}
		c.p.Inst[f.start].Arg = uint32(e)
		return f
	case OpCapture:
		open := c.single(InstCapture, true)
		c.p.Inst[open.start].Arg = uint32(2 * re.Cap)
		if 2*re.Cap+2 > c.p.NumCap {
			c.p.NumCap = 2*re.Cap + 2
		}
		body := c.compile(re.Sub[0])
		closing := c.single(InstCapture, true)
		c.p.Inst[closing.start].Arg = uint32(2*re.Cap + 1)
		return c.cat(c.cat(open, body), closing)
	case OpStar:
		return c.star(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpPlus:
		return c.plus(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpQuest:
		return c.quest(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpConcat:
		if len(re.Sub) == 0 {
			return c.single(InstNop, true)
		}
		f := c.compile(re.Sub[0])
		for _, sub := range re.Sub[1:] {
			f = c.cat(f, c.compile(sub))
		}
		return f
	case OpAlternate:
		// Nest from the right so earlier alternatives are tried first.
		frags := make([]frag, len(re.Sub))
		for i, sub := range re.Sub {
			frags[i] = c.compile(sub)
		}
		f := frags[len(frags)-1]
		for i := len(frags) - 2; i >= 0; i-- {
			f = c.alt(frags[i], f)
		}
		return f
	}
	return frag{}
}

// StartCond gives the assertions every match must satisfy at its start.
func (p *Prog) StartCond() EmptyOp {
	var cond EmptyOp
	pc := p.Start
	for {
		in := &p.Inst[pc]
		switch in.Op {
		case InstEmptyWidth:
			cond |= EmptyOp(in.Arg)
		case InstCapture, InstNop:
		case InstFail:
			return ^EmptyOp(0)
		default:
			return cond
		}
		pc = int(in.Out)
	}
}
