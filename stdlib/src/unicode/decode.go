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

// decodeTable builds a table from its ranges as (lo, hi, stride) triples; ranges ending at
// or below U+FFFF go to R16.
func decodeTable(v []uint32) *RangeTable {
	t := &RangeTable{}
	n16 := 0
	for n16*3 < len(v) && v[n16*3+1] <= 0xFFFF {
		n16++
	}
	n := len(v) / 3
	if n16 > 0 {
		t.R16 = make([]Range16, n16)
		for i := 0; i < n16; i++ {
			r := &t.R16[i]
			r.Lo, r.Hi, r.Stride = uint16(v[3*i]), uint16(v[3*i+1]), uint16(v[3*i+2])
			if r.Hi <= MaxLatin1 {
				t.LatinOffset++
			}
		}
	}
	if n > n16 {
		t.R32 = make([]Range32, n-n16)
		for i := n16; i < n; i++ {
			r := &t.R32[i-n16]
			r.Lo, r.Hi, r.Stride = v[3*i], v[3*i+1], v[3*i+2]
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

// tableRanges returns the named range table decoded into (lo, hi, stride) triples (native,
// for speed: every program importing strings decodes all the tables at start-up).
func tableRanges(name string) []uint32
