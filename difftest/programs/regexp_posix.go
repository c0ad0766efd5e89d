// Leftmost-longest (POSIX) matching against leftmost-first: alternations, Longest(),
// and a scanner for keywords that must not stop at a shorter prefix.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	pats := []string{`a|ab|abc`, `(a|ab)(c|bcd)`, `(a+)(a*)`, `x*|y+`, `for|forever|fore`, `(.*)-(.*)`, `^a$`}
	inputs := []string{"abcd", "aaa", "yyy", "forever more", "a-b-c", "a\na"}
	for _, p := range pats {
		perl := regexp.MustCompile(p)
		posix := regexp.MustCompilePOSIX(p)
		for _, s := range inputs {
			a := perl.FindAllStringSubmatch(s, -1)
			b := posix.FindAllStringSubmatch(s, -1)
			if a != nil || b != nil {
				fmt.Printf("%-16q %-16q perl=%q posix=%q\n", p, s, a, b)
			}
		}
	}
	kw := regexp.MustCompile(`if|in|int|interface|i`)
	fmt.Println(kw.FindAllString("interface int in if i", -1))
	kw.Longest()
	fmt.Println(kw.FindAllString("interface int in if i", -1))
	_, err := regexp.CompilePOSIX(`\d+`)
	fmt.Println(err)
	_, err = regexp.CompilePOSIX(`[a-b-c]`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompilePOSIX(`a**`).FindString("aaa"), regexp.MustCompilePOSIX(`[^x]+`).FindAllString("ab\ncd", -1))
}
