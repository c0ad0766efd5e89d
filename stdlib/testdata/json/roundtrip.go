// Marshal and Unmarshal of every kind of value: scalars of each size, strings with escapes,
// slices, arrays, maps with string, integer and named keys, pointers, nested structs,
// interfaces, byte slices (base64), RawMessage and Number, nil versus empty, and the
// round trip back into typed and untyped values.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
)

type Color int

type Point struct {
	X, Y int
}

type Shape struct {
	Name    string
	Points  []Point
	Fill    *Color
	Closed  bool
	Weights map[string]float64
	Grid    [2][3]int8
	Labels  map[Color]string
	Raw     json.RawMessage
	Num     json.Number
	Any     any
	Bytes   []byte
	Arr     [3]byte
	Nested  *Shape
	U16     uint16
	I32     int32
	F32     float32
	Uptr    uintptr
	Str     []string
	Empty   struct{}
	Ptrs    []*int
	MapList map[string][]int
}

type KeyS string
type KeyU uint8

func rt(label string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("%s: marshal error %v\n", label, err)
		return
	}
	fmt.Printf("%s: %s\n", label, b)
	p := reflect.New(reflect.TypeOf(v))
	if err := json.Unmarshal(b, p.Interface()); err != nil {
		fmt.Printf("  unmarshal error %v\n", err)
		return
	}
	b2, _ := json.Marshal(p.Elem().Interface())
	if string(b2) != string(b) {
		fmt.Printf("  round trip differs: %s\n", b2)
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		fmt.Printf("  generic error %v\n", err)
		return
	}
	fmt.Printf("  generic %T %v\n", generic, generic)
}

func main() {
	rt("bool", true)
	rt("int", -42)
	rt("int8", int8(-128))
	rt("int16", int16(32767))
	rt("int32", int32(-2147483648))
	rt("int64", int64(math.MinInt64))
	rt("int64max", int64(math.MaxInt64))
	rt("uint", uint(7))
	rt("uint8", uint8(255))
	rt("uint64", uint64(math.MaxUint64))
	rt("uintptr", uintptr(12345))
	rt("float64", 3.141592653589793)
	rt("float32", float32(3.14))
	rt("float zero", 0.0)
	rt("neg zero", math.Copysign(0, -1))
	rt("big int float", 1e20)
	rt("string", "hello, \"world\" \\ / \b\f\n\r\t \x01 \x1f é 日本 😀")
	rt("html", "<a href=\"x\">&amp;</a>")
	rt("line seps", "a\u2028b\u2029c")
	rt("empty string", "")
	rt("named int", Color(3))
	rt("slice", []int{1, 2, 3})
	rt("nil slice", []int(nil))
	rt("empty slice", []int{})
	rt("array", [3]string{"a", "b", "c"})
	rt("empty array", [0]int{})
	rt("nested slices", [][]float64{{1.5}, {}, nil})
	rt("map", map[string]int{"b": 2, "a": 1, "c": 3})
	rt("nil map", map[string]int(nil))
	rt("empty map", map[string]bool{})
	rt("int keys", map[int]string{10: "ten", -1: "minus", 9: "nine", 100: "hundred"})
	rt("uint8 keys", map[KeyU]bool{200: true, 3: false})
	rt("named string keys", map[KeyS]int{"z": 1, "a": 2})
	rt("int64 keys", map[int64]int{math.MinInt64: 1, math.MaxInt64: 2})
	rt("uint64 keys", map[uint64]int{math.MaxUint64: 1})
	rt("map of maps", map[string]map[string]int{"x": {"y": 1}, "e": {}})
	rt("bytes", []byte("hello world!"))
	rt("nil bytes", []byte(nil))
	rt("empty bytes", []byte{})
	rt("byte array", [4]byte{1, 2, 3, 4})
	rt("pointer", &Point{1, 2})
	rt("nil pointer", (*Point)(nil))
	x := 5
	px := &x
	rt("pointer to pointer", &px)
	rt("interface slice", []any{1, "a", nil, true, 2.5, []any{}, map[string]any{}})
	rt("struct", Point{3, 4})
	c := Color(2)
	one := 1
	s := Shape{
		Name:    "tri",
		Points:  []Point{{0, 0}, {1, 0}, {0, 1}},
		Fill:    &c,
		Closed:  true,
		Weights: map[string]float64{"w": 0.5, "h": 1e-9},
		Grid:    [2][3]int8{{1, 2, 3}, {-4, -5, -6}},
		Labels:  map[Color]string{1: "one", 0: "zero"},
		Raw:     json.RawMessage(`{"pre":"computed"}`),
		Num:     "12.50",
		Any:     map[string]any{"k": []any{1.0, "x"}},
		Bytes:   []byte{0, 255, 128},
		Arr:     [3]byte{7, 8, 9},
		Nested:  &Shape{Name: "inner", Raw: json.RawMessage(`null`), Num: "0"},
		U16:     65535,
		I32:     -7,
		F32:     1.1,
		Uptr:    9,
		Str:     []string{"a<b", "c&d"},
		Ptrs:    []*int{&one, nil},
		MapList: map[string][]int{"a": {1}, "b": nil},
	}
	rt("shape", s)
	b, _ := json.MarshalIndent(s, "", "  ")
	fmt.Println(string(b))
	var back Shape
	err := json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Points, *back.Fill, back.Labels, string(back.Raw), back.Num, back.Any, back.Bytes, back.Nested.Name, *back.Ptrs[0], back.Ptrs[1])
	fmt.Println(reflect.DeepEqual(s.Grid, back.Grid), back.F32, back.MapList)

	// Untyped decoding of each JSON form.
	for _, in := range []string{`null`, `true`, `false`, `0`, `-0`, `1.5e3`, `"s"`, `[]`, `{}`, `[null]`, `{"a":{"b":[1,{"c":null}]}}`, ` 7 `, "\t[1 ,\n2]\r\n"} {
		var v any
		err := json.Unmarshal([]byte(in), &v)
		fmt.Printf("%q -> %T %v %v\n", in, v, v, err)
	}
	// Numbers at the limits of float64.
	for _, in := range []string{`1.7976931348623157e308`, `5e-324`, `2e-324`, `123456789012345678901234567890`, `0.1`, `-1e-400`, `9007199254740993`} {
		var f float64
		err := json.Unmarshal([]byte(in), &f)
		fmt.Println(in, f, err)
		var n json.Number
		err = json.Unmarshal([]byte(in), &n)
		i, ierr := n.Int64()
		fl, ferr := n.Float64()
		fmt.Println("  number", n, n.String(), i, ierr, fl, ferr)
	}
	var i64 int64
	fmt.Println(json.Unmarshal([]byte(`-9223372036854775808`), &i64), i64)
	var u64 uint64
	fmt.Println(json.Unmarshal([]byte(`18446744073709551615`), &u64), u64)
	var ui uintptr
	fmt.Println(json.Unmarshal([]byte(`77`), &ui), ui)
	var raw json.RawMessage
	fmt.Println(json.Unmarshal([]byte(` [1, 2 ,3] `), &raw), string(raw))
	var rawp *json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`{"a" : 1}`), &rawp), string(*rawp))
	b, err = json.Marshal(struct {
		R  json.RawMessage
		RP *json.RawMessage
		RN json.RawMessage
		RS []json.RawMessage
	}{json.RawMessage(` { "x" : [ 1 , 2 ] } `), rawp, nil, []json.RawMessage{[]byte(`1`), []byte(`"<>"`)}})
	fmt.Println(string(b), err)
	_, err = json.Marshal(json.RawMessage(`{bad}`))
	fmt.Println(err)
	var mapAny map[string]any
	fmt.Println(json.Unmarshal([]byte(`{"b":1,"a":[true,null]}`), &mapAny), mapAny)
	var sl []any
	fmt.Println(json.Unmarshal([]byte(`[{"x":1},[2],"3",4,null,false]`), &sl), sl, len(sl))
	var ifaceSlice []fmt.Stringer
	fmt.Println(json.Unmarshal([]byte(`[null,null]`), &ifaceSlice), len(ifaceSlice))
	var pp **int
	fmt.Println(json.Unmarshal([]byte(`12`), &pp), **pp)
	var arr2 [2]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3,4]`), &arr2), arr2)
	arr3 := [3]int{9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1]`), &arr3), arr3)
}
