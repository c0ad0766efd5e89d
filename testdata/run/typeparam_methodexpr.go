// Method expressions T.M on a type parameter: the type argument's own method, one promoted
// through an embedded interface, value or pointer, with value and pointer receivers.
package main

import "fmt"

type Mer interface{ M() string }

type MyMer int

func (m MyMer) M() string { return fmt.Sprint("MyMer.M ", int(m)) }

type PM struct{ n int }

func (p *PM) M() string { p.n++; return fmt.Sprint("(*PM).M ", p.n) }

func F[T Mer](t T) {
	f := T.M
	fmt.Println(T.M(t), t.M(), f(t))
}

type Abs[T any] interface{ Abs() T }

type MyInt int

func (m MyInt) Abs() MyInt {
	if m < 0 {
		return -m
	}
	return m
}

func G[T Abs[U], U any](t T) {
	fmt.Println(T.Abs(t), t.Abs())
}

func main() {
	mm := MyMer(3)
	ms := struct{ Mer }{Mer: mm}
	F[Mer](mm)
	F[struct{ Mer }](ms)
	F[*struct{ Mer }](&ms)
	ms2 := struct{ MyMer }{MyMer: mm}
	ms3 := struct{ *MyMer }{MyMer: &mm}
	F[MyMer](mm)
	F[*MyMer](&mm)
	F[struct{ MyMer }](ms2)
	F[struct{ *MyMer }](ms3)
	F[*struct{ MyMer }](&ms2)
	F[*struct{ *MyMer }](&ms3)
	p := &PM{}
	F[*PM](p)
	ps := struct{ *PM }{p}
	F[struct{ *PM }](ps)
	F[Mer](p)
	G[MyInt, MyInt](MyInt(-3))
	G[Abs[MyInt], MyInt](MyInt(-4))
}
