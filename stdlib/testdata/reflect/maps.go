// Building and walking maps, slices and nested structures generically, the way encoders do:
// a recursive printer over reflect.Value and a generic filler from map[string]any.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Address struct {
	Street string `enc:"street"`
	Zip    int    `enc:"zip,omitempty"`
}

type Person struct {
	Name     string            `enc:"name"`
	Age      int               `enc:"age"`
	Emails   []string          `enc:"emails"`
	Home     *Address          `enc:"home,omitempty"`
	Scores   map[string]float64 `enc:"scores"`
	private  int
	Embedded
	Matrix [2][2]int8
	Any    any
}

type Embedded struct {
	Level uint16 `enc:"level"`
}

func encode(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "null"
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return "null"
		}
		return encode(v.Elem())
	case reflect.Struct:
		var parts []string
		t := v.Type()
		for _, f := range reflect.VisibleFields(t) {
			if !f.IsExported() || f.Anonymous {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("enc"), ",")
			if name == "" {
				name = f.Name
			}
			fv := v.FieldByIndex(f.Index)
			if strings.Contains(opts, "omitempty") && fv.IsZero() {
				continue
			}
			parts = append(parts, strconv.Quote(name)+":"+encode(fv))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case reflect.Map:
		if v.IsNil() {
			return "null"
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i].Interface()) < fmt.Sprint(keys[j].Interface()) })
		var parts []string
		for _, k := range keys {
			parts = append(parts, strconv.Quote(fmt.Sprint(k.Interface()))+":"+encode(v.MapIndex(k)))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return "null"
		}
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, encode(v.Index(i)))
		}
		return "[" + strings.Join(parts, ",") + "]"
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits())
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	}
	return "?" + v.Kind().String()
}

// fill sets v from a generic value, converting as needed.
func fill(v reflect.Value, data any) {
	d := reflect.ValueOf(data)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fill(v.Elem(), data)
	case reflect.Struct:
		m := data.(map[string]any)
		for _, f := range reflect.VisibleFields(v.Type()) {
			if !f.IsExported() || f.Anonymous {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("enc"), ",")
			if name == "" {
				name = f.Name
			}
			if x, ok := m[name]; ok {
				fill(v.FieldByIndex(f.Index), x)
			}
		}
	case reflect.Slice:
		n := d.Len()
		s := reflect.MakeSlice(v.Type(), 0, 1)
		for i := 0; i < n; i++ {
			e := reflect.New(v.Type().Elem()).Elem()
			fill(e, d.Index(i).Interface())
			s = reflect.Append(s, e)
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len() && i < d.Len(); i++ {
			fill(v.Index(i), d.Index(i).Interface())
		}
	case reflect.Map:
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		it := d.MapRange()
		for it.Next() {
			e := reflect.New(v.Type().Elem()).Elem()
			fill(e, it.Value().Interface())
			v.SetMapIndex(it.Key().Convert(v.Type().Key()), e)
		}
	case reflect.Interface:
		v.Set(d)
	default:
		v.Set(d.Convert(v.Type()))
	}
}

func main() {
	p := Person{
		Name: "Ann", Age: 41, Emails: []string{"a@x", "b@y"}, Home: &Address{Street: "Main"},
		Scores: map[string]float64{"go": 9.5, "js": 7.25}, private: 3, Embedded: Embedded{Level: 7},
		Matrix: [2][2]int8{{1, -1}, {2, -2}}, Any: []any{1, "two", nil},
	}
	fmt.Println(encode(reflect.ValueOf(p)))
	fmt.Println(encode(reflect.ValueOf(&p)))
	fmt.Println(encode(reflect.ValueOf(Person{})))

	var q Person
	fill(reflect.ValueOf(&q), map[string]any{
		"name": "Bob", "age": 7.0, "emails": []any{"c@z"}, "home": map[string]any{"street": "Side", "zip": 12345},
		"scores": map[string]any{"x": 1}, "level": 3, "Matrix": []any{[]any{5, 6}}, "Any": "anything",
	})
	fmt.Println(encode(reflect.ValueOf(q)))
	fmt.Printf("%+v %+v\n", q.Home, q.Matrix)

	for _, f := range reflect.VisibleFields(reflect.TypeOf(p)) {
		fmt.Println(f.Name, f.Index, f.Anonymous, f.Type)
	}

	// A generic map transform with MakeMapWithSize, SetMapIndex and MapRange.
	src := map[string]int{"a": 1, "bb": 2, "ccc": 3}
	sv := reflect.ValueOf(src)
	dst := reflect.MakeMapWithSize(reflect.MapOf(sv.Type().Elem(), sv.Type().Key()), sv.Len())
	for it := sv.MapRange(); it.Next(); {
		dst.SetMapIndex(it.Value(), it.Key())
	}
	inv := dst.Interface().(map[int]string)
	fmt.Println(inv[1], inv[2], inv[3], len(inv))
	k := reflect.New(sv.Type().Key()).Elem()
	e := reflect.New(sv.Type().Elem()).Elem()
	total := 0
	for it := sv.MapRange(); it.Next(); {
		k.SetIterKey(it)
		e.SetIterValue(it)
		total += len(k.String()) * int(e.Int())
	}
	fmt.Println(total)
	var it reflect.MapIter
	it.Reset(reflect.ValueOf(map[int]bool{1: true}))
	for it.Next() {
		fmt.Println(it.Key().Int(), it.Value().Bool())
	}

	// Slices of slices, built generically.
	grid := reflect.MakeSlice(reflect.TypeOf([][]string{}), 0, 0)
	for i := 0; i < 3; i++ {
		row := reflect.MakeSlice(reflect.TypeOf([]string{}), i, i)
		for j := 0; j < i; j++ {
			row.Index(j).SetString(strconv.Itoa(i * j))
		}
		grid = reflect.Append(grid, row)
	}
	fmt.Println(grid.Interface(), grid.Len(), grid.Cap())
	structs := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(Address{})), 2, 2)
	structs.Index(0).FieldByName("Zip").SetInt(1)
	first := structs.Index(0)
	structs.Index(1).Set(first)
	first.FieldByName("Zip").SetInt(2)
	fmt.Println(structs.Interface())
}
