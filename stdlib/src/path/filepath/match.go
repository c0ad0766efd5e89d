// Match and Glob for file paths (Unix: '\\' escapes, '/' separates).
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell file name pattern (see path.Match, whose
// rules are the same on Unix). The only possible error is ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	ok, err := path.Match(pattern, name)
	if err != nil {
		return false, ErrBadPattern
	}
	return ok, nil
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// Glob returns the names of all files matching pattern, or nil if there is none. I/O errors
// are ignored; the only error is ErrBadPattern. Directories are read in name order, and a
// pattern without metacharacters is returned if the file exists.
func Glob(pattern string) (matches []string, err error) { return globDepth(pattern, 0) }

func globDepth(pattern string, depth int) (matches []string, err error) {
	// Bound the recursion on patterns made of many separators.
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	// A pattern such as `\` or `*\` that Split cannot shorten.
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globDir(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends to matches the entries of dir (if it is a readable directory) matching
// pattern.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		ok, err := Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, e.Name()))
		}
	}
	return matches, nil
}
