// Growgen records the capacities gc's append gives on linux/amd64 (growth factor, then rounding
// to malloc size classes or pages, with the malloc header of large pointer-holding objects)
// for elements of many sizes, with and without pointers, so that gots' runtime/slice.ts can be
// checked without Go installed. It also records unsafe.Sizeof of each element type.
//
// One JSON object a line:
//
//	{"name": element type, "size": its size in bytes,
//	 "grow": capacities after each reallocation when appending one element at a time to a nil slice,
//	 "jump": [[c, k, cap], ...] the capacity after appending k elements at once to make([]T, c)}
//
// Regenerate with: $GOROOT/bin/go run . >../grow.jsonl
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"unsafe"
)

type row struct {
	Name string   `json:"name"`
	Size uintptr  `json:"size"`
	Grow []int    `json:"grow"`
	Jump [][3]int `json:"jump"`
}

func record[T any](name string) {
	var z T
	r := row{Name: name, Size: unsafe.Sizeof(z), Grow: []int{}, Jump: [][3]int{}}
	// Enough elements to pass 256 (the end of doubling) and to reach page-rounded sizes.
	limit := 5000
	if r.Size > 0 && 4<<20/int(r.Size) > limit {
		limit = 4 << 20 / int(r.Size)
	}
	if limit > 300000 {
		limit = 300000
	}
	var s []T
	last := 0
	for len(s) < limit {
		s = append(s, z)
		if cap(s) != last {
			last = cap(s)
			r.Grow = append(r.Grow, last)
		}
	}
	for _, c := range []int{0, 1, 3, 5, 100, 255, 256, 300, 1000} {
		for _, k := range []int{1, 2, 5, 10, 600, 3000} {
			s := make([]T, c)
			s = append(s, make([]T, k)...)
			r.Jump = append(r.Jump, [3]int{c, k, cap(s)})
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(os.Stdout, string(b))
}

func main() {
	record[byte]("uint8")
	record[bool]("bool")
	record[int16]("int16")
	record[int32]("int32")
	record[float32]("float32")
	record[int64]("int64")
	record[*int]("*int")
	record[map[int]int]("map[int]int")
	record[func()]("func()")
	record[complex64]("complex64")
	record[[3]int32]("[3]int32")
	record[struct {
		a byte
		b int32
		c byte
	}]("struct { a uint8; b int32; c uint8 }")
	record[string]("string")
	record[complex128]("complex128")
	record[any]("interface {}")
	record[struct {
		a int64
		b byte
	}]("struct { a int64; b uint8 }")
	record[struct {
		a int32
		b struct{}
	}]("struct { a int32; b struct {} }")
	record[[]int]("[]int")
	record[[3]int64]("[3]int64")
	record[struct{ a, b string }]("struct { a string; b string }")
	record[struct {
		a string
		b []int
	}]("struct { a string; b []int }")
	record[[5]int64]("[5]int64")
	record[[6]int64]("[6]int64")
	record[struct{ s, t []int }]("struct { s []int; t []int }")
	record[[100]int64]("[100]int64")
	record[struct {
		p *int
		a [99]int64
	}]("struct { p *int; a [99]int64 }")
	record[struct {
		p *int
		a [70]int64
	}]("struct { p *int; a [70]int64 }")
	record[[600]byte]("[600]uint8")
	record[struct {
		p *int
		b [4000]byte
	}]("struct { p *int; b [4000]uint8 }")
	record[[5000]byte]("[5000]uint8")
	record[[40000]byte]("[40000]uint8")
	record[struct {
		p *int
		b [40000]byte
	}]("struct { p *int; b [40000]uint8 }")
	record[struct{}]("struct {}")
	record[[0]int]("[0]int")
	record[[2][0]*int]("[2][0]*int")
	record[struct {
		x [0]*int
		y int16
	}]("struct { x [0]*int; y int16 }")
}
