// Package filepath: manipulation of file-system paths, with Unix semantics (the separator
// is '/', there are no volume names). The lexical functions agree with package path on
// Unix and are shared with it; the walking, globbing and symlink functions read the file
// system through package os.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// Clean returns the shortest path name equivalent to p by purely lexical processing.
func Clean(p string) string { return path.Clean(p) }

// Split splits path immediately following the final separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins the non-empty elements with separators and cleans the result ("" when all
// are empty).
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path ("." for "", "/" for separators only).
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, cleaned.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns the leading volume name: always "" on Unix.
func VolumeName(p string) string { return "" }

// ToSlash returns path with each separator replaced by a slash (nothing to do on Unix).
func ToSlash(p string) string { return p }

// FromSlash returns path with each slash replaced by a separator (nothing to do on Unix).
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by ListSeparator (as in $PATH); an empty string
// gives an empty slice.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not ignore case when
// required.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute representation of path: joined to the working directory unless
// already absolute, and cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath. It fails when one path is absolute and the other not, or when the result would
// need to know the working directory (basepath has ".." elements beyond targpath's).
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Walk the common leading elements; b0:bi and t0:ti are the current elements.
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// One ".." per remaining base element, then the rest of targ.
	var sb strings.Builder
	sb.WriteString("..")
	for i := strings.Count(base[b0:bl], string(Separator)); i > 0; i-- {
		sb.WriteString("/..")
	}
	if t0 != tl {
		sb.WriteByte(Separator)
		sb.WriteString(targ[t0:])
	}
	return sb.String(), nil
}

// IsLocal reports whether path is local: within the directory it is evaluated in, lexically
// (not empty, not absolute, and not escaping with "..").
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	dots := false
	for rest := p; rest != ""; {
		var part string
		part, rest, _ = strings.Cut(rest, "/")
		if part == "." || part == ".." {
			dots = true
			break
		}
	}
	if dots {
		p = Clean(p)
	}
	return p != ".." && !strings.HasPrefix(p, "../")
}

var errInvalidPath = errors.New("invalid path")

// Localize converts a slash-separated path (valid for io/fs) into an operating system path;
// on Unix it only rejects invalid paths and NUL bytes.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errInvalidPath
	}
	return p, nil
}
