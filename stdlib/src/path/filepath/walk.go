// Walking file trees (Walk, WalkDir) and resolving symbolic links (EvalSymlinks).
package filepath

import (
	"errors"
	"io/fs"
	"os"
)

// SkipDir and SkipAll are the walk control values of io/fs.
var (
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the file tree rooted at root in lexical order, calling fn for each file
// or directory (root included). It does not follow symbolic links. fn's SkipDir skips a
// directory (or, for a file, the rest of its directory); SkipAll ends the walk.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walkDir visits path and, for a directory, its entries. A directory that cannot be read is
// reported to fn a second time with the error.
func walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		if err = fn(path, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(path, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk is the older form of WalkDir: fn gets a FileInfo (an Lstat of every file), and a
// directory's names are all read before fn is called for it.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, err := dirNames(path)
	err1 := fn(path, info, err)
	// A read error, or fn's verdict on the directory, ends its walk.
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		file := Join(path, name)
		fi, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fi, fn); err != nil {
			if !fi.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// dirNames returns the sorted names in a directory.
func dirNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names, nil
}

// EvalSymlinks returns the path name after the evaluation of any symbolic links, cleaned.
// A relative path gives a result relative to the current directory (unless a link
// target is absolute).
func EvalSymlinks(p string) (string, error) {
	root := 0
	if root < len(p) && p[root] == Separator {
		root++
	}
	dest := p[:root]
	links := 0
	// Resolve one element at a time; dest is the resolved prefix.
	for start, end := root, root; start < len(p); start = end {
		for start < len(p) && p[start] == Separator {
			start++
		}
		end = start
		for end < len(p) && p[end] != Separator {
			end++
		}
		elem := p[start:end]
		if elem == "" {
			break
		}
		if elem == "." {
			continue
		}
		if elem == ".." {
			r := lastSep(dest, root)
			if r < root || dest[r+1:] == ".." {
				// Nothing to go back over: keep the "..".
				if len(dest) > root {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > 0 && dest[len(dest)-1] != Separator {
			dest += "/"
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(p) {
				return "", errNotDir
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		// Continue with the link's target in place of the element.
		p = link + p[end:]
		if len(link) > 0 && link[0] == Separator {
			dest = "/"
			root = 1
			end = 1
		} else {
			if r := lastSep(dest, root); r < root {
				dest = dest[:root]
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}

// lastSep returns the index of the last separator in dest at or after root, or root-1.
func lastSep(dest string, root int) int {
	r := len(dest) - 1
	for r >= root && dest[r] != Separator {
		r--
	}
	return r
}

// errNotDir is what gc returns (the bare syscall.ENOTDIR) when a path goes through a file;
// os.Lstat's error for it carries the same text.
var errNotDir = notDir{}

type notDir struct{}

func (notDir) Error() string { return "not a directory" }

func (notDir) Is(target error) bool { return false }
