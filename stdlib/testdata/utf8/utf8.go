package main

import (
	"os"
	"strconv"
	"unicode/utf8"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func i(n int) string { return strconv.Itoa(n) }

func b(v bool) string { return strconv.FormatBool(v) }

var samples = []string{
	"", "a", "é", "€", "𝄞", "\xff", "\xc0\x80", "\xc2", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80",
	"\xed\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
	"\xf5\x80\x80\x80", "\xe2\x82", "\xe2\x82\xac\xe2", "a\x80b", "\xf0\x9d\x84", "\xf0\x9d\x84\x9ez",
	"héllo, 世界", "\xef\xbf\xbd", "\x80\x80\x80\x80\x80",
}

func main() {
	for _, s := range samples {
		p := []byte(s)
		r, n := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(p)
		lr, ln := utf8.DecodeLastRuneInString(s)
		lr2, ln2 := utf8.DecodeLastRune(p)
		out(strconv.Quote(s) + " first " + i(int(r)) + "/" + i(n) + " " + i(int(r2)) + "/" + i(n2) +
			" last " + i(int(lr)) + "/" + i(ln) + " " + i(int(lr2)) + "/" + i(ln2) +
			" count " + i(utf8.RuneCountInString(s)) + " " + i(utf8.RuneCount(p)) +
			" valid " + b(utf8.ValidString(s)) + b(utf8.Valid(p)) +
			" full " + b(utf8.FullRuneInString(s)) + b(utf8.FullRune(p)))
		for k := 0; k <= len(s); k++ {
			if utf8.FullRuneInString(s[:k]) != utf8.FullRune(p[:k]) {
				out("FullRune mismatch")
			}
		}
		for k := 0; k < len(s); k++ {
			if !utf8.RuneStart(s[k]) {
				out("  cont at " + i(k))
			}
		}
	}
	runes := []rune{0, 1, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 'a', 'é', '世'}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		out(i(int(r)) + " len " + i(utf8.RuneLen(r)) + " valid " + b(utf8.ValidRune(r)) + " enc " + strconv.Quote(string(buf[:n])) +
			" app " + strconv.Quote(string(utf8.AppendRune([]byte("x"), r))))
	}
	func() {
		defer func() { out("recovered: " + b(recover() != nil)) }()
		utf8.EncodeRune(make([]byte, 2), '世')
	}()
	out(i(utf8.RuneError) + " " + i(utf8.RuneSelf) + " " + i(utf8.MaxRune) + " " + i(utf8.UTFMax))
}
