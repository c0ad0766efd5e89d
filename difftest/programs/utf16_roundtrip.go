// Converting text to UTF-16 code units (as Windows and JavaScript use them) and back.
package main

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	texts := []string{
		"plain ascii",
		"café au lait",
		"日本語テキスト",
		"emoji: 😀🎉👍🏽",
		"math: 𝔸𝔹ℂ ∑ ∫",
		"mixed 한국어 + Ελληνικά + русский",
		"",
	}
	for _, t := range texts {
		u := utf16.Encode([]rune(t))
		pairs := 0
		for _, w := range u {
			if utf16.IsSurrogate(rune(w)) {
				pairs++
			}
		}
		back := string(utf16.Decode(u))
		fmt.Printf("%q bytes=%d runes=%d units=%d surrogates=%d ok=%v\n", t, len(t), utf8.RuneCountInString(t), len(u), pairs, back == t)
		fmt.Printf("  %04x\n", u)
	}
	var units []uint16
	for _, r := range "a😀b" {
		units = utf16.AppendRune(units, r)
		fmt.Println("append", string(r), utf16.RuneLen(r), units)
	}
	// A JavaScript-style string with a lone surrogate.
	js := []uint16{'o', 'k', 0xd83d, ' ', 0xde00, 0xd83d, 0xde00}
	fmt.Printf("%q\n", string(utf16.Decode(js)))
}
