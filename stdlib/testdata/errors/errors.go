package main

import (
	"errors"
	"io"
	"os"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func b(v bool) string {
	if v {
		return "true"
	}
	return "false"
}

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr" }

type PErr struct{ msg string }

func (e *PErr) Error() string { return "perr " + e.msg }

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

type isErr struct{}

func (e isErr) Error() string          { return "isErr" }
func (e isErr) Is(target error) bool   { return target == io.EOF }

type sliceErr []int

func (e sliceErr) Error() string { return "slice" }

type asErr struct{}

func (e asErr) Error() string { return "asErr" }
func (e asErr) As(target any) bool {
	if p, ok := target.(*MyErr); ok {
		*p = MyErr{42}
		return true
	}
	return false
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	out(e1.Error())
	out(b(e1 == e2) + " " + b(e1 == e1))
	w := &wrapErr{"ctx", e1}
	out(w.Error())
	out(b(errors.Is(w, e1)) + b(errors.Is(w, e2)) + b(errors.Unwrap(w) == e1) + b(errors.Unwrap(e1) == nil))
	out(b(errors.Is(nil, nil)) + b(errors.Is(nil, e1)) + b(errors.Is(e1, nil)))
	out(b(errors.Is(&wrapErr{"x", isErr{}}, io.EOF)))

	var me MyErr
	var err error = &wrapErr{"w", MyErr{7}}
	out(b(errors.As(err, &me)))
	if me.code != 7 {
		out("bad code")
	}
	var pe *PErr
	err = &wrapErr{"w", &PErr{"inner"}}
	out(b(errors.As(err, &pe)) + " " + pe.Error())
	var ie interface{ Unwrap() error }
	out(b(errors.As(err, &ie)))
	var me2 MyErr
	out(b(errors.As(asErr{}, &me2)))
	if me2.code != 42 {
		out("bad as code")
	}

	j := errors.Join(e1, nil, io.EOF)
	out(j.Error())
	out(b(errors.Is(j, io.EOF)) + b(errors.Is(j, io.ErrUnexpectedEOF)) + b(errors.Unwrap(j) == nil))
	out(b(errors.Join(nil, nil) == nil))
	out(b(errors.As(j, &pe)))

	// An uncomparable target never matches by ==.
	out(b(errors.Is(sliceErr{1}, sliceErr{1})))

	func() {
		defer func() {
			r := recover()
			out(r.(string))
		}()
		errors.As(e1, nil)
	}()
	func() {
		defer func() {
			r := recover()
			out(r.(string))
		}()
		errors.As(e1, me)
	}()
	func() {
		defer func() {
			r := recover()
			out(r.(string))
		}()
		var s string
		errors.As(e1, &s)
	}()
	out(errors.ErrUnsupported.Error())
}
