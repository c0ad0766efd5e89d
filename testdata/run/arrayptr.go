// Conversions from slices to arrays and to array pointers: an array pointer shares the slice's
// backing array (writes through either side are seen by the other), an array is a copy, a nil
// slice gives a nil pointer for length 0, and a short slice panics.
package main

import "fmt"

type pt struct{ x, y int }

func main() {
	ints := []int{1, 2, 3, 4, 5}
	pi := (*[3]int)(ints[1:])
	pi[0] = 20
	ints[3] = 40
	fmt.Println(ints, *pi, len(pi))
	whole := (*[5]int)(ints)
	whole[4] = 50
	fmt.Println(ints[4], whole == (*[5]int)(ints))

	bs := []byte("abcdef")
	pb := (*[2]byte)(bs[2:])
	pb[1] = 'X'
	fmt.Println(string(bs), string(pb[:]))

	fs := []float64{0.5, 1.5, 2.5}
	pf := (*[2]float64)(fs[1:])
	fs[2] = -1
	fmt.Println(*pf)

	strs := []string{"a", "b", "c"}
	ps := (*[2]string)(strs)
	ps[1] = "B"
	fmt.Println(strs)

	pts := []pt{{1, 2}, {3, 4}}
	pp := (*[1]pt)(pts[1:])
	pp[0].x = 30
	pts[1].y = 40
	fmt.Println(pts, *pp)

	copied := [3]int(ints)
	copied[0] = -1
	fmt.Println(ints[0], copied)

	var nilSlice []int
	fmt.Println((*[0]int)(nilSlice) == nil, (*[0]int)([]int{}) != nil, [0]int(nilSlice))

	arr := [4]int{1, 2, 3, 4}
	view := (*[2]int)(arr[2:])
	view[0] = 300
	fmt.Println(arr)

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[6]int)(ints)
}
