// A reflection-driven pretty printer, the kind of code fmt-like libraries contain: walks any
// value with reflect, sorts map keys, detects pointer cycles, shows unexported fields
// without calling Interface, and calls String methods when the value allows it.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Node struct {
	Name     string
	Children []*Node
	Parent   *Node
	attrs    map[string]any
	color    Color
	Fav      Color
}

type printer struct {
	b    strings.Builder
	seen map[uintptr]bool
}

func (p *printer) indent(depth int) {
	p.b.WriteString(strings.Repeat("  ", depth))
}

func (p *printer) print(v reflect.Value, depth int) {
	if !v.IsValid() {
		p.b.WriteString("<invalid>")
		return
	}
	if v.CanInterface() && v.Type().Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()) && v.Kind() != reflect.Pointer {
		p.b.WriteString(v.Interface().(fmt.Stringer).String())
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			p.b.WriteString("nil")
			return
		}
		if p.seen[v.Pointer()] {
			p.b.WriteString("<cycle " + v.Type().String() + ">")
			return
		}
		p.seen[v.Pointer()] = true
		p.b.WriteString("&")
		p.print(v.Elem(), depth)
		delete(p.seen, v.Pointer())
	case reflect.Struct:
		p.b.WriteString(v.Type().Name() + "{\n")
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			p.indent(depth + 1)
			p.b.WriteString(f.Name)
			if !f.IsExported() {
				p.b.WriteString("(unexported)")
			}
			p.b.WriteString(": ")
			p.print(v.Field(i), depth+1)
			p.b.WriteString("\n")
		}
		p.indent(depth)
		p.b.WriteString("}")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.b.WriteString("nil")
			return
		}
		p.b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.print(v.Index(i), depth)
		}
		p.b.WriteString("]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i].Interface()) < fmt.Sprint(keys[j].Interface()) })
		p.b.WriteString("map[")
		for i, k := range keys {
			if i > 0 {
				p.b.WriteString(" ")
			}
			p.print(k, depth)
			p.b.WriteString(":")
			p.print(v.MapIndex(k), depth)
		}
		p.b.WriteString("]")
	case reflect.Interface:
		if v.IsNil() {
			p.b.WriteString("nil")
			return
		}
		p.print(v.Elem(), depth)
	case reflect.String:
		p.b.WriteString(strconv.Quote(v.String()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.b.WriteString("0x" + strconv.FormatUint(v.Uint(), 16))
	case reflect.Float32, reflect.Float64:
		p.b.WriteString(strconv.FormatFloat(v.Float(), 'f', 2, 64))
	case reflect.Bool:
		p.b.WriteString(strconv.FormatBool(v.Bool()))
	default:
		p.b.WriteString(v.String())
	}
}

func dump(x any) string {
	p := &printer{seen: map[uintptr]bool{}}
	p.print(reflect.ValueOf(x), 0)
	return p.b.String()
}

func main() {
	root := &Node{Name: "root", attrs: map[string]any{"b": 2.5, "a": []uint8{1, 255}, "c": nil}, color: 2, Fav: 1}
	kid := &Node{Name: "kid", Parent: root, attrs: map[string]any{}}
	root.Children = []*Node{kid, nil}
	fmt.Println(dump(root))
	fmt.Println(dump([]any{1, "two", 3.0, true, Color(0), map[int]string{2: "b", 1: "a"}, [2]bool{}}))
	fmt.Println(dump(struct {
		F func()
		C chan int
	}{}))
	var nilMap map[string]int
	fmt.Println(dump(nilMap), dump(nil), dump((*Node)(nil)))
}
