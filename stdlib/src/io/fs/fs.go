// Package fs: the file-system vocabulary shared by os and its users: the portable errors,
// PathError and FileMode. (File systems themselves are not provided yet.)
package fs

import "errors"

// The portable errors, matched with errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records the operation and file path that caused an error.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the cause is a timeout (an error with a Timeout() bool method saying so).
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// FileMode holds a file's type bits and Unix permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d
	ModeAppend                                     // a
	ModeExclusive                                  // l
	ModeTemporary                                  // T
	ModeSymlink                                    // L
	ModeDevice                                     // D
	ModeNamedPipe                                  // p
	ModeSocket                                     // S
	ModeSetuid                                     // u
	ModeSetgid                                     // g
	ModeCharDevice                                 // c
	ModeSticky                                     // t
	ModeIrregular                                  // ?

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

// String gives one letter per set type bit (from the top bit down: "dalTLDpSugct?"), or "-"
// when none is set, then the nine rwx permission letters with '-' for clear bits.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	n := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf[n] = letters[i]
			n++
		}
	}
	if n == 0 {
		buf[n] = '-'
		n++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf[n] = rwx[i]
		} else {
			buf[n] = '-'
		}
		n++
	}
	return string(buf[:n])
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }
