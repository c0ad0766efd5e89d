// Classifies the runes of multilingual text with package unicode (categories, scripts,
// case mappings and folding) and checks UTF-8 handling of invalid bytes with unicode/utf8.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func class(r rune) string {
	var cs []string
	for _, c := range []struct {
		name string
		f    func(rune) bool
	}{
		{"L", unicode.IsLetter}, {"U", unicode.IsUpper}, {"l", unicode.IsLower}, {"T", unicode.IsTitle},
		{"D", unicode.IsDigit}, {"N", unicode.IsNumber}, {"S", unicode.IsSpace}, {"P", unicode.IsPunct},
		{"Y", unicode.IsSymbol}, {"M", unicode.IsMark}, {"C", unicode.IsControl}, {"G", unicode.IsGraphic}, {"p", unicode.IsPrint},
	} {
		if c.f(r) {
			cs = append(cs, c.name)
		}
	}
	return strings.Join(cs, "")
}

func main() {
	text := "Go 1.23: Ünïcode ǅ Σίσυφος 日本語 ١٢٣ ½ €5 — e\u0301 \t\u00a0\u2028 \U0001F600!"
	counts := map[string]int{}
	for i, r := range text {
		scripts := []string{}
		for name, tab := range map[string]*unicode.RangeTable{"Latin": unicode.Latin, "Greek": unicode.Greek, "Han": unicode.Han, "Arabic": unicode.Arabic} {
			if unicode.Is(tab, r) {
				scripts = append(scripts, name)
			}
		}
		fmt.Printf("%2d %U %-6q %-6s %v up=%q low=%q title=%q fold=%q\n", i, r, r, class(r), scripts,
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
		switch {
		case unicode.IsLetter(r):
			counts["letters"]++
		case unicode.IsSpace(r):
			counts["spaces"]++
		case unicode.IsNumber(r):
			counts["numbers"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts, utf8.RuneCountInString(text), len(text))
	bad := "ok\xffbad\xc3(\xe2\x82end\xf0\x9f\x98"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), strings.ToValidUTF8(bad, "?"))
	for i := 0; i < len(bad); {
		r, size := utf8.DecodeRuneInString(bad[i:])
		fmt.Printf("[%d %U %d]", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("héllo€")
	fmt.Println(string(r), size, utf8.RuneLen('€'), utf8.RuneLen(0x110000), utf8.FullRune([]byte{0xe2, 0x82}))
	buf := utf8.AppendRune(nil, 0x1F600)
	buf = utf8.AppendRune(buf, 0xD800)
	fmt.Printf("% x %t\n", buf, utf8.Valid(buf))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), unicode.In('ß', unicode.Latin, unicode.Greek))
	fmt.Println(strings.ToUpper("ǆemal ß ﬁ"), strings.ToLower("İSTANBUL ΑΣ"), strings.Title("hello wörld"))
	fmt.Println(unicode.TurkishCase.ToUpper('i'), string(unicode.TurkishCase.ToLower('I')))
}
