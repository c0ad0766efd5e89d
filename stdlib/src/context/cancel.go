// Cancelable contexts: WithCancel, WithCancelCause, Cause and AfterFunc, and how a child
// learns that its parent was canceled.
package context

// A CancelFunc cancels its context; calls after the first do nothing.
type CancelFunc func()

// A CancelCauseFunc cancels its context and records cause (Canceled when nil) for Cause.
type CancelCauseFunc func(cause error)

// WithCancel returns a copy of parent with a new Done channel, closed when cancel is called
// or when parent's Done channel closes, whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel whose cancel function records a cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

func newCancelCtx(parent Context) *cancelCtx {
	mustHaveParent(parent)
	c := &cancelCtx{}
	c.attach(parent, c)
	return c
}

// Cause is why c was canceled: the cause given to the first cancellation in its chain, else
// its error. It is nil while c is not canceled.
func Cause(c Context) error {
	if p, ok := c.Value(&ownerKey).(*cancelCtx); ok {
		return p.cause
	}
	return c.Err()
}

// ownerKey's address is the key under which Value answers with the cancelCtx a context's
// cancellation comes from.
var ownerKey int

// A canceler is a context its parent cancels along with itself.
type canceler interface {
	cancel(detach bool, err, cause error)
	Done() <-chan struct{}
}

// closedchan is the Done channel of a context canceled before anyone asked for its channel.
var closedchan = make(chan struct{})

func init() {
	close(closedchan)
}

// cancelCtx can be canceled; canceling it cancels every child registered with it.
type cancelCtx struct {
	Context // the parent

	done     chan struct{}         // made by the first Done, or closedchan when canceled first
	children map[canceler]struct{} // nil once canceled
	err      error                 // set by the first cancellation
	cause    error
}

func (c *cancelCtx) Value(key any) any {
	if key == &ownerKey {
		return c
	}
	return lookup(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	if c.done == nil {
		c.done = make(chan struct{})
	}
	return c.done
}

func (c *cancelCtx) Err() error { return c.err }

func (c *cancelCtx) String() string { return contextName(c.Context) + ".WithCancel" }

// cancel closes the Done channel, cancels the children (the parent's channel closes before
// theirs) and, with detach, takes c out of its parent's children.
func (c *cancelCtx) cancel(detach bool, err, cause error) {
	if c.err != nil {
		return
	}
	if cause == nil {
		cause = err
	}
	c.err = err
	c.cause = cause
	if c.done == nil {
		c.done = closedchan
	} else {
		close(c.done)
	}
	children := c.children
	c.children = nil
	for child := range children {
		child.cancel(false, err, cause)
	}
	if detach {
		removeChild(c.Context, c)
	}
}

// attach makes c's context child follow parent's cancellation. A parent that is already
// done cancels child at once; a parent of this package takes child among its children; a
// parent with an AfterFunc method is asked to cancel child; any other parent is watched by a
// goroutine until either of them is done.
func (c *cancelCtx) attach(parent Context, child canceler) {
	c.Context = parent
	done := parent.Done()
	if done == nil {
		return
	}
	if ready(done) {
		child.cancel(false, parent.Err(), Cause(parent))
		return
	}
	if p, ok := owner(parent); ok {
		if p.err != nil {
			child.cancel(false, p.err, p.cause)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		return
	}
	if a, ok := parent.(afterFuncer); ok {
		stop := a.AfterFunc(func() {
			child.cancel(false, parent.Err(), Cause(parent))
		})
		c.Context = stopCtx{Context: parent, stop: stop}
		return
	}
	go func() {
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err(), Cause(parent))
		case <-child.Done():
		}
	}()
}

// owner is the cancelCtx behind parent, if parent's Done channel is that context's own (a
// type wrapping one of our contexts but with a Done of its own must be watched instead).
func owner(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == closedchan || done == nil {
		return nil, false
	}
	p, ok := parent.Value(&ownerKey).(*cancelCtx)
	if !ok || p.done != done {
		return nil, false
	}
	return p, true
}

// removeChild forgets child in parent, or stops the AfterFunc that watched parent for it.
func removeChild(parent Context, child canceler) {
	if s, ok := parent.(stopCtx); ok {
		s.stop()
		return
	}
	if p, ok := owner(parent); ok {
		delete(p.children, child)
	}
}

// afterFuncer is a context type that runs a function when it is done, as AfterFunc does.
type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// stopCtx is the parent of a context that follows it through the parent's AfterFunc;
// stop ends that arrangement.
type stopCtx struct {
	Context
	stop func() bool
}

// AfterFunc arranges for f to run in its own goroutine once ctx is done (at once if it
// already is). stop cancels the arrangement and reports whether it prevented f from
// running; it returns false once f has been started or after an earlier stop.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.attach(ctx, a)
	return func() bool {
		if a.claimed {
			return false
		}
		a.claimed = true
		a.cancel(true, Canceled, nil)
		return true
	}
}

type afterFuncCtx struct {
	cancelCtx
	claimed bool // f was started, or stop was called
	f       func()
}

func (a *afterFuncCtx) cancel(detach bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if detach {
		removeChild(a.Context, a)
	}
	if !a.claimed {
		a.claimed = true
		go a.f()
	}
}
