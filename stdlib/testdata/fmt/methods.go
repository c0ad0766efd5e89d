// Formatting methods: which of Format, GoString, Error and String fmt uses for which verb,
// nil receivers, panics inside methods, and values reached through unexported fields.
package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S%d", s.n) }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS%d", p.n) }

type E struct{}

func (E) Error() string  { return "E-error" }
func (E) String() string { return "E-string" }

type G struct{ v int }

func (g G) GoString() string { return fmt.Sprintf("G{v=%d}", g.v) }
func (g G) String() string   { return "G-string" }

type F struct{ v int }

func (f F) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	fmt.Fprintf(st, "F[%c w=%d,%v p=%d,%v flags=", verb, w, wok, p, pok)
	for _, c := range "+-# 0" {
		if st.Flag(int(c)) {
			fmt.Fprintf(st, "%c", c)
		}
	}
	fmt.Fprintf(st, " %s]", fmt.FormatString(st, verb))
}

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilPanic struct{ p *int }

func (n *NilPanic) String() string { return fmt.Sprint(*n.p) }

type ErrPanic struct{}

func (ErrPanic) Error() string { panic(errors.New("inner error")) }

type BadString struct{}

func (BadString) String() int { return 1 }

type wrap struct {
	s  S
	S2 S
	e  error
	E2 error
}

type Val int

func (v Val) String() string { return fmt.Sprintf("Val(%d)", int(v)) }

type Rec struct {
	Name string
	Next *Rec
}

func main() {
	fmt.Println(S{1}, &S{2}, []S{{3}}, map[S]int{{4}: 4})
	fmt.Printf("%v %s %q %x %d\n", S{5}, S{5}, S{5}, S{5}, S{5})
	fmt.Println(PS{1}, &PS{2}, []*PS{{3}})
	var nps *PS
	fmt.Println(nps)
	fmt.Printf("[%v] [%s] [%d]\n", nps, nps, nps)
	fmt.Println(E{}, error(E{}))
	fmt.Printf("%v %s %#v\n", E{}, E{}, E{})
	fmt.Printf("%v %#v %+v %s\n", G{1}, G{2}, G{3}, []G{{4}})
	fmt.Printf("%v|%+8.3x|%-#q|% 05d\n", F{1}, F{2}, F{3}, F{4})
	fmt.Println(F{5})
	fmt.Printf("%#v %T\n", F{6}, F{6})
	fmt.Println(Panicky{})
	fmt.Printf("%s|%d|%v\n", Panicky{}, Panicky{}, []Panicky{{}})
	fmt.Printf("%5v|%-8.3v|\n", []any{1, Panicky{}, 2}, []any{"abcdef", Panicky{}, "abcdef"})
	fmt.Println(&NilPanic{})
	var np *NilPanic
	fmt.Println(np)
	fmt.Println(ErrPanic{})
	fmt.Println(BadString{})
	w := wrap{S{1}, S{2}, E{}, E{}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Val{1, 2}, map[Val]Val{3: 4})
	fmt.Printf("%d %v %x\n", Val(10), Val(10), Val(10))
	r := &Rec{"a", &Rec{"b", nil}}
	fmt.Printf("%v %+v\n", r.Next.Next, *r.Next)
	var e error
	fmt.Println(e)
	fmt.Printf("%v %d\n", e, e)
	var st fmt.Stringer = S{9}
	fmt.Println(st)
	fmt.Printf("%s\n", []fmt.Stringer{S{1}, nil})
	type local struct{ A, b any }
	fmt.Printf("%v %+v %#v\n", local{S{1}, S{2}}, local{nil, 3}, local{"x", nil})
}
