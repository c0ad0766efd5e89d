// Embedded structs and Go's field visibility: promoted fields, the shallowest field
// winning, tagged fields beating untagged ones at the same depth, conflicts at the same
// depth dropping the name, embedded pointers (nil ones skipped on encode, allocated on
// decode), unexported embedded structs, embedded non-struct types, tagged embedded
// structs, and the same struct embedded twice.
package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID   int
	Name string
}

type Audit struct {
	Created string
	Name    string
}

// Name appears in Base and Audit at depth 1: dropped.
type Conflict struct {
	Base
	Audit
	Extra int
}

// A field at depth 0 hides the promoted ones.
type Shallow struct {
	Base
	Audit
	Name string
}

type TaggedA struct {
	V int `json:"v"`
}
type UntaggedB struct {
	V int
}

// At depth 1, TaggedA.V has tag name "v" and UntaggedB.V name "V": different names, both kept.
type TwoV struct {
	TaggedA
	UntaggedB
}

type TagX struct {
	X int `json:"X"`
}
type PlainX struct {
	X int
}

// Both named "X" at depth 1, one tagged: the tagged one wins.
type TagWins struct {
	PlainX
	TagX
}

type TagX2 struct {
	Y int `json:"X"`
}

// Two tagged at the same depth: dropped.
type BothTagged struct {
	TagX
	TagX2
}

type Deep1 struct{ Deep2 }
type Deep2 struct{ Deep3 }
type Deep3 struct{ Leaf, Name string }

type Layers struct {
	Deep1
	Base // Name at depth 1 hides Deep3.Name at depth 3
}

type inner struct {
	Hidden  int
	Visible string `json:"visible"`
}

type WithUnexported struct {
	inner
	Own int
}

type PtrEmbed struct {
	*Base
	*Audit `json:"audit"`
	Own    int
}

type unexpPtr struct{ Z int }

type WithUnexpPtr struct {
	*unexpPtr
	W int
}

type MyInt int
type myint int

type NonStruct struct {
	MyInt
	myint
	Val int
}

type TaggedEmbed struct {
	Base `json:"base"`
	Q    int
}

type Twice struct {
	A Base
	Base
	Deep3
}

type Wrap1 struct{ Base }
type Wrap2 struct{ Base }

// Base reached twice at depth 1 through Wrap1 and Wrap2: ID and Name at depth 2 cancel.
type Diamond struct {
	Wrap1
	Wrap2
	Top int
}

type Node struct {
	Val  int
	Next *Node `json:",omitempty"`
}

type Recursive struct {
	*Recursive
	N int
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%T: %s %v\n", v, b, err)
}

func main() {
	show(Conflict{Base{1, "b"}, Audit{"now", "a"}, 2})
	show(Shallow{Base{1, "b"}, Audit{"now", "a"}, "top"})
	show(TwoV{TaggedA{1}, UntaggedB{2}})
	show(TagWins{PlainX{1}, TagX{2}})
	show(BothTagged{TagX{1}, TagX2{2}})
	show(Layers{Deep1{Deep2{Deep3{"leaf", "deep"}}}, Base{3, "base"}})
	show(WithUnexported{inner{1, "v"}, 2})
	show(PtrEmbed{Own: 1})
	show(PtrEmbed{&Base{5, "x"}, &Audit{"c", "n"}, 1})
	show(WithUnexpPtr{nil, 1})
	show(WithUnexpPtr{&unexpPtr{9}, 1})
	show(NonStruct{1, 2, 3})
	show(TaggedEmbed{Base{1, "n"}, 2})
	show(Twice{Base{1, "a"}, Base{2, "b"}, Deep3{"l", "n"}})
	show(Diamond{Wrap1{Base{1, "a"}}, Wrap2{Base{2, "b"}}, 3})
	show(&Node{1, &Node{2, nil}})
	show(Recursive{&Recursive{nil, 2}, 1})

	dec := func(in string, v any) {
		err := json.Unmarshal([]byte(in), v)
		b, _ := json.Marshal(v)
		fmt.Printf("%s -> %s %v\n", in, b, err)
	}
	dec(`{"ID":1,"Name":"x","Created":"c","Extra":2}`, &Conflict{})
	dec(`{"ID":1,"Name":"x","Created":"c"}`, &Shallow{})
	dec(`{"v":1,"V":2}`, &TwoV{})
	dec(`{"X":5}`, &TagWins{})
	dec(`{"x":5}`, &BothTagged{})
	dec(`{"Leaf":"l","Name":"n","ID":4}`, &Layers{})
	dec(`{"Hidden":1,"visible":"yes","Own":2}`, &WithUnexported{})
	p := &PtrEmbed{}
	dec(`{"ID":7,"audit":{"Created":"c"},"Own":1}`, p)
	fmt.Println(p.Base != nil, p.Audit != nil)
	p = &PtrEmbed{}
	dec(`{"Own":1}`, p)
	fmt.Println(p.Base != nil, p.Audit != nil)
	dec(`{"Z":1,"W":2}`, &WithUnexpPtr{})
	dec(`{"W":2,"Z":1}`, &WithUnexpPtr{})
	dec(`{"W":2}`, &WithUnexpPtr{})
	dec(`{"Z":1}`, &WithUnexpPtr{&unexpPtr{}, 0})
	dec(`{"MyInt":1,"myint":2,"Val":3}`, &NonStruct{})
	dec(`{"base":{"ID":1},"ID":2,"Q":3}`, &TaggedEmbed{})
	dec(`{"A":{"ID":1},"ID":2,"Leaf":"l","Name":"n"}`, &Twice{})
	dec(`{"ID":1,"Name":"n","Top":3}`, &Diamond{})
	dec(`{"Val":1,"Next":{"Val":2,"Next":{"Val":3}}}`, &Node{})
	dec(`{"N":1,"Recursive":{"N":2}}`, &Recursive{})
}
