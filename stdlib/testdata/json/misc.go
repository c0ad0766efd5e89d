// Corners: promoted MarshalJSON from an embedded time.Time, unexported embedded structs
// with tags, interface-typed fields whose type has the methods, nil receivers, byte slices
// of named element types, unsupported map keys, null into interfaces holding pointers,
// large integers into interfaces, RawMessage maps, and top-level nil.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	time.Time
	Name string
}

type inner struct{ A, B int }

type Outer struct {
	inner `json:"in"`
	C     int
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1f°"`, float64(t))), nil }

type MyByte byte

func (b MyByte) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"b%d"`, b)), nil }

type TextByte byte

func (b *TextByte) UnmarshalText(t []byte) error { *b = TextByte(len(t)); return nil }

type Bytes []byte
type NamedByte byte

type Holder struct {
	M   json.Marshaler
	T   *Temp
	TS  []Temp
	MB  []MyByte
	NB  []NamedByte
	B   Bytes
	AB  [3]NamedByte
	Any any
}

func main() {
	e := Event{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "launch"}
	b, err := json.Marshal(e)
	fmt.Println("promoted:", string(b), err)
	var e2 Event
	fmt.Println(json.Unmarshal([]byte(`"2020-05-06T07:08:09Z"`), &e2), e2.Time, e2.Name == "")
	fmt.Println(json.Unmarshal([]byte(`{"Name":"x"}`), &e2))

	b, err = json.Marshal(Outer{inner{1, 2}, 3})
	fmt.Println(string(b), err)
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"in":{"A":5,"B":6},"C":7}`), &o), o)

	t := Temp(21.25)
	b, err = json.Marshal(Holder{M: t, T: &t, TS: []Temp{1, 2}, MB: []MyByte{1, 2}, NB: []NamedByte{1, 2}, B: Bytes("hi"), AB: [3]NamedByte{1, 2, 3}, Any: &t})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Holder{})
	fmt.Println(string(b), err)
	var h Holder
	fmt.Println(json.Unmarshal([]byte(`{"NB":"aGk=","B":"aGk=","AB":[7,8],"MB":[1]}`), &h), h.NB, h.B, h.AB, h.MB)
	fmt.Println(json.Unmarshal([]byte(`{"M":{}}`), &h))
	var tb []TextByte
	fmt.Println(json.Unmarshal([]byte(`["abc","de"]`), &tb), tb)
	fmt.Println(json.Unmarshal([]byte(`"abc"`), &tb), tb)

	_, err = json.Marshal(map[any]int{1: 1})
	fmt.Println(err)
	_, err = json.Marshal(map[*int]int{})
	fmt.Println(err)
	var ma map[any]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &ma))
	var mf map[float64]int
	fmt.Println(json.Unmarshal([]byte(`{"1":1}`), &mf))
	var mst map[struct{}]int
	fmt.Println(json.Unmarshal([]byte(`{}`), &mst), mst == nil)

	n := 5
	var x any = &n
	fmt.Println(json.Unmarshal([]byte(`null`), &x), x, n)
	x = &n
	fmt.Println(json.Unmarshal([]byte(`7`), &x), n)
	pn := &n
	x = &pn
	fmt.Println(json.Unmarshal([]byte(`null`), &x), pn == nil, x != nil)

	var big any
	fmt.Println(json.Unmarshal([]byte(`[12345678901234567890, 9007199254740993, -0.0, 1E2, 1e-2]`), &big), big)
	var rm map[string]json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`{"a": {"x" : 1}, "b": [ 1 ], "c": "s", "d": null}`), &rm))
	for _, k := range []string{"a", "b", "c", "d"} {
		fmt.Printf("%s=%s ", k, rm[k])
	}
	fmt.Println()
	b, err = json.Marshal(rm)
	fmt.Println(string(b), err)
	b, err = json.Marshal(nil)
	fmt.Println(string(b), err)
	var nilp *Event
	b, err = json.Marshal(nilp)
	fmt.Println(string(b), err)
	var iface fmt.Stringer
	b, err = json.Marshal(&iface)
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]any{"<k>": "<v>", "a&b": []any{"\u2028"}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct {
		F func() `json:"-"`
		C chan int `json:"-"`
		X int
	}{X: 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct{ a, b int }{1, 2})
	fmt.Println(string(b), err)
	var empty struct{}
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"b":[1,2,{"c":3}]}`), &empty))
	type Anon struct {
		P *struct{ X int }
		S []struct{ Y string }
		M map[string]struct{ Z bool }
	}
	var an Anon
	fmt.Println(json.Unmarshal([]byte(`{"p":{"x":1},"s":[{"y":"a"}],"m":{"k":{"z":true}}}`), &an), an.P.X, an.S, an.M)
	b, _ = json.Marshal(an)
	fmt.Println(string(b))
}
