// End-to-end tests of statements: small packages checked with checkPackage, their errors
// compared with what gc (go build -gcflags=-e, Go 1.23) prints for the same source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FileSet, Source } from "../source/index.js";
import { DiagnosticSink, formatDiagnostic, gcDiagnostics } from "../diag/index.js";
import { parseFile } from "../syntax/index.js";
import { checkPackage, Package, Unsafe } from "./index.js";

function check(src: string, goVersion = "go1.23"): string[] {
  const fset = new FileSet();
  const source = fset.add(new Source("x.go", src));
  const sink = new DiagnosticSink();
  const file = parseFile(source, sink, { checkBranches: true });
  assert.deepEqual(sink.list.map((d) => d.message), [], "syntax errors");
  const importer = {
    importPackage(path: string): Package | { error: string } {
      if (path === "unsafe") return Unsafe;
      return { error: `package ${path} is not in std` };
    },
  };
  const res = checkPackage("main", [file], { goVersion, importer }, fset);
  return gcDiagnostics(res.diagnostics).map((d) => formatDiagnostic(d));
}

test("assignments, initializations and short variable declarations", () => {
  assert.deepEqual(check(`package main

type T struct{ f int }

func one() int           { return 1 }
func two() (int, int)    { return 1, 2 }
func three() (int, int, int) { return 1, 2, 3 }

func f(m map[string]T, ch chan int, v interface{}) {
	a, b := 1
	c, d := three()
	var e, g int
	e, g = one()
	e, g = 1, 2, 3
	x := 1
	x := 2
	x, x := 3, 4
	_ := 5
	m["a"].f = 1
	1 = 2
	one()++
	var s string = x
	var n = nil
	_ = nil
	r, ok := <-ch
	t, ok := v.(T)
	k, ok := m["k"]
	var u uint8 = 256
	var i int = 1.5
	m.f, y := 1, 2
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, s, n, r, t, k
	_, _, _ = ok, u, i
}

func main() {}
`), [
    "x.go:10:10: assignment mismatch: 2 variables but 1 value",
    "x.go:11:10: assignment mismatch: 2 variables but three returns 3 values",
    "x.go:13:9: assignment mismatch: 2 variables but one returns 1 value",
    "x.go:14:9: assignment mismatch: 2 variables but 3 values",
    "x.go:16:4: no new variables on left side of :=",
    "x.go:17:5: x repeated on left side of :=",
    "x.go:18:4: no new variables on left side of :=",
    "x.go:19:2: cannot assign to struct field m[\"a\"].f in map",
    "x.go:20:2: cannot assign to 1 (neither addressable nor a map index expression)",
    "x.go:21:2: cannot assign to one() (neither addressable nor a map index expression)",
    "x.go:22:17: cannot use x (variable of type int) as string value in variable declaration",
    "x.go:23:10: use of untyped nil in variable declaration",
    "x.go:24:6: use of untyped nil in assignment to _ identifier",
    "x.go:28:16: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)",
    "x.go:29:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
    "x.go:30:2: non-name m.f on left side of :=",
    "x.go:30:4: m.f undefined (type map[string]T has no field or method f)",
    "x.go:30:7: declared and not used: y",
  ]);
});

test("return statements and the termination rule (missing return)", () => {
  assert.deepEqual(check(`package main

func two() (int, int) { return 1, 2 }

func a(x int) int {
L:
	for {
		if x > 0 {
			break L
		}
	}
}

func b(x int) int {
	for {
		switch x {
		case 1:
			break
		}
	}
}

func c(x int) int {
L:
	for {
		switch x {
		case 1:
			break L
		}
	}
}

func d(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic(1)
	}
}

func e(ch chan int) int {
	select {
	case <-ch:
		return 1
	}
}

func f(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return 2
	}
}

func g() int {
	goto L
L:
	return 1
}

func h(x int) int {
	switch x {
	case 1:
		fallthrough
	default:
		return 1
	}
}

func i(x int) int {
	for x := range 3 {
		return x
	}
}

func j() int {
	{
		return 1
	}
	;
}

func k() int {
	for {
		select {}
	}
}

func l(v interface{}) int {
	switch v.(type) {
	case int:
		return 1
	default:
		(panic)("x")
	}
}

func m() (x int, err error) {
	{
		x := 2
		_ = x
		return
	}
}

func n() {
	return 1
}

func o() (int, string) {
	return 1
}

func p() int {
	return two()
}

func q() (x, y int) {
	return two(), 1
}

func r() (int, int) {
	return two()
}

func main() {}
`), [
    "x.go:12:1: missing return",
    "x.go:31:1: missing return",
    "x.go:55:1: missing return",
    "x.go:76:1: missing return",
    "x.go:104:3: result parameter x not in scope at return\n\tx.go:102:3: inner declaration of var x int",
    "x.go:109:9: too many return values\n\thave (number)\n\twant ()",
    "x.go:113:9: not enough return values\n\thave (number)\n\twant (int, string)",
    "x.go:117:9: too many return values\n\thave (int, int)\n\twant (int)",
    "x.go:121:9: multiple-value two() (value of type (int, int)) in single-value context",
  ]);
});

test("unused variables: assignments are not uses, scopes of if, for, switch and closures", () => {
  assert.deepEqual(check(`package main

func use(...interface{}) {}

func f(p int) (r int) {
	a := 1
	b := 2
	c := 3
	func() {
		_ = a
		b = 3
	}()
	go func() {
		var d int
		d = c
	}()
	x := 1
	if x := 2; x > 0 {
	}
	if y := 1; false {
	} else if z := 2; true {
	}
	var q int
	q = 2
	var s []int
	s[0] = 1
	var t struct{ f int }
	t.f = 1
	var ptr *int
	*ptr = 1
	w := 0
	w++
	v := 0
	v += 1
	for i := 0; ; {
	}
}

func g(v interface{}) {
	switch t := v.(type) {
	case int:
	case string:
	}
	switch t := v.(type) {
	case int:
		use(t)
	case string:
	}
	for i, j := range []int{} {
	}
	for k := range 10 {
	}
}

func main() {}
`), [
    "x.go:7:2: declared and not used: b",
    "x.go:14:7: declared and not used: d",
    "x.go:17:2: declared and not used: x",
    "x.go:20:5: declared and not used: y",
    "x.go:21:12: declared and not used: z",
    "x.go:23:6: declared and not used: q",
    "x.go:35:6: declared and not used: i",
    "x.go:40:9: t declared and not used",
    "x.go:49:6: declared and not used: i",
    "x.go:49:9: declared and not used: j",
    "x.go:51:6: declared and not used: k",
  ]);
});

test("expression and type switches: tags, duplicate cases, defaults, switch variables", () => {
  assert.deepEqual(check(`package main

type I interface{ M() }
type T struct{}

func (T) M() {}

type S struct{ s []int }
type MyInt int

func f() (int, error) { return 0, nil }
func g()              {}

func sw(i interface{}, x int, fl float64, s string, st S, fn func(), it I) {
	switch {
	case 1:
	case x > 0:
	}
	switch x {
	case 1, 2, 1:
	case "a":
	case 1.5:
	default:
	default:
	}
	switch fl {
	case 1, 1.0:
	case 0.1, 0.1:
	}
	switch s {
	case "a", "b", "a":
	}
	switch i {
	case 1, 1:
	case MyInt(1), MyInt(1):
	case "x", nil:
	}
	switch st {
	}
	switch fn {
	case nil:
	case g:
	}
	switch f() {
	}
	switch x := 1; {
	}
	switch nil {
	}
	switch g() {
	}
	switch int {
	}
	switch y := i.(type) {
	case nil, nil:
	}
	switch _ := i.(type) {
	}
	switch it.(type) {
	case int:
	case *T:
	case T, T:
	}
	switch x.(type) {
	}
}

func main() {}
`), [
    "x.go:16:7: cannot convert 1 (untyped int constant) to type bool",
    "x.go:20:13: duplicate case 1 (constant of type int) in expression switch\n\tx.go:20:7: previous case",
    "x.go:21:7: cannot convert \"a\" (untyped string constant) to type int",
    "x.go:22:7: 1.5 (untyped float constant) truncated to int",
    "x.go:24:2: multiple defaults (first at x.go:23:2)",
    "x.go:27:10: duplicate case 1.0 (constant 1 of type float64) in expression switch\n\tx.go:27:7: previous case",
    "x.go:28:12: duplicate case 0.1 (constant of type float64) in expression switch\n\tx.go:28:7: previous case",
    "x.go:31:17: duplicate case \"a\" (constant of type string) in expression switch\n\tx.go:31:7: previous case",
    "x.go:34:10: duplicate case 1 (constant of type int) in expression switch\n\tx.go:34:7: previous case",
    "x.go:35:17: duplicate case MyInt(1) (constant 1 of type MyInt) in expression switch\n\tx.go:35:12: previous case",
    "x.go:38:9: cannot switch on st (variable of type S) (S is not comparable)",
    "x.go:42:7: invalid case g in switch on fn (func can only be compared to nil)",
    "x.go:44:9: multiple-value f() (value of type (int, error)) in single-value context",
    "x.go:46:9: declared and not used: x",
    "x.go:48:9: use of untyped nil in switch expression",
    "x.go:50:9: g() (no value) used as value",
    "x.go:52:9: int (type) is not an expression",
    "x.go:54:9: y declared and not used",
    "x.go:55:12: duplicate case nil in type switch\n\tx.go:55:7: previous case",
    "x.go:57:9: no new variable on left side of :=",
    "x.go:60:7: impossible type switch case: int\n\tit (variable of type I) cannot have dynamic type int (missing method M)",
    "x.go:62:10: duplicate case T in type switch\n\tx.go:62:7: previous case",
    "x.go:64:9: x (variable of type int) is not an interface",
  ]);
});

test("go, defer, send, inc/dec, op-assignments, conditions, select cases, expression statements", () => {
  assert.deepEqual(check(`package main

func g() {}
func f() (int, error) { return 0, nil }

func gd(ch chan int, rch <-chan int, s []int) {
	go g
	defer recover()
	defer close(ch)
	go println()
	defer panic(1)
	defer append(s, 1)
	go int(1)
	defer len
	ch <- "a"
	var n int
	n <- 1
	rch <- 1
	defer func() int { return 1 }()
	go new(int)
	var str string
	str++
	n += "a"
	if n {
	}
	for n {
	}
	select {
	case n = 1:
	case g():
	case n++:
	case ch <- 1:
	case y, ok := <-ch:
		_, _ = y, ok
	default:
	default:
	}
}

func exprs(ch chan int) {
	<-ch
	int
	len
	g
	1 + 2
	f()
	(g())
	(<-ch)
	copy([]int{}, []int{})
	recover()
	len("abc")
}

func main() {}
`), [
    "x.go:7:5: expression in go must be function call",
    "x.go:12:8: defer discards result of append(s, 1) (value of type []int)",
    "x.go:13:5: go requires function call, not conversion int(1) (constant 1 of type int)",
    "x.go:14:8: expression in defer must be function call",
    "x.go:15:8: cannot use \"a\" (untyped string constant) as int value in send",
    "x.go:17:2: invalid operation: cannot send to non-channel n (variable of type int)",
    "x.go:18:2: invalid operation: cannot send to receive-only channel rch (variable of type <-chan int)",
    "x.go:20:5: go discards result of new(int) (value of type *int)",
    "x.go:22:2: invalid operation: str++ (non-numeric type string)",
    "x.go:23:2: invalid operation: n += \"a\" (mismatched types int and untyped string)",
    "x.go:24:5: non-boolean condition in if statement",
    "x.go:26:6: non-boolean condition in for statement",
    "x.go:29:7: select case must be send or receive (possibly with assignment)",
    "x.go:30:8: select case must be send or receive (possibly with assignment)",
    "x.go:31:7: select case must be send or receive (possibly with assignment)",
    "x.go:36:2: multiple defaults (first at x.go:35:2)",
    "x.go:42:2: int (type) is not an expression",
    "x.go:43:2: len (built-in) must be called",
    "x.go:44:2: g (value of type func()) is not used",
    "x.go:45:2: 1 + 2 (untyped int constant 3) is not used",
    "x.go:51:2: len(\"abc\") (constant 3 of type int) is not used",
  ]);
});

test("range clauses over every kind of operand, and their iteration variables", () => {
  assert.deepEqual(check(`package main

func ranges(x int, p *[3]int, sc chan<- int, m map[string]int) {
	var b byte
	for _, b = range "abc" {
	}
	var n int64
	for i := range n {
		var j int = i
		_ = j
	}
	for i := range 10 {
		var s string = i
		_ = s
	}
	for i, v := range 10 {
	}
	for i, v := range p {
		_, _ = i, v
	}
	for range sc {
	}
	for range 1.5 {
	}
	for a, b, c := range m {
	}
	var f0 func(func() bool)
	for a := range f0 {
	}
	var f1 func(func(int) int)
	for range f1 {
	}
	var f2 func(func(int, int, int) bool)
	for range f2 {
	}
	var f3 func(int)
	for range f3 {
	}
	var f4 func(func(int) bool) int
	for range f4 {
	}
	var f5 func(func(string, int) bool)
	for k, v := range f5 {
		var y int = k
		_, _ = y, v
	}
	var u uint8
	for u = range 300 {
	}
	for _ = range 10 {
	}
	for _, _ = range x {
	}
	for k, v := range m {
		var y int = k
		_, _ = y, v
	}
	for _, _ := range m {
	}
}

func main() {}
`), [
    "x.go:4:6: declared and not used: b",
    "x.go:5:9: cannot use b (value of type rune) as byte value in assignment",
    "x.go:9:15: cannot use i (variable of type int64) as int value in variable declaration",
    "x.go:13:18: cannot use i (variable of type int) as string value in variable declaration",
    "x.go:16:6: declared and not used: i",
    "x.go:16:9: range over 10 (untyped int constant) permits only one iteration variable",
    "x.go:21:12: cannot range over sc (variable of type chan<- int): receive from send-only channel",
    "x.go:23:12: cannot range over 1.5 (untyped float constant)",
    "x.go:25:6: declared and not used: a",
    "x.go:25:9: declared and not used: b",
    "x.go:25:12: range clause permits at most two iteration variables",
    "x.go:28:6: range over f0 (variable of type func(func() bool)) permits no iteration variables",
    "x.go:31:12: cannot range over f1 (variable of type func(func(int) int)): func must be func(yield func(...) bool): yield func does not return bool",
    "x.go:34:12: cannot range over f2 (variable of type func(func(int, int, int) bool)): func must be func(yield func(...) bool): yield func has too many parameters",
    "x.go:37:12: cannot range over f3 (variable of type func(int)): func must be func(yield func(...) bool): argument is not func",
    "x.go:40:12: cannot range over f4 (variable of type func(func(int) bool) int): func must be func(yield func(...) bool): unexpected results",
    "x.go:44:15: cannot use k (variable of type string) as int value in variable declaration",
    "x.go:47:6: declared and not used: u",
    "x.go:48:16: cannot use 300 (untyped int constant) as uint8 value in range clause (overflows)",
    "x.go:52:9: range over x (variable of type int) permits only one iteration variable",
    "x.go:55:15: cannot use k (variable of type string) as int value in variable declaration",
    "x.go:58:2: no new variables on left side of :=",
  ]);
});

test("range over integers and functions needs go1.22 and go1.23", () => {
  assert.deepEqual(check(`package main

func seq(yield func(int) bool) {}

func main() {
	for i := range 10 {
		_ = i
	}
	for x := range seq {
		_ = x
	}
}
`, "go1.21"), [
    "x.go:6:17: cannot range over 10 (untyped int constant): requires go1.22 or later (-lang was set to go1.21; check go.mod)",
    "x.go:9:17: cannot range over seq (value of type func(yield func(int) bool)): requires go1.23 or later (-lang was set to go1.21; check go.mod)",
  ]);
});
