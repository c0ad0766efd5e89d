// unsafe's built-ins over arrays, slices, strings and single variables: sharing, nil cases and
// gc's panics; Sizeof/Alignof/Offsetof inside generic code.
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type point struct {
	X, Y int32
	Name string
}

type pair[K any, V any] struct {
	Key K
	Val V
}

func sizes[T any]() (uintptr, uintptr) {
	var x T
	return unsafe.Sizeof(x), unsafe.Alignof(x)
}

func (p *pair[K, V]) valOffset() uintptr { return unsafe.Offsetof(p.Val) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	// unsafe.Slice over an array shares it.
	var arr [6]int
	s := unsafe.Slice(&arr[1], 4)
	s[0], s[3] = 10, 40
	fmt.Println(arr, len(s), cap(s), &s[0] == &arr[1])

	// ... over a slice's backing, from any element.
	bs := []byte("abcdefgh")
	b2 := unsafe.Slice(&bs[2], 3)
	b2[1] = 'X'
	fmt.Println(string(bs), string(b2))

	// ... of struct elements.
	pts := []point{{1, 2, "a"}, {3, 4, "b"}, {5, 6, "c"}}
	ps := unsafe.Slice(&pts[1], 2)
	ps[1].Name = "changed"
	fmt.Println(pts[2], len(ps))

	// ... of strings.
	strs := [3]string{"x", "y", "z"}
	ss := unsafe.Slice(&strs[0], 3)
	ss[2] = "zz"
	fmt.Println(strs)

	// A single variable: a slice of one element that is the variable.
	v := 7
	one := unsafe.Slice(&v, 1)
	one[0]++
	v++
	fmt.Println(v, one[0], len(unsafe.Slice(&v, 0)))

	// nil pointer and length 0: a nil slice.
	fmt.Println(unsafe.Slice((*int)(nil), 0) == nil)

	// SliceData: element 0, also of an empty slice with capacity; nil for nil.
	nums := []int{1, 2, 3}
	*unsafe.SliceData(nums[1:]) = 20
	fmt.Println(nums, unsafe.SliceData([]int(nil)) == nil, unsafe.SliceData(make([]int, 0, 4)) != nil)
	sp := unsafe.SliceData(pts)
	sp.X = 100
	fmt.Println(pts[0].X, unsafe.SliceData(pts) == &pts[0])

	// String and StringData.
	word := [5]byte{'h', 'e', 'l', 'l', 'o'}
	fmt.Println(unsafe.String(&word[0], 5), unsafe.String(&word[1], 3), unsafe.String(nil, 0) == "")
	str := "gopher"
	d := unsafe.StringData(str)
	fmt.Println(*d, string(unsafe.Slice(d, len(str))), unsafe.String(d, 3))
	fmt.Println(unsafe.StringData("") == nil, unsafe.StringData(str) == unsafe.StringData(str))
	fmt.Println(unsafe.String(unsafe.SliceData(bs), len(bs)))

	// Add moves by whole elements, both ways.
	p := unsafe.Pointer(&arr[0])
	fmt.Println(*(*int)(unsafe.Add(p, 8)), *(*int)(unsafe.Add(unsafe.Add(p, 32), -8)))
	q := unsafe.Add(unsafe.Pointer(&pts[0]), unsafe.Sizeof(pts[0]))
	fmt.Println((*point)(q).Name, (*point)(q) == &pts[1])
	by := unsafe.Pointer(&word[0])
	for i := 0; i < len(word); i++ {
		fmt.Print(string(*(*byte)(unsafe.Add(by, i))))
	}
	fmt.Println()

	// Fields by offset.
	pt := point{1, 2, "p"}
	yp := (*int32)(unsafe.Add(unsafe.Pointer(&pt), unsafe.Offsetof(pt.Y)))
	*yp = 22
	np := (*string)(unsafe.Pointer(uintptr(unsafe.Pointer(&pt)) + unsafe.Offsetof(pt.Name)))
	*np = "named"
	fmt.Println(pt, *(*int32)(unsafe.Pointer(&pt)))

	// gc's panics.
	neg := -1
	var huge uint64 = math.MaxUint64
	try("slice nil", func() { _ = unsafe.Slice((*int)(nil), 1) })
	try("slice neg", func() { _ = unsafe.Slice(&arr[0], neg) })
	try("slice huge", func() { _ = unsafe.Slice(&arr[0], huge) })
	try("slice big", func() { _ = unsafe.Slice(new(uint64), uint64(1)<<61) })
	try("string nil", func() { _ = unsafe.String(nil, 1) })
	try("string neg", func() { _ = unsafe.String(&word[0], neg) })
	try("slice ok", func() { _ = unsafe.Slice(&word[0], 5) })

	// Sizes inside generic code.
	fmt.Println(sizes[int8]())
	fmt.Println(sizes[string]())
	fmt.Println(sizes[[3]point]())
	fmt.Println(sizes[pair[byte, complex128]]())
	fmt.Println((&pair[byte, int16]{}).valOffset(), (&pair[string, any]{}).valOffset())
}
