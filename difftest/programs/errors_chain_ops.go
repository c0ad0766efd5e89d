// Error handling across layers: sentinel errors, custom error types with Unwrap, wrapping
// with fmt.Errorf and %w (one or several), errors.Join, and errors.Is and errors.As walking
// the resulting trees.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrTimeout    = errors.New("timeout")
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type RetryError struct {
	Attempts int
	Errs     []error
}

func (e RetryError) Error() string   { return fmt.Sprintf("gave up after %d attempts", e.Attempts) }
func (e RetryError) Unwrap() []error { return e.Errs }

type TempError interface{ Temporary() bool }

type netErr struct{ msg string }

func (e netErr) Error() string   { return "net: " + e.msg }
func (e netErr) Temporary() bool { return true }
func (e netErr) Is(target error) bool {
	return target == ErrTimeout && e.msg == "i/o timeout"
}

func lookup(key string) error {
	switch key {
	case "missing":
		return &QueryError{key, ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup %s: %w", key, &QueryError{key, ErrPermission})
	case "flaky":
		return RetryError{3, []error{netErr{"i/o timeout"}, netErr{"reset"}, fmt.Errorf("attempt 3: %w", ErrTimeout)}}
	case "file":
		return fmt.Errorf("open config: %w", fs.ErrNotExist)
	case "multi":
		return fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "flaky", "file", "multi"} {
		err := lookup(k)
		fmt.Printf("%-8s %v\n", k, err)
		if err == nil {
			continue
		}
		fmt.Printf("         notfound=%t perm=%t timeout=%t notexist=%t\n",
			errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission), errors.Is(err, ErrTimeout), errors.Is(err, fs.ErrNotExist))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("         QueryError{%q, %v}\n", qe.Query, qe.Err)
		}
		var te TempError
		if errors.As(err, &te) {
			fmt.Printf("         temporary: %v (%T)\n", te.Temporary(), te)
		}
		var re RetryError
		if errors.As(err, &re) {
			for i, e := range re.Errs {
				fmt.Printf("         attempt %d: %v\n", i+1, e)
			}
		}
		fmt.Printf("         unwrap: %v\n", errors.Unwrap(err))
	}
	j := errors.Join(ErrNotFound, nil, lookup("secret"), ErrTimeout)
	fmt.Printf("joined:\n%v\n", j)
	fmt.Println(errors.Is(j, ErrPermission), errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println("parts:", len(u.Unwrap()))
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &QueryError{"x", ErrTimeout}))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	var pe *fs.PathError
	fmt.Println(errors.As(wrapped, &pe), pe == nil)
}
