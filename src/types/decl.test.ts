// End-to-end tests of declarations and type expressions: small packages checked with
// checkPackage, their errors compared with what gc (go build -gcflags=-e, Go 1.23) prints for
// the same source, and the initialization order compared with the order gc's program runs
// the initializers in. Imports come from packages built here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FileSet, Source } from "../source/index.js";
import { DiagnosticSink, formatDiagnostic, gcDiagnostics } from "../diag/index.js";
import { parseFile } from "../syntax/index.js";
import { checkPackage, Package, Scope, Universe, Unsafe, TypeName, Var, Named, Struct } from "./index.js";
import { Typ } from "./universe.js";
import type { CheckConfig } from "./index.js";
import { NamedState, BasicKind } from "./type.js";

/** A complete imported package "example.com/p" (name p) with a var Exit and a type T. */
function packageP(): Package {
  const p = new Package("example.com/p", "p", new Scope(Universe, 0, 0, "package p"));
  p.scope.insert(new Var(0, p, "Exit", Typ[BasicKind.Int]!));
  const tn = new TypeName(0, p, "T", null);
  const n = new Named(tn, new Struct([], []));
  n.state = NamedState.Complete;
  tn.type = n;
  p.scope.insert(tn);
  p.complete = true;
  return p;
}

function check(src: string, conf: Partial<CheckConfig> = {}): { lines: string[]; initOrder: string[] } {
  const fset = new FileSet();
  const source = fset.add(new Source("x.go", src));
  const sink = new DiagnosticSink();
  const file = parseFile(source, sink, { checkBranches: true });
  assert.deepEqual(sink.list.map((d) => d.message), [], "syntax errors");
  const p = packageP();
  const importer = {
    importPackage(path: string): Package | { error: string } {
      if (path === "unsafe") return Unsafe;
      if (path === "example.com/p") return p;
      return { error: `package ${path} is not in std` };
    },
  };
  const res = checkPackage("main", [file], { goVersion: "go1.23", importer, ...conf }, fset);
  return {
    lines: gcDiagnostics(res.diagnostics).map((d) => formatDiagnostic(d)),
    initOrder: res.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(",")),
  };
}

test("declaration errors of package-level objects", () => {
  const { lines } = check(`package main

const (
	i, j, k = 1, 2, 3
	l, m
	n
)

func init() int { return 0 }
func init[T any]() {}
func main(x int) {}
var init = 1
type main int
func init()

func main() {
	const (
		a, b = 1, 2
		c
	)
}
`);
  assert.deepEqual(lines, [
    "x.go:5:2: extra init expr at x.go:4:18",
    "x.go:6:2: extra init expr at x.go:4:15",
    "x.go:9:6: func init must have no arguments and no return values",
    "x.go:10:11: func init must have no type parameters",
    "x.go:11:6: func main must have no arguments and no return values",
    "x.go:12:5: cannot declare init - must be func",
    "x.go:13:6: cannot declare main - must be func",
    "x.go:14:6: missing function body",
    "x.go:16:6: main redeclared in this block\n\tx.go:11:6: other declaration of main",
    "x.go:19:3: extra init expr at x.go:18:13",
  ]);
});

test("recursive types", () => {
  const { lines } = check(`package main

type A B
type B A

type C = D
type D C

type E F
type F = G
type G E

type Y H
type H = X
type X H

type T1 [10]T1
type T2 struct{ f T2 }
type T3 struct{ f *T3 }
type T4 []T4

func main() {
	type L2 struct{ l L2 }
	type L3 = L3
}
`);
  assert.deepEqual(lines, [
    "x.go:3:6: invalid recursive type A\n\tx.go:3:6: A refers to\n\tx.go:4:6: B refers to\n\tx.go:3:6: A",
    "x.go:7:6: invalid recursive type: D refers to itself",
    "x.go:9:6: invalid recursive type E\n\tx.go:9:6: E refers to\n\tx.go:11:6: G refers to\n\tx.go:9:6: E",
    "x.go:15:6: invalid recursive type: X refers to itself",
    "x.go:17:6: invalid recursive type: T1 refers to itself",
    "x.go:18:6: invalid recursive type: T2 refers to itself",
    "x.go:23:7: invalid recursive type: L2 refers to itself",
    "x.go:24:7: invalid recursive type: L3 refers to itself",
  ]);
});

test("type expressions, fields, methods and receivers", () => {
  const { lines } = check(`package main

import "unsafe"

type T6 map[[]int]int
type T7 [-1]int
type T8 [1.5]int
type T9 [n]int
var x int
type T11 [x]int
type T12 [...]int
type T13 struct {
	a, b int
	a    string
	unsafe.Pointer
	*I
	I
}
type I interface {
	m()
	_()
}
type T15 func(x ...int, y ...int)
type T16 func(a, a int)
type T18[P any] P
type T19[P any] struct{ p P }
var v19 T19
type T21 int
func (T21) m() {}
func (T21) m() {}
func (x int) q() {}
type T22 struct{ m int }
func (T22) m() {}
func (**T22) p() {}
type G[T any] struct{}
type A = G[int]
func (A) m() {}
func (I) x() {}
const c1 []int = nil

func main() {
	var _ = iota
}
`);
  assert.deepEqual(lines, [
    "x.go:5:13: invalid map key type []int",
    "x.go:6:10: invalid array length -1 (untyped int constant)",
    "x.go:7:10: array length 1.5 (untyped float constant) must be integer",
    "x.go:8:10: undefined array length n or missing type constraint",
    "x.go:10:11: invalid array length x",
    "x.go:11:10: invalid use of [...] array (outside a composite literal)",
    "x.go:14:2: a redeclared\n\tx.go:13:2: other declaration of a",
    "x.go:15:2: embedded field type cannot be unsafe.Pointer",
    "x.go:16:2: embedded field type cannot be a pointer to an interface",
    "x.go:17:2: I redeclared\n\tx.go:16:3: other declaration of I",
    "x.go:21:2: methods must have a unique non-blank name",
    "x.go:23:17: can only use ... with final parameter in list",
    "x.go:24:18: a redeclared in this block\n\tx.go:24:15: other declaration of a",
    "x.go:25:17: cannot use a type parameter as RHS in type declaration",
    "x.go:27:9: cannot use generic type T19[P any] without instantiation",
    "x.go:30:12: method T21.m already declared at x.go:29:12",
    "x.go:31:7: cannot define new methods on non-local type int",
    "x.go:33:12: field and method with the same name m\n\tx.go:32:18: other declaration of m",
    "x.go:34:7: invalid receiver type **T22",
    "x.go:37:7: cannot define new methods on instantiated type A",
    "x.go:38:7: invalid receiver type I (pointer or interface type)",
    "x.go:39:10: invalid constant type []int",
    "x.go:42:10: cannot use iota outside constant declaration",
  ]);
});

test("type parameters and unions", () => {
  const { lines } = check(`package main

type G[T any] struct{ x T }
func (g G[_]) m2() {}
type H[P, Q any] struct{}
func (h H[P]) m6() {}
type I[T I[T]] interface{}
type M[T any, T any] struct{}
type O[T any] interface{ T }
type P[T any] interface{ ~T }
type R interface{ int | int }
type S interface{ int | ~int }
type T interface{ ~error | int }
type U interface{ comparable | int }
func g[T any](T int) {}

func main() {}
`);
  assert.deepEqual(lines, [
    "x.go:6:7: got 1 type parameter, but receiver base type declares 2",
    "x.go:6:9: not enough type arguments for type H: have 1, want 2",
    "x.go:7:6: invalid recursive type: I refers to itself",
    "x.go:8:15: T redeclared in this block\n\tx.go:8:8: other declaration of T",
    "x.go:9:26: term cannot be a type parameter",
    "x.go:10:27: type in term ~T cannot be a type parameter",
    "x.go:11:25: overlapping terms int and int",
    "x.go:12:25: overlapping terms ~int and int",
    "x.go:13:19: invalid use of ~ (error is an interface)",
    "x.go:14:19: cannot use comparable in union",
    "x.go:15:15: T redeclared in this block\n\tx.go:15:8: other declaration of T",
  ]);
});

test("version errors of declarations", () => {
  const src = `package main

type A = int
type G[T any] struct{ x T }
type GA[T any] = G[T]
func f[T comparable](x T) {}

func main() {}
`;
  assert.deepEqual(check(src, { goVersion: "go1.8" }).lines.map((l) => l.replace(/ \(-lang.*\)$/, "")), [
    "x.go:3:6: type alias requires go1.9 or later",
    "x.go:4:8: type parameter requires go1.18 or later",
    "x.go:4:10: predeclared any requires go1.18 or later",
    "x.go:5:9: generic type alias requires go1.23 or later",
    "x.go:5:11: predeclared any requires go1.18 or later",
    "x.go:5:18: type instantiation requires go1.18 or later",
    "x.go:6:8: type parameter requires go1.18 or later",
    "x.go:6:10: predeclared comparable requires go1.18 or later",
  ]);
  assert.deepEqual(check(src).lines, ["x.go:5:6: generic type alias requires GOEXPERIMENT=aliastypeparams"]);
  assert.deepEqual(check(src, { goexperiment: "aliastypeparams" }).lines, []);
  assert.deepEqual(check(src, { enableAlias: false }).lines, [
    "x.go:5:6: generic type alias requires GODEBUG=gotypesalias=1 or unset",
    "x.go:5:20: undefined: T", // without alias types, the type parameters are not declared
  ]);
});

test("imports", () => {
  const { lines } = check(`package main

import "example.com/p"
import xx "example.com/p"
import . "example.com/p"
import "example.com/q"
import init "example.com/p"

var Exit = 1
var a = p

func main() {}
`);
  assert.deepEqual(lines, [
    'x.go:3:8: "example.com/p" imported and not used', // a use outside a selector is no use
    'x.go:4:8: "example.com/p" imported as xx and not used',
    'x.go:5:8: "example.com/p" imported and not used',
    "x.go:6:8: could not import example.com/q (package example.com/q is not in std)",
    "x.go:7:8: cannot import package as init - init must be a func",
    'x.go:9:5: Exit already declared through dot-import of package p ("example.com/p")',
    "x.go:10:9: use of package p not in selector",
  ]);
});

test("initialization order and cycles", () => {
  const order = check(`package main

func p(s string) int { return 0 }

var a = p("a") + b + c
var b = p("b") + f()
var c = p("c")
var d, e = p("d"), p("e")
func f() int { return g() + h }
func g() int { return c }
var h = p("h") + x.m()
type T int
func (T) m() int { return k }
var x T
var k = p("k")
var m1, m2 = two()
func two() (int, int) { return a, 1 }
var z = p("z")
var y = func() int { return p("y") + z }()

func main() {}
`);
  assert.deepEqual(order.lines, []);
  // the order in which gc's program runs these initializers
  assert.deepEqual(order.initOrder, ["c", "d", "e", "k", "h", "b", "a", "m1,m2", "z", "y"]);

  const { lines } = check(`package main

type T struct{}

func (T) m() int { return a }

var a = T{}.m()

var e = f
func f() int { return g() }
func g() int { _ = e; return 0 }

var z int = z

const c1 = len([c2]int{})
const c2 = c1

func main() {}
`);
  assert.deepEqual(lines, [
    "x.go:7:5: initialization cycle for a\n\tx.go:7:5: a refers to\n\tx.go:5:10: m refers to\n\tx.go:7:5: a",
    "x.go:9:5: initialization cycle for e\n\tx.go:9:5: e refers to\n\tx.go:10:6: f refers to\n\tx.go:11:6: g refers to\n\tx.go:9:5: e",
    "x.go:13:5: initialization cycle: z refers to itself",
    "x.go:15:7: initialization cycle for c1\n\tx.go:15:7: c1 refers to\n\tx.go:16:7: c2 refers to\n\tx.go:15:7: c1",
  ]);
});
