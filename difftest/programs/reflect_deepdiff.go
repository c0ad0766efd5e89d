// A deep-diff utility over reflect (as test helpers write them), checked against
// reflect.DeepEqual on the same pairs: nested structs, maps with missing keys, slices of
// different lengths, pointers, NaN, cyclic lists and nil versus empty collections.
package main

import (
	"fmt"
	"math"
	"reflect"
	"sort"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
	Notes []string
}

type Order struct {
	ID    int
	Items []Item
	Meta  map[string]string
	Next  *Order
	note  string
}

func diff(path string, a, b reflect.Value, out *[]string) {
	if !a.IsValid() || !b.IsValid() {
		if a.IsValid() != b.IsValid() {
			*out = append(*out, path+": one side missing")
		}
		return
	}
	if a.Type() != b.Type() {
		*out = append(*out, fmt.Sprintf("%s: type %v vs %v", path, a.Type(), b.Type()))
		return
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			diff(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i), out)
		}
	case reflect.Slice:
		if a.IsNil() != b.IsNil() {
			*out = append(*out, path+": nil vs non-nil")
		}
		if a.Len() != b.Len() {
			*out = append(*out, fmt.Sprintf("%s: len %d vs %d", path, a.Len(), b.Len()))
		}
		for i := 0; i < min(a.Len(), b.Len()); i++ {
			diff(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i), out)
		}
	case reflect.Map:
		keys := map[string]reflect.Value{}
		for _, k := range append(a.MapKeys(), b.MapKeys()...) {
			keys[k.String()] = k
		}
		names := make([]string, 0, len(keys))
		for n := range keys {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			diff(fmt.Sprintf("%s[%q]", path, n), a.MapIndex(keys[n]), b.MapIndex(keys[n]), out)
		}
	case reflect.Pointer:
		if a.Pointer() == b.Pointer() {
			return
		}
		if a.IsNil() || b.IsNil() {
			*out = append(*out, path+": nil pointer on one side")
			return
		}
		diff("(*"+path+")", a.Elem(), b.Elem(), out)
	case reflect.Float64:
		if a.Float() != b.Float() {
			*out = append(*out, fmt.Sprintf("%s: %v vs %v", path, a.Float(), b.Float()))
		}
	case reflect.String:
		if a.String() != b.String() {
			*out = append(*out, fmt.Sprintf("%s: %q vs %q", path, a.String(), b.String()))
		}
	case reflect.Int:
		if a.Int() != b.Int() {
			*out = append(*out, fmt.Sprintf("%s: %d vs %d", path, a.Int(), b.Int()))
		}
	}
}

func compare(name string, x, y any) {
	var out []string
	diff("v", reflect.ValueOf(x), reflect.ValueOf(y), &out)
	fmt.Printf("%s: DeepEqual=%v differences=%d\n", name, reflect.DeepEqual(x, y), len(out))
	for _, d := range out {
		fmt.Println("   ", d)
	}
}

func main() {
	base := Order{ID: 1, Items: []Item{{SKU: "a", Qty: 2, Price: 9.5}}, Meta: map[string]string{"k": "v"}, note: "x"}
	same := Order{ID: 1, Items: []Item{{SKU: "a", Qty: 2, Price: 9.5}}, Meta: map[string]string{"k": "v"}, note: "x"}
	compare("equal", base, same)
	other := same
	other.Items = []Item{{SKU: "a", Qty: 3, Price: math.NaN(), Notes: []string{}}, {SKU: "b"}}
	other.Meta = map[string]string{"k": "w", "z": "new"}
	other.note = "y"
	compare("changed", base, other)
	compare("nan", Item{Price: math.NaN()}, Item{Price: math.NaN()})
	compare("nil vs empty", Item{Notes: nil}, Item{Notes: []string{}})

	l1 := &Order{ID: 1}
	l1.Next = &Order{ID: 2, Next: l1}
	l2 := &Order{ID: 1}
	l2.Next = &Order{ID: 2, Next: l2}
	fmt.Println("cyclic lists DeepEqual:", reflect.DeepEqual(l1, l2))
	l2.Next.ID = 3
	fmt.Println("cyclic lists after change:", reflect.DeepEqual(l1, l2))
	compare("pointers", &base, &same)
	compare("types", base, &base)
}
