// Factoring of alternations, as Go's parser does it: consecutive alternatives that begin
// with the same literal text share it (abc|abd becomes ab(?:c|d)), and neighbouring empty
// alternatives collapse into one. Both keep the order of preference, so matches do not
// change; the programs, and so the literal prefixes reported, come out as Go's.
package syntax

// leadingLiteral is the literal text an alternative starts with.
func leadingLiteral(re *Regexp) ([]rune, Flags) {
	if re.Op == OpConcat && len(re.Sub) > 0 {
		re = re.Sub[0]
	}
	if re.Op == OpLiteral {
		return re.Rune, re.Flags & FoldCase
	}
	return nil, 0
}

// dropLeading removes the first n runes of re's leading literal.
func dropLeading(re *Regexp, n int) *Regexp {
	if re.Op == OpLiteral {
		if n >= len(re.Rune) {
			return &Regexp{Op: OpEmptyMatch, Flags: re.Flags, height: 1, size: 1}
		}
		out := *re
		out.Rune = re.Rune[n:]
		out.size = len(out.Rune)
		return &out
	}
	first := dropLeading(re.Sub[0], n)
	subs := append([]*Regexp(nil), re.Sub...)
	if first.Op == OpEmptyMatch {
		subs = subs[1:]
	} else {
		subs[0] = first
	}
	if len(subs) == 1 {
		return subs[0]
	}
	out := *re
	out.Sub = subs
	return &out
}

// factorAlternatives rewrites a list of alternatives; the result may be a single node.
func (p *parser) factorAlternatives(alts []*Regexp) ([]*Regexp, error) {
	var out []*Regexp
	for i := 0; i < len(alts); {
		str, flags := leadingLiteral(alts[i])
		j := i + 1
		n := len(str)
		for ; j < len(alts) && n > 0; j++ {
			s2, f2 := leadingLiteral(alts[j])
			if f2 != flags {
				break
			}
			k := 0
			for k < n && k < len(s2) && s2[k] == str[k] {
				k++
			}
			if k == 0 {
				break
			}
			n = k
		}
		if j-i < 2 || n == 0 {
			out = append(out, alts[i])
			i++
			continue
		}
		prefix := &Regexp{Op: OpLiteral, Flags: alts[i].Flags&^FoldCase | flags, Rune: append([]rune(nil), str[:n]...)}
		if alts[i].Op == OpConcat {
			prefix.Flags = alts[i].Sub[0].Flags
		}
		prefix.height, prefix.size = 1, n
		rest := make([]*Regexp, 0, j-i)
		for k := i; k < j; k++ {
			rest = append(rest, dropLeading(alts[k], n))
		}
		tail, err := p.alternate(rest)
		if err != nil {
			return nil, err
		}
		var node *Regexp
		if tail.Op == OpEmptyMatch {
			node = prefix
		} else if tail.Op == OpConcat {
			node, err = p.node(&Regexp{Op: OpConcat, Flags: p.flags, Sub: append([]*Regexp{prefix}, tail.Sub...)})
		} else {
			node, err = p.node(&Regexp{Op: OpConcat, Flags: p.flags, Sub: []*Regexp{prefix, tail}})
		}
		if err != nil {
			return nil, err
		}
		out = append(out, node)
		i = j
	}
	// Neighbouring empty alternatives match the same way: keep the first.
	w := 0
	for _, a := range out {
		if a.Op == OpEmptyMatch && w > 0 && out[w-1].Op == OpEmptyMatch {
			continue
		}
		out[w] = a
		w++
	}
	return out[:w], nil
}

// alternate builds the node for a list of alternatives.
func (p *parser) alternate(alts []*Regexp) (*Regexp, error) {
	alts, err := p.factorAlternatives(alts)
	if err != nil {
		return nil, err
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return p.node(&Regexp{Op: OpAlternate, Flags: p.flags, Sub: alts})
}
