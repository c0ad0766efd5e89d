// Files: the standard streams (written through the host) and the null device.
package os

import (
	"errors"
	"io"
)

// File is an open file. Only the standard streams and DevNull can be opened so far.
type File struct {
	fd      int
	name    string
	closed  bool
	devNull bool
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Flags for OpenFile.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

var errNoFiles = errors.New("file system access is not supported")

// OpenFile opens the null device; other paths fail until the host offers a file system.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	if name == DevNull {
		return &File{fd: -1, name: name, devNull: true}, nil
	}
	return nil, &PathError{Op: "open", Path: name, Err: errNoFiles}
}

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if f.devNull {
		return len(b), nil
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrInvalid}
	}
	writeFd(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if f.devNull {
		return len(s), nil
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrInvalid}
	}
	writeStringFd(f.fd, s)
	return len(s), nil
}

// Read from standard input is not connected yet: it reports end of file at once.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	return 0, io.EOF
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

// Sync has nothing to flush: writes reach the host at once.
func (f *File) Sync() error { return f.check("sync") }

func writeFd(fd int, b []byte)

func writeStringFd(fd int, s string)
