// Building and taking apart slash-separated paths: Join, Split, Base, Dir, Ext, IsAbs.
package main

import (
	"fmt"
	"path"
	"strings"
)

func main() {
	parts := [][]string{
		{"usr", "local", "bin"},
		{"/", "var", "log", "..", "tmp"},
		{"a", "", "b", "", ""},
		{"", "", ""},
		{"../x", "../y", "z"},
		{"/a/b", "../../../../c"},
		{"dir/", "/file.txt"},
	}
	for _, p := range parts {
		j := path.Join(p...)
		d, f := path.Split(j)
		fmt.Printf("Join(%s) = %q  split=(%q, %q) abs=%v\n", strings.Join(p, ","), j, d, f, path.IsAbs(j))
	}
	// Walk up a path to the root.
	p := "/home/user/projects/go/src/main.go"
	for {
		fmt.Printf("%-36s base=%-10s ext=%q\n", p, path.Base(p), path.Ext(p))
		if p == "/" || p == "." {
			break
		}
		p = path.Dir(p)
	}
	rel := "a/b/../c/./d/../../e"
	for rel != "." {
		fmt.Println(rel, "->", path.Clean(rel))
		rel = path.Dir(rel)
	}
	fmt.Println(path.Base(""), path.Base("///"), path.Dir(""), path.Dir("///x"), path.Ext("a.b.c"), path.Ext("a.b/c"))
}
