// Struct tags: renamed fields, omitempty on every kind, the ",string" option on scalars
// and pointers to them, "-" and "-,", tag names with punctuation and non-ASCII letters,
// invalid tag names (ignored), unexported fields, other tag keys, case-insensitive key
// matching on decode (exact match preferred) and duplicate keys.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Opts struct {
	Renamed   string            `json:"renamed"`
	Omit      string            `json:"omit,omitempty"`
	OmitInt   int               `json:",omitempty"`
	OmitF     float64           `json:"of,omitempty"`
	OmitB     bool              `json:"ob,omitempty"`
	OmitP     *int              `json:"op,omitempty"`
	OmitS     []int             `json:"os,omitempty"`
	OmitM     map[string]int    `json:"om,omitempty"`
	OmitA     [0]int            `json:"oa,omitempty"`
	OmitA2    [2]int            `json:"oa2,omitempty"`
	OmitI     any               `json:"oi,omitempty"`
	OmitSt    struct{ A int }   `json:"ost,omitempty"`
	OmitT     time.Time         `json:"ot,omitempty"`
	Skip      string            `json:"-"`
	Dash      string            `json:"-,"`
	Str       int               `json:"str,string"`
	StrU      uint8             `json:",string"`
	StrF      float32           `json:"strf,string"`
	StrB      bool              `json:"strb,string"`
	StrS      string            `json:"strs,string"`
	StrP      *int              `json:"strp,string"`
	StrPP     **int             `json:"strpp,string"`
	StrSlice  []int             `json:"strslice,string"`
	StrMap    map[string]int    `json:"strmap,string"`
	StrOmit   int               `json:"so,string,omitempty"`
	Punct     int               `json:"a-b.c:d$e%f"`
	Unicode   int               `json:"ñandú"`
	Bad       int               `json:"bad\"name"`
	Bad2      int               `json:"back\\slash"`
	Space     int               `json:"has space"`
	Comma     int               `json:"x,"`
	Other     int               `xml:"other" json:"other_json"`
	NoJSON    int               `xml:"nojson"`
	unexp     int               `json:"unexp"`
	Html      int               `json:"<html>&"`
	EmptyName int               `json:",omitempty,string"`
	Bytes     []byte            `json:"bytes,omitempty"`
	Nested    map[string]string `json:"nested"`
}

type Case struct {
	Name   string
	NAME   string `json:"NAME"`
	Hello  int
	ÅngStr string
	K      int `json:"k"`
	Kelvin int `json:"\u212a"`
	SS     int `json:"ß"`
}

func main() {
	seven := 7
	p7 := &seven
	o := Opts{Renamed: "r", Skip: "skipped", Dash: "dash", Str: 12, StrU: 200, StrF: 1.5, StrB: true,
		StrS: "s\"q", StrP: &seven, StrPP: &p7, StrSlice: []int{1}, StrMap: map[string]int{"a": 1},
		Punct: 1, Unicode: 2, Bad: 3, Bad2: 4, Space: 5, Comma: 6, Other: 7, NoJSON: 8, unexp: 9, Html: 10}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(o, "", "\t")
	var back Opts
	err = json.Unmarshal(b, &back)
	sp, spp := *back.StrP, **back.StrPP
	back.StrP, back.StrPP = nil, nil
	fmt.Printf("%v %+v %d %d\n", err, back, sp, spp)
	o2 := Opts{OmitInt: 1, OmitF: -0.5, OmitB: true, OmitP: new(int), OmitS: []int{}, OmitM: map[string]int{"k": 0},
		OmitA2: [2]int{}, OmitI: 0, StrOmit: 3, EmptyName: 4, Bytes: []byte{}}
	b, err = json.Marshal(o2)
	fmt.Println(string(b), err)
	var esc struct{ V Opts }
	enc, _ := json.Marshal(esc)
	fmt.Println(len(enc))

	// ",string" decoding.
	for _, in := range []string{
		`{"str":"42","StrU":"255","strf":"2.5","strb":"false","strs":"\"x\"","strp":"9","strpp":"10"}`,
		`{"str":"-1","strp":null,"strpp":null}`,
		`{"strp":"null"}`,
		`{"strslice":[1,2],"strmap":{"a":2}}`,
		`{"StrU":"256"}`,
		`{"strf":"1e39"}`,
		`{"so":"5"}`,
		`{"str":" 1"}`,
		`{"str":"1 "}`,
		`{"strs":"\"\\u00e9\""}`,
	} {
		var v Opts
		err := json.Unmarshal([]byte(in), &v)
		sp := "nil"
		if v.StrP != nil {
			sp = fmt.Sprint(*v.StrP)
		}
		spp := "nil"
		if v.StrPP != nil && *v.StrPP != nil {
			spp = fmt.Sprint(**v.StrPP)
		}
		fmt.Printf("%s -> %v | %d %d %v %v %q %s %s %v %v %d\n", in, err, v.Str, v.StrU, v.StrF, v.StrB, v.StrS, sp, spp, v.StrSlice, v.StrMap, v.StrOmit)
	}

	// Keys by tag name and by Go name.
	var t Opts
	err = json.Unmarshal([]byte(`{"Renamed":"a","renamed":"b","Skip":"s","-":"d","Other":1,"other_json":2,"NoJSON":3,"nojson":4,"unexp":5,"Punct":9,"a-b.c:d$e%f":10,"ÑANDÚ":11,"bad\"name":1,"Bad":12,"has space":13,"x":14}`), &t)
	fmt.Printf("%v %q %q %q %d %d %d %d %d %d %d\n", err, t.Renamed, t.Skip, t.Dash, t.Other, t.NoJSON, t.unexp, t.Punct, t.Unicode, t.Bad, t.Space)
	fmt.Println(t.Comma)

	// Case-insensitive matching, exact match preferred whatever the order.
	for _, in := range []string{
		`{"name":"lower"}`, `{"NAME":"upper"}`, `{"Name":"exact"}`, `{"nAmE":"mixed"}`,
		`{"hello":1}`, `{"HELLO":2}`, `{"åNGSTR":"fold"}`, `{"ÅNGSTR":"fold2"}`,
		`{"K":1}`, `{"k":2}`, `{"\u212a":3}`, `{"ss":4}`, `{"SS":5}`, `{"ß":6}`, `{"ẞ":7}`,
		`{"name":"a","Name":"b","NAME":"c"}`, `{"Name":"b","name":"a"}`,
	} {
		var c Case
		err := json.Unmarshal([]byte(in), &c)
		fmt.Printf("%s -> %+v %v\n", in, c, err)
	}
	// Duplicate keys: the last one wins (objects merge).
	var d struct {
		A int
		M map[string]int
		S struct{ X, Y int }
	}
	fmt.Println(json.Unmarshal([]byte(`{"A":1,"A":2,"M":{"a":1},"M":{"b":2},"S":{"X":1},"S":{"Y":2}}`), &d), d)
}
