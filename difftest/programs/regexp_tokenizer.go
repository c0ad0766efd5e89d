// A tokenizer for a small expression language built from one alternation of named token
// patterns, scanning with FindStringSubmatchIndex at each position.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

var tokenRe = regexp.MustCompile(`^(?:(?P<ws>\s+)|(?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<ident>[\p{L}_][\p{L}\d_]*)|(?P<str>"(?:[^"\\]|\\.)*")|(?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>=!(){},;]))`)

type token struct {
	kind, text string
	pos        int
}

func tokenize(src string) ([]token, error) {
	var out []token
	names := tokenRe.SubexpNames()
	pos := 0
	for pos < len(src) {
		m := tokenRe.FindStringSubmatchIndex(src[pos:])
		if m == nil {
			return out, fmt.Errorf("unexpected %q at %d", src[pos:pos+1], pos)
		}
		for g := 1; g < len(names); g++ {
			if m[2*g] >= 0 {
				if names[g] != "ws" {
					out = append(out, token{names[g], src[pos+m[2*g] : pos+m[2*g+1]], pos})
				}
				break
			}
		}
		pos += m[1]
	}
	return out, nil
}

func main() {
	srcs := []string{
		`let x = 3.14e-2 * (y + 42);`,
		`if (name != "a \"quoted\" str") { print(name, 1e10) }`,
		`größe >= 10 && _tmp <= 7.5 || !flag`,
		`bad # char`,
	}
	for _, s := range srcs {
		toks, err := tokenize(s)
		var parts []string
		for _, t := range toks {
			parts = append(parts, fmt.Sprintf("%s:%s@%d", t.kind, t.text, t.pos))
		}
		fmt.Println(strings.Join(parts, " "))
		if err != nil {
			fmt.Println("error:", err)
		}
	}
	words := regexp.MustCompile(`\w+|[^\w\s]`)
	fmt.Printf("%q\n", words.FindAllString("Hello, world! It's 2024...", -1))
	fmt.Printf("%q\n", words.FindAllString("a-b_c d", 3))
}
