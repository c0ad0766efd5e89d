// Strings as byte sequences: UTF-8 encoding, indexing and slicing bytes, range decoding with
// invalid UTF-8, conversions to and from []rune and []byte, string(rune), comparison and
// concatenation.
package main

import "fmt"

//go:noinline
func str(s string) string { return s }

func bytesAndRange() {
	s := str("héllo, 世界 🌍")
	fmt.Println(len(s), s[1], s[2], s[len(s)-1], s[:2], s[7:])
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Print(i, ":", r, ":", string(r), " ")
	}
	fmt.Println()
	bad := str("a\xffb\xc3\x28c\xe2\x82d\xf0\x9f\x98\xed\xa0\x80\xc0\xafz\xf4\x90\x80\x80")
	for i, r := range bad {
		fmt.Printf("[%d %U %q]", i, r, r)
	}
	fmt.Println()
	n := 0
	for range bad {
		n++
	}
	fmt.Println("runes in bad:", n, len([]rune(bad)), len(bad))
	for i := range str("abc") {
		fmt.Print(i)
	}
	fmt.Println()
	fmt.Printf("%q %x % x %+q\n", bad, bad, s[:8], s)
}

func conversions() {
	s := str("añ€😀\xff")
	rs := []rune(s)
	fmt.Println(len(rs), rs)
	bs := []byte(s)
	fmt.Println(len(bs), bs)
	fmt.Println(string(rs), string(rs) == s, string(bs) == s)
	fmt.Printf("%q\n", string(rs))
	bs[0] = 'A'
	fmt.Println(s[:1], string(bs[:1]))
	for _, r := range []rune{0, 'x', 0x7f, 0x80, 0x7ff, 0x800, 0xd800, 0xdfff, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		t := string(r)
		fmt.Printf("%d:%q:%d ", r, t, len(t))
	}
	fmt.Println()
	var b byte = 200
	fmt.Printf("%q %q\n", string(rune(b)), string([]byte{b}))
	empty := []byte{}
	var nilb []byte
	fmt.Println(string(empty) == "", string(nilb) == "", len([]rune("")), []byte("") != nil)
	r2 := []rune{0x48, 0x49, -5, 0x1f600}
	fmt.Printf("%q\n", string(r2))
	copyTo := make([]byte, 3)
	k := copy(copyTo, "xyzw")
	fmt.Println(k, string(copyTo))
	bs2 := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs2))
}

func compare() {
	words := []string{"", "a", "A", "ab", "b", "aa", "a\x00", "\xff", "é", "e\u0301", "Z"}
	for _, a := range words {
		line := ""
		for _, b := range words {
			switch {
			case a < b:
				line += "<"
			case a > b:
				line += ">"
			default:
				line += "="
			}
		}
		fmt.Printf("%-8q %s\n", a, line)
	}
	x := str("abc")
	y := str("ab") + str("c")
	fmt.Println(x == y, x != y, x <= y, x >= y, x[1:] == "bc")
	var iface interface{} = x
	fmt.Println(iface == "abc", iface == y)
}

func concat() {
	s := ""
	for i := 0; i < 100; i++ {
		s += string(rune('a' + i%26))
		if i%10 == 9 {
			s += "|"
		}
	}
	fmt.Println(len(s), s)
	t := ""
	for i := 0; i < 5000; i++ {
		t = t + "xy"
	}
	fmt.Println(len(t), t[9990:])
	u := ""
	for i := 0; i < 20; i++ {
		u = fmt.Sprint(i) + u
	}
	fmt.Println(u)
	parts := []string{"α", "β", "γ"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ", "
		}
		joined += p
	}
	fmt.Println(joined, len(joined))
	a := str("foo")
	b := a
	a += "bar"
	fmt.Println(a, b)
	sub := a[1:4]
	a = "zzz"
	fmt.Println(sub, a)
	fmt.Println(str("x")+str("y") == "xy", "multi"+"ple"+str(" parts")+" here")
	ss := str("hello")[1:3]
	fmt.Println(ss, len(ss), str("hello")[5:], len(str("hello")[2:2]))
}

func main() {
	bytesAndRange()
	conversions()
	compare()
	concat()
}
