// Changing the file system by name: directories, removal, renaming, links, modes, sizes,
// times, the current directory, and whole-file reads and writes.
package os

import (
	"io"
	"time"
)

func sysMkdir(name string, perm uint32) int
func sysRmdir(name string) int
func sysUnlink(name string) int
func sysRename(from, to string) int
func sysSymlink(target, name string) int
func sysLink(from, to string) int
func sysChmod(name string, mode uint32) int
func sysTruncate(name string, size int64) int
func sysChdir(name string) int
func sysUtimes(name string, atime, mtime int64) int

// LinkError records an error during a link, symlink or rename and the paths involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

func pathErr(op, name string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: name, Err: errno(e)}
}

// Mkdir creates a directory with perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, sysMkdir(name, syscallMode(perm)))
}

// MkdirAll creates a directory and any missing parents; an existing directory is no error.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: eNOTDIR}
	}
	// The parent: path without trailing slashes and its last element.
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Someone else may have made it meanwhile, or path ends in "." or "..".
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes a file or an empty directory. When both unlink and rmdir fail, the error
// kept is rmdir's unless rmdir said the path is no directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	if errno(e1) != eNOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// RemoveAll removes path and everything below it; a missing path is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: eINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	fi, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !fi.IsDir() {
		return err
	}
	names, _, e := hostReadDir(path)
	if e != 0 {
		if errno(e) == eNOENT {
			return nil
		}
		return &PathError{Op: "open", Path: path, Err: errno(e)}
	}
	var first error
	for _, n := range names {
		if err := RemoveAll(path + "/" + n); err != nil && first == nil {
			first = err
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) {
		if first == nil {
			first = err
		}
	}
	return first
}

func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	return len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/'
}

// Rename moves oldpath to newpath, replacing a file there; an existing directory at newpath
// is refused with EEXIST (as gc does on Unix) unless it is oldpath itself.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		ofi, err := Lstat(oldpath)
		if err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		}
		if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, eEXIST}
		}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to oldname.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, errno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file (following links).
func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, sysChmod(name, syscallMode(mode)))
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	return pathErr("truncate", name, sysTruncate(name, size))
}

// Chdir changes the current working directory.
func Chdir(dir string) error {
	return pathErr("chdir", dir, sysChdir(dir))
}

// Chtimes changes the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if mtime.IsZero() {
		if fi, err := Stat(name); err == nil {
			mtime = fi.ModTime()
		}
	}
	if atime.IsZero() {
		atime = mtime
	}
	return pathErr("chtimes", name, sysUtimes(name, atime.UnixNano(), mtime.UnixNano()))
}

// ReadFile returns the contents of the named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = int(fi.Size())
	}
	size++ // one byte more, so that the final read sees the end of file
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before the umask) if
// needed and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}
