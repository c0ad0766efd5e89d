// Files on disk: opening with each flag, reading, writing, seeking, positional I/O,
// directories, removal, renaming, links, modes, temporary names and gc's error texts.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func show(label string, err error) {
	if err == nil {
		fmt.Printf("%s: ok\n", label)
		return
	}
	fmt.Printf("%s: %v [notexist=%v exist=%v perm=%v is(notexist)=%v is(exist)=%v]\n", label, err,
		os.IsNotExist(err), os.IsExist(err), os.IsPermission(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	base, err := os.MkdirTemp("", "gots-files-*")
	must(err)
	defer os.RemoveAll(base)
	must(os.Chdir(base))
	wd, err := os.Getwd()
	fmt.Println("getwd same as base:", err == nil && wd != "" && strings.HasSuffix(wd, base[strings.LastIndex(base, "/"):]))

	// Create, write, seek, read.
	f, err := os.Create("a.txt")
	must(err)
	fmt.Println(f.Name())
	n, err := f.WriteString("hello, world\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("second line\n"))
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekCurrent)
	fmt.Println("offset", off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Println("read at end", n, err)
	off, err = f.Seek(7, io.SeekStart)
	fmt.Println(off, err)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	off, err = f.Seek(-5, io.SeekEnd)
	fmt.Println(off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	_, err = f.Seek(-100, io.SeekCurrent)
	show("seek negative", err)
	_, err = f.Seek(0, 9)
	show("seek whence", err)
	n, err = f.ReadAt(buf, 2)
	fmt.Printf("readat %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 23)
	fmt.Printf("readat short %d %q %v\n", n, buf[:n], err)
	_, err = f.ReadAt(buf, -1)
	show("readat negative", err)
	n, err = f.WriteAt([]byte("HELLO"), 0)
	fmt.Println("writeat", n, err)
	n, err = f.WriteAt([]byte("!!"), 30)
	fmt.Println("writeat past end", n, err)
	fi, err := f.Stat()
	must(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular())
	must(f.Truncate(12))
	must(f.Sync())
	must(f.Close())
	show("close twice", f.Close())
	_, err = f.Write([]byte("x"))
	show("write closed", err)
	_, err = f.Read(buf)
	show("read closed", err)
	_, err = f.Seek(0, 0)
	show("seek closed", err)
	_, err = f.Stat()
	show("stat closed", err)
	fmt.Println("fd closed", f.Fd() == ^uintptr(0))

	data, err := os.ReadFile("a.txt")
	fmt.Printf("%q %v\n", data, err)

	// Flags.
	_, err = os.OpenFile("a.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("excl", err)
	_, err = os.OpenFile("missing.txt", os.O_RDONLY, 0)
	show("open missing", err)
	_, err = os.Open("")
	show("open empty", err)
	ro, err := os.Open("a.txt")
	must(err)
	_, err = ro.Write([]byte("x"))
	show("write read-only", err)
	show("truncate read-only", ro.Truncate(0))
	ro.Close()
	wo, err := os.OpenFile("a.txt", os.O_WRONLY, 0)
	must(err)
	_, err = wo.Read(buf)
	show("read write-only", err)
	wo.Close()
	ap, err := os.OpenFile("a.txt", os.O_APPEND|os.O_WRONLY, 0)
	must(err)
	ap.WriteString("+appended")
	off, _ = ap.Seek(0, io.SeekCurrent)
	fmt.Println("append offset", off)
	_, err = ap.WriteAt([]byte("x"), 0)
	show("writeat append", err)
	ap.Seek(0, io.SeekStart)
	ap.WriteString("+again")
	ap.Close()
	tr, err := os.OpenFile("a.txt", os.O_RDWR|os.O_TRUNC, 0)
	must(err)
	fi, _ = tr.Stat()
	fmt.Println("after O_TRUNC", fi.Size())
	tr.WriteString("fresh")
	tr.Close()
	data, _ = os.ReadFile("a.txt")
	fmt.Printf("%q\n", data)
	rw, err := os.OpenFile("new.txt", os.O_RDWR|os.O_CREATE, 0600)
	must(err)
	rw.WriteString("0123456789")
	rw.Seek(3, 0)
	rw.Write([]byte("abc"))
	rw.Seek(0, 0)
	all, _ := io.ReadAll(rw)
	fmt.Printf("%q\n", all)
	rw.Close()
	st, _ := os.Stat("new.txt")
	fmt.Println(st.Mode().Perm())

	// WriteFile, ReadFile and modes.
	must(os.WriteFile("w.txt", []byte("line1\nline2\n"), 0640))
	st, _ = os.Stat("w.txt")
	fmt.Println(st.Mode(), st.Size())
	must(os.WriteFile("w.txt", []byte("short"), 0600))
	data, _ = os.ReadFile("w.txt")
	fmt.Printf("%q\n", data)
	must(os.Chmod("w.txt", 0444))
	st, _ = os.Stat("w.txt")
	fmt.Println(st.Mode())
	must(os.Chmod("w.txt", 0644))
	must(os.Truncate("w.txt", 2))
	data, _ = os.ReadFile("w.txt")
	fmt.Printf("%q\n", data)
	must(os.Truncate("w.txt", 4))
	data, _ = os.ReadFile("w.txt")
	fmt.Printf("%q\n", data)
	_, err = os.ReadFile("missing")
	show("readfile missing", err)

	// Directories.
	must(os.Mkdir("d", 0755))
	show("mkdir again", os.Mkdir("d", 0755))
	show("mkdir under file", os.Mkdir("a.txt/x", 0755))
	must(os.MkdirAll("d/e/f/g", 0755))
	must(os.MkdirAll("d/e/f/g/", 0755))
	show("mkdirall under file", os.MkdirAll("a.txt/b/c", 0755))
	show("mkdirall file", os.MkdirAll("a.txt", 0755))
	for _, name := range []string{"d/z.txt", "d/b.txt", "d/m.txt"} {
		must(os.WriteFile(name, []byte(name), 0644))
	}
	entries, err := os.ReadDir("d")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size(), e)
	}
	fmt.Println(err)
	_, err = os.ReadDir("a.txt")
	show("readdir file", err)
	_, err = os.ReadDir("nowhere")
	show("readdir missing", err)
	df, err := os.Open("d")
	must(err)
	_, err = df.Read(buf)
	show("read dir", err)
	got := []string{}
	for {
		es, err := df.ReadDir(2)
		for _, e := range es {
			got = append(got, e.Name())
		}
		if err != nil {
			fmt.Println("readdir(2) ends with", err, len(es))
			break
		}
	}
	sort.Strings(got)
	fmt.Println(got)
	es, err := df.ReadDir(-1)
	fmt.Println(len(es), err)
	df.Seek(0, 0)
	names, err := df.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	df.Seek(0, 0)
	infos, err := df.Readdir(0)
	sizes := 0
	for _, fi := range infos {
		if !fi.IsDir() {
			sizes += int(fi.Size())
		}
	}
	fmt.Println(len(infos), sizes, err)
	df.Close()
	_, err = df.ReadDir(1)
	show("readdir closed", err)
	af, _ := os.Open("a.txt")
	_, err = af.ReadDir(-1)
	show("file readdir", err)
	_, err = af.Readdirnames(1)
	show("file readdirnames", err)
	af.Close()
	_, err = os.ReadFile("d")
	show("readfile dir", err)

	// Removal.
	show("remove missing", os.Remove("missing"))
	show("remove nonempty", os.Remove("d"))
	show("remove through file", os.Remove("a.txt/x"))
	show("remove deep missing", os.Remove("q/r/s"))
	must(os.Remove("d/e/f/g"))
	show("removeall missing", os.RemoveAll("missing"))
	show("removeall dot", os.RemoveAll("d/."))
	show("removeall empty", os.RemoveAll(""))
	must(os.RemoveAll("d"))
	_, err = os.Stat("d")
	show("stat removed", err)

	// Renaming and links.
	must(os.Rename("new.txt", "renamed.txt"))
	show("rename missing", os.Rename("new.txt", "x"))
	must(os.Mkdir("dir2", 0755))
	show("rename onto dir", os.Rename("renamed.txt", "dir2"))
	show("rename missing onto dir", os.Rename("nothing", "dir2"))
	must(os.Rename("renamed.txt", "dir2/moved.txt"))
	must(os.Rename("dir2", "dir3"))
	data, err = os.ReadFile("dir3/moved.txt")
	fmt.Printf("%q %v\n", data, err)
	must(os.Symlink("dir3/moved.txt", "link"))
	show("symlink exists", os.Symlink("x", "link"))
	target, err := os.Readlink("link")
	fmt.Println(target, err)
	lst, _ := os.Lstat("link")
	fmt.Println(lst.Mode()&os.ModeSymlink != 0, lst.Mode().Type() == fs.ModeSymlink)
	data, err = os.ReadFile("link")
	fmt.Printf("via link %q %v\n", data, err)
	must(os.Link("a.txt", "hard"))
	s1, _ := os.Stat("a.txt")
	s2, _ := os.Stat("hard")
	fmt.Println("samefile", os.SameFile(s1, s2), os.SameFile(s1, lst))
	show("link missing", os.Link("missing", "z"))
	show("link dir", os.Link("dir3", "z"))
	show("link exists", os.Link("a.txt", "hard"))
	must(os.Symlink("nowhere", "dangling"))
	_, err = os.Stat("dangling")
	show("stat dangling", err)
	_, err = os.Lstat("dangling")
	show("lstat dangling", err)
	_, err = os.Readlink("a.txt")
	show("readlink file", err)

	// Other name-based errors.
	show("chdir missing", os.Chdir("missing"))
	show("chdir file", os.Chdir("a.txt"))
	show("chmod missing", os.Chmod("missing", 0644))
	show("truncate missing", os.Truncate("missing", 0))
	show("truncate dir", os.Truncate("dir3", 0))

	// Temporary names.
	tf, err := os.CreateTemp(".", "tmp-*.txt")
	must(err)
	name := tf.Name()
	fmt.Println(strings.HasPrefix(name, "./tmp-"), strings.HasSuffix(name, ".txt"))
	tf.Close()
	td, err := os.MkdirTemp(".", "sub")
	must(err)
	fmt.Println(strings.HasPrefix(td, "./sub"))
	_, err = os.MkdirTemp("", "a/b")
	show("mkdirtemp separator", err)
	_, err = os.CreateTemp("", "x/*")
	show("createtemp separator", err)
	_, err = os.MkdirTemp("missing-dir", "x")
	show("mkdirtemp missing", err)

	// Chdir and relative names.
	must(os.Chdir("dir3"))
	data, err = os.ReadFile("moved.txt")
	fmt.Printf("%q %v\n", data, err)
	data, err = os.ReadFile("../a.txt")
	fmt.Printf("%q %v\n", data, err)
	must(os.Chdir(".."))

	// Copy with io.Copy between files.
	src, _ := os.Open("a.txt")
	dst, _ := os.Create("copy.txt")
	cn, err := io.Copy(dst, src)
	fmt.Println("copied", cn, err)
	src.Close()
	dst.Close()
	data, _ = os.ReadFile("copy.txt")
	fmt.Printf("%q\n", data)

	// Listing everything left, sorted.
	left, _ := os.ReadDir(".")
	for _, e := range left {
		if strings.HasPrefix(e.Name(), "tmp-") || strings.HasPrefix(e.Name(), "sub") {
			continue
		}
		fmt.Println(" ", e.Name(), e.Type())
	}

	var nf *os.File
	show("nil close", nf.Close())
	_, err = nf.Read(buf)
	show("nil read", err)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd(), os.Stderr.Fd())
	_, err = os.Stdin.Write([]byte("x"))
	show("write stdin", err)
	fmt.Println(os.DevNull)
	nul, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	must(err)
	n, err = nul.Write([]byte("discarded"))
	fmt.Println(n, err)
	n, err = nul.Read(buf)
	fmt.Println(n, err)
	nul.Close()
}
