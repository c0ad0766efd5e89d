// Printf's parsing: argument indexes, * widths and precisions, and every error form.
package main

import (
	"fmt"
	"os"
)

type W struct{ buf []byte }

func (w *W) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	return len(p), nil
}

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 10)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1]|%[2\n", 1, 2)
	fmt.Printf("%[3]2d|%[1].2d\n", 1, 2, 3)
	fmt.Printf("%*d|%-*d|%*d\n", 4, 1, 4, 2, -4, 3)
	fmt.Printf("%*d|%.*d\n", "x", 1, "y", 2)
	fmt.Printf("%*d|\n", 10000000, 1)
	fmt.Printf("%.*f|%.*f\n", -1, 3.14159, 2, 3.14159)
	fmt.Printf("%d %d %d\n", 1, 2)
	fmt.Printf("%d\n", 1, "extra", nil, 2.5)
	fmt.Printf("%[1]d\n", 1, 2)
	fmt.Printf("trailing %")
	fmt.Printf("\n%-")
	fmt.Printf("\n%5.2")
	fmt.Printf("\n%%|%5%|%-5%|%[2]%\n", 1)
	fmt.Printf("%v %v\n", []any{nil}, nil)
	fmt.Printf("%d %s %x\n", nil, nil, nil)
	fmt.Printf("%☺|%ä\n", 1, "x")
	fmt.Printf("%.3s|%.10s|%5.1s|%-5.2s|\n", "日本語abc", "ab", "xyz", "日本語")
	fmt.Printf("%5c|%-5c|%05c|%c%c\n", 'é', 'x', 'y', 0x110000, -1)
	fmt.Printf("%q %q %+q %#U %U\n", 'x', '\n', '世', 'ä', -1)
	fmt.Printf("%x %X %#x % x\n", -255, -255, -255, []byte{})
	fmt.Printf("%08.3x|%-08d|%+08d|% 08d\n", 255, 5, 5, 5)
	fmt.Printf("%.0d|%5.0d|%.0x\n", 0, 0, 0)
	fmt.Printf("%6.2f%%\n", 99.5)
	var w W
	n, err := fmt.Fprintf(&w, "hello %s %d", "w", 3)
	fmt.Println(n, err, string(w.buf))
	n, err = fmt.Fprint(&w, "!", 1, 2)
	fmt.Println(n, err, string(w.buf))
	n, err = fmt.Fprintln(&w, "!", 1, 2)
	fmt.Println(n, err, string(w.buf))
	fmt.Fprintln(os.Stdout, fmt.Sprintln("a", 1, "b"), fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, nil))
	b := fmt.Appendf([]byte("pre:"), "%d-%s", 1, "x")
	b = fmt.Append(b, " ", 2, 3)
	b = fmt.Appendln(b, " end")
	fmt.Print(string(b))
	n, err = fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d%s\n", 12, "ab")
	fmt.Println(n, err)
	fmt.Print(1, 2, "x", 3, "y", "z", 4.5, true, '\n')
	fmt.Print("\n")
	fmt.Printf("%v %v %v\n", int8(-1), uint8(200), []int8{-1, 2})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint16{0xabc, 1})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b\n"})
	fmt.Printf("%5.1f\n", []float64{1.25, -2.75})
	fmt.Printf("%p %p\n", 5, "s")
	fmt.Printf("%v %d\n", (*int)(nil), (*int)(nil))
	fmt.Printf("%#v %#v %#v\n", (*int)(nil), []int(nil), map[string]bool(nil))
	fmt.Printf("%#v %#v %#v %#v\n", uint(5), uint8(5), 'x', "s")
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 1e21, float32(2.5), complex(1, 0))
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, []int{1}})
	fmt.Printf("%#v\n", struct {
		A any
		B []byte
	}{})
	fmt.Printf("%v|%s|%d\n", struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, [2][]byte{{1}, {2}})
}
