// Parses fixed-format records with fmt.Sscanf, Sscan and Sscanln (numbers in several bases,
// floats, quoted strings, runes), reports how many items were read and the errors for input
// that does not fit, and reads a whitespace-separated stream with Fscan.
package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func main() {
	records := []string{
		"order 1042 qty=3 price=19.99 sku=AB-12",
		"order 77 qty=10 price=0.5 sku=ZZ-01",
		"order x qty=1 price=1 sku=A",
		"order 5 qty=2",
	}
	for _, r := range records {
		var id, qty int
		var price float64
		var sku string
		n, err := fmt.Sscanf(r, "order %d qty=%d price=%g sku=%s", &id, &qty, &price, &sku)
		fmt.Printf("%-40q n=%d id=%d qty=%d price=%g sku=%q err=%v\n", r, n, id, qty, price, sku, err)
	}
	var a, b, c int
	n, err := fmt.Sscanf("0x1f 0o17 0b101", "%v %v %v", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("ff 777 1010", "%x %o %b", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	var s1, s2 string
	var r1 rune
	n, err = fmt.Sscanf(`"quoted str" raw Z`, "%q %s %c", &s1, &s2, &r1)
	fmt.Printf("%d %v %q %q %q\n", n, err, s1, s2, r1)
	var f32 float32
	var u8 uint8
	var bo bool
	n, err = fmt.Sscan("3.25e2\n200 true", &f32, &u8, &bo)
	fmt.Println(n, err, f32, u8, bo)
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscanln("1 2\n3", &a, &b, &c)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3 4", &a, &b, &c)
	fmt.Println(n, err)
	var p point
	n, err = fmt.Sscanf("(3, -4)", "(%d, %d)", &p.x, &p.y)
	fmt.Println(n, err, p)
	n, err = fmt.Sscanf("5%", "%d%%", &a)
	fmt.Println(n, err, a)
	var word string
	var num int
	n, err = fmt.Sscanf("abc", "%d", &num)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%s", &word)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("héllo wörld", "%5s %s", &s1, &s2)
	fmt.Printf("%d %v %q %q\n", n, err, s1, s2)

	data := "alice 30 1.5\nbob 25 2.25\ncarol 41 -0.75\n"
	rd := strings.NewReader(data)
	total := 0.0
	for {
		var name string
		var age int
		var score float64
		n, err := fmt.Fscan(rd, &name, &age, &score)
		if n == 0 {
			fmt.Println("stop:", err)
			break
		}
		total += score
		fmt.Printf("%s is %d (%+.2f)\n", name, age, score)
	}
	fmt.Println("total", total)
	var x, y int
	n, err = fmt.Fscanln(strings.NewReader("7 8\n9 10\n"), &x, &y)
	fmt.Println(n, err, x, y)
	var i8 int8
	n, err = fmt.Sscan("-129", &i8)
	fmt.Println(n, err, i8)
	var cx complex128
	n, err = fmt.Sscan("(1+2i)", &cx)
	fmt.Println(n, err, cx)
}
