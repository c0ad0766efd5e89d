// A reflect misuse that is not recovered: setting a field reached through a non-pointer
// struct. The program dies with reflect's panic text and exit status 2.
package main

import (
	"fmt"
	"reflect"
)

type Settings struct {
	Volume int
}

func apply(s any, name string, value int) {
	v := reflect.ValueOf(s)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	f := v.FieldByName(name)
	fmt.Println("setting", name, "settable:", f.CanSet())
	f.SetInt(int64(value))
}

func main() {
	s := Settings{}
	apply(&s, "Volume", 7)
	fmt.Println(s.Volume)
	apply(s, "Volume", 9)
	fmt.Println("not reached")
}
