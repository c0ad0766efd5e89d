// Package reflect: run-time reflection over gots' type descriptors. This file declares the
// Type side: Kind, ChanDir, the Type interface and its one implementation *rtype, whose
// methods are natives (native.ts) reading the runtime's Type object directly — a *rtype
// *is* the runtime descriptor, so descriptors being unique makes Type comparable with ==.
package reflect

import "strconv"

// A Kind is the category of a type, numbered as the runtime numbers them.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// String returns the kind's name; kinds beyond the known ones print as "kind<n>".
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type. Its unexported method keeps implementations
// inside this package.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	CanSeq() bool
	CanSeq2() bool
	common() *rtype
}

// rtype stands for the runtime's descriptor: a *rtype value is the descriptor object itself,
// so this struct's fields are never read.
type rtype struct {
	_ [0]func()
}

func (t *rtype) Align() int
func (t *rtype) FieldAlign() int
func (t *rtype) Method(i int) Method
func (t *rtype) MethodByName(name string) (Method, bool)
func (t *rtype) NumMethod() int
func (t *rtype) Name() string
func (t *rtype) PkgPath() string
func (t *rtype) Size() uintptr
func (t *rtype) String() string
func (t *rtype) Kind() Kind
func (t *rtype) Implements(u Type) bool
func (t *rtype) AssignableTo(u Type) bool
func (t *rtype) ConvertibleTo(u Type) bool
func (t *rtype) Comparable() bool
func (t *rtype) Bits() int
func (t *rtype) ChanDir() ChanDir
func (t *rtype) IsVariadic() bool
func (t *rtype) Elem() Type
func (t *rtype) Field(i int) StructField
func (t *rtype) FieldByIndex(index []int) StructField
func (t *rtype) In(i int) Type
func (t *rtype) Key() Type
func (t *rtype) Len() int
func (t *rtype) NumField() int
func (t *rtype) NumIn() int
func (t *rtype) NumOut() int
func (t *rtype) Out(i int) Type
func (t *rtype) OverflowComplex(x complex128) bool
func (t *rtype) OverflowFloat(x float64) bool
func (t *rtype) OverflowInt(x int64) bool
func (t *rtype) OverflowUint(x uint64) bool
func (t *rtype) CanSeq() bool
func (t *rtype) CanSeq2() bool

func (t *rtype) common() *rtype { return t }

// FieldByName finds the shallowest field of that name, through embedded structs; a name
// found twice at the same depth is ambiguous and finds nothing.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	idx, ok := fieldSearch(t, name, nil)
	if !ok {
		return StructField{}, false
	}
	f := t.FieldByIndex(idx)
	f.Index = idx
	return f, true
}

// FieldByNameFunc finds the shallowest unambiguous field whose name satisfies match
// (breadth first through embedded structs, as FieldByName).
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	idx, ok := fieldSearch(t, "", match)
	if !ok {
		return StructField{}, false
	}
	f := t.FieldByIndex(idx)
	f.Index = idx
	return f, true
}

// fieldSearch is the breadth-first search behind FieldByName (match nil: compare with name).
// Written in Go so that match, a Go function that may block, is called from Go code.
func fieldSearch(t *rtype, name string, match func(string) bool) ([]int, bool) {
	type entry struct {
		t     *rtype
		index []int
	}
	level := []entry{{t, nil}}
	count := map[*rtype]int{t: 1}
	visited := map[*rtype]bool{}
	for len(level) > 0 {
		var next []entry
		nextCount := map[*rtype]int{}
		var found []int
		ok := false
		for _, e := range level {
			if visited[e.t] {
				continue
			}
			visited[e.t] = true
			n := e.t.NumField()
			for i := 0; i < n; i++ {
				fname, ftyp, embedded := fieldInfo(e.t, i)
				var hit bool
				if match != nil {
					hit = match(fname)
				} else {
					hit = fname == name
				}
				if hit {
					if ok || count[e.t] > 1 {
						// The name appears twice at this depth: ambiguous, so no field.
						return nil, false
					}
					found = append(append([]int(nil), e.index...), i)
					ok = true
					continue
				}
				if ok || !embedded {
					continue
				}
				if ftyp.Kind() == Pointer {
					ftyp = ftyp.Elem().common()
				}
				if ftyp.Kind() != Struct {
					continue
				}
				if nextCount[ftyp] > 0 {
					nextCount[ftyp] = 2
					continue
				}
				nextCount[ftyp] = 1
				if count[e.t] > 1 {
					nextCount[ftyp] = 2
				}
				next = append(next, entry{ftyp, append(append([]int(nil), e.index...), i)})
			}
		}
		if ok {
			return found, true
		}
		level = next
		count = nextCount
	}
	return nil, false
}

// fieldInfo gives field i's name, type and whether it is embedded.
func fieldInfo(t *rtype, i int) (string, *rtype, bool)

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A Method describes one method of a type.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructTag is a field's tag: space-separated key:"value" pairs by convention.
type StructTag string

func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup scans the conventional key:"value" form; it stops at the first malformed pair.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			break
		}
		// The key: printable ASCII other than space, quote and colon.
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			break
		}
		name := s[:n]
		s = s[n+1:]
		// The quoted value, with backslash escapes skipped over.
		n = 1
		for n < len(s) && s[n] != '"' {
			if s[n] == '\\' {
				n++
			}
			n++
		}
		if n >= len(s) {
			break
		}
		quoted := s[:n+1]
		s = s[n+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return v, true
		}
	}
	return "", false
}

// TypeOf returns the dynamic type of i, or nil for a nil interface.
func TypeOf(i any) Type

// TypeFor returns the Type of its type argument.
func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

func PointerTo(t Type) Type
func SliceOf(t Type) Type
func MapOf(key, elem Type) Type
func ChanOf(dir ChanDir, t Type) Type
func ArrayOf(length int, elem Type) Type
func FuncOf(in, out []Type, variadic bool) Type
func StructOf(fields []StructField) Type
