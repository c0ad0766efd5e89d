package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	paths := []string{"", ".", "..", "/", "//a//b/", "a/./b/../c", "../../x", "/../x", "a/b.tar.gz", "dir/", ".bashrc", "a/b/c/.."}
	for _, p := range paths {
		d, f := filepath.Split(p)
		fmt.Printf("%-14q clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v vol=%q local=%v\n", p, filepath.Clean(p),
			filepath.Base(p), filepath.Dir(p), filepath.Ext(p), d, f, filepath.IsAbs(p), filepath.VolumeName(p), filepath.IsLocal(p))
	}
	fmt.Println(filepath.Join("a", "b", "../c"), filepath.Join(), filepath.Join("", "/x"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	for _, l := range []string{"", "a", "/usr/bin:/bin", "a::b:", ":"} {
		fmt.Printf("%q -> %q %d\n", l, filepath.SplitList(l), len(filepath.SplitList(l)))
	}
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b", "a/b/c"}, {"a/b/c", "a/b"}, {"a/b", "a/c"}, {"/a/b", "/c/d"}, {"/", "/a"},
		{"a", "/a"}, {"/a", "a"}, {".", "a/b"}, {"a/b", "."}, {"..", "a"}, {"../a", "../b"}, {"a", "../b"},
		{"a/b/../c", "a/c/d"}, {"/a/b/c", "/a/x/y/z"}, {"", ""}, {"x", ""}, {"../..", ".."}, {"a/../..", "b"},
		{"ab", "a"}, {"a", "ab/c"}, {"/a/b", "/a/b/../../.."},
	}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], s, err)
	}
	for _, l := range []string{"", ".", "a/b", "a/../b", "a/../../b", "..", "../a", "a/..", "/a", "a\x00b", "a//b", "a/./b", "./a", "\xff"} {
		s, err := filepath.Localize(l)
		fmt.Printf("IsLocal(%q)=%v Localize=%q %v\n", l, filepath.IsLocal(l), s, err)
	}
	for _, m := range [][2]string{{"*.go", "x.go"}, {"*", "a/b"}, {"[", "a"}, {"a\\*", "a*"}, {"\\", "x"}} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Println(m, ok, err, errors.Is(err, filepath.ErrBadPattern))
	}
	fmt.Println(filepath.HasPrefix("/a/bc", "/a/b"))

	wd, err := os.Getwd()
	fmt.Println(err, filepath.IsAbs(wd), strings.HasSuffix(wd, "/filepath"))
	for _, p := range []string{"x/../y", ".", "", "/abs/../olute", "tree/sub/"} {
		a, err := filepath.Abs(p)
		fmt.Printf("Abs(%q) = %q %v\n", p, strings.TrimPrefix(a, wd), err)
	}

	// Walk and WalkDir.
	visit := func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			fmt.Printf("  walk %s err=%v info=%v\n", p, err, info)
			return nil
		}
		size := ""
		if info.Mode().IsRegular() {
			size = fmt.Sprint(info.Size())
		}
		fmt.Printf("  walk %-22s name=%-8s dir=%-5v type=%v %s\n", p, info.Name(), info.IsDir(), info.Mode().Type(), size)
		return nil
	}
	fmt.Println("Walk:", filepath.Walk("tree", visit))
	fmt.Println("Walk trailing slash:", filepath.Walk("tree/sub/", visit))
	fmt.Println("Walk missing:", filepath.Walk("tree/missing", visit))
	fmt.Println("Walk file:", filepath.Walk("tree/a.txt", visit))
	fmt.Println("Walk link:", filepath.Walk("tree/dirlink", visit))
	err = filepath.Walk("tree", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("  skip-walk", p)
		if info.IsDir() && info.Name() == "sub" {
			return filepath.SkipDir
		}
		if info.Name() == "link" {
			return filepath.SkipDir // a file: skips the rest of its directory
		}
		return nil
	})
	fmt.Println("Walk skip:", err)
	err = filepath.Walk("tree", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("  all-walk", p)
		if info.Name() == "c.txt" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("Walk skipall:", err)
	myErr := errors.New("stop here")
	err = filepath.Walk("tree", func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, "deeper") {
			return myErr
		}
		return nil
	})
	fmt.Println("Walk error:", err)

	err = filepath.WalkDir("tree", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("  walkdir err", p, err)
			return err
		}
		fmt.Printf("  walkdir %-22s name=%-8s dir=%-5v type=%v str=%q\n", p, d.Name(), d.IsDir(), d.Type(), fmt.Sprint(d))
		if d.Name() == "deeper" {
			return filepath.SkipDir
		}
		if d.Name() == "o.txt" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("WalkDir:", err)
	err = filepath.WalkDir("tree/nope", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("  walkdir", p, d == nil, err)
		return err
	})
	fmt.Println("WalkDir missing:", err)
	err = filepath.WalkDir("tree/sub/c.txt", func(p string, d fs.DirEntry, err error) error {
		info, ierr := d.Info()
		fmt.Println("  walkdir file", p, d.Name(), info.Name(), info.Size(), ierr, fmt.Sprint(d))
		return filepath.SkipDir
	})
	fmt.Println("WalkDir file:", err)
	count := 0
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".out") {
			return nil
		}
		count++
		if count > 4 {
			return filepath.SkipAll
		}
		fmt.Println("  dot", p)
		return nil
	})
	fmt.Println("WalkDir dot:", err)

	// Glob.
	for _, g := range []string{"tree/*.txt", "tree/*", "tree/*/*.txt", "tree/*/*/*", "tree/s?b/[a-c].txt", "tree/sub/\\[x\\].txt",
		"tree/sub/[x].txt", "tree/[", "tree/*/[", "tree/a.txt", "tree/nope", "tree/nope/*", "tree/a.txt/*", "*/*/deeper/*.log",
		"tree/.*", "tree/[^.]*", "tree/dirlink/*", "tree/dirlink/nope", "\\", "tree\\", "tree/*\\", "", "tree/**/*.txt"} {
		m, err := filepath.Glob(g)
		fmt.Printf("Glob(%q) = %q %v nil=%v\n", g, m, err, m == nil)
	}

	// Symlinks.
	for _, p := range []string{"tree/link", "tree/dirlink", "tree/dirlink/deeper/../c.txt", "tree/dirlink/../a.txt", "tree/dirlink/nope",
		"tree/a.txt/x", "tree/./sub//deeper/", "tree/../tree/link", "tree/nope/..", "./tree", "tree/sub/deeper/../../dirlink/c.txt", "../filepath/tree/link"} {
		s, err := filepath.EvalSymlinks(p)
		fmt.Printf("EvalSymlinks(%q) = %q %v\n", p, s, err)
	}
	li, _ := os.Lstat("tree/link")
	si, _ := os.Stat("tree/link")
	ci, _ := os.Stat("tree/sub/c.txt")
	fmt.Println(li.Mode().Type(), li.Size(), si.Mode().Type(), si.Size(), si.Name(), os.SameFile(si, ci), os.SameFile(li, ci))
	target, err := os.Readlink("tree/dirlink")
	fmt.Println(target, err)
	_, err = os.Readlink("tree/a.txt")
	fmt.Println(err)
	var pe *fs.PathError
	_, err = os.Stat("tree/nothing")
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
}
