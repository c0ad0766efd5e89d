// Conversions through unsafe.Pointer: uintptr round trips, nil from address 0, and pointer
// types read as others (same-size scalars, []byte and string, slice and string headers,
// interface words, structs with corresponding fields, arrays over elements).
package main

import (
	"fmt"
	"math"
	"reflect"
	"unsafe"
)

type celsius struct{ Deg, Min int }
type fahrenheit struct{ F, G int }

type eface struct {
	typ, data unsafe.Pointer
}

type myHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func main() {
	// Address 0 is nil; an address taken from a pointer leads back to it.
	fmt.Println(unsafe.Pointer(uintptr(0)) == nil, (*int)(unsafe.Pointer(uintptr(0))) == nil)
	x := 42
	u := uintptr(unsafe.Pointer(&x))
	px := (*int)(unsafe.Pointer(u))
	*px = 43
	fmt.Println(x, px == &x, u != 0)
	fmt.Println(unsafe.Pointer(reflect.ValueOf(&x).Pointer()) == unsafe.Pointer(&x))

	// Scalars of one size.
	fmt.Println(float64bits(1.5) == math.Float64bits(1.5), float64frombits(0x4000000000000000))
	var i32 int32 = -1
	pu := (*uint32)(unsafe.Pointer(&i32))
	fmt.Println(*pu)
	*pu = 7
	fmt.Println(i32)
	f := 2.5
	pi := (*int64)(unsafe.Pointer(&f))
	*pi++
	fmt.Println(f > 2.5, (*float64)(unsafe.Pointer(pi)) == &f)

	// []byte and string.
	b := []byte("bytes")
	fmt.Println(*(*string)(unsafe.Pointer(&b)))
	s := "text"
	fmt.Println(len(*(*[]byte)(unsafe.Pointer(&s))), string(*(*[]byte)(unsafe.Pointer(&s))))

	// Headers.
	data := []int{1, 2, 3, 4}
	sh := (*reflect.SliceHeader)(unsafe.Pointer(&data))
	fmt.Println(sh.Len, sh.Cap, unsafe.Pointer(sh.Data) == unsafe.Pointer(&data[0]))
	sh.Len = 2
	fmt.Println(data)
	h := (*myHeader)(unsafe.Pointer(&data))
	h.Data = unsafe.Pointer(&data[1])
	h.Cap = 3
	h.Len = 3
	fmt.Println(data, cap(data))
	var built string
	stH := (*reflect.StringHeader)(unsafe.Pointer(&built))
	raw := []byte("assembled")
	stH.Data = uintptr(unsafe.Pointer(&raw[0]))
	stH.Len = len(raw)
	fmt.Println(built)

	// Interface words.
	var e any = 5
	w := (*eface)(unsafe.Pointer(&e))
	fmt.Println(w.typ != nil, *(*int)(w.data))
	var en any
	fmt.Println((*eface)(unsafe.Pointer(&en)).typ == nil)

	// Structs with corresponding fields.
	c := celsius{100, 5}
	fp := (*fahrenheit)(unsafe.Pointer(&c))
	fp.G = 6
	fmt.Println(c, *fp)

	// Arrays over elements, and element 0 of an array.
	buf := make([]byte, 8)
	w4 := (*[4]byte)(unsafe.Pointer(&buf[2]))
	w4[0] = 9
	copy(w4[1:], "xyz")
	fmt.Println(buf)
	a3 := [3]int{7, 8, 9}
	first := (*int)(unsafe.Pointer(&a3))
	*first = 70
	fmt.Println(a3, *(*int)(unsafe.Add(unsafe.Pointer(first), 16)))
	whole := (*[3]int)(unsafe.Pointer(&a3[0]))
	fmt.Println(whole == &a3)

	// First field of a struct.
	fmt.Println(*(*int)(unsafe.Pointer(&c)))

	// reflect.SliceAt is unsafe.Slice.
	rv := reflect.SliceAt(reflect.TypeOf(0), unsafe.Pointer(&a3[1]), 2)
	rv.Index(1).SetInt(90)
	fmt.Println(rv.Len(), rv.Type(), a3)

	// A raw address prints as itself.
	fmt.Printf("%p\n", unsafe.Pointer(uintptr(0x1234)))
	println(unsafe.Pointer(uintptr(0xdead0)))
}
