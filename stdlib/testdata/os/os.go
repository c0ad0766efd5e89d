package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func b(v bool) string {
	if v {
		return "true"
	}
	return "false"
}

func main() {
	defer out("deferred: must not print")
	out(b(len(os.Args) == 1))
	os.Setenv("GOTS_TEST_X", "héllo")
	out(os.Getenv("GOTS_TEST_X"))
	v, ok := os.LookupEnv("GOTS_TEST_X")
	out(v + " " + b(ok))
	os.Unsetenv("GOTS_TEST_X")
	v, ok = os.LookupEnv("GOTS_TEST_X")
	out("[" + v + "] " + b(ok))
	out(os.Getenv("GOTS_TEST_UNSET_VARIABLE"))
	if err := os.Setenv("", "x"); err != nil {
		out(err.Error())
	}
	if err := os.Setenv("A=B", "x"); err != nil {
		out(err.Error())
	}
	os.Setenv("GOTS_TEST_Y", "1")
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOTS_TEST_Y=1" {
			found = true
		}
	}
	out(b(found))
	os.Setenv("GOTS_HOME", "/home/x")
	out(os.ExpandEnv("dir=$GOTS_HOME/a ${GOTS_HOME}b $ end$"))
	out(os.Expand("$1 ${x} $$ ${}", func(s string) string { return "<" + s + ">" }))

	n, err := os.Stdout.Write([]byte("written\n"))
	out(b(n == 8) + " " + b(err == nil))
	n, err = os.Stdout.Write(nil)
	out(b(n == 0) + " " + b(err == nil))
	os.Stderr.WriteString("to stderr\n")
	io.WriteString(os.Stdout, "via io\n")

	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	out(b(err == nil) + " " + f.Name())
	n, err = f.WriteString("gone")
	out(b(n == 4) + " " + b(err == nil))
	out(b(f.Close() == nil))
	_, err = f.WriteString("x")
	out(err.Error())
	out(b(errors.Is(err, os.ErrClosed)) + b(errors.Is(err, fs.ErrClosed)))
	var pe *os.PathError
	out(b(errors.As(err, &pe)) + " " + pe.Op + " " + pe.Path)
	out(b(os.IsNotExist(&os.PathError{Op: "open", Path: "x", Err: os.ErrNotExist})))
	out(b(os.IsExist(os.ErrNotExist)))

	for _, m := range []os.FileMode{0, 0644, 0755 | os.ModeDir, os.ModeSymlink | 0777, os.ModePerm | os.ModeSetuid | os.ModeSticky, 1<<32 - 1} {
		out(m.String())
	}
	out(b(os.FileMode(0644).IsRegular()) + b(os.ModeDir.IsDir()) + " " + (os.ModeDir | 0750).Perm().String())
	buf := make([]byte, 4)
	n, err = os.Stdin.Read(buf)
	out(b(n == 0) + " " + b(err == io.EOF))
	var nf *os.File
	_, err = nf.Write([]byte("x"))
	out(err.Error())
	os.Exit(3)
}
