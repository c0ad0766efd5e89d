// Stringgen records how gc converts between strings, runes and bytes, so that gots'
// runtime/string.ts can be checked without Go installed. One JSON array a line:
//
//	["runes", hex bytes of s, []rune(s), [[rune, width] of utf8.DecodeRuneInString(s[i:]) for each i]]
//	["rune", r, hex bytes of string(r)]   r an int64, as a decimal string
//
// Regenerate with: $GOROOT/bin/go run . >../string.jsonl
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"unicode/utf8"
)

func emit(v ...any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
}

func main() {
	strs := []string{
		"", "abc", "h\u00e9llo", "\u20ac", "\U0001F600x", "\xff", "\xe2\x82", "\xe2\x82\xac\xe2",
		"\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xef\xbf\xbd", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
		"\xf5\x80\x80\x80", "\x80\x80", "a\xf0\x9f\x98", "\xf0\x9f\x98\x80\xf0", "\x00\x7f",
	}
	for _, s := range strs {
		dec := [][2]int{}
		for i := 0; i < len(s); i++ {
			r, w := utf8.DecodeRuneInString(s[i:])
			dec = append(dec, [2]int{int(r), w})
		}
		runes := []int{}
		for _, r := range []rune(s) {
			runes = append(runes, int(r))
		}
		emit("runes", hex.EncodeToString([]byte(s)), runes, dec)
	}
	for _, r := range []int64{0, 65, 127, 128, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff,
		0x10000, 0x10ffff, 0x110000, -1, math.MaxInt32, math.MinInt32, 1 << 32, 1<<32 + 65, math.MinInt64} {
		// string(r) on the int64 itself (not rune(r), which would truncate first); go vet warns about it.
		emit("rune", fmt.Sprint(r), hex.EncodeToString([]byte(string(r))))
	}
}
