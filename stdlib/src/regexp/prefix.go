// Literal prefixes of programs: the text every match must begin with, used to skip ahead
// and reported by LiteralPrefix the way Go reports it.
package regexp

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// literalRune gives the rune an instruction matches when it matches exactly one rune, case
// sensitively.
func literalRune(in *syntax.Inst) (rune, bool) {
	if in.Op == syntax.InstRune1 && syntax.Flags(in.Arg)&syntax.FoldCase == 0 && in.Rune[0] != utf8.RuneError {
		return in.Rune[0], true
	}
	return 0, false
}

func skipNops(p *syntax.Prog, pc uint32) uint32 {
	for p.Inst[pc].Op == syntax.InstNop || p.Inst[pc].Op == syntax.InstCapture {
		pc = p.Inst[pc].Out
	}
	return pc
}

// progPrefix collects the single runes at the program's start, passing over group marks;
// complete says the match ends right after them.
func progPrefix(p *syntax.Prog) (string, bool) {
	pc := skipNops(p, uint32(p.Start))
	var b strings.Builder
	for {
		r, ok := literalRune(&p.Inst[pc])
		if !ok {
			break
		}
		b.WriteRune(r)
		pc = skipNops(p, p.Inst[pc].Out)
	}
	return b.String(), p.Inst[pc].Op == syntax.InstMatch
}

// anchoredBothEnds reports a program that starts with \A and reaches its match only
// through \z, the form Go runs on its one-pass matcher and reports prefixes for differently.
func anchoredBothEnds(p *syntax.Prog) bool {
	first := &p.Inst[p.Start]
	if first.Op != syntax.InstEmptyWidth || syntax.EmptyOp(first.Arg)&syntax.EmptyBeginText == 0 {
		return false
	}
	for i := range p.Inst {
		in := &p.Inst[i]
		switch in.Op {
		case syntax.InstMatch, syntax.InstFail:
			continue
		case syntax.InstAlt:
			if p.Inst[in.Out].Op == syntax.InstMatch || p.Inst[in.Arg].Op == syntax.InstMatch {
				return false
			}
		case syntax.InstEmptyWidth:
			if p.Inst[in.Out].Op == syntax.InstMatch && syntax.EmptyOp(in.Arg)&syntax.EmptyEndText == 0 {
				return false
			}
		default:
			if p.Inst[in.Out].Op == syntax.InstMatch {
				return false
			}
		}
	}
	return true
}

// anchoredPrefix is the prefix after the leading \A; complete when \z and the match follow.
func anchoredPrefix(p *syntax.Prog) (string, bool) {
	pc := p.Inst[p.Start].Out
	for p.Inst[pc].Op == syntax.InstNop {
		pc = p.Inst[pc].Out
	}
	var b strings.Builder
	for {
		r, ok := literalRune(&p.Inst[pc])
		if !ok {
			break
		}
		b.WriteRune(r)
		pc = p.Inst[pc].Out
	}
	in := &p.Inst[pc]
	if b.Len() == 0 {
		return "", in.Op == syntax.InstMatch
	}
	complete := in.Op == syntax.InstEmptyWidth && syntax.EmptyOp(in.Arg)&syntax.EmptyEndText != 0 &&
		p.Inst[in.Out].Op == syntax.InstMatch
	return b.String(), complete
}
