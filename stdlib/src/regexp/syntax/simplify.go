// Simplify rewrites counted repetitions into stars, pluses and optionals, and drops
// repetitions that repeat nothing, so that the compiler sees only simple operators.
package syntax

// Simplify returns a tree equivalent to re without OpRepeat nodes.
func (re *Regexp) Simplify() *Regexp {
	if re == nil {
		return nil
	}
	switch re.Op {
	case OpCapture, OpConcat, OpAlternate:
		var subs []*Regexp
		changed := false
		for i, sub := range re.Sub {
			s := sub.Simplify()
			if s != sub && !changed {
				subs = append([]*Regexp(nil), re.Sub[:i]...)
				changed = true
			}
			if changed {
				subs = append(subs, s)
			}
		}
		if !changed {
			return re
		}
		out := *re
		out.Sub = subs
		return &out
	case OpStar, OpPlus, OpQuest:
		return simpleRepeat(re.Op, re.Flags, re.Sub[0].Simplify(), re)
	case OpRepeat:
		if re.Min == 0 && re.Max == 0 {
			return &Regexp{Op: OpEmptyMatch}
		}
		sub := re.Sub[0].Simplify()
		if re.Max == -1 {
			switch re.Min {
			case 0:
				return simpleRepeat(OpStar, re.Flags, sub, nil)
			case 1:
				return simpleRepeat(OpPlus, re.Flags, sub, nil)
			}
			// x{n,} is n-1 copies of x followed by x+.
			out := &Regexp{Op: OpConcat}
			for i := 0; i < re.Min-1; i++ {
				out.Sub = append(out.Sub, sub)
			}
			out.Sub = append(out.Sub, simpleRepeat(OpPlus, re.Flags, sub, nil))
			return out
		}
		if re.Min == 1 && re.Max == 1 {
			return sub
		}
		// x{n,m} is n copies of x, then m-n optional copies nested so that each one is
		// tried only after the previous matched: xx(x(x)?)? for x{2,4}.
		var prefix *Regexp
		if re.Min > 0 {
			prefix = &Regexp{Op: OpConcat}
			for i := 0; i < re.Min; i++ {
				prefix.Sub = append(prefix.Sub, sub)
			}
		}
		if re.Max > re.Min {
			suffix := simpleRepeat(OpQuest, re.Flags, sub, nil)
			for i := re.Min + 1; i < re.Max; i++ {
				suffix = simpleRepeat(OpQuest, re.Flags, &Regexp{Op: OpConcat, Sub: []*Regexp{sub, suffix}}, nil)
			}
			if prefix == nil {
				return suffix
			}
			prefix.Sub = append(prefix.Sub, suffix)
		}
		if prefix != nil {
			return prefix
		}
		return &Regexp{Op: OpNoMatch}
	}
	return re
}

// simpleRepeat builds op(sub), reusing orig when nothing changed; repeating the empty
// string is the empty string, and a star of a star (same greediness) is the inner star.
func simpleRepeat(op Op, flags Flags, sub *Regexp, orig *Regexp) *Regexp {
	if sub.Op == OpEmptyMatch {
		return sub
	}
	if op == sub.Op && flags&NonGreedy == sub.Flags&NonGreedy {
		return sub
	}
	if orig != nil && orig.Op == op && orig.Flags&NonGreedy == flags&NonGreedy && orig.Sub[0] == sub {
		return orig
	}
	return &Regexp{Op: op, Flags: flags, Sub: []*Regexp{sub}}
}
