// Package os: the program's arguments, environment, exit, files on the host's file system
// and the standard streams, with gc's error values and texts.
package os

import (
	"errors"
	"io/fs"
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

func runtimeArgs() []string

// Getpid returns the process id the host reports.
func Getpid() int

type (
	PathError = fs.PathError
	FileMode  = fs.FileMode
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsExist, IsNotExist and IsPermission look through one *PathError, *LinkError or
// *SyscallError (not through other wrappers, unlike errors.Is) and accept the system error
// numbers that mean the same.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err (or the error a *PathError etc. holds) says it timed out.
func IsTimeout(err error) bool {
	t, ok := underlying(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

func underlying(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

var (
	// ErrNoDeadline: the file type has no deadlines.
	ErrNoDeadline = errors.New("file type does not support deadline")
	// ErrDeadlineExceeded: an I/O deadline passed.
	ErrDeadlineExceeded error = &deadlineExceededError{}
	// ErrProcessDone: the process has already finished.
	ErrProcessDone = errors.New("os: process already finished")
)

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }
