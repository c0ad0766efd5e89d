// Package path: lexical manipulation of slash-separated paths (URLs and the like; file
// system paths belong to path/filepath). Nothing here looks at a file system.
package path

import "strings"

// Clean returns the shortest path equivalent to p by purely lexical processing: repeated
// slashes become one, "." elements go away, each ".." removes the element before it (a
// rooted path's leading ".." elements go away too; an unrooted path keeps them), and a
// trailing slash is dropped. The empty result is ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	// elems holds the kept elements; the first up of them are "..", which no later ".." can
	// remove.
	var elems []string
	up := 0
	for i := 0; i < len(p); {
		j := i
		for j < len(p) && p[j] != '/' {
			j++
		}
		elem := p[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem != "..":
			elems = append(elems, elem)
		case len(elems) > up:
			elems = elems[:len(elems)-1]
		case !rooted:
			elems = append(elems, "..")
			up++
		}
	}
	out := strings.Join(elems, "/")
	if rooted {
		return "/" + out
	}
	if out == "" {
		return "."
	}
	return out
}

// Split splits path after its last slash: dir ends in a slash (or is empty) and
// dir+file == path.
func Split(path string) (dir, file string) {
	i := strings.LastIndexByte(path, '/')
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result; it returns "" when
// every element is empty.
func Join(elem ...string) string {
	var b strings.Builder
	for _, e := range elem {
		if e == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('/')
		}
		b.WriteString(e)
	}
	if b.Len() == 0 {
		return ""
	}
	return Clean(b.String())
}

// Ext returns the extension of the last element: from its last dot on, or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element, ignoring trailing slashes: "." for "", "/" for slashes only.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	return path[strings.LastIndexByte(path, '/')+1:]
}

// IsAbs reports whether the path is absolute (starts with a slash).
func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

// Dir returns all but the last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
