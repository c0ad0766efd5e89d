// Error texts for malformed patterns, under Perl and POSIX syntax, and MustCompile's panic.
package main

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

var bad = []string{
	`(`, `)`, `a)b`, `(a`, `((a)`, `(a))`, `[a`, `x[a`, `[a-`, `[]`, `[^]`, `[z-a]`, `[a-\d]`, `[[:foo:]]`,
	`[[:alpha:]`, `*`, `+a`, `?`, `a**`, `a*+`, `a*??`, `a+*`, `a{2}{3}`, `a{2}*`, `{2}`, `a|*`, `(*)`,
	`(?i)*`, `a{1001}`, `a{1000,1001}`, `a{2,1}`, `a{99999999999}`, `(a{500}){3}`, `((a{10}){10}){11}`,
	`\8`, `\9`, `\1`, `\x`, `\xZ`, `\xZ1`, `\x{`, `\x{}`, `\x{zz}`, `\x{110000}`, `\q`, `\C`, `\é`, `x\`,
	`\pX`, `\p{Foo}`, `\p{Foo`, `\p`, `\P{^Bar}`, `[\pZ\p{Nope}]`, `(?P<n>`, `(?P<>a)`, `(?P<a-b>x)`,
	`(?P<name`, `(?<n`, `(?<`, `(?P=n)`, `(?P>n)`, `(?'n'a)`, `(?`, `(?z)`, `(?i`, `(?-)`, `(?i-)`,
	`(?--i)`, `(?i-m-s)`, `(?#comment)`, `(?=a)`, `(?!a)`, `(?<=a)`, `a\z\`, "\xff", "a\xffb", "[\xff]",
	`\Q\xff`, "(?P<\xff>a)", `[a-b-c]`, `[\b]`, `\0`, `\08`, `\123`, strings.Repeat("(", 1001) + strings.Repeat(")", 1001),
	strings.Repeat("(?:", 2000) + strings.Repeat(")", 2000), strings.Repeat("a", 5000) + "{1000}",
	`(((a{100}){10}){2})`, `x{1000}{2}`,
}

func main() {
	for _, p := range bad {
		show := p
		if len(show) > 40 {
			show = show[:40] + "..."
		}
		_, err := regexp.Compile(p)
		_, perr := regexp.CompilePOSIX(p)
		e1, e2 := fmt.Sprint(err), fmt.Sprint(perr)
		if len(e1) > 120 {
			e1 = e1[:120] + "..."
		}
		if len(e2) > 120 {
			e2 = e2[:120] + "..."
		}
		fmt.Printf("%q\n  perl:  %s\n  posix: %s\n", show, e1, e2)
		if se, ok := err.(*syntax.Error); ok {
			fmt.Printf("  code=%q expr-len=%d\n", string(se.Code), len(se.Expr))
		}
	}
	for _, p := range []string{`a(b`, "`x(", "\n(", `ok`} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			regexp.MustCompile(p)
		}()
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			regexp.MustCompilePOSIX(p + `\d`)
		}()
	}
	ok, err := regexp.MatchString(`a(`, "a")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`b+`, []byte("abbc"))
	fmt.Println(ok, err)
	t, err := syntax.Parse(`a(b)c|(?P<x>d)`, syntax.Perl)
	fmt.Println(err, t.Op, t.MaxCap(), t.CapNames())
}
