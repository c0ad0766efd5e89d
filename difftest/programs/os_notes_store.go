// A small note store in a temporary directory with package os: creating, appending,
// reading, listing (sorted), renaming, truncating and removing files, file modes and sizes,
// seeking within a file, and the errors for missing files and directories.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "notes-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println("temp dir base has prefix:", strings.HasPrefix(filepath.Base(dir), "notes-"))
	must := func(err error) {
		if err != nil {
			fmt.Println("error:", strings.ReplaceAll(err.Error(), dir, "$DIR"))
		}
	}
	must(os.WriteFile(filepath.Join(dir, "todo.txt"), []byte("buy milk\n"), 0o644))
	f, err := os.OpenFile(filepath.Join(dir, "todo.txt"), os.O_APPEND|os.O_WRONLY, 0)
	must(err)
	fmt.Fprintf(f, "write %s\n", "report")
	f.WriteString("call bob\n")
	must(f.Close())
	data, err := os.ReadFile(filepath.Join(dir, "todo.txt"))
	must(err)
	fmt.Printf("%q\n", data)

	must(os.Mkdir(filepath.Join(dir, "archive"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "archive", "2023", "q4"), 0o755))
	for i, name := range []string{"c.md", "a.md", "b.txt"} {
		must(os.WriteFile(filepath.Join(dir, "archive", name), []byte(strings.Repeat("#", i+1)), 0o600))
	}
	entries, err := os.ReadDir(filepath.Join(dir, "archive"))
	must(err)
	for _, e := range entries {
		info, _ := e.Info()
		size := info.Size()
		if e.IsDir() {
			size = 0
		}
		fmt.Printf("%-6s dir=%-5t size=%d mode=%v\n", e.Name(), e.IsDir(), size, info.Mode().Perm()&0o700)
	}
	must(os.Rename(filepath.Join(dir, "archive", "a.md"), filepath.Join(dir, "archive", "2023", "a.md")))
	_, err = os.Stat(filepath.Join(dir, "archive", "a.md"))
	fmt.Println("old name exists:", !errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path), "err:", pe.Err)
	}

	f, err = os.Create(filepath.Join(dir, "seek.bin"))
	must(err)
	f.Write([]byte("0123456789abcdef"))
	pos, _ := f.Seek(-6, io.SeekEnd)
	buf := make([]byte, 3)
	f.Read(buf)
	fmt.Println("at", pos, string(buf))
	f.Seek(2, io.SeekStart)
	f.Write([]byte("XY"))
	f.WriteAt([]byte("!"), 15)
	must(f.Truncate(12))
	st, _ := f.Stat()
	fmt.Println("size after truncate", st.Size(), st.Name(), st.Mode().IsRegular())
	f.Seek(0, io.SeekStart)
	all, _ := io.ReadAll(f)
	fmt.Printf("%q\n", all)
	must(f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println("write after close:", errors.Is(err, os.ErrClosed))

	_, err = os.ReadFile(filepath.Join(dir, "nope.txt"))
	must(err)
	must(os.Remove(filepath.Join(dir, "archive")))
	must(os.Mkdir(filepath.Join(dir, "archive"), 0o755))
	fmt.Println("exists error:", errors.Is(os.Mkdir(filepath.Join(dir, "archive"), 0o755), fs.ErrExist))
	must(os.RemoveAll(filepath.Join(dir, "archive")))
	left, _ := os.ReadDir(dir)
	for _, e := range left {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
	fmt.Println(len(left))
}
