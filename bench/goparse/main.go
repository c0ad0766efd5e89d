// Command goparse is the Go side of the parse-goroot benchmark: it parses every .go file
// under a directory tree with go/parser, single-threaded, timing only the parsing.
//
// All files are read into memory and the heap collected before the clock starts. It prints
// one JSON object with the same fields as bench/parse.ts:
//
//	{"ms", "bytes", "files", "mbps", "failed", "failedFiles", "crashed", "crashedFiles"}
//
// Usage: goparse -root DIR [-mode skip|default]. Mode "skip" is
// parser.SkipObjectResolution|parser.ParseComments (what gofmt-like tools use); "default" is
// mode 0, which also resolves identifiers to objects.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

type result struct {
	Ms           float64  `json:"ms"`
	Bytes        int      `json:"bytes"`
	Files        int      `json:"files"`
	MBps         float64  `json:"mbps"`
	Failed       int      `json:"failed"`
	FailedFiles  []string `json:"failedFiles"`
	Crashed      int      `json:"crashed"`
	CrashedFiles []string `json:"crashedFiles"`
	Mode         string   `json:"mode"`
}

// goFiles lists regular *.go files in lexical order without following symlinks below root,
// matching the walk in bench/parse.ts.
func goFiles(root string) ([]string, error) {
	var names []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".go") {
			names = append(names, p)
		}
		return nil
	})
	return names, err
}

const (
	parseOK = iota
	parseFailed
	parseCrashed
)

// parse reports whether a file parsed, had syntax errors, or made the parser panic (which
// would be a go/parser bug; counted rather than fatal, like the gots side does).
func parse(fset *token.FileSet, name string, src []byte, mode parser.Mode) (status int) {
	defer func() {
		if recover() != nil {
			status = parseCrashed
		}
	}()
	if _, err := parser.ParseFile(fset, name, src, mode); err != nil {
		return parseFailed
	}
	return parseOK
}

func relTo(base, name string) string {
	if rel, err := filepath.Rel(base, name); err == nil {
		return rel
	}
	return name
}

func main() {
	root := flag.String("root", "", "directory tree to parse")
	mode := flag.String("mode", "skip", "parser mode: skip (SkipObjectResolution|ParseComments) or default (0)")
	flag.Parse()
	if *root == "" {
		fmt.Fprintln(os.Stderr, "usage: goparse -root DIR [-mode skip|default]")
		os.Exit(2)
	}
	var pmode parser.Mode
	switch *mode {
	case "skip":
		pmode = parser.SkipObjectResolution | parser.ParseComments
	case "default":
		pmode = 0
	default:
		fmt.Fprintf(os.Stderr, "goparse: unknown mode %q\n", *mode)
		os.Exit(2)
	}
	// WalkDir does not descend into a root that is itself a symlink.
	base, err := filepath.EvalSymlinks(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "goparse:", err)
		os.Exit(1)
	}
	names, err := goFiles(base)
	if err != nil {
		fmt.Fprintln(os.Stderr, "goparse:", err)
		os.Exit(1)
	}
	srcs := make([][]byte, len(names))
	total := 0
	for i, n := range names {
		if srcs[i], err = os.ReadFile(n); err != nil {
			fmt.Fprintln(os.Stderr, "goparse:", err)
			os.Exit(1)
		}
		total += len(srcs[i])
	}
	runtime.GC()

	res := result{Bytes: total, Files: len(names), Mode: *mode, FailedFiles: []string{}, CrashedFiles: []string{}}
	fset := token.NewFileSet()
	start := time.Now()
	for i, n := range names {
		switch parse(fset, n, srcs[i], pmode) {
		case parseFailed:
			res.FailedFiles = append(res.FailedFiles, relTo(base, n))
		case parseCrashed:
			res.CrashedFiles = append(res.CrashedFiles, relTo(base, n))
		}
	}
	elapsed := time.Since(start)
	res.Ms = float64(elapsed.Nanoseconds()) / 1e6
	res.MBps = float64(total) / 1e6 / elapsed.Seconds()
	res.Failed = len(res.FailedFiles)
	res.Crashed = len(res.CrashedFiles)
	out, _ := json.Marshal(res)
	fmt.Println(string(out))
}
