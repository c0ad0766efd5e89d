// Decoding JSON into Go values: Unmarshal and the decoder shared with Decoder. The input is
// checked by the scanner first, so decoding is a recursive descent over text known to be
// valid. Values that do not fit their target are skipped and the first such problem is
// reported at the end (an *UnmarshalTypeError naming the struct field path); errors of
// UnmarshalJSON and UnmarshalText methods stop the decoding at once. Offsets in errors are
// the ones Go's decoder reports.
package json

import (
	"encoding"
	"fmt"
	"reflect"
	"strings"
)

// Unmarshal parses the JSON data and stores the result in the value v points to.
func Unmarshal(data []byte, v any) error {
	var d decodeState
	if !validFast(data) {
		if err := checkValid(data, &d.scan); err != nil {
			return err
		}
	}
	d.init(data)
	return d.unmarshal(v)
}

type decodeState struct {
	data       []byte
	off        int // the next byte to read
	scan       scanner
	savedError error
	// The error context: the struct type whose field is being decoded and the JSON names
	// of the fields from the top of the document down to it.
	ctxStruct reflect.Type
	ctxPath   []string

	useNumber             bool
	disallowUnknownFields bool
}

func (d *decodeState) init(data []byte) {
	d.data = data
	d.off = 0
	d.savedError = nil
	d.ctxStruct = nil
	d.ctxPath = d.ctxPath[:0]
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.skipSpace()
	if err := d.value(rv); err != nil {
		return d.withContext(err)
	}
	return d.savedError
}

// withContext fills in where a type error happened, from the current error context.
func (d *decodeState) withContext(err error) error {
	if d.ctxStruct == nil && len(d.ctxPath) == 0 {
		return err
	}
	if te, ok := err.(*UnmarshalTypeError); ok {
		te.Struct = d.ctxStruct.Name()
		te.Field = strings.Join(d.ctxPath, ".")
	}
	return err
}

// saveError keeps the first problem, to be returned when decoding ends.
func (d *decodeState) saveError(err error) {
	if d.savedError == nil {
		d.savedError = d.withContext(err)
	}
}

func (d *decodeState) typeError(what string, t reflect.Type, offset int) {
	d.saveError(&UnmarshalTypeError{Value: what, Type: t, Offset: int64(offset)})
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// valueEnd returns the end of the value starting at data[i] (valid JSON), and stringEnd
// the index after the closing quote of the string starting at data[i]. Natives: byte loops.
func valueEnd(data []byte, i int) int
func stringEnd(data []byte, i int) int

// validFast reports whether data is one valid JSON value (a native). It agrees with the
// scanner, which runs again only to describe what is wrong.
func validFast(data []byte) bool

// skip moves past the value at d.off.
func (d *decodeState) skip() {
	d.off = valueEnd(d.data, d.off)
}

// value decodes the value at d.off into v (the zero Value: skip it).
func (d *decodeState) value(v reflect.Value) error {
	switch d.data[d.off] {
	case '[':
		if !v.IsValid() {
			d.skip()
			return nil
		}
		return d.array(v)
	case '{':
		if !v.IsValid() {
			d.skip()
			return nil
		}
		return d.object(v)
	}
	start := d.off
	d.skip()
	if !v.IsValid() {
		return nil
	}
	return d.literalStore(d.data[start:d.off], v, false, d.off)
}

// indirect goes from v down through pointers (allocating nil ones) and interfaces holding
// pointers, to the value to decode into. It stops early at a type with an UnmarshalJSON or
// (unless decoding null) UnmarshalText method, returning it; when decoding null it stops at
// the first pointer that can be set to nil. A named addressable value is first seen
// through its address, so that methods with pointer receivers count.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	// Most values are neither pointers nor interfaces and have no decoding methods.
	if k := v.Kind(); k != reflect.Pointer && k != reflect.Interface && !ptrUnmarshals(v.Type()) {
		return nil, nil, v
	}
	orig := v
	viaAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		viaAddr = true
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				viaAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		// An interface holding a pointer to itself (var x any; x = &x) ends the walk.
		if e := v.Elem(); e.Kind() == reflect.Interface && !e.IsNil() {
			if ee := e.Elem(); ee.Type() == v.Type() && ee.UnsafePointer() == v.UnsafePointer() {
				v = e
				break
			}
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if viaAddr {
			// Back to the value itself, keeping its original flags.
			v = orig
			viaAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

var ptrUnmarshalCache = map[reflect.Type]bool{}

// ptrUnmarshals reports whether *t has an UnmarshalJSON or UnmarshalText method.
func ptrUnmarshals(t reflect.Type) bool {
	b, ok := ptrUnmarshalCache[t]
	if !ok {
		pt := reflect.PointerTo(t)
		b = pt.Implements(unmarshalerType) || pt.Implements(textUnmarshalerType)
		ptrUnmarshalCache[t] = b
	}
	return b
}

// array decodes the array at d.off into v.
func (d *decodeState) array(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skip()
		return u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.arrayInterface()))
			return nil
		}
		fallthrough
	default:
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}

	d.off++
	i := 0
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			break
		}
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				v.Grow(1)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		var err error
		if i < v.Len() {
			err = d.value(v.Index(i))
		} else {
			// More elements than the Go array holds: the rest are dropped.
			err = d.value(reflect.Value{})
		}
		if err != nil {
			return err
		}
		i++
		d.skipSpace()
		c := d.data[d.off]
		d.off++
		if c == ']' {
			break
		}
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			for ; i < v.Len(); i++ {
				v.Index(i).SetZero()
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		// An empty array gives an empty, non-nil slice.
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

// object decodes the object at d.off into v: a struct, a map, or an empty interface.
func (d *decodeState) object(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skip()
		return u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		d.typeError("object", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(d.objectInterface()))
		return nil
	}

	var si *structInfo
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		default:
			if !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				d.typeError("object", t, start+1)
				d.skip()
				return nil
			}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		si = cachedFields(t)
	default:
		d.typeError("object", t, start+1)
		d.skip()
		return nil
	}

	var mapElem reflect.Value
	outerStruct, outerDepth := d.ctxStruct, len(d.ctxPath)
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			break
		}
		keyStart := d.off
		d.off = stringEnd(d.data, d.off)
		item := d.data[keyStart:d.off]
		key, _ := unquote(item)

		var subv reflect.Value
		quoted := false // ",string": the value is inside a JSON string
		if si == nil {
			if !mapElem.IsValid() {
				mapElem = reflect.New(t.Elem()).Elem()
			} else {
				mapElem.SetZero()
			}
			subv = mapElem
		} else if f := si.lookup(key); f != nil {
			subv = v
			quoted = f.quoted
			for _, x := range f.index {
				if subv.Kind() == reflect.Pointer {
					if subv.IsNil() {
						if !subv.CanSet() {
							// A nil pointer to an embedded unexported struct cannot be filled in.
							d.saveError(fmt.Errorf("json: cannot set embedded pointer to unexported struct: %v", subv.Type().Elem()))
							subv = reflect.Value{}
							quoted = false
							break
						}
						subv.Set(reflect.New(subv.Type().Elem()))
					}
					subv = subv.Elem()
				}
				subv = subv.Field(x)
			}
			d.ctxPath = append(d.ctxPath, f.name)
			d.ctxStruct = t
		} else if d.disallowUnknownFields {
			d.saveError(fmt.Errorf("json: unknown field %q", key))
		}

		d.skipSpace()
		d.off++ // ':'
		d.skipSpace()

		if quoted {
			if err := d.quotedValue(subv); err != nil {
				return err
			}
		} else if err := d.value(subv); err != nil {
			return err
		}

		if si == nil {
			kv, err := d.mapKey(t.Key(), key, item, keyStart)
			if err != nil {
				return err
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, subv)
			}
		}

		d.skipSpace()
		d.ctxPath = d.ctxPath[:outerDepth]
		d.ctxStruct = outerStruct
		c := d.data[d.off]
		d.off++
		if c == '}' {
			break
		}
	}
	return nil
}

// lookup finds the field for an object key: the exact name first, else a case-insensitive
// match.
func (si *structInfo) lookup(key string) *field {
	if i, ok := si.exact[key]; ok {
		return &si.list[i]
	}
	if i, ok := si.folded[foldName(key)]; ok {
		return &si.list[i]
	}
	return nil
}
