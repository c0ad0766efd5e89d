// Value: reading every kind, navigation (Elem, Field, Index, Slice, MapIndex), addressability,
// read-only values from unexported fields, Interface, IsNil/IsZero, Equal/Comparable, String.
package main

import (
	"fmt"
	"math"
	"reflect"
	"sort"
)

type Point struct {
	X, Y int
	tag  string
}

type Line struct {
	A, B  Point
	Label string
	pts   []Point
	*Point
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func describe(v reflect.Value) string {
	if !v.IsValid() {
		return "<invalid>"
	}
	s := fmt.Sprintf("%v/%v addr=%v set=%v iface=%v", v.Type(), v.Kind(), v.CanAddr(), v.CanSet(), v.CanInterface())
	if v.CanInterface() {
		switch v.Kind() {
		case reflect.Func, reflect.Chan, reflect.Pointer, reflect.UnsafePointer:
			s += fmt.Sprintf(" nil=%v", v.IsNil())
		case reflect.Struct:
			s += fmt.Sprintf(" val=%+v", v.Field(0).Interface())
		default:
			s += fmt.Sprintf(" val=%v", v.Interface())
		}
	}
	return s
}

func main() {
	vals := []any{
		42, int8(-8), int16(300), int32(-70000), int64(math.MinInt64), uint(7), uint8(255), uint16(65535),
		uint32(math.MaxUint32), uint64(math.MaxUint64), uintptr(12), 1.25, float32(0.1), complex(1, -2),
		complex64(3i), "héllo", true, Celsius(21.5), []int{1, 2, 3}, [2]string{"a", "b"},
		map[string]int{"one": 1}, Point{1, 2, "t"}, &Point{3, 4, "u"}, nil, func() {}, make(chan int, 3),
	}
	for _, x := range vals {
		v := reflect.ValueOf(x)
		fmt.Println(describe(v))
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			fmt.Println("  int", v.Int(), v.CanInt(), v.CanUint())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			fmt.Println("  uint", v.Uint(), v.CanUint())
		case reflect.Float32, reflect.Float64:
			fmt.Println("  float", v.Float(), v.CanFloat())
		case reflect.Complex64, reflect.Complex128:
			fmt.Println("  complex", v.Complex(), v.CanComplex())
		case reflect.String:
			fmt.Println("  string", v.String(), v.Len(), v.Index(1).Uint(), v.Slice(1, 3).String())
		case reflect.Bool:
			fmt.Println("  bool", v.Bool())
		case reflect.Slice, reflect.Array:
			fmt.Println("  len", v.Len(), v.Cap(), v.Index(1).Interface())
		case reflect.Map:
			fmt.Println("  map", v.Len(), v.MapIndex(reflect.ValueOf("one")).Int(), v.MapIndex(reflect.ValueOf("two")).IsValid())
		case reflect.Chan:
			fmt.Println("  chan", v.Len(), v.Cap())
		}
		if v.IsValid() {
			fmt.Println("  string:", v.String(), "zero:", v.IsZero())
		}
	}

	// Navigation through a pointer: addressable and settable, except unexported fields.
	l := &Line{A: Point{1, 2, "a"}, Label: "L", pts: []Point{{5, 6, "p"}}, Point: &Point{7, 8, "e"}}
	v := reflect.ValueOf(l).Elem()
	fmt.Println(describe(v))
	for i := 0; i < v.NumField(); i++ {
		fmt.Println(" ", v.Type().Field(i).Name, describe(v.Field(i)))
	}
	fmt.Println(describe(v.Field(0).Field(2)))
	fmt.Println(describe(v.Field(3).Index(0)))
	fmt.Println(describe(v.Field(3).Index(0).Field(0)))
	fmt.Println(describe(v.FieldByName("X")), describe(v.FieldByName("tag")), describe(v.FieldByName("nope")))
	fmt.Println(describe(v.FieldByIndex([]int{4, 1})))
	fmt.Println(describe(reflect.ValueOf(*l).Field(0)))
	fmt.Println(describe(reflect.ValueOf(*l).Field(0).Field(0)))

	// Pointers, interfaces, Elem, Indirect, Addr.
	n := 5
	pv := reflect.ValueOf(&n)
	fmt.Println(describe(pv), describe(pv.Elem()), describe(reflect.Indirect(pv)), describe(reflect.Indirect(reflect.ValueOf(n))))
	fmt.Println(pv.Elem().Addr().Interface() == &n, pv.Elem().Addr().Pointer() == pv.Pointer())
	var iface fmt.Stringer = Celsius(3)
	iv := reflect.ValueOf(&iface).Elem()
	fmt.Println(describe(iv), describe(iv.Elem()), iv.Kind(), iv.Elem().Kind(), iv.NumMethod())
	var nilp *Point
	fmt.Println(reflect.ValueOf(nilp).IsNil(), describe(reflect.ValueOf(nilp).Elem()), reflect.ValueOf(nilp).IsZero())
	var nilIface any
	fmt.Println(describe(reflect.ValueOf(&nilIface).Elem().Elem()), reflect.ValueOf(&nilIface).Elem().IsNil())

	// Array values through a pointer are addressable; slices of arrays.
	arr := [5]int{10, 20, 30, 40, 50}
	av := reflect.ValueOf(&arr).Elem()
	s := av.Slice(1, 4)
	fmt.Println(s.Len(), s.Cap(), s.Interface(), s.Type(), av.Slice3(0, 2, 3).Cap())
	s.Index(0).SetInt(99)
	fmt.Println(arr, reflect.ValueOf([]int{1, 2, 3, 4}).Slice(2, 4).Interface(), reflect.ValueOf([]int{1, 2, 3, 4}).Slice3(1, 2, 3).Cap())
	fmt.Println(av.Len(), av.Index(4).CanSet(), reflect.ValueOf(arr).Index(4).CanSet())

	// Map keys and iteration, sorted for a stable output.
	m := map[string][]int{"b": {2}, "a": {1, 1}, "c": nil}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		e := mv.MapIndex(k)
		fmt.Println(k.String(), e.Len(), e.IsNil(), e.CanSet(), e.CanAddr())
	}
	it := mv.MapRange()
	cnt := 0
	for it.Next() {
		cnt += it.Value().Len()
		_ = it.Key().String()
	}
	fmt.Println("iterated total", cnt)

	// IsZero and IsNil across kinds.
	zeros := []any{0, 0.0, math.Copysign(0, -1), "", false, Point{}, Point{tag: "x"}, [2]float64{}, [2]float64{math.Copysign(0, -1), 0},
		[]int(nil), []int{}, map[int]int(nil), (*int)(nil), complex(0, 0), struct{ f [1]any }{}}
	for _, z := range zeros {
		fmt.Printf("%T %v zero=%v\n", z, z, reflect.ValueOf(z).IsZero())
	}

	// Equal and Comparable.
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(1).Equal(reflect.ValueOf(int64(1))),
		reflect.ValueOf(Point{1, 2, "a"}).Equal(reflect.ValueOf(Point{1, 2, "a"})), reflect.ValueOf(math.NaN()).Equal(reflect.ValueOf(math.NaN())),
		reflect.Value{}.Equal(reflect.Value{}), reflect.ValueOf(&n).Equal(reflect.ValueOf(&n)))
	fmt.Println(reflect.ValueOf([]int{}).Comparable(), reflect.ValueOf(Point{}).Comparable(), reflect.ValueOf(any([]int{})).Comparable(),
		reflect.ValueOf([1]any{[]int{}}).Comparable(), reflect.ValueOf(struct{ A any }{1}).Comparable(), reflect.Value{}.Comparable())

	// String of non-string values, Bytes.
	fmt.Println(reflect.ValueOf(3).String(), reflect.ValueOf(Point{}).String(), reflect.Value{}.String(), reflect.ValueOf(Celsius(2)).String())
	b := []byte("bytes")
	fmt.Println(string(reflect.ValueOf(b).Bytes()), string(reflect.ValueOf(&[3]byte{'a', 'b', 'c'}).Elem().Bytes()))
	fmt.Println(reflect.ValueOf(&n).Elem().Type(), reflect.Zero(reflect.TypeOf(Point{})).Interface(), reflect.New(reflect.TypeOf(0)).Elem().Interface())
	np := reflect.New(reflect.TypeOf(Point{}))
	np.Elem().Field(0).SetInt(3)
	fmt.Println(np.Interface(), np.Type(), np.Elem().CanSet())
	fmt.Println(reflect.ValueOf(int8(100)).OverflowInt(200), reflect.ValueOf(uint16(1)).OverflowUint(70000), reflect.ValueOf(float32(1)).OverflowFloat(1e300))
}
