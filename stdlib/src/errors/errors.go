// Package errors: error values made from text, and the inspection of error chains (Unwrap,
// Is, As) and trees (Join).
package errors

// New returns a new error each call: two calls with the same text are different errors.
func New(text string) error {
	return &errorString{text}
}

// errorString is the error New makes; a pointer so that every New is distinct under ==.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported reports that an operation cannot be done here.
var ErrUnsupported = New("unsupported operation")
