// Walking a small project tree with filepath.WalkDir and filepath.Walk: sizes, skipping,
// relative paths and globbing.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root := filepath.Join("filepath_walk", "testtree")
	total := int64(0)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		depth := strings.Count(rel, "/")
		if rel == "." {
			depth = -1
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			fmt.Printf("%s%s/\n", strings.Repeat("  ", depth+1), d.Name())
			return nil
		}
		total += info.Size()
		fmt.Printf("%s%s (%d bytes, ext %q)\n", strings.Repeat("  ", depth+1), d.Name(), info.Size(), filepath.Ext(p))
		return nil
	})
	fmt.Println("walk:", err, "total bytes:", total)

	// Skip the assets directory and stop at the first test file.
	err = filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if info.IsDir() && info.Name() == "assets" {
			fmt.Println("skipping", p)
			return filepath.SkipDir
		}
		if strings.HasSuffix(info.Name(), "_test.txt") {
			fmt.Println("found test file", p)
			return filepath.SkipAll
		}
		fmt.Println("visit", p, info.IsDir())
		return nil
	})
	fmt.Println("walk2:", err)

	for _, pat := range []string{"*.md", "docs/*.md", "*/*/*", "src/*/util*", "assets/[a-z]*/*.png", "nothing*"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		for i := range m {
			m[i], _ = filepath.Rel(root, m[i])
		}
		fmt.Printf("glob %-22s %v %v\n", pat, m, err)
	}
	_, err = os.Stat(filepath.Join(root, "missing.txt"))
	fmt.Println(err)
	entries, err := os.ReadDir(filepath.Join(root, "docs"))
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e)
	}
	fmt.Println(err)
}
