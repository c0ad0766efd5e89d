// Walking error chains: Unwrap follows one Unwrap() error method; Is and As search the tree
// formed by Unwrap() error and Unwrap() []error methods, depth first, in pre-order.
package errors

type wrapper interface{ Unwrap() error }

type multiWrapper interface{ Unwrap() []error }

// Unwrap only follows Unwrap() error; a Join's Unwrap() []error gives nil here.
func Unwrap(err error) error {
	if w, ok := err.(wrapper); ok {
		return w.Unwrap()
	}
	return nil
}

// Is reports whether some error in err's tree equals target or has an Is method saying so.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	// An uncomparable target is only ever matched by Is methods, never by ==.
	return isIn(err, target, comparable(target))
}

func isIn(err, target error, cmp bool) bool {
	for err != nil {
		if cmp && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case wrapper:
			err = w.Unwrap()
		case multiWrapper:
			for _, e := range w.Unwrap() {
				if e != nil && isIn(e, target, cmp) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// As finds the first error in err's tree that can be stored in *target (target is a non-nil
// pointer to an interface type or to a type implementing error), stores it and reports true;
// an error's As(any) bool method may also claim the match.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return asIn(err, target)
}

func asIn(err error, target any) bool {
	for err != nil {
		if storeIfAssignable(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		switch w := err.(type) {
		case wrapper:
			err = w.Unwrap()
		case multiWrapper:
			for _, e := range w.Unwrap() {
				if e != nil && asIn(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// comparable reports whether err's dynamic type supports ==.
func comparable(err error) bool

// checkTarget: 0 when target is usable by As, 1 when it is not a non-nil pointer, 2 when it
// points to something that is neither an interface nor an error.
func checkTarget(target any) int

// storeIfAssignable sets *target = err when err's dynamic type is assignable to *target's type.
func storeIfAssignable(err error, target any) bool
