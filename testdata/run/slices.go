// Slices: gc's append growth (capacity after each append, for several element sizes),
// three-index slicing, copy with overlap, aliasing before and after reallocation, nil versus
// empty slices.
package main

import "fmt"

type triple struct{ a, b, c int64 }

func growth() {
	var ints []int
	var bytes []byte
	var strs []string
	var trips []triple
	var f32 []float32
	caps := [5]int{-1, -1, -1, -1, -1}
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		bytes = append(bytes, byte(i))
		strs = append(strs, "s")
		trips = append(trips, triple{int64(i), 0, 0})
		f32 = append(f32, 1)
		now := [5]int{cap(ints), cap(bytes), cap(strs), cap(trips), cap(f32)}
		if now != caps {
			fmt.Println("len", i+1, "caps int/byte/string/triple/float32", now)
			caps = now
		}
	}
	fmt.Println(ints[1999], bytes[1999], strs[1999], trips[1999].a, len(f32))
	// Appending several elements at once picks the larger of doubling and the needed length.
	s := make([]int, 3, 4)
	s = append(s, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(s), cap(s))
	b := append([]byte(nil), make([]byte, 33)...)
	fmt.Println(len(b), cap(b))
	b = append(b[:5:5], 'x')
	fmt.Println(len(b), cap(b))
	big := make([]int64, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := append(make([]int64, 1000), make([]int64, 700)...)
	fmt.Println(len(big2), cap(big2))
	st := append([]string{}, "a")
	fmt.Println(len(st), cap(st))
	ss := append([]struct{}{}, struct{}{}, struct{}{})
	fmt.Println(len(ss), cap(ss))
	var odd [][5]byte
	for i := 0; i < 40; i++ {
		odd = append(odd, [5]byte{})
		fmt.Print(cap(odd), " ")
	}
	fmt.Println()
}

func threeIndex() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 101)
	fmt.Println(arr, s, len(s), cap(s))
	s = append(s, 102)
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[:0:0]
	t = append(t, 42)
	fmt.Println(arr[0], t)
	u := arr[8:]
	fmt.Println(u, cap(u), u[:cap(u)])
	p := &arr
	fmt.Println(p[1:3], len(p[:]), cap(p[4:6:8]))
	str := "hello"
	fmt.Println(str[1:], str[:0], str[5:])
}

func copies() {
	a := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n := copy(a[2:], a)
	fmt.Println(n, a)
	b := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(b, b[3:])
	fmt.Println(n, b)
	c := []byte("abcdefgh")
	copy(c[1:], c[:6])
	fmt.Println(string(c))
	d := make([]string, 2)
	n = copy(d, []string{"x", "y", "z"})
	fmt.Println(n, d)
	n = copy(d, []string(nil))
	fmt.Println(n, d)
	e := [4]int{9, 8, 7, 6}
	copy(e[:], e[1:])
	fmt.Println(e)
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, {3, 4}}
	qs := make([]pt, 2)
	copy(qs, ps)
	ps[0].x = 99
	fmt.Println(qs, ps)
}

func aliasing() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a), len(b))
	x := []int{1, 2, 3}
	y := append(x, 4)
	y[0] = 100
	fmt.Println(x, y)
	z := x[:2]
	z = append(z, 30)
	fmt.Println(x, z)
	z = append(z, 40)
	z[0] = -1
	fmt.Println(x, z)
	m := [][]int{{1}, {2}}
	row := m[0]
	row[0] = 10
	fmt.Println(m)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	arr2 := arr
	sl[1] = 20
	fmt.Println(arr, arr2, sl)
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl, arr)
}

func nilEmpty() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println(n == nil, e == nil, m == nil, len(n), cap(n), n, e)
	fmt.Printf("%v %v %#v %#v %d\n", n, e, n, e, len(n[:0]))
	n = append(n, 1)
	fmt.Println(n, n != nil)
	var ns []int
	fmt.Println(ns[:] == nil, ns[0:0] == nil, e[:0] == nil)
	for range ns {
		fmt.Println("never")
	}
	var bs []byte
	fmt.Println(string(bs) == "", append(bs, "hi"...) != nil, append(bs) == nil, append([]int(nil), []int{}...) == nil)
	clear(e)
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s, len(s))
	type box struct{ items []string }
	var bx box
	bx.items = append(bx.items, "first")
	fmt.Println(bx.items, len(bx.items))
	arr2d := make([][]int, 3)
	for i := range arr2d {
		arr2d[i] = make([]int, i)
	}
	fmt.Println(arr2d, arr2d[0] == nil)
}

func main() {
	growth()
	threeIndex()
	copies()
	aliasing()
	nilEmpty()
}
