// Path manipulation for a project tree with path/filepath: cleaning, joining, relative
// paths, extensions, glob patterns with Match, splitting lists, and a walk over a temporary
// directory created for the purpose (printing paths relative to its root).
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	for _, p := range []string{"a/b/../c/./d/", "/../x//y/", "", ".", "..", "a/../..", "//root", "dir/file.tar.gz"} {
		fmt.Printf("%-18q clean=%-12q dir=%-10q base=%-12q ext=%-5q abs=%t\n", p, filepath.Clean(p), filepath.Dir(p), filepath.Base(p), filepath.Ext(p), filepath.IsAbs(p))
	}
	fmt.Println(filepath.Join("src", "", "pkg/", "../cmd", "main.go"), filepath.Join(), filepath.Join("/", "etc"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {"a/b", "a/b"}, {"../x", "y"}} {
		rel, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pair[0], pair[1], rel, err)
	}
	for _, pat := range []string{"*.go", "cmd/*/main.go", "[a-c]*", "data/??.csv", "\\*x", "[^a]*", "[", "**/x"} {
		var hits []string
		for _, name := range []string{"main.go", "util_test.go", "cmd/tool/main.go", "cmd/main.go", "data/01.csv", "data/123.csv", "bin", "*x", "README"} {
			ok, err := filepath.Match(pat, name)
			if err != nil {
				hits = append(hits, "ERR:"+err.Error())
				break
			}
			if ok {
				hits = append(hits, name)
			}
		}
		fmt.Printf("%-14q %v\n", pat, hits)
	}
	fmt.Println(filepath.SplitList("/usr/bin:/bin::/opt/x"), filepath.VolumeName("/x"), string(filepath.Separator), string(filepath.ListSeparator))
	dir, file := filepath.Split("/home/user/notes.txt")
	fmt.Println(dir, file, filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))

	root, err := os.MkdirTemp("", "proj")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, f := range []string{"go.mod", "main.go", "internal/util/util.go", "internal/util/util_test.go", "docs/readme.md", "docs/img/logo.png", ".git/HEAD"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(strings.Repeat("x", len(f))), 0o644)
	}
	var seen []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && d.Name() == ".git" {
			seen = append(seen, rel+"/ (skipped)")
			return filepath.SkipDir
		}
		if d.IsDir() {
			seen = append(seen, rel+"/")
			return nil
		}
		info, _ := d.Info()
		seen = append(seen, fmt.Sprintf("%s (%d bytes)", rel, info.Size()))
		return nil
	})
	fmt.Println(strings.Join(seen, "\n"), err)
	matches, err := filepath.Glob(filepath.Join(root, "internal", "*", "*.go"))
	sort.Strings(matches)
	for _, m := range matches {
		r, _ := filepath.Rel(root, m)
		fmt.Println("glob:", filepath.ToSlash(r))
	}
	fmt.Println(err)
	_, err = filepath.Glob("[")
	fmt.Println(err)
}
