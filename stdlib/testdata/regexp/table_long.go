// The patterns of table.go, each given a never-taken last alternative that makes its
// program too large for the small-input matcher, so that the breadth-first machine runs
// them in leftmost-first mode.
package main

import (
	"fmt"
	"regexp"
)

var patterns = []string{
	``, `a`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `(a*)*`, `(a*)+`, `(a|b)*`, `(a|)*`, `(|a)*`, `(|a)+`,
	`(a*|b)*`, `(a+|b+)*c`, `(a|ab)(c|bcd)(d*)`, `(a|b|c)+?c`, `x*y*z*`, `[abc]+`, `[^abc]+`, `[a-c]x`,
	`.`, `.*`, `.+?b`, `(?s).+`, `^`, `$`, `^a`, `a$`, `(?m)^\w+$`, `(?m)^`, `(?m)$`, `\A.`, `.\z`,
	`\b`, `\B`, `\bab\b`, `\Bb\B`, `\w+`, `\W+`, `\d+`, `\D`, `\s+`, `\S+`, `[[:alpha:]]+`, `[[:^digit:]]+`,
	`[[:punct:]]`, `(?i)AB`, `(?i)[a-b]+`, `(?i)\W`, `a{2}`, `a{2,}`, `a{1,3}`, `a{0,2}?`, `(ab){2}`,
	`(a)(b)?(c)?`, `(?P<first>a)(?P<second>b)?`, `(?:ab)+`, `(a(b(c)))`, `((a)|b)+`, `(a|b)*?c`,
	`\pL+`, `\p{Greek}+`, `\PL+`, `[\p{Lu}\d]+`, `(?U)a+`, `(?U)a+?`, `é+`, `[é-ü]`, `\x{FFFD}`, `[^a]`,
	`(?:(a)|(b))+`, `(a?)((ab)?)(b?)`, `(.*)(.*)`, `(.*?)(.*)`, `a|b|ab`, `ab|a|b`, `\Qa.b\E+`, `[\-a]`,
	`[]a]`, `[^]a]`, `\x41\101\x{42}`, `(?i)k`, `(?i)ſ`, `(?-s:.)`, `(?i:a)b`, `a(?i)b|c`,
}

var inputs = []string{
	"", "a", "aaa", "ab", "abab", "abcd", "xabcx", "ba\nab", "b a\tb", "AbAB", "aé üx", "\xffa\xfe", "abc abc",
	"Greek αβγ Ω 12", "kK\u212aſsS", "a.b+", "]a-", "aabbcc",
}

func main() {
	for _, p := range patterns {
		re := regexp.MustCompile(`(?:` + p + `)|(?:\x{10FFFF}){600}`)
		fmt.Printf("pattern %q\n", p)
		for _, s := range inputs {
			fmt.Printf("  %q: %v\n", s, re.FindAllStringSubmatchIndex(s, -1))
		}
	}
}
