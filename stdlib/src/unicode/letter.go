// Package unicode: properties of Unicode code points (categories, scripts and properties as
// range tables) and case mapping.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for invalid code points
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Indexes into a CaseRange's Delta.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower as a delta marks a range of alternating upper/lower pairs, the upper case at
// even offsets from Lo. It cannot be a real delta.
const UpperLower = MaxRune + 1

// RangeTable is a set of code points as sorted, non-overlapping strided ranges; R16 holds the
// ranges below U+10000, and LatinOffset counts the R16 entries that end at or below MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 holds Lo, Lo+Stride, ..., up to Hi (inclusive).
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange maps every code point in Lo..Hi by adding Delta[UpperCase|LowerCase|TitleCase].
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase holds language-specific mappings that take precedence over the standard ones.
type SpecialCase []CaseRange

// Is reports whether r is in the table. Negative runes and runes beyond the table are not.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// in16 finds by binary search the first range ending at or after c.
func in16(ranges []Range16, c uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ranges[m].Hi < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(ranges) {
		return false
	}
	rg := &ranges[lo]
	return rg.Lo <= c && (rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0)
}

func in32(ranges []Range32, c uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ranges[m].Hi < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(ranges) {
		return false
	}
	rg := &ranges[lo]
	return rg.Lo <= c && (rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0)
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the tables as a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// to maps r through the case ranges; the bool reports whether some range covered r.
func to(_case int, r rune, caseRange []CaseRange) (mapped rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(caseRange[m].Hi) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(caseRange) {
		return r, false
	}
	cr := &caseRange[lo]
	if r < rune(cr.Lo) {
		return r, false
	}
	delta := cr.Delta[_case]
	if delta > MaxRune {
		// Alternating pairs: clear the offset's low bit for upper (and title) case, set it
		// for lower case.
		return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
	}
	return r + delta, true
}

// To maps r to the given case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune {
	r, _ = to(_case, r, caseRanges)
	return r
}

func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// The SpecialCase methods use the special mapping when it covers r, the standard one otherwise.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, ok := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !ok {
		r1 = ToUpper(r)
	}
	return r1
}

func (special SpecialCase) ToTitle(r rune) rune {
	r1, ok := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !ok {
		r1 = ToTitle(r)
	}
	return r1
}

func (special SpecialCase) ToLower(r rune) rune {
	r1, ok := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !ok {
		r1 = ToLower(r)
	}
	return r1
}

// SimpleFold steps to the next code point (wrapping around) in r's class of code points that
// are equal under simple case folding; r itself when the class has one member or r is invalid.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(caseOrbit)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if caseOrbit[m].From < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit) && caseOrbit[lo].From == r {
		return caseOrbit[lo].To
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
