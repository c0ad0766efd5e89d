// Classification of code points: the Is* functions, with Latin-1 answered from a bit table.
package unicode

// Bits of the latin1 table (tables.go), one 16-bit entry per code point.
const (
	pC      = 1 << 0
	pP      = 1 << 1
	pDigit  = 1 << 2
	pS      = 1 << 3
	pSpace  = 1 << 4
	pLu     = 1 << 5
	pLl     = 1 << 6
	pPrint  = 1 << 7
	pG      = 1 << 8
	pLetter = 1 << 9
	pN      = 1 << 10
	pM      = 1 << 11
)

func latin1Props(r rune) int {
	return int(latin1[2*r])<<8 | int(latin1[2*r+1])
}

var (
	// GraphicRanges are the tables IsGraphic consults: L, M, N, P, S and Zs.
	GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
	// PrintRanges are the tables IsPrint consults: L, M, N, P and S (plus the ASCII space).
	PrintRanges = []*RangeTable{L, M, N, P, S}
)

func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pG != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint is IsGraphic without the spaces other than U+0020.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pPrint != 0
	}
	return In(r, PrintRanges...)
}

// IsControl covers only the C0 and C1 control codes; other C-category code points are not.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pC != 0
	}
	return false
}

func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pLetter != 0
	}
	return Is(Letter, r)
}

func IsMark(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pM != 0
	}
	return Is(Mark, r)
}

func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pN != 0
	}
	return Is(Number, r)
}

func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pP != 0
	}
	return Is(Punct, r)
}

func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pS != 0
	}
	return Is(Symbol, r)
}

// IsSpace follows the White_Space property: in Latin-1, '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085 (NEL) and U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pSpace != 0
	}
	return Is(White_Space, r)
}

func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pLu != 0
	}
	return Is(Upper, r)
}

func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pLl != 0
	}
	return Is(Lower, r)
}

func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}
