// ReplaceAll with templates, literal and function replacements, Expand, Split, the []byte
// and reader forms, QuoteMeta and LiteralPrefix.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	cases := []struct{ pat, src, repl string }{
		{`a(x*)b`, "-ab-axxb-", "T"},
		{`a(x*)b`, "-ab-axxb-", "$1"},
		{`a(x*)b`, "-ab-axxb-", "$1W"},
		{`a(x*)b`, "-ab-axxb-", "${1}W"},
		{`a(?P<x>x*)b`, "-ab-axxb-", "${x}W$x"},
		{`a(x*)b`, "-ab-axxb-", "$$1$"},
		{`a(x*)b`, "-ab-axxb-", "$2$10$01${1"},
		{`x*`, "abc", "-"},
		{`x*`, "", "-"},
		{`b*`, "abc", "-"},
		{`a*`, "baaac", "<$0>"},
		{`(\w+)\s(\w+)`, "hello world foo bar", "$2 $1"},
		{`(?m)^`, "a\nb\nc", "> "},
		{`(?m)$`, "a\nb\n", ";"},
		{``, "héllo", "."},
		{`\b`, "one two", "|"},
		{`(\d+)-(\d+)`, "10-20 30-40", "${2}_${1}"},
		{`(?P<y>\d{4})-(?P<m>\d\d)`, "2024-05 1999-12", "$m/$y ${missing}."},
		{`é`, "café é", "e"},
		{`\x{FFFD}`, "a\xffb\xef\xbf\xbd", "?"},
		{`.`, "a\xffb", "[$0]"},
		{`$`, "abc", "!"},
		{`^`, "abc", "!"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.pat)
		fmt.Printf("%q %q %q -> %q | %q\n", c.pat, c.src, c.repl,
			re.ReplaceAllString(c.src, c.repl), re.ReplaceAllLiteralString(c.src, c.repl))
		fmt.Printf("  bytes %q %q\n", re.ReplaceAll([]byte(c.src), []byte(c.repl)), re.ReplaceAllLiteral([]byte(c.src), []byte(c.repl)))
	}
	up := regexp.MustCompile(`[aeiou]+`)
	fmt.Println(up.ReplaceAllStringFunc("education is beautiful", strings.ToUpper))
	fmt.Printf("%s\n", up.ReplaceAllFunc([]byte("queueing"), func(b []byte) []byte { return []byte(fmt.Sprint(len(b))) }))
	// A callback that uses the same Regexp while it is replacing.
	fmt.Println(up.ReplaceAllStringFunc("aXeYi", func(s string) string { return up.FindString("zzo" + s) }))

	re := regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w+)`)
	src := "a=1, bb=22; ccc=333"
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(src, -1) {
		dst = re.ExpandString(dst, "$value<-${key} ", src, m)
	}
	fmt.Printf("%s\n", dst)
	fmt.Printf("%s\n", re.Expand([]byte("pre:"), []byte("$2$1$3"), []byte(src), re.FindSubmatchIndex([]byte(src))))
	fmt.Println(re.SubexpIndex("value"), re.SubexpIndex("nope"), re.SubexpIndex(""))

	for _, c := range []struct {
		pat, s string
		n      int
	}{
		{`,`, "a,b,c", -1}, {`,`, "a,b,c", 2}, {`,`, "a,b,c", 0}, {`,`, "", -1}, {``, "", -1}, {``, "abc", -1},
		{`x*`, "axbxxc", -1}, {`a`, "banana", -1}, {`a`, "banana", 2}, {`^`, "abc", -1}, {`$`, "abc", -1},
		{`\s*`, " a b ", -1}, {`b*`, "abc", 1}, {`,\s*`, "one, two,three ,  four", 3},
	} {
		fmt.Printf("split %q %q %d: %q\n", c.pat, c.s, c.n, regexp.MustCompile(c.pat).Split(c.s, c.n))
	}

	b := []byte("the cat sat on the mat")
	at := regexp.MustCompile(`(\w)at`)
	fmt.Printf("%q %v %q %v\n", at.Find(b), at.FindIndex(b), at.FindSubmatch(b), at.FindSubmatchIndex(b))
	fmt.Printf("%q %v\n", at.FindAll(b, -1), at.FindAllIndex(b, 2))
	fmt.Printf("%q %v\n", at.FindAllSubmatch(b, -1), at.FindAllSubmatchIndex(b, -1))
	f := at.Find(b)
	fmt.Println(len(f), cap(f))
	fmt.Println(at.Find([]byte("dog")) == nil, at.FindAll([]byte("dog"), -1) == nil, at.FindAllString("dog", -1) == nil)
	fmt.Printf("%q %q\n", at.FindString("x"), at.FindStringSubmatch("x"))
	fmt.Println(at.FindAllString("cat bat rat", 0), at.FindAllString("cat bat rat", 2))
	fmt.Println(at.MatchReader(strings.NewReader("a hat")), at.FindReaderIndex(strings.NewReader("é hat")))
	fmt.Println(at.FindReaderSubmatchIndex(strings.NewReader("\xffbat")), regexp.MustCompile(`\bé`).FindReaderIndex(strings.NewReader("aé é")))
	ok, err := regexp.MatchReader(`h.t`, strings.NewReader("hot"))
	fmt.Println(ok, err)

	fmt.Println(regexp.QuoteMeta(`1.5-2.0?[x]{y}(z)|^$\+*`), regexp.QuoteMeta("héllo"))
	qm := regexp.MustCompile(regexp.QuoteMeta("a.b*c"))
	fmt.Println(qm.MatchString("a.b*c"), qm.MatchString("axbbc"))
	for _, p := range []string{``, `abc`, `abc+`, `(abc)`, `(?i)abc`, `(?i)123x`, `a|b`, `^abc`, `^abc$`, `^$`, `^(abc)$`,
		`abc$`, `a.c`, `\Qa.c\E`, `\x{FFFD}x`, `[a]bc`, `(a)(b)c`, `a\b`, `(?:ab)c`, `ab*c`, `é\d`,
		`abc|abd`, `ab|ab`, `ab|abc`, `abc|abd|xy`, `(abc|abd)`, `abc|ab(d)`, `ab+|abc`, `a|ab`, `abc|(?i)abd`, `foo|foobar|food`, `x(?:ab|ac)`, `^(?:ab|ac)$`} {
		pre, full := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("prefix %q: %q %v\n", p, pre, full)
	}
	lre := regexp.MustCompile(`a(|b)`)
	fmt.Println(lre.FindString("ab"))
	lre.Longest()
	fmt.Println(lre.FindString("ab"), lre.String())
	var u regexp.Regexp
	fmt.Println(u.UnmarshalText([]byte(`x+`)), u.String(), u.MatchString("axx"))
	txt, _ := u.MarshalText()
	fmt.Println(string(txt), u.UnmarshalText([]byte(`x(`)))
	fmt.Println(regexp.MustCompile(`a+`).Copy().FindString("baa"))
}
