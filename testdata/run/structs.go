// Structs: value semantics on assignment, parameter passing, return and inside arrays,
// equality, nested and anonymous structs, embedded fields with promoted fields and methods,
// pointers to fields and to array elements.
package main

import "fmt"

type Inner struct {
	A int
	B [2]string
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *Inner
	Arr  [2]Inner
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base#", b.ID) }
func (b *Base) Bump()           { b.ID++ }

type Named struct{ Name string }

func (n *Named) Rename(s string) { n.Name = s }
func (n Named) Hello() string    { return "hello " + n.Name }

type Widget struct {
	Base
	*Named
	Size int
}

type Deep struct {
	Widget
	Extra string
}

func modify(o Outer) Outer {
	o.Name = "changed"
	o.In.A = 99
	o.Arr[1].B[0] = "mod"
	o.Ptr.A = 77
	return o
}

func valueSemantics() {
	shared := &Inner{A: 1}
	o1 := Outer{Name: "one", In: Inner{A: 1, B: [2]string{"x", "y"}}, Ptr: shared}
	o2 := o1
	o2.Name = "two"
	o2.In.B[1] = "Y"
	o2.Arr[0].A = 5
	fmt.Println(o1.Name, o1.In, o1.Arr, "|", o2.Name, o2.In, o2.Arr)
	o3 := modify(o1)
	fmt.Println(o1.Name, o1.In.A, o1.Arr[1].B, shared.A, "|", o3.Name, o3.In.A, o3.Arr[1].B)
	arr := [3]Inner{{A: 1}, {A: 2}, {A: 3}}
	arr2 := arr
	arr2[0].A = 100
	for _, e := range arr {
		e.A *= 10
	}
	for i := range arr {
		arr[i].B[0] = fmt.Sprint(i)
	}
	fmt.Println(arr, arr2)
	sl := []Inner{{A: 1}}
	e := sl[0]
	e.A = 2
	fmt.Println(sl[0].A, e.A)
	mk := func() Inner { return Inner{A: 3} }
	x := mk()
	x.A++
	fmt.Println(x.A, mk().A, mk().B[0] == "")
	var zero Outer
	fmt.Println(zero.Name == "", zero.Ptr == nil, zero.In.A, len(zero.Arr))
	fmt.Printf("%v\n%+v\n", o1.In, o2.Arr)
}

func equality() {
	a := Inner{1, [2]string{"a", "b"}}
	b := Inner{1, [2]string{"a", "b"}}
	c := Inner{1, [2]string{"a", "c"}}
	fmt.Println(a == b, a == c, a != c)
	p1, p2 := &a, &b
	fmt.Println(p1 == p2, *p1 == *p2, p1 == &a)
	type K struct {
		s string
		f float64
		i interface{}
	}
	fmt.Println(K{"x", 1, 2} == K{"x", 1, 2}, K{"x", 1, 2} == K{"x", 1, int64(2)}, K{} == K{})
	anon1 := struct {
		X int
		Y string
	}{1, "a"}
	anon2 := struct {
		X int
		Y string
	}{1, "a"}
	fmt.Println(anon1 == anon2, anon1)
	var named Inner = Inner(struct {
		A int
		B [2]string
	}{A: 4})
	fmt.Println(named)
	e1 := struct{}{}
	fmt.Println(e1 == struct{}{})
	defer func() { fmt.Println("recovered:", recover()) }()
	var i1, i2 interface{} = K{i: []int{1}}, K{i: []int{1}}
	fmt.Println(i1 == i2)
}

func embedding() {
	w := Widget{Base: Base{ID: 1}, Named: &Named{"w"}, Size: 3}
	fmt.Println(w.ID, w.Name, w.Describe(), w.Hello())
	w.Bump()
	w.Rename("renamed")
	fmt.Println(w.ID, w.Name, w.Base.ID, w.Named.Name)
	w2 := w
	w2.Bump()
	w2.Rename("shared")
	fmt.Println(w.ID, w2.ID, w.Name, w2.Name)
	d := Deep{Widget: w, Extra: "e"}
	d.Bump()
	fmt.Println(d.ID, d.Widget.Base.ID, w.ID, d.Describe(), d.Hello())
	f := d.Describe
	d.Bump()
	fmt.Println(f(), d.Describe())
	g := (*Base).Bump
	g(&d.Base)
	fmt.Println(d.ID, Base.Describe(d.Base))
	var iface interface{ Describe() string } = d
	fmt.Println(iface.Describe())
	var bumper interface{ Bump() } = &d
	bumper.Bump()
	fmt.Println(d.ID)
	fmt.Printf("%+v\n", d.Base)
}

func pointers() {
	o := Outer{Name: "o"}
	pa := &o.In.A
	*pa = 5
	pb := &o.In.B[1]
	*pb = "bee"
	pi := &o.In
	pi.A++
	fmt.Println(o.In, *pa, *pb, pa == &o.In.A)
	pe := &o.Arr[1]
	pe.A = 8
	o.Arr[1].B[0] = "zz"
	fmt.Println(pe.A, pe.B, o.Arr)
	arr := [4]int{1, 2, 3, 4}
	p2 := &arr[2]
	arr = [4]int{10, 20, 30, 40}
	fmt.Println(*p2)
	sl := arr[:]
	p3 := &sl[3]
	sl = append(sl, 50)
	*p3 = -1
	fmt.Println(arr[3], sl[3])
	pp := &pa
	**pp = 123
	fmt.Println(o.In.A)
	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := 0; i < 5; i++ {
		head = &node{i, head}
	}
	sum := 0
	for n := head; n != nil; n = n.next {
		sum = sum*10 + n.val
	}
	fmt.Println(sum)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	np := new(Inner)
	np.B[0] = "new"
	cp := *np
	np.A = 1
	fmt.Println(*np, cp)
}

func main() {
	valueSemantics()
	equality()
	embedding()
	pointers()
}
