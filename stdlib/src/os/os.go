// Package os: the program's arguments, environment, exit, and its standard files.
// Files other than the standard streams and the null device are not available yet.
package os

import "io/fs"

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

// IsExist, IsNotExist and IsPermission look through a *PathError (not through other wrappers,
// unlike errors.Is).
func IsExist(err error) bool { return underlying(err) == ErrExist }

func IsNotExist(err error) bool { return underlying(err) == ErrNotExist }

func IsPermission(err error) bool { return underlying(err) == ErrPermission }

func underlying(err error) error {
	if pe, ok := err.(*PathError); ok {
		return pe.Err
	}
	return err
}
