// Command oracle is the cheap first pass of the src-parse oracle (see docs/conformance.md).
//
// It reads file paths (one per line, relative to the working directory) from stdin, parses
// each with go/parser (AllErrors) and prints one JSON object per line:
//
//	{"path": "...", "goparser": ["pos: msg", ...], "flags": ["branch", "directive"]}
//
// go/parser is not gc's parser: gc also checks branches and labels while parsing, and its
// noder rejects misplaced or malformed //go: directives. go/parser knows neither, so a file
// that go/parser accepts is still flagged when it contains a construct those checks look at.
// The runner confirms every file that has go/parser errors or flags with `go tool compile`;
// only unflagged, go/parser-clean files are taken as clean without asking gc. Running the
// runner with --update-oracle --oracle-full asks gc about every file, which is how the flags
// were checked to cover everything gc rejects in Go 1.23's tree.
package main

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"runtime"
	"strings"
	"sync"
)

type result struct {
	Path      string   `json:"path"`
	GoParser  []string `json:"goparser"`
	Flags     []string `json:"flags"`
	ReadError string   `json:"readError,omitempty"`
}

func main() {
	var paths []string
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		if p := strings.TrimSpace(in.Text()); p != "" {
			paths = append(paths, p)
		}
	}

	results := make([]result, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = check(paths[i])
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()

	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	for _, r := range results {
		if err := enc.Encode(r); err != nil {
			os.Stderr.WriteString("oracle: " + err.Error() + "\n")
			os.Exit(2)
		}
	}
	if err := out.Flush(); err != nil {
		os.Stderr.WriteString("oracle: " + err.Error() + "\n")
		os.Exit(2)
	}
}

func check(path string) result {
	r := result{Path: path, GoParser: []string{}, Flags: []string{}}
	src, err := os.ReadFile(path)
	if err != nil {
		r.ReadError = err.Error()
		return r
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.AllErrors|parser.ParseComments)
	if err != nil {
		if list, ok := err.(scanner.ErrorList); ok {
			for _, e := range list {
				r.GoParser = append(r.GoParser, e.Error())
			}
		} else {
			r.GoParser = append(r.GoParser, err.Error())
		}
	}
	if f == nil {
		return r
	}
	if hasBranchConstruct(f) {
		r.Flags = append(r.Flags, "branch")
	}
	if hasDirective(fset, f) {
		r.Flags = append(r.Flags, "directive")
	}
	if hasBadReceiver(f) {
		r.Flags = append(r.Flags, "receiver")
	}
	return r
}

// hasBadReceiver reports a method declaration without exactly one receiver, which gc's
// parser rejects and go/parser leaves to go/types.
func hasBadReceiver(f *ast.File) bool {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil {
			continue
		}
		n := 0
		for _, field := range fd.Recv.List {
			if len(field.Names) == 0 {
				n++
			} else {
				n += len(field.Names)
			}
		}
		if n != 1 {
			return true
		}
	}
	return false
}

// hasBranchConstruct reports whether gc's branch checker could have something to say:
// any label, goto, fallthrough or labelled break/continue, or an unlabelled break or
// continue that is not inside a loop (or switch/select, for break).
func hasBranchConstruct(f *ast.File) bool {
	found := false
	ast.Walk(&branchVisitor{found: &found}, f)
	return found
}

type branchVisitor struct {
	found           *bool
	breakOK, contOK bool
}

func (v *branchVisitor) Visit(n ast.Node) ast.Visitor {
	if *v.found || n == nil {
		return nil
	}
	switch n := n.(type) {
	case *ast.LabeledStmt:
		*v.found = true
		return nil
	case *ast.BranchStmt:
		switch {
		case n.Label != nil, n.Tok == token.GOTO, n.Tok == token.FALLTHROUGH:
			*v.found = true
		case n.Tok == token.BREAK && !v.breakOK, n.Tok == token.CONTINUE && !v.contOK:
			*v.found = true
		}
		return nil
	case *ast.ForStmt, *ast.RangeStmt:
		return &branchVisitor{found: v.found, breakOK: true, contOK: true}
	case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		return &branchVisitor{found: v.found, breakOK: true, contOK: v.contOK}
	case *ast.FuncLit, *ast.FuncDecl:
		return &branchVisitor{found: v.found}
	}
	return v
}

// hasDirective reports whether the file has a comment that gc's parser or noder treats as a
// directive and could reject: //line and /*line*/ directives, and every //go: or /*go:
// comment except //go:generate lines starting in column 1 (gc accepts those everywhere) and
// //go:build lines starting in column 1 before the package clause.
func hasDirective(fset *token.FileSet, f *ast.File) bool {
	for _, g := range f.Comments {
		for _, c := range g.List {
			t := c.Text
			switch {
			case strings.HasPrefix(t, "//line ") || strings.HasPrefix(t, "/*line "):
				return true
			case strings.HasPrefix(t, "//go:build"):
				// A build constraint is a file pragma: after the package clause it is misplaced.
				if fset.Position(c.Pos()).Column != 1 || c.Pos() > f.Package {
					return true
				}
			case strings.HasPrefix(t, "//go:generate"):
				if fset.Position(c.Pos()).Column != 1 {
					return true
				}
			case strings.HasPrefix(t, "//go:") || strings.HasPrefix(t, "/*go:"):
				return true
			}
		}
	}
	return false
}
