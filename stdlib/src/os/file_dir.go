// Reading an open directory bit by bit: File.ReadDir, Readdir and Readdirnames. The host
// lists a directory whole, so the listing is taken on the first call and handed out in
// pieces, in the host's order (os.ReadDir sorts; these do not).
package os

import (
	"errors"
	"io"
)

// errClosing is the text gc's poller gives for a listing of a closed directory.
var errClosing = errors.New("use of closed file")

type dirList struct {
	names []string
	types []int
}

// list returns the entries still to hand out, listing the directory on first use.
func (f *File) list() (*dirList, error) {
	if f.dir != nil {
		return f.dir, nil
	}
	names, types, e := hostReadDir(f.name)
	if e != 0 {
		if mode, _, _, _, _, _, fe := sysFstat(f.fd); fe == 0 && mode&0170000 != 0040000 {
			e = int(eNOTDIR)
		}
		return nil, f.wrap("readdirent", e)
	}
	f.dir = &dirList{names: names, types: types}
	return f.dir, nil
}

// take removes up to n entries (all for n <= 0) from the listing.
func (f *File) take(n int) (names []string, types []int, err error) {
	if f == nil {
		return nil, nil, ErrInvalid
	}
	if f.closed {
		return nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: errClosing}
	}
	d, err := f.list()
	if err != nil {
		return nil, nil, err
	}
	if n <= 0 || n > len(d.names) {
		n = len(d.names)
	}
	names, types = d.names[:n], d.types[:n]
	d.names, d.types = d.names[n:], d.types[n:]
	return names, types, nil
}

// ReadDir returns the next n entries (n <= 0: all the rest, never io.EOF); with n > 0 and
// nothing left it returns io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, types, err := f.take(n)
	if err != nil {
		return []DirEntry{}, err
	}
	entries := make([]DirEntry, len(names))
	for i, name := range names {
		entries[i] = &dirEntry{parent: f.name, name: name, typ: modeOf(uint32(types[i])).Type()}
	}
	if n > 0 && len(entries) == 0 {
		return entries, io.EOF
	}
	return entries, nil
}

// Readdirnames is ReadDir giving names only.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, _, err = f.take(n)
	if err != nil {
		return []string{}, err
	}
	if names == nil {
		names = []string{}
	}
	if n > 0 && len(names) == 0 {
		return names, io.EOF
	}
	return names, nil
}

// Readdir is ReadDir giving a FileInfo (from Lstat) per entry; entries that vanished in
// between are left out.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, _, err := f.take(n)
	if err != nil {
		return []FileInfo{}, err
	}
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		fi, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, fi)
	}
	if n > 0 && len(infos) == 0 {
		return infos, io.EOF
	}
	return infos, nil
}
