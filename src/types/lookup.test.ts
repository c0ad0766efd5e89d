// Unit tests for field and method lookup, method sets and the explanations of missing
// methods. Lookups and method sets were checked against go/types' LookupFieldOrMethod and
// NewMethodSet on the same declarations, and the explanations against gc's messages.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BasicKind, Interface, Named, Pointer, Signature, Struct, Tuple, type Type,
} from "./type.js";
import { Func, TypeName, Var, type GoObj } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Typ, Universe } from "./universe.js";
import { sortMethods } from "./typeset.js";
import { makeQualifier, objectString } from "./typestring.js";
import {
  assertableTo, fieldIndex, lookupFieldOrMethod, methodSet, missingMethod, missingMethodCause, type Lookup,
} from "./lookup.js";

const int = Typ[BasicKind.Int]!;
const str = Typ[BasicKind.String]!;
const p = new Package("p", "p", new Scope(Universe, 0, 0, "package p"));

function field(name: string, t: Type, embedded = false, pkg: Package = p): Var {
  const f = new Var(0, pkg, name, t);
  f.isField = true;
  f.embedded = embedded;
  return f;
}
function struct(...fields: Var[]): Struct { return new Struct(fields, []); }
function named(name: string, under: Type | null, pkg: Package = p): Named {
  const obj = new TypeName(0, pkg, name, null);
  const n = new Named(obj, under);
  obj.type = n;
  pkg.scope.insert(obj);
  return n;
}
function sig(params: Type[], results: Type[] = []): Signature {
  return new Signature(null, null, new Tuple(params.map((t) => new Var(0, p, "", t))),
    new Tuple(results.map((t) => new Var(0, p, "", t))), false);
}
/** Declares method name on the named type (pointer receiver if ptr). */
function method(recv: Named, name: string, s: Signature = sig([]), ptr = false): Func {
  s.recv = new Var(0, recv.obj.pkg, "", ptr ? new Pointer(recv) : recv);
  const f = new Func(0, recv.obj.pkg, name, s);
  recv.methods.push(f);
  return f;
}
function iface(methods: [string, Signature][], recvName?: Named): Interface {
  const it = new Interface([], []);
  it.methods = methods.map(([name, s]) => {
    s.recv = new Var(0, p, "", recvName ?? it);
    return new Func(0, p, name, s);
  });
  sortMethods(it.methods);
  it.complete = true;
  return it;
}

function show(r: Lookup): string {
  const o = r.obj === null ? "<nil>" : objectString(r.obj as GoObj);
  return `${o} [${(r.index ?? []).join(" ")}] ${r.indirect}`;
}

// type E struct{ x int }; func (E) V(); func (*E) P()
const E = named("E", struct(field("x", int)));
method(E, "V");
method(E, "P", sig([]), true);
// type F struct{ x, y int }; func (F) V()
const F = named("F", struct(field("x", int), field("y", int)));
method(F, "V");
// type T struct{ E; *F; z int }
const T = named("T", struct(field("E", E, true), field("F", new Pointer(F), true), field("z", int)));
// type U struct{ T; x string }
const U = named("U", struct(field("T", T, true), field("x", str)));
// type NP *T
const NP = named("NP", new Pointer(T));
// type I interface{ V(); P() }
const I = named("I", null);
I.underlying_ = iface([["V", sig([])], ["P", sig([])]], I);
// type S struct{ I; k int }
const S = named("S", struct(field("I", I, true), field("k", int)));
// type D struct{ E; V int }
const D = named("D", struct(field("E", E, true), field("V", int)));

test("field and method lookup", () => {
  const look = (t: Type, addr: boolean, name: string): string => show(lookupFieldOrMethod(t, addr, p, name));
  assert.equal(look(T, false, "x"), "<nil> [1 0] false"); // ambiguous: E.x and F.x
  assert.equal(look(T, false, "y"), "field y int [1 1] true");
  assert.equal(look(T, false, "z"), "field z int [2] false");
  assert.equal(look(T, false, "V"), "<nil> [1 0] false");
  assert.equal(look(T, false, "P"), "<nil> [] true"); // pointer receiver, not addressable
  assert.equal(look(T, true, "P"), "func (*p.E).P() [0 1] false");
  assert.equal(look(new Pointer(T), false, "P"), "func (*p.E).P() [0 1] true");
  assert.equal(look(U, false, "x"), "field x string [1] false"); // shallower wins
  assert.equal(look(U, false, "y"), "field y int [0 1 1] true");
  assert.equal(look(U, false, "P"), "<nil> [] true");
  assert.equal(look(NP, false, "z"), "field z int [2] true");
  assert.equal(look(NP, false, "V"), "<nil> [1 0] false");
  assert.equal(look(S, false, "P"), "func (p.I).P() [0 0] false");
  assert.equal(look(S, false, "k"), "field k int [1] false");
  assert.equal(look(I, false, "P"), "func (p.I).P() [0] false");
  assert.equal(look(new Pointer(I), false, "P"), "<nil> [] false");
  assert.equal(look(D, false, "V"), "field V int [1] false");
  assert.equal(look(T, false, "_"), "<nil> [] false");
  // named pointer types have no methods, not even those of the base type
  const NE = named("NE", new Pointer(E));
  assert.equal(look(NE, false, "V"), "<nil> [] false");
  // case folding finds names of any capitalization (and package)
  assert.equal(show(lookupFieldOrMethod(T, false, null, "Z", true)), "field z int [2] false");
  // unexported names need the right package
  const other = new Package("o", "o", new Scope(Universe, 0, 0, ""));
  assert.equal(show(lookupFieldOrMethod(T, false, other, "z")), "<nil> [] false");
  assert.equal(fieldIndex((T.underlying() as Struct).fields, p, "z", false), 2);
  assert.equal(fieldIndex((T.underlying() as Struct).fields, other, "z", false), -1);
});

test("method sets", () => {
  const mset = (t: Type): string => methodSet(t).map((m) => `${m.obj.name}[${m.index.join(" ")}]/${m.indirect}`).join(" ");
  const cases: [Type, string, string][] = [
    [E, "V[0]/false", "P[1]/true V[0]/true"],
    [T, "", "P[0 1]/true"],
    [U, "", "P[0 0 1]/true"],
    [S, "P[0 0]/true V[0 1]/true", "P[0 0]/true V[0 1]/true"],
    [I, "P[0]/true V[1]/true", ""],
    [D, "", "P[0 1]/true"],
    [NP, "", ""],
  ];
  for (const [t, val, ptr] of cases) {
    assert.equal(mset(t), val, objectString((t as Named).obj));
    assert.equal(mset(new Pointer(t)), ptr, "*" + objectString((t as Named).obj));
  }
});

test("missing method explanations", () => {
  const main = new Package("main", "main", new Scope(Universe, 0, 0, "package main"));
  const qf = makeQualifier(main);
  const mk = (name: string, u: Type | null): Named => named(name, u, main);
  const msig = (t: Type): Signature => sig([t]);
  // type I interface{ M(int) }
  const MI = mk("I", null);
  MI.underlying_ = iface([["M", msig(int)]], MI);
  const cause = (V: Type, T: Type = MI): string => {
    const r = missingMethod(V, T, true, undefined, { qualifier: qf });
    return r.method === null ? "ok" : missingMethodCause(V, T, r, qf);
  };
  const P = mk("P", struct());
  method(P, "M", msig(int), true);
  assert.equal(cause(P), "(method M has pointer receiver)");
  assert.equal(cause(new Pointer(P)), "ok");
  const W = mk("W", struct());
  method(W, "M", msig(str));
  assert.equal(cause(W), "(wrong type for method M)\n\t\thave M(string)\n\t\twant M(int)");
  const L = mk("L", struct());
  method(L, "m", msig(int));
  assert.equal(cause(L), "(missing method M)\n\t\thave m(int)\n\t\twant M(int)");
  const Fd = mk("F", struct(field("M", int, false, main)));
  assert.equal(cause(Fd), "(F.M is a field, not a method)");
  const E1 = mk("E1", struct());
  method(E1, "M", msig(int));
  const E2 = mk("E2", struct());
  method(E2, "M", msig(int));
  const Amb = mk("Amb", struct(field("E1", E1, true, main), field("E2", E2, true, main)));
  assert.equal(cause(Amb), "(ambiguous selector Amb.M)");
  assert.equal(cause(new Pointer(MI)), "(type *I is pointer to interface, not interface)");
  assert.equal(cause(mk("Z", struct())), "(missing method M)");
  // an interface V must have T's methods only if static
  const V = iface([["N", sig([])]]);
  assert.equal(missingMethod(V, MI, false).method, null);
  assert.equal(cause(V), "(missing method M)");
  // impossible type assertion x.(W) for x of type interface{M(int)}
  const x = iface([["M", msig(int)]]);
  assert.deepEqual(assertableTo(x, W, { qualifier: qf }),
    { ok: false, cause: "(wrong type for method M)\n\t\thave M(string)\n\t\twant M(int)" });
  assert.deepEqual(assertableTo(x, P, { qualifier: qf }), { ok: false, cause: "(method M has pointer receiver)" });
  assert.deepEqual(assertableTo(x, MI, { qualifier: qf }), { ok: true, cause: "" });

  // package e3/q: type T struct{}; func (T) m(); func (T) M(struct{ x int })
  const q = new Package("e3/q", "q", new Scope(Universe, 0, 0, "package q"));
  main.imports = [q];
  const QT = named("T", struct(), q);
  const sx = (pkg: Package): Struct => struct(field("x", int, false, pkg));
  method(QT, "m", sig([]));
  method(QT, "M", sig([sx(q)]));
  const Im = mk("Im", null);
  Im.underlying_ = iface([["m", sig([])]], Im);
  // iface() declares methods in package p; the interface of main wants main's m
  (Im.underlying_ as Interface).methods = [new Func(0, main, "m", sig([]))];
  assert.equal(cause(QT, Im), "(unexported method m)");
  const J = mk("J", iface([["M", sig([sx(main)])]]));
  assert.equal(cause(QT, J),
    "(wrong type for method M)\n\t\thave M(struct{x int /* package e3/q */ })\n\t\twant M(struct{x int /* package main */ })");
});
