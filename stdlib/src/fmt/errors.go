// Errorf: formatted errors, wrapping the operands of %w verbs.
package fmt

import "errors"

// errorf formats like Sprintf with %w allowed; it also returns the indexes of the %w
// operands: in format order, or sorted when the format used explicit argument indexes.
func errorf(format string, a []any) (string, []int)

// Errorf formats according to the format and returns the text as an error. With one %w
// verb whose operand is an error, the result's Unwrap method returns that operand; with
// several, Unwrap returns them all, in argument order. %w is otherwise %v.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
