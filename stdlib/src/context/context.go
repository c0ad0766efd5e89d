// Package context: cancellation signals, deadlines and request-scoped values carried across
// API boundaries and goroutines. This file holds the interface, the two errors, the root
// contexts, WithValue, WithoutCancel and the names contexts print as.
//
// Goroutines share one JS thread and switch only where they block, and nothing here blocks,
// so the state of a context lives in plain fields without locks. (Locking a sync.Mutex would
// make every method a blocking one, and with it every interface method of the same name in
// the program.)
package context

import (
	"errors"
	"time"
)

// Context carries a deadline, a cancellation signal and values.
type Context interface {
	// Deadline is when the context is canceled by itself; ok is false without a deadline.
	Deadline() (deadline time.Time, ok bool)
	// Done is closed when the context is canceled; nil if it never can be.
	Done() <-chan struct{}
	// Err is nil until Done is closed, then Canceled or DeadlineExceeded.
	Err() error
	// Value is the value bound to key along the chain of contexts, or nil.
	Value(key any) any
}

// Canceled is the error of a context canceled by its CancelFunc.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error of a context whose deadline passed. It reports itself as a
// timeout (net.Error's Timeout and Temporary).
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx never ends and holds no values; the two root contexts differ only in their names.
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background is the root of a tree of contexts: never canceled, no deadline, no values.
func Background() Context { return backgroundCtx{} }

// TODO is an empty context for code that does not know yet which one to use.
func TODO() Context { return todoCtx{} }

// WithValue returns a context in which key maps to val. The key must be comparable (the
// lookup compares it with ==), which is checked on its dynamic type.
func WithValue(parent Context, key, val any) Context {
	mustHaveParent(parent)
	if key == nil {
		panic("nil key")
	}
	if !comparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return lookup(c.Context, key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" + describe(c.key) + ", " + describe(c.val) + ")"
}

// WithoutCancel returns a context with parent's values but none of its cancellation:
// no deadline, no Done channel, no error.
func WithoutCancel(parent Context) Context {
	mustHaveParent(parent)
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return lookup(c, key) }
func (c withoutCancelCtx) String() string                        { return contextName(c.c) + ".WithoutCancel" }

func mustHaveParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}

// lookup walks up the chain of this package's contexts in a loop, so that deep chains do not
// nest calls; a context of another type answers through its own Value method. The private
// key &ownerKey asks for the nearest cancelCtx whose cancellation the context follows; a
// WithoutCancel context hides it.
func lookup(c Context, key any) any {
	for {
		switch x := c.(type) {
		case *valueCtx:
			if x.key == key {
				return x.val
			}
			c = x.Context
		case *cancelCtx:
			if key == &ownerKey {
				return x
			}
			c = x.Context
		case *timerCtx:
			if key == &ownerKey {
				return &x.cancelCtx
			}
			c = x.Context
		case withoutCancelCtx:
			if key == &ownerKey {
				return nil
			}
			c = x.c
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}

type stringer interface {
	String() string
}

// contextName is a context's String, or its type as %T prints it.
func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeString(c)
}

// describe shows a key or value inside a WithValue name: Stringers and strings as
// themselves, anything else only by its type (values may be large or secret).
func describe(v any) string {
	switch x := v.(type) {
	case stringer:
		return x.String()
	case string:
		return x
	case nil:
		return "<nil>"
	}
	return typeString(v)
}

// typeString is the dynamic type of v as %T prints it (v is not nil).
func typeString(v any) string

// comparable reports whether v's dynamic type supports == (v is not nil).
func comparable(v any) bool

// ready reports whether a receive from c would proceed at once, and if so receives (a
// select with a default case, which would make its caller a blocking function).
func ready(c <-chan struct{}) bool
