// strings.Builder: small and large writes mixed with String and Len calls, copies of a
// Builder read after the original goes on writing, Grow/Cap, Reset, and the panic when a
// copy is written to.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	var b strings.Builder
	for i := 0; i < 2000; i++ {
		switch i % 5 {
		case 0:
			b.WriteString("ab")
		case 1:
			b.WriteByte('c')
		case 2:
			b.WriteRune('é')
		case 3:
			b.Write([]byte(strings.Repeat("x", i%70)))
		case 4:
			b.WriteRune(utf8.MaxRune + 1)
		}
		if i%333 == 0 {
			s := b.String()
			fmt.Println(i, len(s), b.Len(), b.Cap(), utf8.RuneCountInString(s))
		}
	}
	s := b.String()
	fmt.Println(len(s), b.Len(), b.Cap(), s[len(s)-40:])

	var c strings.Builder
	c.WriteString("hello")
	d := c // a copy: reading it is allowed
	c.WriteString(", world")
	fmt.Printf("%q %q %d %d\n", c.String(), d.String(), c.Len(), d.Len())
	c.WriteString(strings.Repeat("!", 100))
	fmt.Println(c.Len(), d.String())

	var g strings.Builder
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap())
	g.WriteString("0123456789abc")
	fmt.Println(g.Len(), g.Cap())
	g.Reset()
	fmt.Println(g.Len(), g.Cap(), g.String() == "")

	defer func() { fmt.Println("recovered:", recover()) }()
	e := c
	e.WriteByte('x')
}
