// Writing through reflect: Set and the typed setters, value semantics of copies, SetMapIndex,
// slices (SetLen, SetCap, Append, AppendSlice, Copy, Grow, Clear), Make functions, Convert.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Inner struct {
	N    int
	Tags [2]string
}

type Rec struct {
	Name  string
	Age   uint8
	Score float32
	In    Inner
	List  []Inner
	M     map[string]Inner
	Any   any
	Err   error
	C     complex64
	P     *Inner
	hide  int
}

type MyInt int
type Names []string

func main() {
	var r Rec
	v := reflect.ValueOf(&r).Elem()
	v.FieldByName("Name").SetString("gopher")
	v.FieldByName("Age").SetUint(300) // truncated as a uint8
	v.FieldByName("Score").SetFloat(1.1)
	v.FieldByName("C").SetComplex(complex(1.1, 2))
	v.Field(3).Field(0).SetInt(7)
	v.Field(3).Field(1).Index(1).SetString("t1")
	v.FieldByName("Any").Set(reflect.ValueOf(3.5))
	v.FieldByName("Err").Set(reflect.ValueOf(fmt.Errorf("boom")))
	fmt.Printf("%+v\n", r)

	// Set copies structs and arrays: later changes to the source do not show.
	in := Inner{N: 1, Tags: [2]string{"a", "b"}}
	v.FieldByName("In").Set(reflect.ValueOf(in))
	in.Tags[0] = "changed"
	fmt.Println(r.In, in)
	src := reflect.ValueOf(&in).Elem()
	v.FieldByName("In").Set(src)
	src.Field(0).SetInt(100)
	fmt.Println(r.In.N, in.N)
	got := v.FieldByName("In").Interface().(Inner)
	got.N = -1
	fmt.Println(r.In.N)

	// Pointers: New, Set of a pointer field, Elem writes through.
	p := reflect.New(reflect.TypeOf(Inner{}))
	p.Elem().Field(0).SetInt(55)
	v.FieldByName("P").Set(p)
	r.P.N++
	fmt.Println(p.Elem().Field(0).Int(), r.P.N)
	x := 10
	xp := reflect.ValueOf(&x)
	xp.Elem().SetInt(20)
	fmt.Println(x)
	xp.Elem().Set(reflect.ValueOf(30))
	fmt.Println(x)
	var mi MyInt
	reflect.ValueOf(&mi).Elem().SetInt(4)
	fmt.Println(mi, reflect.ValueOf(&mi).Elem().CanSet())

	// Maps.
	mv := reflect.MakeMap(reflect.TypeOf(map[string]Inner{}))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(Inner{N: 1}))
	mv.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(Inner{N: 2}))
	mv.SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(Inner{N: 3}))
	mv.SetMapIndex(reflect.ValueOf("b"), reflect.Value{})
	v.FieldByName("M").Set(mv)
	keys := []string{}
	for k := range r.M {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, r.M["a"].N, r.M["c"].N, len(r.M))
	m2 := reflect.MakeMapWithSize(reflect.TypeOf(map[MyInt][]int{}), 10)
	m2.SetMapIndex(reflect.ValueOf(MyInt(1)), reflect.ValueOf([]int{1}))
	fmt.Println(m2.Interface(), m2.Len())
	im := map[any]int{}
	imv := reflect.ValueOf(im)
	imv.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(10))
	imv.SetMapIndex(reflect.ValueOf("1"), reflect.ValueOf(11))
	fmt.Println(im[1], im["1"], len(im), imv.MapIndex(reflect.ValueOf(1)).Int())

	// Slices.
	sv := reflect.ValueOf(&r.List).Elem()
	sv.Set(reflect.MakeSlice(sv.Type(), 2, 5))
	sv.Index(1).Field(0).SetInt(9)
	fmt.Println(len(r.List), cap(r.List), r.List)
	sv.SetLen(4)
	fmt.Println(len(r.List), r.List)
	sv.SetCap(4)
	fmt.Println(cap(r.List))
	s2 := reflect.Append(sv, reflect.ValueOf(Inner{N: 5}), reflect.ValueOf(Inner{N: 6}))
	fmt.Println(s2.Len(), s2.Cap(), s2.Index(5).Field(0).Int(), len(r.List))
	s3 := reflect.AppendSlice(reflect.ValueOf([]int{1, 2}), reflect.ValueOf([]int{3, 4, 5}))
	fmt.Println(s3.Interface(), s3.Len(), s3.Cap())
	ns := reflect.ValueOf(Names(nil))
	ns = reflect.Append(ns, reflect.ValueOf("x"))
	fmt.Println(ns.Interface(), ns.Type())
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9, 10}))
	fmt.Println(n, dst)
	arr := [4]byte{}
	n = reflect.Copy(reflect.ValueOf(&arr).Elem(), reflect.ValueOf("hey"))
	fmt.Println(n, arr)
	grow := reflect.ValueOf(&[]int{1}).Elem()
	grow.Grow(10)
	fmt.Println(grow.Len(), grow.Cap() >= 11)
	cl := []int{1, 2, 3}
	reflect.ValueOf(cl).Clear()
	cm := map[int]int{1: 1}
	reflect.ValueOf(cm).Clear()
	fmt.Println(cl, len(cm))
	bs := reflect.ValueOf(&[]byte{}).Elem()
	bs.SetBytes([]byte("set bytes"))
	fmt.Println(string(bs.Bytes()))
	reflect.ValueOf(&r).Elem().FieldByName("Age").SetZero()
	fmt.Println(r.Age)

	// Appending to a slice with spare capacity shares the backing array.
	base := make([]int, 2, 4)
	ext := reflect.Append(reflect.ValueOf(base), reflect.ValueOf(3))
	ext.Index(0).SetInt(-1)
	fmt.Println(base, ext.Interface())

	// Conversions.
	conv := []struct {
		v any
		t reflect.Type
	}{
		{300, reflect.TypeOf(int8(0))},
		{-1, reflect.TypeOf(uint16(0))},
		{uint64(1 << 63), reflect.TypeOf(int64(0))},
		{3.99, reflect.TypeOf(0)},
		{-3.99, reflect.TypeOf(uint8(0))},
		{1 << 40, reflect.TypeOf(float32(0))},
		{0.1, reflect.TypeOf(float32(0))},
		{65, reflect.TypeOf("")},
		{-5, reflect.TypeOf("")},
		{"héllo", reflect.TypeOf([]byte{})},
		{"héllo", reflect.TypeOf([]rune{})},
		{[]byte("abc"), reflect.TypeOf("")},
		{[]rune("añb"), reflect.TypeOf("")},
		{MyInt(5), reflect.TypeOf(0)},
		{5, reflect.TypeOf(MyInt(0))},
		{[]string{"a"}, reflect.TypeOf(Names{})},
		{[]int{1, 2, 3}, reflect.TypeOf([2]int{})},
		{[]int{1, 2, 3}, reflect.TypeOf(&[3]int{})},
		{complex(1, 2), reflect.TypeOf(complex64(0))},
		{3, reflect.TypeOf((*any)(nil)).Elem()},
		{fmt.Errorf("e"), reflect.TypeOf((*error)(nil)).Elem()},
		{make(chan int), reflect.TypeOf(make(<-chan int))},
		{Inner{N: 4}, reflect.TypeOf(struct {
			N    int
			Tags [2]string
		}{})},
	}
	for _, c := range conv {
		v := reflect.ValueOf(c.v)
		ok := v.CanConvert(c.t)
		if !ok {
			fmt.Println(v.Type(), "->", c.t, "cannot convert")
			continue
		}
		out := v.Convert(c.t)
		if out.Kind() == reflect.Chan {
			fmt.Println(v.Type(), "->", out.Type(), out.Kind())
			continue
		}
		if out.Kind() == reflect.Pointer {
			fmt.Println(v.Type(), "->", out.Type(), out.Elem().Interface())
			continue
		}
		fmt.Printf("%v -> %v %v (%v)\n", v.Type(), out.Type(), out.Interface(), out.Kind())
	}
	fmt.Println(reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf([2]int{})), reflect.ValueOf("x").CanConvert(reflect.TypeOf(0)))
	sl := []int{1, 2, 3}
	ap := reflect.ValueOf(sl).Convert(reflect.TypeOf(&[3]int{})).Interface().(*[3]int)
	ap[0] = 100
	fmt.Println(sl[0])

	// Unexported fields can be read but not set or interfaced.
	h := v.FieldByName("hide")
	fmt.Println(h.Int(), h.CanSet(), h.CanInterface(), h.CanAddr())

	// Swapper.
	words := []string{"a", "b", "c"}
	sw := reflect.Swapper(words)
	sw(0, 2)
	fmt.Println(words)
	inners := []Inner{{N: 1}, {N: 2}}
	q := &inners[0]
	reflect.Swapper(inners)(0, 1)
	fmt.Println(inners, q.N)
}
