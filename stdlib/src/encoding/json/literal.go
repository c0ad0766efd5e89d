// Decoding literals (strings, numbers, true, false, null) into Go values, values inside
// ",string" fields, map keys, and the generic forms (bool, float64 or Number, string,
// []any, map[string]any) that empty interfaces receive. Also JSON string unquoting.
package json

import (
	"encoding/base64"
	"fmt"
	"reflect"
	"strconv"
)

func stringTagError(item []byte, t reflect.Type) error {
	return fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", item, t)
}

// literalStore stores the literal item into v. fromQuoted: item was the content of the
// string of a ",string" field. end is where the literal ended in the input (the offset
// type errors report).
func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool, end int) error {
	if len(item) == 0 {
		d.saveError(stringTagError(item, v.Type()))
		return nil
	}
	c := item[0]
	u, ut, pv := indirect(v, c == 'n')
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if c != '"' {
			if fromQuoted {
				d.saveError(stringTagError(item, v.Type()))
				return nil
			}
			what := "number"
			switch c {
			case 'n':
				what = "null"
			case 't', 'f':
				what = "bool"
			}
			d.typeError(what, v.Type(), end)
			return nil
		}
		s, ok := unquote(item)
		if !ok {
			return stringTagError(item, v.Type())
		}
		return ut.UnmarshalText([]byte(s))
	}
	v = pv

	switch {
	case c == 'n':
		if fromQuoted && string(item) != "null" {
			d.saveError(stringTagError(item, v.Type()))
			return nil
		}
		// null clears references; other values are left as they are.
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
		}
	case c == 't' || c == 'f':
		b := c == 't'
		if fromQuoted && string(item) != "true" && string(item) != "false" {
			d.saveError(stringTagError(item, v.Type()))
			return nil
		}
		switch v.Kind() {
		case reflect.Bool:
			v.SetBool(b)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(b))
			} else {
				d.typeError("bool", v.Type(), end)
			}
		default:
			if fromQuoted {
				d.saveError(stringTagError(item, v.Type()))
			} else {
				d.typeError("bool", v.Type(), end)
			}
		}
	case c == '"':
		s, ok := unquote(item)
		if !ok {
			return stringTagError(item, v.Type())
		}
		switch v.Kind() {
		case reflect.String:
			if v.Type() == numberType && !isValidNumber(s) {
				return fmt.Errorf("json: invalid number literal, trying to unmarshal %q into Number", item)
			}
			v.SetString(s)
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.typeError("string", v.Type(), end)
				return nil
			}
			b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
			n, err := base64.StdEncoding.Decode(b, []byte(s))
			if err != nil {
				d.saveError(err)
				return nil
			}
			v.SetBytes(b[:n])
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(s))
			} else {
				d.typeError("string", v.Type(), end)
			}
		default:
			d.typeError("string", v.Type(), end)
		}
	default:
		if c != '-' && !isDigit(c) {
			// Only reachable for the content of a ",string" field.
			return stringTagError(item, v.Type())
		}
		return d.numberStore(item, v, fromQuoted, end)
	}
	return nil
}

func (d *decodeState) numberStore(item []byte, v reflect.Value, fromQuoted bool, end int) error {
	s := string(item)
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v.OverflowInt(n) {
			d.typeError("number "+s, v.Type(), end)
			return nil
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || v.OverflowUint(n) {
			d.typeError("number "+s, v.Type(), end)
			return nil
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(s, v.Type().Bits())
		if err != nil || v.OverflowFloat(f) {
			d.typeError("number "+s, v.Type(), end)
			return nil
		}
		v.SetFloat(f)
	case reflect.Interface:
		n, err := d.number(s, end+1)
		if err != nil {
			d.saveError(err)
			return nil
		}
		if v.NumMethod() != 0 {
			d.typeError("number", v.Type(), end)
			return nil
		}
		v.Set(reflect.ValueOf(n))
	default:
		if v.Type() == numberType {
			v.SetString(s)
			return nil
		}
		if fromQuoted {
			return stringTagError(item, v.Type())
		}
		d.typeError("number", v.Type(), end)
	}
	return nil
}

// number converts a number literal to what an empty interface receives: a float64, or a
// Number under UseNumber. offset is reported if it does not fit a float64.
func (d *decodeState) number(s string, offset int) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeFor[float64](), Offset: int64(offset)}
	}
	return f, nil
}

// quotedValue decodes the value of a ",string" field: a JSON string whose content is
// decoded as a literal, or null.
func (d *decodeState) quotedValue(v reflect.Value) error {
	c := d.data[d.off]
	if c == '[' || c == '{' {
		d.skip()
	} else {
		x := d.literalInterface()
		switch x := x.(type) {
		case nil:
			return d.literalStore([]byte("null"), v, false, d.off)
		case string:
			return d.literalStore([]byte(x), v, true, d.off)
		}
	}
	d.saveError(fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into %v", v.Type()))
	return nil
}

// mapKey converts an object key to the map's key type; the zero Value (with the problem
// saved) when it does not convert.
func (d *decodeState) mapKey(kt reflect.Type, key string, item []byte, start int) (reflect.Value, error) {
	if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
		kv := reflect.New(kt)
		if err := d.literalStore(item, kv, true, d.off); err != nil {
			return reflect.Value{}, err
		}
		return kv.Elem(), nil
	}
	switch kt.Kind() {
	case reflect.String:
		kv := reflect.New(kt).Elem()
		kv.SetString(key)
		return kv, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(key, 10, 64)
		if err != nil || reflect.Zero(kt).OverflowInt(n) {
			d.typeError("number "+key, kt, start+1)
			return reflect.Value{}, nil
		}
		kv := reflect.New(kt).Elem()
		kv.SetInt(n)
		return kv, nil
	default:
		n, err := strconv.ParseUint(key, 10, 64)
		if err != nil || reflect.Zero(kt).OverflowUint(n) {
			d.typeError("number "+key, kt, start+1)
			return reflect.Value{}, nil
		}
		kv := reflect.New(kt).Elem()
		kv.SetUint(n)
		return kv, nil
	}
}

// valueInterface decodes the value at d.off in its generic form.
func (d *decodeState) valueInterface() any {
	switch d.data[d.off] {
	case '[':
		return d.arrayInterface()
	case '{':
		return d.objectInterface()
	}
	return d.literalInterface()
}

func (d *decodeState) arrayInterface() []any {
	v := make([]any, 0)
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			return v
		}
		v = append(v, d.valueInterface())
		d.skipSpace()
		c := d.data[d.off]
		d.off++
		if c == ']' {
			return v
		}
	}
}

func (d *decodeState) objectInterface() map[string]any {
	m := make(map[string]any)
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return m
		}
		start := d.off
		d.off = stringEnd(d.data, d.off)
		key, _ := unquote(d.data[start:d.off])
		d.skipSpace()
		d.off++ // ':'
		d.skipSpace()
		m[key] = d.valueInterface()
		d.skipSpace()
		c := d.data[d.off]
		d.off++
		if c == '}' {
			return m
		}
	}
}

func (d *decodeState) literalInterface() any {
	start := d.off
	d.skip()
	item := d.data[start:d.off]
	switch item[0] {
	case 'n':
		return nil
	case 't':
		return true
	case 'f':
		return false
	case '"':
		s, _ := unquote(item)
		return s
	}
	n, err := d.number(string(item), d.off+1)
	if err != nil {
		d.saveError(err)
	}
	return n
}

// unquote decodes a JSON string literal (with its quotes). Invalid UTF-8 and unpaired
// surrogate escapes become U+FFFD. ok is false for text that is not a string literal,
// which only the content of ",string" fields can be. (A native: a byte loop in JS.)
func unquote(s []byte) (string, bool)
