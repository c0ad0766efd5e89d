package main

import (
	"os"
	"strconv"
	"unicode"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

type pred struct {
	name string
	f    func(rune) bool
}

type mapper struct {
	name string
	f    func(rune) rune
}

// runes to check: everything in the BMP's first part, then a sparse sample, and invalid ones.
func sample() []rune {
	var rs []rune
	for r := rune(-3); r < 0x3100; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x3100); r <= 0x110005; r += 13 {
		rs = append(rs, r)
	}
	return append(rs, 0x1e900, 0x1e921, 0x10400, 0x10428, 0xff21, 0xff41, 0x2c00, 0xa640, 0x1f600, 0x7fffffff, -0x80000000)
}

func main() {
	rs := sample()
	preds := []pred{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct}, {"IsPrint", unicode.IsPrint},
		{"IsGraphic", unicode.IsGraphic}, {"IsControl", unicode.IsControl}, {"IsMark", unicode.IsMark},
		{"IsSymbol", unicode.IsSymbol},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Latin", func(r rune) bool { return unicode.Is(unicode.Latin, r) }},
		{"Greek|Cyrillic", func(r rune) bool { return unicode.In(r, unicode.Greek, unicode.Cyrillic) }},
		{"White_Space", func(r rune) bool { return unicode.Is(unicode.White_Space, r) }},
		{"Co", func(r rune) bool { return unicode.Is(unicode.Co, r) }},
		{"Cs", func(r rune) bool { return unicode.Is(unicode.Cs, r) }},
		{"OneOf", func(r rune) bool { return unicode.IsOneOf([]*unicode.RangeTable{unicode.Nd, unicode.Zs}, r) }},
	}
	for _, p := range preds {
		var h uint32 = 2166136261
		n := 0
		for _, r := range rs {
			if p.f(r) {
				h = (h ^ uint32(r)) * 16777619
				n++
			}
		}
		out(p.name + " " + strconv.Itoa(n) + " " + strconv.FormatUint(uint64(h), 16))
	}
	mappers := []mapper{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold},
		{"TurkishUpper", unicode.TurkishCase.ToUpper}, {"TurkishLower", unicode.TurkishCase.ToLower},
		{"TurkishTitle", unicode.TurkishCase.ToTitle},
		{"To(7)", func(r rune) rune { return unicode.To(7, r) }},
	}
	for _, m := range mappers {
		var h uint32 = 2166136261
		n := 0
		for _, r := range rs {
			if v := m.f(r); v != r {
				h = (h ^ uint32(r)) * 16777619
				h = (h ^ uint32(v)) * 16777619
				n++
			}
		}
		out(m.name + " " + strconv.Itoa(n) + " " + strconv.FormatUint(uint64(h), 16))
	}
	for _, r := range []rune{'k', 'K', 'ſ', 's', 'µ', 'Σ', 'ς', 'ǅ', 'İ', 'ı', '\u212a', 'ß', 'ẞ', 'A', '1'} {
		s := strconv.QuoteRune(r) + ":"
		f := r
		for i := 0; i < 4; i++ {
			f = unicode.SimpleFold(f)
			s += " " + strconv.QuoteRune(f)
		}
		s += " up " + strconv.QuoteRune(unicode.ToUpper(r)) + " low " + strconv.QuoteRune(unicode.ToLower(r)) + " title " + strconv.QuoteRune(unicode.ToTitle(r))
		out(s)
	}
	out(strconv.Itoa(len(unicode.Categories)) + " " + strconv.Itoa(len(unicode.Scripts)) + " " + strconv.Itoa(len(unicode.Properties)) + " " + unicode.Version)
	out(strconv.Itoa(unicode.Latin.LatinOffset) + " " + strconv.Itoa(unicode.Upper.LatinOffset))
	out(strconv.FormatBool(unicode.Is(unicode.Categories["Lu"], 'Q')) + strconv.FormatBool(unicode.Is(unicode.Scripts["Hiragana"], 'あ')) + strconv.FormatBool(unicode.Is(unicode.Properties["Dash"], '-')))
}
