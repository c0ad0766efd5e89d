// Decoding into values that already hold data: maps are merged, slices are reused from
// length zero (their backing arrays and extra capacity kept, elements decoded in place),
// arrays are zeroed past the input, pointers are reused, interfaces holding pointers are
// decoded through, null clears references but leaves other values, and the capacities
// Unmarshal gives new slices.
package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	A, B int
	C    []string
}

type Conf struct {
	Name  string
	Ports []int
	Tags  map[string]string
	Inner *Item
	Any   any
	Items []Item
	Arr   [3]int
	P     *int
	Flag  bool
}

func main() {
	n := 99
	c := Conf{
		Name:  "old",
		Ports: []int{1, 2, 3, 4},
		Tags:  map[string]string{"keep": "yes", "over": "old"},
		Inner: &Item{A: 1, B: 2, C: []string{"x"}},
		Any:   &Item{A: 5},
		Items: []Item{{A: 1, B: 1}, {A: 2, B: 2}},
		Arr:   [3]int{7, 8, 9},
		P:     &n,
		Flag:  true,
	}
	inner, items, ports := c.Inner, c.Items, c.Ports
	err := json.Unmarshal([]byte(`{"Ports":[10,20],"Tags":{"over":"new","add":"1"},"Inner":{"B":3},"Any":{"B":6},"Items":[{"B":9}],"Arr":[1],"P":5}`), &c)
	fmt.Println(err)
	fmt.Println(c.Name, c.Ports, len(c.Ports), cap(c.Ports), ports[:4], c.Tags, c.Flag)
	fmt.Println(c.Inner == inner, *c.Inner, *c.Any.(*Item), c.Items, items[:2], c.Arr, *c.P, n)
	err = json.Unmarshal([]byte(`{"Ports":[],"Tags":null,"Inner":null,"Any":null,"Items":null,"P":null,"Name":null,"Flag":null,"Arr":null}`), &c)
	fmt.Println(err, c.Ports == nil, len(c.Ports), c.Tags == nil, c.Inner == nil, c.Any, c.Items == nil, c.P == nil, c.Name, c.Flag, c.Arr)
	c.Any = Item{A: 1}
	err = json.Unmarshal([]byte(`{"Any":{"B":2}}`), &c)
	fmt.Printf("%v %T %v\n", err, c.Any, c.Any)
	c.Any = 5
	err = json.Unmarshal([]byte(`{"Any":"str"}`), &c)
	fmt.Printf("%v %T %v\n", err, c.Any, c.Any)
	var pi *int
	c.Any = &pi
	err = json.Unmarshal([]byte(`{"Any":7}`), &c)
	fmt.Printf("%v %T %v\n", err, c.Any, *pi)
	c.Any = &pi
	err = json.Unmarshal([]byte(`{"Any":null}`), &c)
	fmt.Printf("%v %T %v\n", err, c.Any, pi == nil)

	// Capacities of slices grown by decoding.
	for _, in := range []string{`[]`, `[1]`, `[1,2]`, `[1,2,3]`, `[1,2,3,4,5]`, `[1,2,3,4,5,6,7,8,9]`, `[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`} {
		var s []int
		var b []byte
		var st []string
		var it []Item
		json.Unmarshal([]byte(in), &s)
		json.Unmarshal([]byte(in), &b)
		strs := "["
		for i := range s {
			if i > 0 {
				strs += ","
			}
			strs += fmt.Sprintf(`"%d"`, i)
		}
		json.Unmarshal([]byte(strs+"]"), &st)
		json.Unmarshal([]byte(in), &it)
		fmt.Println(in, len(s), cap(s), len(b), cap(b), len(st), cap(st), len(it), cap(it))
	}
	var bs []byte
	json.Unmarshal([]byte(`"aGVsbG8gd29ybGQ="`), &bs)
	fmt.Println(string(bs), len(bs), cap(bs))
	s := make([]int, 2, 10)
	json.Unmarshal([]byte(`[5,6,7]`), &s)
	fmt.Println(s, len(s), cap(s))
	arr := [2][]int{{1, 2}, {3}}
	json.Unmarshal([]byte(`[[9]]`), &arr)
	fmt.Println(arr)
	m := map[string][]int{"a": {1, 2}}
	json.Unmarshal([]byte(`{"a":[3]}`), &m)
	fmt.Println(m)
	ms := map[string]*Item{"a": {A: 1}}
	old := ms["a"]
	json.Unmarshal([]byte(`{"a":{"B":2}}`), &ms)
	fmt.Println(*ms["a"], ms["a"] == old)
	var self any
	self = &self
	fmt.Println(json.Unmarshal([]byte(`[1]`), self))
	fmt.Printf("%T\n", self)
	var ia any = map[string]any{"old": 1}
	json.Unmarshal([]byte(`{"new":2}`), &ia)
	fmt.Println(ia)
	ma := map[string]any{"x": map[string]any{"old": 1}}
	json.Unmarshal([]byte(`{"x":{"new":2}}`), &ma)
	fmt.Println(ma)
	var sl []any = []any{1, 2, 3}
	json.Unmarshal([]byte(`["a"]`), &sl)
	fmt.Println(sl, len(sl), cap(sl))
}
