// Copies a small tree of files with io.Copy, checks the copies byte for byte, and reports
// sizes and modes; everything happens in a temporary directory the program removes.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func copyFile(dst, src string) (int64, error) {
	in, err := os.Open(src)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return 0, err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, fi.Mode().Perm())
	if err != nil {
		return 0, err
	}
	n, err := io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return n, err
}

func main() {
	root, err := os.MkdirTemp("", "copy-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	src := filepath.Join(root, "src")
	files := map[string]string{
		"a.txt":          "alpha\n",
		"docs/readme.md": strings.Repeat("# title\n\nsome text\n", 50),
		"docs/empty":     "",
		"bin/tool.sh":    "#!/bin/sh\necho hi\n",
		"data/big.bin":   strings.Repeat("\x00\x01\x02\xff", 20000),
	}
	for name, body := range files {
		p := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(p), 0755); err != nil {
			panic(err)
		}
		perm := os.FileMode(0644)
		if strings.HasSuffix(name, ".sh") {
			perm = 0755
		}
		if err := os.WriteFile(p, []byte(body), perm); err != nil {
			panic(err)
		}
	}
	dst := filepath.Join(root, "dst")
	var names []string
	err = filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0755)
		}
		n, err := copyFile(target, path)
		fmt.Printf("copied %-16s %6d bytes\n", rel, n)
		names = append(names, rel)
		return err
	})
	fmt.Println("walk:", err)
	sort.Strings(names)
	for _, rel := range names {
		a, _ := os.ReadFile(filepath.Join(src, rel))
		b, _ := os.ReadFile(filepath.Join(dst, rel))
		fi, _ := os.Stat(filepath.Join(dst, rel))
		fmt.Println(rel, bytes.Equal(a, b), fi.Size(), fi.Mode())
	}
	_, err = copyFile(filepath.Join(dst, "nope"), filepath.Join(src, "missing"))
	fmt.Println(strings.Replace(err.Error(), root, "ROOT", 1), os.IsNotExist(err))
	_, err = copyFile(filepath.Join(dst, "x"), src)
	fmt.Println(strings.Replace(err.Error(), root, "ROOT", 1))
}
