// Encoding Go values as JSON: Marshal and MarshalIndent, and one encoder function per Go
// type, built on first use from the type's reflection and cached (types that refer to
// themselves get their encoder through a forwarding closure while it is being built).
// Errors abort the encoding by a panic carrying an *encodeError, recovered in marshal.
package json

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// Marshal returns the JSON encoding of v, with HTML-sensitive characters in strings
// escaped.
func Marshal(v any) ([]byte, error) {
	var e encodeState
	if err := e.marshal(v, optEscapeHTML); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// MarshalIndent is Marshal followed by Indent.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	out, err := appendIndent(make([]byte, 0, 2*len(b)), b, prefix, indent)
	if err != nil {
		return nil, err
	}
	return out, nil
}

type encodeState struct {
	buf []byte
	// depth counts the pointers, maps and slices being encoded; beyond cycleCheckDepth the
	// ones on the current path are remembered so that a cycle is reported instead of
	// recursing forever.
	depth int
	onPath map[any]bool
}

const cycleCheckDepth = 1000

type encodeError struct{ err error }

// encOpts are the options an encoder runs under, as bits (a plain integer is cheaper to
// pass around than a struct).
type encOpts uint8

const (
	optQuoted     encOpts = 1 << iota // inside a ",string" field
	optEscapeHTML                     // escape <, > and & in strings
)

func (o encOpts) quoted() bool     { return o&optQuoted != 0 }
func (o encOpts) escapeHTML() bool { return o&optEscapeHTML != 0 }

func htmlOpt(on bool) encOpts {
	if on {
		return optEscapeHTML
	}
	return 0
}

type encoderFunc func(e *encodeState, v reflect.Value, o encOpts)

func (e *encodeState) marshal(v any, o encOpts) (err error) {
	defer func() {
		if r := recover(); r != nil {
			ee, ok := r.(*encodeError)
			if !ok {
				panic(r)
			}
			err = ee.err
		}
	}()
	e.value(reflect.ValueOf(v), o)
	return nil
}

func (e *encodeState) fail(err error) {
	panic(&encodeError{err})
}

func (e *encodeState) value(v reflect.Value, o encOpts) {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	typeEncoder(v.Type())(e, v, o)
}

// enter notes one more level of pointer, map or slice. Past cycleCheckDepth levels the
// references on the current path are remembered (by identity), so that a cycle is
// reported instead of recursing forever; the key to forget on leaving is returned.
func (e *encodeState) enter(v reflect.Value) any {
	e.depth++
	if e.depth <= cycleCheckDepth {
		return nil
	}
	var key any
	if v.Kind() == reflect.Slice {
		key = sliceKey{v.UnsafePointer(), v.Len()}
	} else {
		key = v.UnsafePointer()
	}
	if e.onPath == nil {
		e.onPath = map[any]bool{}
	}
	if e.onPath[key] {
		e.fail(&UnsupportedValueError{v, "encountered a cycle via " + v.Type().String()})
	}
	e.onPath[key] = true
	return key
}

func (e *encodeState) leave(key any) {
	if key != nil {
		delete(e.onPath, key)
	}
	e.depth--
}

var (
	marshalerType       = reflect.TypeFor[Marshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	unmarshalerType     = reflect.TypeFor[Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	numberType          = reflect.TypeFor[Number]()
)

var encoderCache = map[reflect.Type]encoderFunc{}

func typeEncoder(t reflect.Type) encoderFunc {
	if f, ok := encoderCache[t]; ok {
		return f
	}
	var built encoderFunc
	encoderCache[t] = func(e *encodeState, v reflect.Value, o encOpts) { built(e, v, o) }
	built = newEncoder(t, true)
	encoderCache[t] = built
	return built
}

// newEncoder chooses how values of type t are written. Methods come first: MarshalJSON,
// then MarshalText, each also through a pointer receiver when the value is addressable.
func newEncoder(t reflect.Type, addressable bool) encoderFunc {
	if addressable && t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(marshalerType) {
		return ifAddressable(addrMarshalerEncoder, newEncoder(t, false))
	}
	if t.Implements(marshalerType) {
		return marshalerEncoder
	}
	if addressable && t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(textMarshalerType) {
		return ifAddressable(addrTextMarshalerEncoder, newEncoder(t, false))
	}
	if t.Implements(textMarshalerType) {
		return textMarshalerEncoder
	}
	switch t.Kind() {
	case reflect.Bool:
		return boolEncoder
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intEncoder
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintEncoder
	case reflect.Float32:
		return float32Encoder
	case reflect.Float64:
		return float64Encoder
	case reflect.String:
		if t == numberType {
			return numberEncoder
		}
		return stringEncoder
	case reflect.Interface:
		return interfaceEncoder
	case reflect.Struct:
		return structEncoder(cachedFields(t))
	case reflect.Map:
		return mapEncoder(t)
	case reflect.Slice:
		return sliceEncoder(t)
	case reflect.Array:
		return arrayEncoder(typeEncoder(t.Elem()))
	case reflect.Pointer:
		return pointerEncoder(typeEncoder(t.Elem()))
	}
	return unsupportedEncoder
}

func ifAddressable(addr, other encoderFunc) encoderFunc {
	return func(e *encodeState, v reflect.Value, o encOpts) {
		if v.CanAddr() {
			addr(e, v, o)
		} else {
			other(e, v, o)
		}
	}
}

func unsupportedEncoder(e *encodeState, v reflect.Value, _ encOpts) {
	e.fail(&UnsupportedTypeError{v.Type()})
}

func (e *encodeState) callMarshalJSON(m Marshaler, t reflect.Type, o encOpts) {
	b, err := m.MarshalJSON()
	if err == nil {
		// The method's output is checked, compacted and HTML-escaped like our own.
		var out []byte
		out, err = appendCompact(e.buf, b, o.escapeHTML())
		if err == nil {
			e.buf = out
		}
	}
	if err != nil {
		e.fail(&MarshalerError{t, err, "MarshalJSON"})
	}
}

func (e *encodeState) callMarshalText(m encoding.TextMarshaler, t reflect.Type, o encOpts) {
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&MarshalerError{t, err, "MarshalText"})
	}
	e.buf = appendString(e.buf, string(b), o.escapeHTML())
}

func marshalerEncoder(e *encodeState, v reflect.Value, o encOpts) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(Marshaler)
	if !ok {
		// A nil interface value whose type has the method.
		e.buf = append(e.buf, "null"...)
		return
	}
	e.callMarshalJSON(m, v.Type(), o)
}

func addrMarshalerEncoder(e *encodeState, v reflect.Value, o encOpts) {
	e.callMarshalJSON(v.Addr().Interface().(Marshaler), v.Type(), o)
}

func textMarshalerEncoder(e *encodeState, v reflect.Value, o encOpts) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.callMarshalText(m, v.Type(), o)
}

func addrTextMarshalerEncoder(e *encodeState, v reflect.Value, o encOpts) {
	e.callMarshalText(v.Addr().Interface().(encoding.TextMarshaler), v.Type(), o)
}

func boolEncoder(e *encodeState, v reflect.Value, o encOpts) {
	s := "false"
	if v.Bool() {
		s = "true"
	}
	if o.quoted() {
		e.buf = append(append(append(e.buf, '"'), s...), '"')
	} else {
		e.buf = append(e.buf, s...)
	}
}

func intEncoder(e *encodeState, v reflect.Value, o encOpts) {
	if o.quoted() {
		e.buf = append(strconv.AppendInt(append(e.buf, '"'), v.Int(), 10), '"')
	} else {
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	}
}

func uintEncoder(e *encodeState, v reflect.Value, o encOpts) {
	if o.quoted() {
		e.buf = append(strconv.AppendUint(append(e.buf, '"'), v.Uint(), 10), '"')
	} else {
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	}
}

func float32Encoder(e *encodeState, v reflect.Value, o encOpts) { e.float(v, 32, o) }
func float64Encoder(e *encodeState, v reflect.Value, o encOpts) { e.float(v, 64, o) }

func (e *encodeState) float(v reflect.Value, bits int, o encOpts) {
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	if o.quoted() {
		e.buf = append(e.buf, '"')
	}
	e.buf = appendFloat(e.buf, f, bits)
	if o.quoted() {
		e.buf = append(e.buf, '"')
	}
}

// appendFloat writes f as ES6 does: plain decimal notation for magnitudes in [1e-6, 1e21),
// exponent notation (with at least one exponent digit, not two) outside it.
func appendFloat(b []byte, f float64, bits int) []byte {
	a := math.Abs(f)
	format := byte('f')
	if a != 0 {
		if bits == 64 && (a < 1e-6 || a >= 1e21) || bits == 32 && (float32(a) < 1e-6 || float32(a) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		// e-07 → e-7
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

func stringEncoder(e *encodeState, v reflect.Value, o encOpts) {
	if o.quoted() {
		// The JSON string is itself written as a JSON string.
		inner := appendString(nil, v.String(), o.escapeHTML())
		e.buf = appendString(e.buf, string(inner), false)
		return
	}
	e.buf = appendString(e.buf, v.String(), o.escapeHTML())
}

func numberEncoder(e *encodeState, v reflect.Value, o encOpts) {
	s := v.String()
	if s == "" {
		s = "0"
	}
	if !isValidNumber(s) {
		e.fail(fmt.Errorf("json: invalid number literal %q", s))
	}
	if o.quoted() {
		e.buf = append(append(append(e.buf, '"'), s...), '"')
	} else {
		e.buf = append(e.buf, s...)
	}
}

func interfaceEncoder(e *encodeState, v reflect.Value, o encOpts) {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.value(v.Elem(), o)
}

