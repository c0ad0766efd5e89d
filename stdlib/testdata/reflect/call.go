// Calling through reflect: functions, variadic Call and CallSlice, methods of values,
// pointers and interfaces, method values as func values, MakeFunc, functions that block on
// channels, channel operations, Select, and Seq/Seq2.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Counter struct {
	N    int
	name string
}

func (c Counter) Get() int                 { return c.N }
func (c *Counter) Add(d int) int           { c.N += d; return c.N }
func (c Counter) Sum(xs ...int) (int, int) { s := c.N; for _, x := range xs { s += x }; return s, len(xs) }
func (c Counter) String() string           { return fmt.Sprintf("Counter(%d)", c.N) }

type Greeter interface {
	Greet(name string) string
}

type English struct{}

func (English) Greet(n string) string { return "Hello, " + n }

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func show(rs []reflect.Value) string {
	var b strings.Builder
	b.WriteString("[")
	for i, r := range rs {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v:%v", r.Type(), r.Interface())
	}
	b.WriteString("]")
	return b.String()
}

func vals(xs ...any) []reflect.Value {
	out := make([]reflect.Value, len(xs))
	for i, x := range xs {
		out[i] = reflect.ValueOf(x)
	}
	return out
}

func main() {
	fmt.Println(show(reflect.ValueOf(div).Call(vals(7, 2))))
	fmt.Println(show(reflect.ValueOf(div).Call(vals(7, 0))))
	fmt.Println(show(reflect.ValueOf(join).Call(vals("-", "a", "b", "c"))))
	fmt.Println(show(reflect.ValueOf(join).Call(vals(","))))
	fmt.Println(show(reflect.ValueOf(join).CallSlice(vals("+", []string{"x", "y"}))))
	fmt.Println(reflect.ValueOf(func() {}).Call(nil) == nil, len(reflect.ValueOf(func() {}).Call(nil)))
	fmt.Println(show(reflect.ValueOf(strings.ToUpper).Call(vals("shout"))))
	var errArg error
	fmt.Println(show(reflect.ValueOf(func(x any, e error) string { return fmt.Sprint(x, e) }).Call(
		[]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(&errArg).Elem()})))

	// Methods by index and name; value and pointer receivers.
	c := &Counter{N: 1}
	cv := reflect.ValueOf(c)
	fmt.Println(cv.NumMethod(), cv.Elem().NumMethod())
	for i := 0; i < cv.NumMethod(); i++ {
		fmt.Println(cv.Type().Method(i).Name, cv.Method(i).Type())
	}
	fmt.Println(show(cv.MethodByName("Add").Call(vals(5))), c.N)
	fmt.Println(show(cv.MethodByName("Sum").Call(vals(1, 2, 3))))
	fmt.Println(show(cv.Elem().MethodByName("Get").Call(nil)), cv.MethodByName("Nope").IsValid())
	// The receiver is read when the method value is called.
	get := cv.Elem().MethodByName("Get")
	c.N = 40
	fmt.Println(show(get.Call(nil)))
	// A method value as a func value.
	add := cv.MethodByName("Add").Interface().(func(int) int)
	fmt.Println(add(2), add(3), c.N)
	// Method expressions from Type.Method: the receiver comes first.
	m, _ := reflect.TypeOf(c).MethodByName("Add")
	fmt.Println(show(m.Func.Call(vals(c, 10))), m.Type)
	m2, _ := reflect.TypeOf(Counter{}).MethodByName("String")
	fmt.Println(m2.Func.Interface().(func(Counter) string)(Counter{N: 9}))

	// Methods of interface values.
	var g Greeter = English{}
	gv := reflect.ValueOf(&g).Elem()
	fmt.Println(gv.Kind(), gv.NumMethod(), show(gv.Method(0).Call(vals("iface"))), show(gv.Elem().Method(0).Call(vals("elem"))))
	fmt.Println(reflect.TypeOf(English{}).Implements(reflect.TypeOf((*Greeter)(nil)).Elem()))

	// MakeFunc: a generic swap and a counting wrapper.
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fv := reflect.MakeFunc(reflect.TypeOf(intSwap), swap)
	reflect.ValueOf(&intSwap).Elem().Set(fv)
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))
	calls := 0
	traced := reflect.MakeFunc(reflect.TypeOf(div), func(in []reflect.Value) []reflect.Value {
		calls++
		return reflect.ValueOf(div).Call(in)
	}).Interface().(func(int, int) (int, error))
	fmt.Println(traced(9, 3))
	fmt.Println(traced(1, 0))
	fmt.Println(calls)
	vf := reflect.MakeFunc(reflect.TypeOf(join), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(fmt.Sprint(in[0].Interface(), in[1].Len(), in[1].Interface()))}
	})
	fmt.Println(vf.Interface().(func(string, ...string) string)("s", "p", "q"), show(vf.Call(vals("t", "u"))))
	toAny := reflect.MakeFunc(reflect.TypeOf(func() any { return nil }), func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(42)}
	})
	fmt.Println(show(toAny.Call(nil)))

	// Functions that block: Call waits for them.
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i * 10
		}
		close(ch)
	}()
	recvAll := func(c chan int) []int {
		var out []int
		for x := range c {
			out = append(out, x)
		}
		return out
	}
	fmt.Println(show(reflect.ValueOf(recvAll).Call(vals(ch))))

	// Channel operations.
	bc := reflect.MakeChan(reflect.TypeOf(make(chan string)), 2)
	fmt.Println(bc.TrySend(reflect.ValueOf("a")), bc.TrySend(reflect.ValueOf("b")), bc.TrySend(reflect.ValueOf("c")), bc.Len(), bc.Cap())
	x, ok := bc.Recv()
	fmt.Println(x.String(), ok)
	x, ok = bc.TryRecv()
	fmt.Println(x.String(), ok)
	x, ok = bc.TryRecv()
	fmt.Println(x.IsValid(), ok)
	bc.Send(reflect.ValueOf("d"))
	bc.Close()
	x, ok = bc.Recv()
	fmt.Println(x.String(), ok)
	x, ok = bc.Recv()
	fmt.Printf("%q %v %v\n", x.String(), x.IsValid(), ok)
	unbuf := make(chan int)
	go func() { unbuf <- 77 }()
	x, ok = reflect.ValueOf(unbuf).Recv()
	fmt.Println(x.Int(), ok)
	done := make(chan bool)
	go func() { fmt.Println("got", <-unbuf); done <- true }()
	reflect.ValueOf(unbuf).Send(reflect.ValueOf(88))
	<-done

	// Select.
	c1 := make(chan int, 1)
	c2 := make(chan string, 1)
	c2 <- "ready"
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c2)},
	}
	chosen, recv, recvOK := reflect.Select(cases)
	fmt.Println(chosen, recv.Interface(), recvOK)
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println(chosen, recv.IsValid(), recvOK)
	cases[2] = reflect.SelectCase{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c1), Send: reflect.ValueOf(5)}
	chosen, _, _ = reflect.Select(cases)
	fmt.Println(chosen, <-c1)
	go func() { c2 <- "later" }()
	chosen, recv, recvOK = reflect.Select(cases[:2])
	fmt.Println(chosen, recv.Interface(), recvOK)

	// Seq and Seq2.
	for v := range reflect.ValueOf(3).Seq() {
		fmt.Print(v.Interface(), v.Type(), " ")
	}
	for i, v := range reflect.ValueOf([]string{"x", "y"}).Seq2() {
		fmt.Print(i.Int(), v.String(), " ")
	}
	for i, v := range reflect.ValueOf("hé!").Seq2() {
		fmt.Print(i.Int(), string(rune(v.Int())), " ")
	}
	mm := map[string]int{"k1": 1, "k2": 2}
	var ks []string
	for k := range reflect.ValueOf(mm).Seq() {
		ks = append(ks, k.String())
	}
	sort.Strings(ks)
	fmt.Println(ks)
	count := func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
	for v := range reflect.ValueOf(count).Seq() {
		fmt.Print(v.Int(), " ")
	}
	fmt.Println()
}

type Small int8

func init() {
	for v := range reflect.ValueOf(Small(2)).Seq() {
		fmt.Print(v.Type(), v.Int(), " ")
	}
	fmt.Println()
}
