// The panics of reflect misuse, recovered: their dynamic types and exact texts.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
	E
	*P
}

type E struct{ X int }
type P struct{ Y int }

func (T) M()  {}
func (*T) N() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %T %s\n", name, r, err.Error())
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	var zero reflect.Value
	t := T{A: 1, b: "x"}
	ro := reflect.ValueOf(&t).Elem().Field(1)
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("Float on zero", func() { zero.Float() })
	try("Bool on int", func() { reflect.ValueOf(1).Bool() })
	try("Complex on int", func() { reflect.ValueOf(1).Complex() })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("Len on ptr", func() { reflect.ValueOf(&t).Len() })
	try("Cap on map", func() { reflect.ValueOf(map[int]int{}).Cap() })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("Elem type", func() { reflect.TypeOf(1).Elem() })
	try("Field on int", func() { reflect.ValueOf(1).Field(0) })
	try("Field range", func() { reflect.ValueOf(t).Field(9) })
	try("Type.Field range", func() { reflect.TypeOf(t).Field(9) })
	try("Type.Field kind", func() { reflect.TypeOf(1).Field(0) })
	try("Type.Key", func() { reflect.TypeOf(1).Key() })
	try("Type.Len", func() { reflect.TypeOf(1).Len() })
	try("Type.NumIn", func() { reflect.TypeOf(1).NumIn() })
	try("Type.In range", func() { reflect.TypeOf(func(int) {}).In(3) })
	try("Type.ChanDir", func() { reflect.TypeOf(1).ChanDir() })
	try("Type.Bits", func() { reflect.TypeOf("").Bits() })
	try("Type.Method range", func() { reflect.TypeOf(t).Method(5) })
	try("Implements nil", func() { reflect.TypeOf(t).Implements(nil) })
	try("Implements non-iface", func() { reflect.TypeOf(t).Implements(reflect.TypeOf(1)) })
	try("Index on int", func() { reflect.ValueOf(1).Index(0) })
	try("Index slice range", func() { reflect.ValueOf([]int{1}).Index(1) })
	try("Index array range", func() { reflect.ValueOf([1]int{}).Index(-1) })
	try("Index string range", func() { reflect.ValueOf("ab").Index(2) })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("IsZero on zero", func() { zero.IsZero() })
	try("Interface zero", func() { zero.Interface() })
	try("Interface unexported", func() { ro.Interface() })
	try("Type zero", func() { zero.Type() })
	try("SetInt unaddressable", func() { reflect.ValueOf(3).SetInt(4) })
	try("SetInt unexported", func() { ro.SetInt(4) })
	try("SetString wrong kind", func() { reflect.ValueOf(&t).Elem().Field(0).SetString("x") })
	try("SetInt zero", func() { zero.SetInt(1) })
	try("Set mismatched", func() { reflect.ValueOf(&t).Elem().Field(0).Set(reflect.ValueOf("x")) })
	try("Set from unexported", func() { reflect.ValueOf(&t).Elem().Field(0).Set(reflect.ValueOf(&t).Elem().Field(1)) })
	try("Set zero value", func() { reflect.ValueOf(&t).Elem().Field(0).Set(zero) })
	try("Addr unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("SetLen range", func() { reflect.ValueOf(&[]int{1}).Elem().SetLen(5) })
	try("SetCap range", func() { reflect.ValueOf(&[]int{1}).Elem().SetCap(0) })
	try("SetMapIndex nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("SetMapIndex key type", func() {
		reflect.ValueOf(map[string]int{}).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1))
	})
	try("MapIndex key type", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("MapKeys on slice", func() { reflect.ValueOf([]int{}).MapKeys() })
	try("Slice unaddressable array", func() { reflect.ValueOf([3]int{}).Slice(0, 1) })
	try("Slice bounds", func() { reflect.ValueOf([]int{1}).Slice(0, 5) })
	try("Slice3 string", func() { reflect.ValueOf("abc").Slice3(0, 1, 2) })
	try("Slice string bounds", func() { reflect.ValueOf("abc").Slice(2, 1) })
	try("Call non-func", func() { reflect.ValueOf(1).Call(nil) })
	try("Call nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("Call too few", func() { reflect.ValueOf(func(int) {}).Call(nil) })
	try("Call too many", func() { reflect.ValueOf(func() {}).Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("Call wrong type", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{reflect.ValueOf("s")}) })
	try("Call zero arg", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{zero}) })
	try("Call variadic wrong", func() {
		reflect.ValueOf(func(...int) {}).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("s")})
	})
	try("CallSlice non-variadic", func() { reflect.ValueOf(func(int) {}).CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("Call panics inside", func() { reflect.ValueOf(func() { panic("inner") }).Call(nil) })
	try("Method range", func() { reflect.ValueOf(t).Method(3) })
	try("Method zero", func() { zero.Method(0) })
	try("NumMethod zero", func() { zero.NumMethod() })
	try("Method on nil iface", func() {
		var s fmt.Stringer
		reflect.ValueOf(&s).Elem().Method(0)
	})
	try("Call method unexported", func() { reflect.ValueOf(&t).Elem().FieldByName("E").Method(0) })
	try("FieldByName non-struct", func() { reflect.ValueOf(1).FieldByName("A") })
	try("FieldByIndex nil embedded", func() { reflect.ValueOf(t).FieldByIndex([]int{3, 0}) })
	try("FieldByIndexErr nil embedded", func() {
		_, err := reflect.ValueOf(t).FieldByIndexErr([]int{3, 0})
		panic(err)
	})
	try("Convert impossible", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(1)) })
	try("Convert short slice", func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf([2]int{})) })
	try("Convert short slice ptr", func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf(&[2]int{})) })
	try("Zero nil", func() { reflect.Zero(nil) })
	try("New nil", func() { reflect.New(nil) })
	try("MakeSlice non-slice", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("MakeSlice len>cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) })
	try("MakeSlice negative", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), -1, 1) })
	try("MakeMap non-map", func() { reflect.MakeMap(reflect.TypeOf(1)) })
	try("MakeChan dir", func() { reflect.MakeChan(reflect.TypeOf(make(<-chan int)), 0) })
	try("MakeFunc non-func", func() { reflect.MakeFunc(reflect.TypeOf(1), nil) })
	try("MakeFunc wrong count", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
		f.Call(nil)
	})
	try("Append non-slice", func() { reflect.Append(reflect.ValueOf(1)) })
	try("Append wrong type", func() { reflect.Append(reflect.ValueOf([]int{}), reflect.ValueOf("s")) })
	try("AppendSlice mismatch", func() { reflect.AppendSlice(reflect.ValueOf([]int{}), reflect.ValueOf([]string{})) })
	try("Copy unaddressable", func() { reflect.Copy(reflect.ValueOf([2]int{}), reflect.ValueOf([]int{1})) })
	try("Copy kind", func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf([]int{1})) })
	try("Copy mismatch", func() { reflect.Copy(reflect.ValueOf([]int{}), reflect.ValueOf([]string{})) })
	try("Send recv-only", func() { reflect.ValueOf(make(<-chan int)).Send(reflect.ValueOf(1)) })
	try("Recv send-only", func() { reflect.ValueOf(make(chan<- int)).Recv() })
	try("Close recv-only", func() { reflect.ValueOf(make(<-chan int)).Close() })
	try("Close closed", func() {
		c := make(chan int)
		close(c)
		reflect.ValueOf(c).Close()
	})
	try("MapIter before Next", func() { reflect.ValueOf(map[int]int{}).MapRange().Key() })
	try("MapIter exhausted", func() {
		it := reflect.ValueOf(map[int]int{}).MapRange()
		it.Next()
		it.Value()
	})
	try("MapIter no map", func() {
		var it reflect.MapIter
		it.Next()
	})
	try("Swapper non-slice", func() { reflect.Swapper(1) })
	try("Swapper range", func() { reflect.Swapper([]int{1, 2})(0, 3) })
	try("Bytes non-byte", func() { reflect.ValueOf([]int{}).Bytes() })
	try("Bytes array", func() { reflect.ValueOf([2]byte{}).Bytes() })
	try("ArrayOf negative", func() { reflect.ArrayOf(-1, reflect.TypeOf(0)) })
	try("MapOf bad key", func() { reflect.MapOf(reflect.TypeOf([]int{}), reflect.TypeOf(0)) })
	try("FuncOf variadic", func() { reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, nil, true) })
	try("Equal uncomparable", func() { reflect.ValueOf([]int{}).Equal(reflect.ValueOf([]int{})) })
	try("nil Type method", func() { reflect.TypeOf(nil).Kind() })
	try("OverflowInt wrong kind", func() { reflect.ValueOf(1.5).OverflowInt(1) })
	try("Type OverflowFloat kind", func() { reflect.TypeOf(1).OverflowFloat(1) })
	try("ValueError", func() { panic(&reflect.ValueError{Method: "M", Kind: reflect.Int}) })
	try("Seq bad kind", func() { reflect.ValueOf(1.5).Seq() })
}
