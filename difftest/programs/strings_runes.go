// Strings are bytes, not UTF-16: len counts bytes, range decodes UTF-8 (invalid bytes give
// U+FFFD with width 1), conversions between string, []byte and []rune, and %q/%x formatting.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 🌍"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d"
	for i, r := range bad {
		fmt.Printf("[%d %q %d]", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Printf("%q %+q %x % x\n", bad, s, bad[:4], "hi")

	// Indexing yields bytes; slicing may split a rune.
	fmt.Println(s[1], s[2], s[1:3] == "é", s[:2])
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s[:1])
	r := []rune(s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")

	// String comparison is bytewise.
	words := []string{"zebra", "Äpfel", "apple", "Zebra", "äpfel", "日本", "abc\x00"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Printf("%q\n", words)

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	fmt.Println(sb.String(), strings.Repeat("ab", 3), strings.ToUpper(s), strings.Fields(" a  b c "))
	fmt.Println(strings.Split("a,b,,c", ","), strings.Index(s, "世"), strings.Contains(s, "🌍"))
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad), []byte("é"), []rune("é"))
}
