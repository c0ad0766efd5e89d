// Value: a Go value seen through reflection. Its methods are natives (value.ts and the files
// beside it) working on gots' value representation; the few written here in Go call Go
// functions (FieldByNameFunc's match) or build on the public API (Seq, Seq2).
package reflect

import (
	"errors"
	"iter"
	"unsafe"
)

// Value holds a value and its type. ptr is the JS value itself, or, when flagAddr is set, a
// pointer to the location holding it (so that setting writes through).
type Value struct {
	typ_ *rtype
	ptr  unsafe.Pointer
	flag uintptr
}

// A ValueError is the panic of a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func ValueOf(i any) Value
func Zero(typ Type) Value
func New(typ Type) Value
func NewAt(typ Type, p unsafe.Pointer) Value

// SliceAt is unsafe.Slice((*typ)(p), n) as a Value.
func SliceAt(typ Type, p unsafe.Pointer, n int) Value
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}
func MakeSlice(typ Type, len, cap int) Value
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }
func MakeMapWithSize(typ Type, n int) Value
func MakeChan(typ Type, buffer int) Value
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value
func Append(s Value, x ...Value) Value
func AppendSlice(s, t Value) Value
func Copy(dst, src Value) int
func Swapper(slice any) func(i, j int)
func DeepEqual(x, y any) bool

func (v Value) Addr() Value
func (v Value) Bool() bool
func (v Value) Bytes() []byte
func (v Value) Call(in []Value) []Value
func (v Value) CallSlice(in []Value) []Value
func (v Value) CanAddr() bool
func (v Value) CanComplex() bool
func (v Value) CanConvert(t Type) bool
func (v Value) CanFloat() bool
func (v Value) CanInt() bool
func (v Value) CanInterface() bool
func (v Value) CanSet() bool
func (v Value) CanUint() bool
func (v Value) Cap() int
func (v Value) Clear()
func (v Value) Close()
func (v Value) Comparable() bool
func (v Value) Complex() complex128
func (v Value) Convert(t Type) Value
func (v Value) Elem() Value
func (v Value) Equal(u Value) bool
func (v Value) Field(i int) Value
func (v Value) FieldByIndex(index []int) Value

// FieldByIndexErr is FieldByIndex returning an error, instead of panicking, when a nil
// embedded pointer is in the way.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	r, msg := v.fieldByIndexErr(index)
	if msg != "" {
		return Value{}, errors.New(msg)
	}
	return r, nil
}

func (v Value) fieldByIndexErr(index []int) (Value, string)
func (v Value) Float() float64
func (v Value) Grow(n int)
func (v Value) Index(i int) Value
func (v Value) Int() int64
func (v Value) Interface() (i any)
func (v Value) InterfaceData() [2]uintptr
func (v Value) IsNil() bool
func (v Value) IsValid() bool
func (v Value) IsZero() bool
func (v Value) Kind() Kind
func (v Value) Len() int
func (v Value) MapIndex(key Value) Value
func (v Value) MapKeys() []Value
func (v Value) MapRange() *MapIter
func (v Value) Method(i int) Value
func (v Value) MethodByName(name string) Value
func (v Value) NumField() int
func (v Value) NumMethod() int
func (v Value) OverflowComplex(x complex128) bool
func (v Value) OverflowFloat(x float64) bool
func (v Value) OverflowInt(x int64) bool
func (v Value) OverflowUint(x uint64) bool
func (v Value) Pointer() uintptr
func (v Value) Recv() (x Value, ok bool)
func (v Value) Send(x Value)
func (v Value) Set(x Value)
func (v Value) SetBool(x bool)
func (v Value) SetBytes(x []byte)
func (v Value) SetCap(n int)
func (v Value) SetComplex(x complex128)
func (v Value) SetFloat(x float64)
func (v Value) SetInt(x int64)
func (v Value) SetIterKey(iter *MapIter)
func (v Value) SetIterValue(iter *MapIter)
func (v Value) SetLen(n int)
func (v Value) SetMapIndex(key, elem Value)
func (v Value) SetPointer(x unsafe.Pointer)
func (v Value) SetString(x string)
func (v Value) SetUint(x uint64)
func (v Value) SetZero()
func (v Value) Slice(i, j int) Value
func (v Value) Slice3(i, j, k int) Value
func (v Value) String() string
func (v Value) TryRecv() (x Value, ok bool)
func (v Value) TrySend(x Value) bool
func (v Value) Type() Type
func (v Value) Uint() uint64
func (v Value) UnsafeAddr() uintptr
func (v Value) UnsafePointer() unsafe.Pointer

// FieldByName returns the struct field with the given name (promoted fields included), or
// the zero Value when there is none.
func (v Value) FieldByName(name string) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.FieldByName", v.Kind()})
	}
	if f, ok := v.typ_.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.FieldByNameFunc", v.Kind()})
	}
	if f, ok := v.typ_.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// A MapIter iterates over a map (Value.MapRange). Its state lives in JS objects.
type MapIter struct {
	m     Value
	it    unsafe.Pointer
	key   unsafe.Pointer
	val   unsafe.Pointer
	state int
}

func (iter *MapIter) Key() Value
func (iter *MapIter) Value() Value
func (iter *MapIter) Next() bool
func (iter *MapIter) Reset(v Value)

// SelectDir is the direction of a select case.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

// A SelectCase is one case of Select.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select runs a select statement over the cases: the chosen index, and for a receive the
// value received and whether it came from a send.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool)

// SliceHeader and StringHeader describe gc's memory layout; gots values have no such header,
// and the types exist only so that programs naming them compile.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

type StringHeader struct {
	Data uintptr
	Len  int
}

// Seq loops over v as a range statement would (values only, or indices).
func (v Value) Seq() iter.Seq[Value] {
	if canRangeFunc(v.Type(), 1) {
		return func(yield func(Value) bool) {
			rf := MakeFunc(v.Type().In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0]))}
			})
			v.callSync([]Value{rf})
		}
	}
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return func(yield func(Value) bool) {
			n := v.Int()
			for i := int64(0); i < n; i++ {
				if !yield(ValueOf(i).Convert(kindTypes[v.Kind()])) {
					return
				}
			}
		}
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return func(yield func(Value) bool) {
			n := v.Uint()
			for i := uint64(0); i < n; i++ {
				if !yield(ValueOf(i).Convert(kindTypes[v.Kind()])) {
					return
				}
			}
		}
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value) bool) {
			for i := range v.String() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key()) {
					return
				}
			}
		}
	case Chan:
		return func(yield func(Value) bool) {
			for value, ok := v.Recv(); ok; value, ok = v.Recv() {
				if !yield(value) {
					return
				}
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq[Value]")
}

// Seq2 loops over v as a two-variable range statement would.
func (v Value) Seq2() iter.Seq2[Value, Value] {
	if canRangeFunc(v.Type(), 2) {
		return func(yield func(Value, Value) bool) {
			rf := MakeFunc(v.Type().In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0], in[1]))}
			})
			v.callSync([]Value{rf})
		}
	}
	switch v.Kind() {
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value, Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value, Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value, Value) bool) {
			for i, r := range v.String() {
				if !yield(ValueOf(i), ValueOf(r)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key(), i.Value()) {
					return
				}
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq2[Value, Value]")
}

// callSync is Call for code that must stay non-blocking: an iterator the program ranges
// over is called without waiting (gots' range-over-func statements do not wait for a
// blocking iterator), so a callee that really blocks is a fatal error.
func (v Value) callSync(in []Value) []Value

// canRangeFunc reports whether t is func(yield func(...) bool) with n yielded values.
func canRangeFunc(t Type, n int) bool {
	if t.Kind() != Func || t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0)
	if y.Kind() != Func || y.NumIn() != n || y.NumOut() != 1 {
		return false
	}
	return y.Out(0).Kind() == Bool
}

// kindTypes are the predeclared integer types, which Seq yields for integers of each kind.
var kindTypes [UnsafePointer + 1]Type

func init() {
	setup(Value{}, (*rtype)(nil), StructField{}, Method{}, (*ValueError)(nil), MapIter{}, SelectCase{})
	for _, x := range []any{int(0), int8(0), int16(0), int32(0), int64(0), uint(0), uint8(0), uint16(0), uint32(0), uint64(0), uintptr(0)} {
		t := TypeOf(x)
		kindTypes[t.Kind()] = t
	}
}

// setup hands the natives this package's own types, whose descriptors they need to build
// values of them.
func setup(value, rtyp, field, method, valueError, mapIter, selectCase any)
