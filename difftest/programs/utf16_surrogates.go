// Surrogate-pair arithmetic: encoding every plane's boundary code points and checking pairs.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for plane := rune(0); plane <= 0x10; plane++ {
		for _, off := range []rune{0, 0x1234, 0xffff} {
			r := plane<<16 | off
			r1, r2 := utf16.EncodeRune(r)
			fmt.Printf("U+%06X len=%2d pair=%04X,%04X back=U+%06X\n", r, utf16.RuneLen(r), r1, r2, utf16.DecodeRune(r1, r2))
		}
	}
	valid, bad := 0, 0
	for hi := rune(0xd7f0); hi < 0xe010; hi += 7 {
		for lo := rune(0xd7f0); lo < 0xe010; lo += 11 {
			if utf16.DecodeRune(hi, lo) == 0xfffd {
				bad++
			} else {
				valid++
			}
		}
	}
	fmt.Println("valid", valid, "bad", bad)
	fmt.Println(utf16.IsSurrogate(0xd7ff), utf16.IsSurrogate(0xd800), utf16.IsSurrogate(0xdfff), utf16.IsSurrogate(0xe000))
	enc := utf16.Encode([]rune{-5, 0xd800, 0x110000, 'z', 0x10437})
	fmt.Printf("%X len=%d\n", enc, len(enc))
}
