// Package encoding: the interfaces shared by packages that convert data to and from byte
// or text representations.
package encoding

// BinaryMarshaler is implemented by values that can encode themselves in binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is implemented by values that can decode a binary form of themselves;
// UnmarshalBinary must copy the data if it keeps it.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is implemented by values that can encode themselves as UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is implemented by values that can decode a textual form of themselves;
// UnmarshalText must copy the text if it keeps it.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
