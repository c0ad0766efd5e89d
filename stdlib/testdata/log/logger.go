package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

type counter struct{ calls int }

func (c *counter) String() string { c.calls++; return "counted" }

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("write failed") }

func helper(l *log.Logger) {
	l.Output(2, "reported at the caller of helper")
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("hello", 1, 2, "x", "y")
	l.Printf("%d items", 3)
	l.Println("with", "spaces", 3)
	l.Print("already has newline\n")
	l.Print()
	l.Printf("")
	l.Print("multi\nline")
	fmt.Printf("%q\n", buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)

	buf.Reset()
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[pfx] ")
	l.Print("msgprefix")
	l.SetFlags(log.Lshortfile)
	l.Print("short file")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Printf("short file %s", "and msgprefix")
	helper(l)
	l.Output(1, "direct Output")
	l.SetFlags(log.Llongfile)
	l.Println("long file")
	l.SetFlags(log.Llongfile | log.Lshortfile)
	l.Println("both: short wins")
	out := buf.String()
	// Strip the directory of long file names.
	dir, _ := os.Getwd()
	out = strings.ReplaceAll(out, dir+string(filepath.Separator), "DIR/")
	fmt.Print(out)

	// Date and time headers: check their shape only.
	buf.Reset()
	l = log.New(&buf, "", log.LstdFlags)
	l.Print("std")
	l.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	l.Print("micro")
	l.SetFlags(log.Ldate)
	l.Print("date only")
	l.SetFlags(log.Lmicroseconds)
	l.Print("micro implies time")
	l.SetFlags(log.Ltime | log.LUTC | log.Lshortfile)
	l.Print("time and file")
	pats := []string{`^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d std$`, `^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6} micro$`, `^\d{4}/\d\d/\d\d date only$`,
		`^\d\d:\d\d:\d\d\.\d{6} micro implies time$`, `^\d\d:\d\d:\d\d logger\.go:\d+: time and file$`}
	for i, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		fmt.Println(regexp.MustCompile(pats[i]).MatchString(line), len(line))
	}

	// Discard skips formatting entirely.
	c := &counter{}
	d := log.New(io.Discard, "", 0)
	d.Print(c)
	d.Printf("%v", c)
	fmt.Println("String calls with Discard:", c.calls)
	log.New(&buf, "", 0).Print(c)
	fmt.Println("String calls:", c.calls)

	// Write errors are returned by Output.
	fmt.Println(log.New(failing{}, "", 0).Output(1, "x"))

	// Panic variants.
	for _, f := range []func(){
		func() { l := log.New(os.Stdout, "P ", 0); l.Panic("a", 1) },
		func() { l := log.New(os.Stdout, "P ", 0); l.Panicf("b %d", 2) },
		func() { l := log.New(os.Stdout, "P ", 0); l.Panicln("c", 3) },
		func() { log.Panic("top", "level") },
		func() { log.Panicf("top %s", "f") },
		func() { log.Panicln("top", "ln") },
	} {
		func() {
			defer func() { fmt.Printf("recovered %q\n", recover()) }()
			log.SetOutput(os.Stdout)
			log.SetFlags(0)
			f()
		}()
	}

	// The standard logger.
	fmt.Println(log.Flags() == 0, log.Prefix() == "", log.Writer() == os.Stdout, log.Default().Writer() == os.Stdout)
	log.SetPrefix("std: ")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Print("print")
	log.Printf("printf %v", []int{1})
	log.Println("println")
	log.Output(1, "output")
	log.Default().Println("via Default")
	fmt.Println(log.LstdFlags, log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Fatalf("fatal: %d", 42)
	fmt.Println("not reached")
}
