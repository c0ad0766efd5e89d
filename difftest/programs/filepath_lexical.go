// Lexical path handling with path/filepath: cleaning user-supplied paths, relative paths
// between directories, locality checks and list splitting.
package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	inputs := []string{"/srv/www/../app/./static//css/", "uploads/../../etc/passwd", "./notes/2024/jan.txt",
		"/", "", "a/b/c/../../d", "..//x", "photos/IMG_0001.JPG", "archive.tar.gz", "/home/user/.config/"}
	for _, in := range inputs {
		c := filepath.Clean(in)
		dir, file := filepath.Split(c)
		fmt.Printf("%-34q clean=%-26q dir=%-18q file=%-14q ext=%-6q local=%v\n", in, c, dir, file, filepath.Ext(c), filepath.IsLocal(in))
	}
	bases := []string{"/srv/www", "/srv/www/app", "/", "a/b", "a", "."}
	targets := []string{"/srv/www/app/static/x.css", "/srv/data", "/", "a/b/c/d", "a/x/y", "../z", "a"}
	for _, b := range bases {
		for _, t := range targets {
			r, err := filepath.Rel(b, t)
			if err != nil {
				fmt.Printf("Rel(%q, %q): %v\n", b, t, err)
				continue
			}
			fmt.Printf("Rel(%q, %q) = %q  joined back: %q\n", b, t, r, filepath.Join(b, r))
		}
	}
	for _, list := range []string{"/usr/local/bin:/usr/bin:/bin", "", "::", "/opt/go/bin"} {
		fmt.Printf("%q -> %q\n", list, filepath.SplitList(list))
	}
	for _, p := range []string{"docs/a.md", "docs/../../a.md", "/abs", "x/./y", "..", "a/.."} {
		l, err := filepath.Localize(p)
		fmt.Printf("Localize(%q) = %q %v\n", p, l, err)
	}
	m, err := filepath.Match("*.[ch]", "main.c")
	fmt.Println(m, err)
	m, err = filepath.Match("img_[0-9][0-9]*.jpg", "img_42b.jpg")
	fmt.Println(m, err)
	_, err = filepath.Match("[z-a", "x")
	fmt.Println(err)
}
