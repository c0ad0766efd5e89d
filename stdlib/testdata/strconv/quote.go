// Quoting and unquoting: Quote and its ASCII and graphic forms, rune quoting, CanBackquote,
// IsPrint, IsGraphic, Unquote, UnquoteChar, QuotedPrefix.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"", "abc", "a\"b'c\\", "\a\b\f\n\r\t\v", "\x00\x1f\x7f", "héllo", "日本語", "\xff\xfe", "a\xc3",
		"\u00a0\u2000\u3000", "\u200b\ufeff", "\U0001F600", "\U000E0001", "`raw`", "\u0300", "\xed\xa0\x80", "\xf4\x90\x80\x80"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
		fmt.Println(string(strconv.AppendQuote([]byte("q:"), s)), string(strconv.AppendQuoteToASCII(nil, s)), string(strconv.AppendQuoteToGraphic(nil, s)))
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xe9, 0x4e16, 0x1f600, 0xa0, 0x2028, 0xd800, 0x110000, -1, 0xfffd, 0x10ffff}
	for _, r := range runes {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
		fmt.Println(string(strconv.AppendQuoteRune(nil, r)), string(strconv.AppendQuoteRuneToASCII(nil, r)), string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
	for _, s := range []string{`"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, "`raw\\n`", "`a\rb`", `'x'`, `'\n'`, `'ab'`, `''`,
		`"unterminated`, `"bad\q"`, `"\400"`, `"\ud800"`, `'\''`, `"\'"`, `'\"'`, "\"a\nb\"", `"héllo"`, "\"\xff\"", "'\xff'", `x`, `"`, "``",
		`"a"b`, `'é'`, `"\xff"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, v, err)
		p, err := strconv.QuotedPrefix(s + "tail")
		fmt.Printf("QuotedPrefix = %q, %v\n", p, err)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\n rest`, '"'}, {`\x41`, '"'}, {`é`, '"'}, {`"`, '"'}, {`'`, '\''}, {`'`, '"'}, {`\'`, '"'}, {`\"`, '"'}, {`\u00e9x`, 0}, {`\400`, '"'}, {``, '"'}, {`\`, '"'}, {`\q`, '"'}, {`\377`, '"'}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("UnquoteChar(%q, %q) = %q %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
}
