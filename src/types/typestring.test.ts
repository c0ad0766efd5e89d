// Unit tests for type and object strings. The expected strings come from go/types (whose
// typestring.go is generated from types2's) printing the same declarations, with the nil
// qualifier (package paths) and with RelativeTo(pkg).
import { test } from "node:test";
import assert from "node:assert/strict";
import { textToByteString } from "../base/index.js";
import {
  ArrayT, BasicKind, Chan, ChanDir, Interface, MapT, Named, Pointer, Signature, Slice, Struct,
  Term, Tuple, TypeParam, Union, Alias, type Type,
} from "./type.js";
import { Const, Func, Label, PkgName, TypeName, Var } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import {
  Typ, Universe, Unsafe, universeAnyType, universeByte, universeComparable, universeError, universeRune,
} from "./universe.js";
import {
  goQuote, makeQualifier, objectString, relativeTo, typeListString, typeString, funcString,
} from "./typestring.js";

const int = Typ[BasicKind.Int]!;
const str = Typ[BasicKind.String]!;
const f64 = Typ[BasicKind.Float64]!;
const bool = Typ[BasicKind.Bool]!;

const pkg = new Package("example.com/p", "p", new Scope(Universe, 0, 0, "package p"));
const rel = relativeTo(pkg);

function v(name: string, t: Type, p: Package | null = pkg): Var { return new Var(0, p, name, t); }
function field(name: string, t: Type, embedded = false): Var {
  const f = new Var(0, pkg, name, t);
  f.isField = true;
  f.embedded = embedded;
  return f;
}
function tuple(...vars: Var[]): Tuple { return new Tuple(vars); }
function sig(params: Var[], results: Var[], variadic = false): Signature {
  return new Signature(null, null, tuple(...params), tuple(...results), variadic);
}
function named(name: string, under: Type | null, p: Package = pkg): Named {
  const obj = new TypeName(0, p, name, null);
  const n = new Named(obj, under);
  obj.type = n;
  p.scope.insert(obj);
  return n;
}
function iface(methods: [string, Signature][], embeddeds: Type[] = []): Interface {
  const it = new Interface([], embeddeds);
  it.methods = methods.map(([name, s]) => {
    s.recv = v("", it);
    return new Func(0, pkg, name, s);
  });
  it.complete = true;
  return it;
}
function tparam(name: string, bound: Type): TypeParam {
  const obj = new TypeName(0, pkg, name, null);
  const tp = new TypeParam(obj, bound);
  obj.type = tp;
  return tp;
}

/** Checks the nil-qualifier and RelativeTo(pkg) strings. */
function expect(t: Type, withPath: string, relative: string = withPath): void {
  assert.equal(typeString(t), textToByteString(withPath));
  assert.equal(typeString(t, rel), textToByteString(relative));
}

// The package-level types of the go/types program.
const T = named("T", new Struct([field("a", int)], []));
const listT = tparam("T", universeAnyType);
const List = named("List", null);
List.tparams = [listT];
const ListOfT = new Named(List.obj, null);
ListOfT.orig = List;
ListOfT.targs = [listT];
List.underlying_ = new Struct([field("next", new Pointer(ListOfT)), field("val", listT)], []);
function listOf(t: Type): Named {
  const n = new Named(List.obj, null);
  n.orig = List;
  n.targs = [t];
  return n;
}
const Pair = named("Pair", null);
const pk = tparam("K", universeComparable);
const pv = tparam("V", universeAnyType);
Pair.tparams = [pk, pv];
Pair.underlying_ = new Struct([field("k", pk), field("v", pv)], []);
const aObj = new TypeName(0, pkg, "A", null);
const A = new Alias(aObj, int, int);
aObj.type = A;
pkg.scope.insert(aObj);
const I = named("I", null);
I.underlying_ = iface([["String", sig([], [v("", str)])], ["m", sig([], [])]]);

test("basic types", () => {
  expect(int, "int");
  expect(Typ[BasicKind.UntypedInt]!, "untyped int");
  expect(Typ[BasicKind.UntypedNil]!, "untyped nil");
  expect(Typ[BasicKind.Invalid]!, "invalid type");
  expect(Typ[BasicKind.UnsafePointer]!, "unsafe.Pointer");
  expect(universeByte, "byte");
  expect(universeRune, "rune");
  expect(Typ[BasicKind.Complex128]!, "complex128");
  // a qualifier applies to unsafe.Pointer too
  assert.equal(typeString(Typ[BasicKind.UnsafePointer]!, () => ""), "Pointer");
});

test("composite types", () => {
  expect(new Slice(int), "[]int");
  expect(new ArrayT(str, 3n), "[3]string");
  expect(new MapT(str, int), "map[string]int");
  expect(new Chan(ChanDir.SendRecv, int), "chan int");
  expect(new Chan(ChanDir.RecvOnly, int), "<-chan int");
  expect(new Chan(ChanDir.SendOnly, int), "chan<- int");
  expect(new Chan(ChanDir.SendRecv, new Chan(ChanDir.RecvOnly, int)), "chan (<-chan int)");
  expect(new Chan(ChanDir.SendOnly, new Chan(ChanDir.RecvOnly, int)), "chan<- <-chan int");
  expect(new Chan(ChanDir.SendRecv, new Chan(ChanDir.SendOnly, int)), "chan chan<- int");
  expect(new Pointer(T), "*example.com/p.T", "*T");
  expect(new ArrayT(new Struct([], []), 0n), "[0]struct{}");
});

test("signatures", () => {
  const error = universeError;
  expect(sig([v("x", int), v("y", new Slice(str))], [v("", int), v("", error)], true),
    "func(x int, y ...string) (int, error)");
  expect(sig([v("", int), v("", str)], [v("", bool)]), "func(int, string) bool");
  expect(sig([], [v("r", int)]), "func() (r int)");
  expect(sig([v("a", int), v("b", int)], []), "func(a int, b int)");
  expect(sig([v("", new Slice(int))], [], true), "func(...int)");
  expect(sig([], [v("", int), v("", str)]), "func() (int, string)");
  expect(sig([v("f", sig([v("", int)], [v("", bool)]))],
    [v("", sig([], [v("", new Slice(new MapT(int, new Chan(ChanDir.SendRecv, error))))]))]),
  "func(f func(int) bool) func() []map[int]chan error");
  // append's special case: a variadic string parameter
  expect(sig([v("", new Slice(universeByte)), v("", str)], [], true), "func([]byte, string...)");
});

test("struct types and tags", () => {
  expect(new Struct([field("a", int), field("b", str)], ["", "tag"]), 'struct{a int; b string "tag"}');
  const tag = 'json:"x"';
  expect(new Struct([field("T", T, true), field("List", new Pointer(listOf(int)), true), field("x", f64), field("y", f64)],
    ["", "", tag, tag]),
  'struct{example.com/p.T; *example.com/p.List[int]; x float64 "json:\\"x\\""; y float64 "json:\\"x\\""}',
  'struct{T; *List[int]; x float64 "json:\\"x\\""; y float64 "json:\\"x\\""}');
  expect(new Struct([field("f", str)], [textToByteString('a"b\\c\x01\u00e9\u2028')]),
    'struct{f string "a\\"b\\\\c\\x01é\\u2028"}');
});

test("interfaces", () => {
  expect(iface([["m", sig([], [])]], [new Union([new Term(true, int), new Term(false, str)])]),
    "interface{m(); ~int | string}");
  const empty = new Interface([], []);
  empty.complete = true;
  expect(empty, "interface{}");
  expect(universeAnyType, "any");
  expect(Universe.lookup("any")!.type!, "any");
  expect(universeComparable, "comparable");
  expect(universeComparable.underlying(), "interface{comparable}");
  expect(iface([], [universeComparable]), "interface{comparable}");
  expect(universeError, "error");
  expect(universeError.underlying(), "interface{Error() string}");
  expect(iface([["String", sig([], [v("", str)])]], [universeError]), "interface{String() string; error}");
  expect(iface([["Len", sig([], [v("", int)])]],
    [new Union([new Term(true, new Slice(universeByte)), new Term(true, str)])]),
  "interface{Len() int; ~[]byte | ~string}");
  expect(I, "example.com/p.I", "I");
  // an implicit interface prints as its single element
  const imp = new Interface([], [new Union([new Term(true, int)])]);
  imp.implicit = true;
  imp.complete = true;
  expect(imp, "~int");
});

test("named, generic and alias types", () => {
  expect(T, "example.com/p.T", "T");
  expect(List, "example.com/p.List[T any]", "List[T any]");
  expect(Pair, "example.com/p.Pair[K comparable, V any]", "Pair[K comparable, V any]");
  expect(listOf(int), "example.com/p.List[int]", "List[int]");
  const pairInst = new Named(Pair.obj, null);
  pairInst.orig = Pair;
  pairInst.targs = [str, listOf(T)];
  expect(pairInst, "example.com/p.Pair[string, example.com/p.List[example.com/p.T]]", "Pair[string, List[T]]");
  expect(A, "example.com/p.A", "A");
  expect(listT, "T");
  assert.equal(typeListString([int, listOf(str)], rel), "[int, List[string]]");
});

test("type parameter lists share constraints", () => {
  const P = tparam("P", universeAnyType);
  const Qc = new Interface([], [new Union([new Term(true, int), new Term(true, str)])]);
  Qc.implicit = true;
  Qc.complete = true;
  const Q = tparam("Q", Qc);
  const R = tparam("R", universeAnyType);
  const s = new Signature(null, null, tuple(v("p", P), v("q", Q)), tuple(v("", R)), false, null, [P, Q, R]);
  expect(s, "func[P any, Q ~int | ~string, R any](p P, q Q) R");
  const X = tparam("X", universeAnyType);
  const Y = tparam("Y", universeAnyType);
  const s2 = new Signature(null, null, tuple(), tuple(), false, null, [X, Y]);
  expect(s2, "func[X, Y any]()");
  // a type parameter named like a predeclared type gets a note
  const tpInt = tparam("int", universeAnyType);
  assert.equal(typeString(tpInt), "int /* with int declared at 0 */");
  // subscripts (traces)
  assert.match(typeString(X, null, { tpSubscripts: true }), /^X\xe2\x82[\x80-\x89]+$/);
});

test("objects", () => {
  const F = new Func(0, pkg, "F", null);
  const P = tparam("P", universeAnyType);
  const Qc = new Interface([], [new Union([new Term(true, int), new Term(true, str)])]);
  Qc.implicit = true;
  Qc.complete = true;
  const Q = tparam("Q", Qc);
  const R = tparam("R", universeAnyType);
  F.type = new Signature(null, null, tuple(v("p", P), v("q", Q)), tuple(v("", R)), false, null, [P, Q, R]);
  pkg.scope.insert(F);
  const both = (obj: Parameters<typeof objectString>[0], withPath: string, relative: string = withPath): void => {
    assert.equal(objectString(obj), withPath);
    assert.equal(objectString(obj, rel), relative);
  };
  both(F, "func example.com/p.F[P any, Q ~int | ~string, R any](p P, q Q) R",
    "func F[P any, Q ~int | ~string, R any](p P, q Q) R");
  both(aObj, "type example.com/p.A = int", "type A = int");
  both(T.obj, "type example.com/p.T struct{a int}", "type T struct{a int}");
  both(I.obj, "type example.com/p.I interface{String() string; m()}", "type I interface{String() string; m()}");
  both(List.obj, "type example.com/p.List[T any] struct{next *example.com/p.List[T]; val T}",
    "type List[T any] struct{next *List[T]; val T}");
  const C = new Const(0, pkg, "C", Typ[BasicKind.UntypedInt]!, null as never);
  pkg.scope.insert(C);
  both(C, "const example.com/p.C untyped int", "const C untyped int");
  const v1 = v("v1", new Slice(int));
  pkg.scope.insert(v1);
  both(v1, "var example.com/p.v1 []int", "var v1 []int");
  // methods
  const M = new Func(0, pkg, "M", new Signature(null, v("t", new Pointer(T)), tuple(v("x", int)), tuple(v("y", int)), false));
  both(M, "func (*example.com/p.T).M(x int) (y int)", "func (*T).M(x int) (y int)");
  const Len = new Func(0, pkg, "Len", new Signature(null, v("l", ListOfT), tuple(), tuple(v("", int)), false));
  both(Len, "func (example.com/p.List[T]).Len() int", "func (List[T]).Len() int");
  // universe and unsafe objects
  const u = (name: string): string => objectString(Universe.lookup(name)!);
  assert.equal(u("any"), "type any = interface{}");
  assert.equal(u("comparable"), "type comparable interface{comparable}");
  assert.equal(u("error"), "type error interface{Error() string}");
  assert.equal(u("byte"), "type byte");
  assert.equal(u("rune"), "type rune");
  assert.equal(u("int"), "type int");
  assert.equal(u("nil"), "nil");
  assert.equal(u("print"), "builtin print");
  assert.equal(u("true"), "const true untyped bool");
  assert.equal(u("iota"), "const iota untyped int");
  assert.equal(objectString(Unsafe.scope.lookup("Pointer")!), "type unsafe.Pointer");
  // other kinds
  assert.equal(objectString(new PkgName(0, pkg, "u", Unsafe)), 'package u ("unsafe")');
  assert.equal(objectString(new PkgName(0, pkg, "x", new Package("a/b", "b", new Scope(null, 0, 0, "")))), 'package x ("a/b")');
  assert.equal(objectString(new PkgName(0, pkg, "unsafe", Unsafe)), "package unsafe");
  assert.equal(objectString(new Label(0, pkg, "L")), "label L");
  assert.equal(objectString(field("f", int)), "field f int");
  assert.equal(objectString(v("x", int)), "var x int");
  const tpObj = Q.obj;
  assert.equal(objectString(tpObj), "type parameter Q ~int | ~string");
});

test("qualifier of error messages", () => {
  const a1 = new Package("a/rand", "rand", new Scope(null, 0, 0, ""));
  const a2 = new Package("b/rand", "rand", new Scope(null, 0, 0, ""));
  const fmt = new Package("fmt", "fmt", new Scope(null, 0, 0, ""));
  const main = new Package("main", "main", new Scope(null, 0, 0, ""));
  main.imports = [a1, fmt];
  fmt.imports = [a2];
  const qf = makeQualifier(main);
  assert.equal(qf(main), "");
  assert.equal(qf(fmt), "fmt");
  assert.equal(qf(a1), '"a/rand"');
  assert.equal(qf(a2), '"b/rand"');
  const S = named("S", new Struct([], []), fmt);
  assert.equal(typeString(new Slice(S), qf), "[]fmt.S");
});

test("funcString for missing method explanations", () => {
  const m = new Func(0, pkg, "m", new Signature(null, v("", T), tuple(v("x", new Struct([field("f", int)], []))), tuple(), false));
  assert.equal(funcString(m, false, rel), "m(struct{f int})");
  assert.equal(funcString(m, true, rel), "m(struct{f int /* package example.com/p */ })");
});

test("strconv.Quote", () => {
  assert.equal(goQuote(""), '""');
  assert.equal(goQuote("a\tb\n\x00\x7f"), '"a\\tb\\n\\x00\\x7f"');
  assert.equal(goQuote("\xff"), '"\\xff"');
  assert.equal(goQuote(textToByteString("\u00e9\u200b\u{1F600}\u{E0001}")), textToByteString('"\u00e9\\u200b\u{1F600}\\U000e0001"'));
});
