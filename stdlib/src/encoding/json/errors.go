// Package json encodes Go values as JSON (RFC 8259) and decodes JSON into Go values, with
// the behaviour of Go's encoding/json: struct tags, embedded-field visibility, the
// marshaler interfaces, streaming, and the same error types and texts. This file holds the
// package's interfaces, its error types and Number.
package json

import (
	"reflect"
	"strconv"
)

// Marshaler is implemented by types that produce their own JSON encoding.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is implemented by types that decode a JSON value themselves. The input is a
// complete, valid JSON value (possibly null); it must be copied to be kept.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// A SyntaxError reports malformed JSON; Offset counts the bytes read before the error.
type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

// An UnmarshalTypeError reports a JSON value that cannot be stored in a Go value of the
// target type. Struct and Field name the struct type holding the field and the path of JSON
// keys from the top of the document when the value was inside a struct.
type UnmarshalTypeError struct {
	Value  string       // "bool", "array", "number -5", ...
	Type   reflect.Type // the Go type it could not be stored in
	Offset int64        // the error was found after reading Offset bytes
	Struct string
	Field  string
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct == "" && e.Field == "" {
		return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
}

// UnmarshalFieldError described a key naming an unexported field. It is no longer produced.
//
// Deprecated: kept so that programs naming it compile.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError reports an Unmarshal target that is not a non-nil pointer.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	switch {
	case e.Type == nil:
		return "json: Unmarshal(nil)"
	case e.Type.Kind() != reflect.Pointer:
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// An UnsupportedTypeError reports a type Marshal cannot encode (channels, functions,
// complex numbers, maps with unsuitable keys).
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError reports a value Marshal cannot encode: NaN, an infinity, or a
// cyclic structure.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// InvalidUTF8Error was returned for strings with invalid UTF-8; such bytes are now
// replaced by U+FFFD instead.
//
// Deprecated: kept so that programs naming it compile.
type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A MarshalerError wraps the error of a MarshalJSON or MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	fn := e.sourceFunc
	if fn == "" {
		fn = "MarshalJSON"
	}
	return "json: error calling " + fn + " for type " + e.Type.String() + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

// A Number is a JSON number kept as its literal text.
type Number string

func (n Number) String() string { return string(n) }

func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// isValidNumber reports whether s is a JSON number: an optional minus, an integer part
// without leading zeros, an optional fraction and an optional exponent.
func isValidNumber(s string) bool {
	i, n := 0, len(s)
	if i < n && s[i] == '-' {
		i++
	}
	if i == n {
		return false
	}
	switch {
	case s[i] == '0':
		i++
	case '1' <= s[i] && s[i] <= '9':
		for i < n && isDigit(s[i]) {
			i++
		}
	default:
		return false
	}
	if i+1 < n && s[i] == '.' && isDigit(s[i+1]) {
		i += 2
		for i < n && isDigit(s[i]) {
			i++
		}
	}
	if i+1 < n && (s[i] == 'e' || s[i] == 'E') {
		i++
		if s[i] == '+' || s[i] == '-' {
			i++
			if i == n {
				return false
			}
		}
		for i < n && isDigit(s[i]) {
			i++
		}
	}
	return i == n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
