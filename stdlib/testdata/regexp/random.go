// Randomly built patterns (a fixed pseudo-random sequence) over a small alphabet: all
// matches with groups under Perl and POSIX rules, and a template replacement.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

var atoms = []string{"a", "b", ".", "[ab]", "[^a]", "\\b", "^", "$", "(?m:^)", "(?m:$)", "", "\\w", "(?i:A)", "é", "\\B"}
var ops = []string{"*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,1}?", "{2,}"}

func gen(d int) string {
	if d <= 0 || rnd(3) == 0 {
		return atoms[rnd(len(atoms))]
	}
	switch rnd(5) {
	case 0:
		return gen(d-1) + gen(d-1)
	case 1:
		return gen(d-1) + "|" + gen(d-1)
	case 2:
		return "(" + gen(d-1) + ")"
	case 3:
		return "(?:" + gen(d-1) + ")" + ops[rnd(len(ops))]
	default:
		return "(" + gen(d-1) + ")" + ops[rnd(len(ops))]
	}
}

func main() {
	inputs := []string{"", "a", "ab", "ba", "aab", "abba", "a\nb", "éa", "bbb a", "A\xffa"}
	for i := 0; i < 400; i++ {
		p := gen(4)
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println(p, err)
			continue
		}
		pr, perr := regexp.CompilePOSIX(strings.ReplaceAll(p, "?:", ""))
		var sb strings.Builder
		for _, s := range inputs {
			fmt.Fprint(&sb, re.FindAllStringSubmatchIndex(s, -1))
			if perr == nil {
				fmt.Fprint(&sb, pr.FindAllStringSubmatchIndex(s, -1))
			}
			fmt.Fprint(&sb, re.ReplaceAllString(s, "<$1>"))
		}
		fmt.Printf("%q %s\n", p, sb.String())
	}
}
