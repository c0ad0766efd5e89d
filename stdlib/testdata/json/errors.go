// Error texts, types and offsets of Unmarshal: malformed input (SyntaxError), values of the
// wrong type (UnmarshalTypeError with struct field paths), bad targets
// (InvalidUnmarshalError), ",string" misuse, unknown fields, overflow, and Marshal's
// unsupported types and values.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Inner struct {
	N  int     `json:"n"`
	F  float32 `json:"f"`
	U8 uint8   `json:"u8"`
	B  bool
	S  string
}

type Middle struct {
	In   Inner            `json:"in"`
	List []Inner          `json:"list"`
	Map  map[string]Inner `json:"map"`
	Ptr  *Inner           `json:"ptr"`
}

type User struct {
	ID    int       `json:"id"`
	Name  string    `json:"name"`
	Age   uint      `json:"age"`
	Mid   Middle    `json:"mid"`
	Tags  []string  `json:"tags"`
	Arr   [2]int    `json:"arr"`
	Quote int       `json:"quote,string"`
	QB    bool      `json:"qb,string"`
	QS    string    `json:"qs,string"`
	QF    float64   `json:"qf,string"`
	Num   json.Number
	Iface fmt.Stringer
	Bytes []byte
	M     map[int]string
	MU    map[uint8]int
	MB    map[bool]int
	Ch    chan int
	I8    int8
	I64   int64
	U64   uint64
	F64   float64
}

type Named struct {
	Anon struct {
		X int `json:"x"`
	} `json:"anon"`
}

func show(label string, err error) {
	if err == nil {
		fmt.Printf("%-32s ok\n", label)
		return
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var ie *json.InvalidUnmarshalError
	switch {
	case errors.As(err, &se):
		fmt.Printf("%-32s SyntaxError offset=%d: %v\n", label, se.Offset, err)
	case errors.As(err, &te):
		fmt.Printf("%-32s UnmarshalTypeError value=%q type=%v offset=%d struct=%q field=%q: %v\n", label, te.Value, te.Type, te.Offset, te.Struct, te.Field, err)
	case errors.As(err, &ie):
		fmt.Printf("%-32s InvalidUnmarshalError: %v\n", label, err)
	default:
		fmt.Printf("%-32s %T: %v\n", label, err, err)
	}
}

var syntax = []string{
	``, ` `, `{`, `[`, `"abc`, `{"a"`, `{"a":`, `{"a":1`, `[1,`, `[1`, `tru`, `nul`, `fals`,
	`x`, `}`, `]`, `,`, `:`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `[,1]`, `{,}`, `{1:2}`, `{'a':1}`,
	`{"a":1 "b":2}`, `[1 2]`, `[1;2]`, `01`, `-`, `-x`, `1.`, `1.e5`, `1e`, `1e+`, `1ex`,
	`.5`, `+1`, `0x10`, `1_000`, `NaN`, `Infinity`, `-Infinity`, `truex`, `true false`, `nulll`,
	`"\x"`, `"\u12"`, `"\u12g4"`, "\"a\tb\"", "\"a\nb\"", "\"\x00\"", `"\`, `'a'`, `[1]]`,
	`{"a":1}}`, `{}{}`, `1 2`, `"a" "b"`, `[1,2,3,]`, `{"a":[1,2}`, `{"a":{"b":1]}`,
	`[{"a":1]`, "\xef\xbb\xbf{}", "\x80", "é", `{"a":tru}`, `{"a":nul}`, `{"a":t}`,
	`[true,fals]`, `[-]`, `[--1]`, `[1e5.5]`, `[1.5.5]`, `{"a":"b\"}`, `{"\u00zz":1}`,
	"[\"\x7f\",\"\x1f\"]", `[1,,2]`, `{"a"::1}`, `{"a":1,,"b":2}`, `[[[[[[`, `]]`,
	"\t\n\r \v", "[\u00a0]", `{"a":1}x`, `123abc`, `"abc"def`, `nullx`, `[null,]`, `{"":}`,
	`-01`, `-0.`, `0.0e`, `1E+-2`, `[1E400]`, `"\uD800"`, `{"a":"\uDFFF\uD800"}`, `[0001]`,
}

func main() {
	fmt.Println("== syntax errors")
	for i, s := range syntax {
		var v any
		err := json.Unmarshal([]byte(s), &v)
		show(fmt.Sprintf("%d %q", i, s), err)
		if json.Valid([]byte(s)) != (err == nil) {
			fmt.Println("  Valid disagrees")
		}
	}
	deep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	var v any
	show("depth 10001", json.Unmarshal([]byte(deep), &v))
	ok := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	show("depth 10000", json.Unmarshal([]byte(ok), &v))

	fmt.Println("== type errors")
	typed := []string{
		`{"id":"x"}`, `{"id":1.5}`, `{"id":true}`, `{"id":[1]}`, `{"id":{}}`, `{"id":1e3}`,
		`{"id":99999999999999999999}`, `{"id":-9223372036854775809}`, `{"id":9223372036854775807}`,
		`{"name":1}`, `{"name":true}`, `{"name":[]}`, `{"name":{}}`, `{"age":-1}`, `{"age":1.0}`,
		`{"age":18446744073709551616}`, `{"mid":{"in":{"n":"x"}}}`, `{"mid":{"in":{"f":1e39}}}`,
		`{"mid":{"in":{"u8":256}}}`, `{"mid":{"in":{"B":1}}}`, `{"mid":{"in":{"S":false}}}`,
		`{"mid":{"list":[{"n":1},{"n":"two"}]}}`, `{"mid":{"map":{"k":{"n":[]}}}}`,
		`{"mid":{"ptr":{"f":"1"}}}`, `{"mid":{"in":5}}`, `{"mid":[1]}`, `{"mid":"s"}`,
		`{"tags":"a"}`, `{"tags":[1]}`, `{"tags":{"a":1}}`, `{"arr":[1,"x"]}`, `{"arr":{}}`,
		`{"quote":1}`, `{"quote":"x"}`, `{"quote":"1.5"}`, `{"quote":"\"1\""}`, `{"quote":null}`,
		`{"quote":"null"}`, `{"quote":[]}`, `{"quote":""}`, `{"quote":"12"}`, `{"qb":"yes"}`,
		`{"qb":true}`, `{"qb":"true"}`, `{"qb":"nul"}`, `{"qs":"abc"}`, `{"qs":"\"abc\""}`,
		`{"qs":"\"abc"}`, `{"qs":5}`, `{"qf":"1e400"}`, `{"qf":"tru"}`, `{"Num":"12x"}`,
		`{"Num":"12"}`, `{"Num":true}`, `{"Num":1.5e3}`, `{"Iface":1}`, `{"Iface":"s"}`,
		`{"Iface":{}}`, `{"Iface":[]}`, `{"Iface":true}`, `{"Iface":null}`, `{"Bytes":"!!"}`,
		`{"Bytes":"aGk="}`, `{"Bytes":[1,2]}`, `{"Bytes":1}`, `{"M":{"x":"a"}}`, `{"M":{"1.5":"a"}}`,
		`{"M":{"1":2}}`, `{"MU":{"300":1}}`, `{"MU":{"-1":1}}`, `{"MB":{"true":1}}`, `{"Ch":1}`,
		`{"Ch":null}`, `{"I8":128}`, `{"I8":-129}`, `{"I64":1e2}`, `{"U64":18446744073709551615}`,
		`{"U64":18446744073709551616}`, `{"F64":1e309}`, `{"F64":-1e309}`, `{"F64":"1"}`,
		`[]`, `"x"`, `1`, `true`, `null`, `{"id":"x","name":2}`, `{"name":2,"id":"x"}`,
		`{"mid":{"in":{"n":"x"}},"id":"y"}`, `{"ID":"x"}`, `{"Id":"x"}`, `{"NAME":1}`,
	}
	for i, s := range typed {
		var u User
		show(fmt.Sprintf("%d %s", i, s), json.Unmarshal([]byte(s), &u))
	}
	var n Named
	show("anon struct", json.Unmarshal([]byte(`{"anon":{"x":"1"}}`), &n))
	var f float64
	show("float64 1e400", json.Unmarshal([]byte(`1e400`), &f))
	show("float64 string", json.Unmarshal([]byte(`"1"`), &f))
	var f32 float32
	show("float32 3.5e38", json.Unmarshal([]byte(`3.5e38`), &f32))
	show("float32 ok", json.Unmarshal([]byte(`3.4e38`), &f32))
	var anyv any
	show("any 1e400", json.Unmarshal([]byte(`[1, 1e400, 2]`), &anyv))
	fmt.Println(anyv)
	show("any obj 1e400", json.Unmarshal([]byte(`{"a":1e400}`), &anyv))
	fmt.Println(anyv)
	var ints []int
	show("ints mixed", json.Unmarshal([]byte(`[1,"2",3,4.5,5]`), &ints))
	fmt.Println(ints)
	var mm map[string]int
	show("map mixed", json.Unmarshal([]byte(`{"a":1,"b":"2","c":3}`), &mm))
	fmt.Println(len(mm), mm["a"], mm["c"])
	var arr [3]string
	show("array nums", json.Unmarshal([]byte(`[1,"b",3]`), &arr))
	fmt.Printf("%q\n", arr)
	var st struct{ A, B int }
	show("struct top", json.Unmarshal([]byte(`{"A":"x","B":2}`), &st))
	fmt.Println(st)

	fmt.Println("== invalid targets")
	show("nil", json.Unmarshal([]byte(`1`), nil))
	show("non-pointer", json.Unmarshal([]byte(`1`), 5))
	show("non-pointer struct", json.Unmarshal([]byte(`{}`), User{}))
	var up *User
	show("nil pointer", json.Unmarshal([]byte(`{}`), up))
	show("nil map", json.Unmarshal([]byte(`{}`), map[string]int(nil)))
	show("syntax before target", json.Unmarshal([]byte(`{`), nil))

	fmt.Println("== unknown fields")
	dec := json.NewDecoder(strings.NewReader(`{"id":1,"bogus":2,"name":"n","other":3}`))
	dec.DisallowUnknownFields()
	var u User
	show("unknown", dec.Decode(&u))
	fmt.Println(u.ID, u.Name)
	dec = json.NewDecoder(strings.NewReader(`{"id":"x","bogus":2}`))
	dec.DisallowUnknownFields()
	show("type error first", dec.Decode(&u))
	dec = json.NewDecoder(strings.NewReader(`{"mid":{"in":{"zz":1}}}`))
	dec.DisallowUnknownFields()
	show("nested unknown", dec.Decode(&u))
	dec = json.NewDecoder(strings.NewReader(`{"Meta":{"zz":1}}`))
	dec.DisallowUnknownFields()
	var withMap struct{ Meta map[string]int }
	show("map keys are not fields", dec.Decode(&withMap))

	fmt.Println("== marshal errors")
	values := []any{
		math.NaN(), math.Inf(1), math.Inf(-1), float32(math.Inf(1)), []float64{1, math.NaN()},
		map[string]any{"a": math.Inf(-1)}, make(chan int), func() {}, complex(1, 2),
		map[[2]int]string{{1, 2}: "x"}, struct{ C chan int }{}, []any{1, make(chan bool)},
		map[string]any{"f": func() {}}, struct {
			A int
			F func()
		}{}, json.Number("abc"), json.Number("1.5"), json.Number(""), json.Number("-"),
		struct {
			N json.Number `json:",string"`
		}{"12"}, struct{ P *complex64 }{}, map[float64]int{1: 1}, map[bool]int{},
	}
	for i, x := range values {
		b, err := json.Marshal(x)
		if err != nil {
			var ue *json.UnsupportedTypeError
			var uv *json.UnsupportedValueError
			switch {
			case errors.As(err, &ue):
				fmt.Printf("%d UnsupportedTypeError type=%v: %v\n", i, ue.Type, err)
			case errors.As(err, &uv):
				fmt.Printf("%d UnsupportedValueError str=%q: %v\n", i, uv.Str, err)
			default:
				fmt.Printf("%d %T: %v\n", i, err, err)
			}
			if b != nil {
				fmt.Println("  non-nil result")
			}
			continue
		}
		fmt.Printf("%d %s\n", i, b)
	}
	fmt.Println("== compact and indent errors")
	var buf bytes.Buffer
	buf.WriteString("keep")
	show("compact", json.Compact(&buf, []byte(`{"a":1,}`)))
	show("compact eof", json.Compact(&buf, []byte(`{"a":1`)))
	show("indent", json.Indent(&buf, []byte(`[1 2]`), "", " "))
	show("indent eof", json.Indent(&buf, []byte(`[1,`), "", " "))
	fmt.Println(buf.String())
}
