// Decoding of the compact table encoding tables.go is written in: hexadecimal fields
// separated by '.', entries separated by ' ', each entry's low end stored as the distance
// from the previous entry's high end.
package unicode

// hexField reads a hexadecimal number (with an optional '-') starting at s[i] and returns it
// and the index after it.
func hexField(s string, i int) (v int, next int) {
	neg := false
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	for i < len(s) {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | int(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | int(c-'a'+10)
		default:
			if neg {
				v = -v
			}
			return v, i
		}
		i++
	}
	if neg {
		v = -v
	}
	return v, i
}

func countEntries(s string) int {
	if s == "" {
		return 0
	}
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			n++
		}
	}
	return n
}

// decodeTable reads "dlo.span[.stride]" entries; entries ending at or below U+FFFF go to R16.
func decodeTable(s string) *RangeTable {
	t := &RangeTable{}
	n := countEntries(s)
	prev := 0
	for i := 0; i < len(s); {
		var dlo, span int
		stride := 1
		dlo, i = hexField(s, i)
		span, i = hexField(s, i+1)
		if i < len(s) && s[i] == '.' {
			stride, i = hexField(s, i+1)
		}
		i++ // the space
		lo := prev + dlo
		hi := lo + span
		prev = hi
		if hi <= 0xFFFF {
			if t.R16 == nil {
				t.R16 = make([]Range16, 0, n)
			}
			t.R16 = append(t.R16, Range16{uint16(lo), uint16(hi), uint16(stride)})
			if hi <= MaxLatin1 {
				t.LatinOffset++
			}
		} else {
			t.R32 = append(t.R32, Range32{uint32(lo), uint32(hi), uint32(stride)})
		}
	}
	return t
}

// decodeCases reads "dlo.span.up.low.title" entries, or "dlo.span.u" for alternating
// upper/lower pairs.
func decodeCases(s string) []CaseRange {
	cs := make([]CaseRange, 0, countEntries(s))
	prev := 0
	for i := 0; i < len(s); {
		var dlo, span int
		dlo, i = hexField(s, i)
		span, i = hexField(s, i+1)
		var dd d
		if s[i+1] == 'u' {
			dd = d{UpperLower, UpperLower, UpperLower}
			i += 2
		} else {
			for k := 0; k < MaxCase; k++ {
				var v int
				v, i = hexField(s, i+1)
				dd[k] = rune(v)
			}
		}
		i++
		lo := prev + dlo
		prev = lo + span
		cs = append(cs, CaseRange{uint32(lo), uint32(lo + span), dd})
	}
	return cs
}

type foldPair struct {
	From, To rune
}

// decodePairs reads "from.to" entries with absolute values.
func decodePairs(s string) []foldPair {
	ps := make([]foldPair, 0, countEntries(s))
	for i := 0; i < len(s); {
		var a, b int
		a, i = hexField(s, i)
		b, i = hexField(s, i+1)
		i++
		ps = append(ps, foldPair{rune(a), rune(b)})
	}
	return ps
}

// tableData returns the encoded table of the given name (generated into tablesdata.ts).
func tableData(name string) string
