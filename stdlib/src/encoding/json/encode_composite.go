// Encoders of composite types: structs (fields from fields.go, omitempty), maps (keys as
// strings, sorted), slices (byte slices as base64), arrays and pointers; maps, slices and
// pointers take part in cycle detection.
package json

import (
	"encoding"
	"encoding/base64"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// isEmptyValue is omitempty's test: false, 0, a nil pointer or interface, or an empty
// string, array, slice or map. Structs are never empty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String, reflect.Array, reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Struct, reflect.Func, reflect.Chan, reflect.Complex64, reflect.Complex128, reflect.UnsafePointer:
		return false
	}
	return v.IsZero()
}

func structEncoder(si *structInfo) encoderFunc {
	return func(e *encodeState, v reflect.Value, o encOpts) {
		e.buf = append(e.buf, '{')
		first := true
	fields:
		for i := range si.list {
			f := &si.list[i]
			var fv reflect.Value
			if len(f.index) == 1 {
				fv = v.Field(f.index[0])
			} else {
				fv = v
				for _, x := range f.index {
					if fv.Kind() == reflect.Pointer {
						if fv.IsNil() {
							// Fields promoted through a nil embedded pointer are absent.
							continue fields
						}
						fv = fv.Elem()
					}
					fv = fv.Field(x)
				}
			}
			if f.omitEmpty && isEmptyValue(fv) {
				continue
			}
			if !first {
				e.buf = append(e.buf, ',')
			}
			first = false
			if o.escapeHTML() {
				e.buf = append(e.buf, f.keyEsc...)
			} else {
				e.buf = append(e.buf, f.keyRaw...)
			}
			f.enc(e, fv, f.opts | o&optEscapeHTML)
		}
		e.buf = append(e.buf, '}')
	}
}

type mapEntry struct {
	key string
	val reflect.Value
}

func mapEncoder(t reflect.Type) encoderFunc {
	switch t.Key().Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !t.Key().Implements(textMarshalerType) {
			return unsupportedEncoder
		}
	}
	elem := typeEncoder(t.Elem())
	return func(e *encodeState, v reflect.Value, o encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		key := e.enter(v)
		entries := make([]mapEntry, 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			name, err := mapKeyName(it.Key())
			if err != nil {
				e.fail(fmt.Errorf("json: encoding error for type %q: %q", v.Type().String(), err.Error()))
			}
			entries = append(entries, mapEntry{name, it.Value()})
		}
		slices.SortFunc(entries, func(a, b mapEntry) int { return strings.Compare(a.key, b.key) })
		e.buf = append(e.buf, '{')
		for i, en := range entries {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.buf = appendString(e.buf, en.key, o.escapeHTML())
			e.buf = append(e.buf, ':')
			elem(e, en.val, o)
		}
		e.buf = append(e.buf, '}')
		e.leave(key)
	}
}

// mapKeyName is the member name a map key is written as.
func mapKeyName(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	panic("unexpected map key type")
}

// sliceKey identifies a slice for cycle detection: the same array seen with the same length.
type sliceKey struct {
	ptr any
	n   int
}

func sliceEncoder(t reflect.Type) encoderFunc {
	if t.Elem().Kind() == reflect.Uint8 {
		p := reflect.PointerTo(t.Elem())
		if !p.Implements(marshalerType) && !p.Implements(textMarshalerType) {
			return bytesEncoder
		}
	}
	elems := arrayEncoder(typeEncoder(t.Elem()))
	return func(e *encodeState, v reflect.Value, o encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		key := e.enter(v)
		elems(e, v, o)
		e.leave(key)
	}
}

// bytesEncoder writes a []byte as a base64 string.
func bytesEncoder(e *encodeState, v reflect.Value, _ encOpts) {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.buf = append(e.buf, '"')
	e.buf = base64.StdEncoding.AppendEncode(e.buf, v.Bytes())
	e.buf = append(e.buf, '"')
}

func arrayEncoder(elem encoderFunc) encoderFunc {
	return func(e *encodeState, v reflect.Value, o encOpts) {
		e.buf = append(e.buf, '[')
		n := v.Len()
		for i := 0; i < n; i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			elem(e, v.Index(i), o)
		}
		e.buf = append(e.buf, ']')
	}
}

func pointerEncoder(elem encoderFunc) encoderFunc {
	return func(e *encodeState, v reflect.Value, o encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		key := e.enter(v)
		elem(e, v.Elem(), o)
		e.leave(key)
	}
}
