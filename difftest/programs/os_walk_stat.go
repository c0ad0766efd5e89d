// Builds a directory tree, walks it with filepath.WalkDir and os.ReadDir, and summarizes
// it like du: sizes per directory, file counts by extension, symlinks and errors.
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
	root, err := os.MkdirTemp("", "walk-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	if err := os.Chdir(root); err != nil {
		panic(err)
	}
	for i, p := range []string{"src/main.go", "src/util/strings.go", "src/util/strings_test.go", "docs/guide.md", "docs/img/logo.png", "README", "build/out/app"} {
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte(strings.Repeat("x", (i+1)*137)), 0644)
	}
	os.Mkdir("empty", 0700)
	os.Symlink("src/main.go", "main-link")
	os.Symlink("nowhere", "broken-link")

	sizes := map[string]int64{}
	exts := map[string]int{}
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("error:", err)
			return nil
		}
		if d.Name() == "build" {
			fmt.Println("skip", path)
			return filepath.SkipDir
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Printf("%-28s %-12v %5d\n", path, info.Mode(), sizeOf(info))
		if d.Type().IsRegular() {
			exts[filepath.Ext(path)]++
			for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
				sizes[dir] += info.Size()
				if dir == "." {
					break
				}
			}
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			_, serr := os.Stat(path)
			fmt.Println("  ->", target, serr == nil)
		}
		return nil
	})
	fmt.Println("walk:", err)
	var dirs []string
	for d := range sizes {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		fmt.Printf("%8d %s\n", sizes[d], d)
	}
	var keys []string
	for e := range exts {
		keys = append(keys, e)
	}
	sort.Strings(keys)
	for _, e := range keys {
		fmt.Printf("%q: %d\n", e, exts[e])
	}
	entries, err := os.ReadDir("src")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	fmt.Println(err)
	f, _ := os.Open("docs")
	names, _ := f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names)
	f.Close()
	fi, err := os.Lstat("main-link")
	fmt.Println(fi.Name(), fi.Mode()&fs.ModeType == fs.ModeSymlink, err)
	_, err = os.Stat("broken-link")
	fmt.Println(err)
}

func sizeOf(fi fs.FileInfo) int64 {
	if fi.IsDir() {
		return 0
	}
	return fi.Size()
}
