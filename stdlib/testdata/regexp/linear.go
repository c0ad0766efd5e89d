// Patterns that make backtracking matchers take exponential time; here they must finish
// at once, since matching is linear in the input.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	a30 := strings.Repeat("a", 30)
	fmt.Println(regexp.MustCompile(`(a*)*b`).FindStringSubmatchIndex(a30))
	fmt.Println(regexp.MustCompile(`(a*)*b`).FindStringSubmatchIndex(a30 + "b"))
	p := strings.Repeat("a?", 30) + strings.Repeat("a", 30)
	fmt.Println(regexp.MustCompile(p).FindStringIndex(a30))
	fmt.Println(regexp.MustCompile(`^(a+)+$`).MatchString(a30 + "!"))
	fmt.Println(regexp.MustCompile(`(x+x+)+y`).MatchString(strings.Repeat("x", 3000)))
	fmt.Println(regexp.MustCompile(`(.*a){12}`).FindStringIndex(strings.Repeat("a", 200) + "b"))
	fmt.Println(regexp.MustCompile(`(\w+\s?)+$`).MatchString(strings.Repeat("word ", 400) + "!"))
	long := strings.Repeat("ab", 20000) + "needle" + strings.Repeat("cd", 20000)
	fmt.Println(regexp.MustCompile(`ne+dle`).FindStringIndex(long), len(regexp.MustCompile(`[abc]+`).FindAllString(long, -1)))
	fmt.Println(regexp.MustCompile(`(?i)NEEDLE|zzz`).FindStringIndex(long))
}
