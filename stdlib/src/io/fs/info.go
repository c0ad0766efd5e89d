// File information and directory entries (FileInfo, DirEntry), the walk control errors, and
// ValidPath: the parts of io/fs that os and path/filepath share.
package fs

import (
	"errors"
	"time"
	"unicode/utf8"
)

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	// Type returns the type bits of the entry (a subset of the mode bits).
	Type() FileMode
	// Info returns the FileInfo for the file or subdirectory described by the entry.
	Info() (FileInfo, error)
}

// SkipDir, returned by a walk function, skips the directory (or the rest of the directory
// holding the file); SkipAll stops the walk.
var (
	SkipDir = errors.New("skip this directory")
	SkipAll = errors.New("skip everything and stop the walk")
)

// WalkDirFunc is the type of the function called by WalkDir to visit each file or
// directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// FileInfoToDirEntry returns a DirEntry that returns information from info; nil for nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
func (di dirInfo) String() string          { return FormatDirEntry(di) }

// FormatFileInfo returns a readable form of info: mode, size, time and name (with a slash
// for directories).
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var usize uint64
	if size >= 0 {
		usize = uint64(size)
	} else {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var buf [20]byte
	i := len(buf) - 1
	for usize >= 10 {
		q := usize / 10
		buf[i] = byte('0' + usize - q*10)
		i--
		usize = q
	}
	buf[i] = byte('0' + usize)
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry returns a readable form of dir: its type letter(s) and name (with a slash
// for directories).
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9] // the type letters, without the permission bits
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// ValidPath reports whether name is a valid path for Open: slash-separated, unrooted, valid
// UTF-8, with no empty, "." or ".." elements, except that "." alone names the root.
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}
