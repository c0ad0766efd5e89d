// Scanning: Sscan, Sscanln and Sscanf into every basic kind, with their errors.
package main

import (
	"fmt"
	"strings"
)

type MyInt int

type Pair struct{ a, b int }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "<%d,%d>", &p.a, &p.b)
	return err
}

type Word string

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ',' })
	*w = Word(strings.ToUpper(string(tok)))
	return err
}

func main() {
	var i int
	var s string
	var f float64
	var b bool
	n, err := fmt.Sscan("42 hello 3.5 true", &i, &s, &f, &b)
	fmt.Println(n, err, i, s, f, b)

	var i8 int8
	var u uint
	var u16 uint16
	var f32 float32
	var c complex128
	n, err = fmt.Sscan("-12\n 0x1F\t 0b101 1e3 (1+2i)", &i8, &u, &u16, &f32, &c)
	fmt.Println(n, err, i8, u, u16, f32, c)

	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &i, &s)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("7", i)
	fmt.Println(n, err)

	var a, bb int
	n, err = fmt.Sscanln("1 2\n3", &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Sscanln("1\n2", &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Sscanln("1 2 3", &a, &bb)
	fmt.Println(n, err)

	var name string
	var age int
	n, err = fmt.Sscanf("name=Bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Sscanf("12:34", "%d:%d", &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Sscanf("12-34", "%d:%d", &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &name)
	fmt.Println(n, err, s, name)
	n, err = fmt.Sscanf("ff 0x10 777", "%x %v %o", &a, &bb, &i)
	fmt.Println(n, err, a, bb, i)
	var r1, r2 rune
	n, err = fmt.Sscanf("ab", "%c%c", &r1, &r2)
	fmt.Println(n, err, r1, r2)
	n, err = fmt.Sscanf("5", "%d %d", &a, &bb)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &bb)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", &a, &bb)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &s, &name)
	fmt.Println(n, err, s, name)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	var mi MyInt
	n, err = fmt.Sscan("-77", &mi)
	fmt.Println(n, err, mi)
	n, err = fmt.Sscan("T F true false 1 0", &b, &b, &b, &b, &b, &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1.5e2 -0x1p-2 inf", "%g %v %f", &f, &f32, &f)
	fmt.Println(n, err, f32, f)
	n, err = fmt.Sscanf("3.5", "%d", &f)
	fmt.Println(n, err)
	var p Pair
	n, err = fmt.Sscan(" <3,4>", &p)
	fmt.Println(n, err, p)
	var w1, w2 Word
	n, err = fmt.Sscan("abc,def", &w1)
	fmt.Println(n, err, w1)
	n, err = fmt.Sscanf("x,y", "%v,%v", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Fscan(strings.NewReader("10 20"), &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Sscanf("héllo wörld", "%s %s", &s, &name)
	fmt.Println(n, err, s, name)
	n, err = fmt.Sscanf("1 2", "%d  %d", &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &bb)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &bb)
	fmt.Println(n, err, a, bb)
}
