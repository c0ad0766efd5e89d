// Unit tests for interface type sets, the union term checks and core types. Error messages
// are those gc printed for the same declarations (package main, so term strings show
// "main." as types2's term.String qualifies by path).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Pos } from "../source/index.js";
import {
  BasicKind, Chan, ChanDir, Interface, Named, Signature, Slice, Term, Tuple, TypeParam, Union,
  type Type,
} from "./type.js";
import { Func, TypeName, Var } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Typ, Universe, universeAnyType, universeByte, universeComparable, universeError } from "./universe.js";
import {
  checkUnionTerms, computeInterfaceTypeSet, equalFold, sortMethods, tparamIface, tparamTypeSet, typeSetOf,
  type ErrorPart, type TypeSet, type TypeSetEnv,
} from "./typeset.js";
import { termListString } from "./termlist.js";
import { makeQualifier, typeString } from "./typestring.js";
import { coreString, coreType } from "./under.js";

const int = Typ[BasicKind.Int]!;
const str = Typ[BasicKind.String]!;
const main = new Package("main", "main", new Scope(Universe, 0, 0, "package main"));
const fmtPkg = new Package("fmt", "fmt", new Scope(Universe, 0, 0, "package fmt"));
main.imports = [fmtPkg];

function named(name: string, under: Type | null, p: Package = main): Named {
  const obj = new TypeName(0, p, name, null);
  const n = new Named(obj, under);
  obj.type = n;
  p.scope.insert(obj);
  return n;
}
function method(name: string, params: Type[], results: Type[], pos: Pos = 0, pkg: Package = main): Func {
  const s = new Signature(null, null, new Tuple(params.map((t) => new Var(0, pkg, "", t))),
    new Tuple(results.map((t) => new Var(0, pkg, "", t))), false);
  return new Func(pos, pkg, name, s);
}
function iface(methods: Func[], embeddeds: Type[] = [], embedPos: Pos[] | null = null): Interface {
  const it = new Interface(methods, embeddeds);
  for (const m of methods) (m.type as Signature).recv = new Var(0, main, "", it);
  sortMethods(it.methods);
  it.embedPos = embedPos;
  it.complete = true;
  return it;
}
function union(...terms: [boolean, Type][]): Union {
  return new Union(terms.map(([tilde, t]) => new Term(tilde, t)));
}
function tparam(name: string, bound: Type): TypeParam {
  const obj = new TypeName(0, main, name, null);
  const tp = new TypeParam(obj, bound);
  obj.type = tp;
  return tp;
}

/** An environment recording errors as "pos: msg" lines (related parts indented). */
function testEnv(): TypeSetEnv & { errs: string[]; flush(): void } {
  const queue: (() => void)[] = [];
  const errs: string[] = [];
  return {
    pkg: main,
    qualifier: makeQualifier(main),
    unionSets: new Map(),
    errs,
    report(pos: Pos, msg: string, related: readonly ErrorPart[] = [], soft = false): void {
      errs.push(`${pos}: ${msg}${soft ? " (soft)" : ""}`);
      for (const r of related) errs.push(`\t${r.pos}: ${r.msg}`);
    },
    later(f: () => void): void { queue.push(f); },
    allowVersion(): boolean { return true; },
    verifyVersion(): boolean { return true; },
    flush(): void { while (queue.length > 0) queue.shift()!(); },
  };
}

function tsString(ts: TypeSet): string {
  return `${ts.comparable ? "comparable " : ""}[${ts.methods.map((m) => m.name).join(",")}] ${termListString(ts.terms)}`;
}

test("type sets of basic and constraint interfaces", () => {
  assert.equal(typeSetOf(universeAnyType).isAll(), true);
  assert.equal(tsString(typeSetOf(universeComparable.underlying() as Interface)), "comparable [] 𝓤");
  assert.equal(tsString(typeSetOf(universeError.underlying() as Interface)), "[Error] 𝓤");
  // methods from embedded interfaces, sorted exported first
  const a = iface([method("m", [], []), method("String", [], [str])], [universeError]);
  assert.equal(tsString(typeSetOf(a)), "[Error,String,m] 𝓤");
  assert.equal(typeSetOf(a).isMethodSet(), true);
  // terms intersect
  const b = iface([], [union([true, int], [false, str]), int]);
  assert.equal(tsString(typeSetOf(b)), "[] int");
  const c = iface([], [int, str]);
  assert.equal(typeSetOf(c).isEmpty(), true);
  assert.equal(tsString(typeSetOf(c)), "[] ∅");
  // comparable keeps only the comparable terms and is dropped then
  const d = iface([], [universeComparable, union([true, int], [false, new Slice(universeByte)])]);
  assert.equal(tsString(typeSetOf(d)), "[] ~int");
  const e = iface([], [universeComparable, universeAnyType]);
  assert.equal(tsString(typeSetOf(e)), "comparable [] 𝓤");
  assert.equal(typeSetOf(e).isComparable(), true);
  assert.equal(typeSetOf(b).isComparable(), true);
  assert.equal(typeSetOf(iface([], [union([true, int], [true, new Slice(int)])])).isComparable(), false);
  // an interface embedded in a union contributes its terms
  const num = iface([], [union([true, int], [true, Typ[BasicKind.Float64]!])]);
  const f = iface([], [union([false, num], [false, str])]);
  assert.equal(tsString(typeSetOf(f)), "[] ~int | ~float64 | string");
  // ~T where T is not an underlying type has no types
  const MyInt = named("MyInt", int);
  assert.equal(tsString(typeSetOf(iface([], [union([true, MyInt])]))), "[] ∅");
  // incomplete interfaces get the top type set, which is not stored
  const g = new Interface([], [int]);
  assert.equal(typeSetOf(g).isAll(), true);
  assert.equal(g.tset, null);
  // includes and underIs
  const h = typeSetOf(iface([], [union([true, int], [false, str])]));
  assert.equal(h.includes(MyInt), true);
  assert.equal(h.includes(Typ[BasicKind.Int8]!), false);
  const seen: string[] = [];
  h.underIs((u) => { seen.push(typeString(u!)); return true; });
  assert.deepEqual(seen, ["int", "string"]);
});

test("duplicate methods", () => {
  const env = testEnv();
  // type D interface { M(); M() }
  const d = iface([method("M", [], [], 59), method("M", [], [], 60)]);
  computeInterfaceTypeSet(env, 0, d);
  assert.deepEqual(env.errs, ["60: duplicate method M", "\t59: other declaration of method M"]);

  // embedded methods with the same name must be identical (checked later)
  const env2 = testEnv();
  const i1 = iface([method("M", [], [])]);
  const i2 = iface([method("M", [int], [])]);
  const i3 = iface([method("M", [], [])]);
  const x = iface([], [i1, i3], [10, 20]);
  computeInterfaceTypeSet(env2, 0, x);
  const y = iface([], [i1, i2], [30, 40]);
  computeInterfaceTypeSet(env2, 0, y);
  assert.deepEqual(env2.errs, []);
  env2.flush();
  assert.deepEqual(env2.errs, ["40: duplicate method M", "\t30: other declaration of method M"]);
  assert.equal(typeSetOf(x).methods.length, 1);
});

test("union term checks", () => {
  const I = named("I", iface([method("M", [int], [])]));
  const MyInt = named("MyInt", int);
  const Cmp = named("Cmp", iface([], [universeComparable]));
  const stringer = named("Stringer", null, fmtPkg);
  stringer.underlying_ = iface([method("String", [], [str], 0, fmtPkg)]);
  const cases: [Term[], string[]][] = [
    [[new Term(false, universeComparable), new Term(false, int)], ["1: cannot use comparable in union"]],
    [[new Term(false, int), new Term(true, int)], ["2: overlapping terms ~int and int (soft)"]],
    [[new Term(true, MyInt)], ["1: invalid use of ~ (underlying type of MyInt is int)"]],
    [[new Term(true, I)], ["1: invalid use of ~ (I is an interface)"]],
    [[new Term(false, I), new Term(false, int)], ["1: cannot use main.I in union (main.I contains methods)"]],
    [[new Term(false, stringer), new Term(false, int)], ["1: cannot use fmt.Stringer in union (fmt.Stringer contains methods)"]],
    [[new Term(false, Cmp), new Term(false, int)], ["1: cannot use main.Cmp in union (main.Cmp embeds comparable)"]],
    [[new Term(true, int), new Term(false, MyInt), new Term(false, str)], ["2: overlapping terms main.MyInt and ~int (soft)"]],
    [[new Term(true, int), new Term(true, str), new Term(false, universeAnyType)], []],
  ];
  for (const [terms, want] of cases) {
    const env = testEnv();
    checkUnionTerms(env, terms, terms.map((_, i) => i + 1));
    assert.deepEqual(env.errs, want);
  }
});

test("too many union terms", () => {
  const terms: Term[] = [];
  for (let i = 0; i < 101; i++) terms.push(new Term(false, named(`T${i}`, int)));
  const env = testEnv();
  const it = iface([], [new Union(terms)], [7]);
  const ts = computeInterfaceTypeSet(env, 0, it);
  assert.deepEqual(env.errs, ["7: cannot handle more than 100 union terms (implementation limitation)"]);
  assert.equal(ts.isAll(), true); // the invalid union is ignored
});

test("type parameter constraints and core types", () => {
  const P = tparam("P", int); // a non-interface bound is wrapped
  const pi = tparamIface(P);
  assert.equal(pi.implicit, true);
  assert.equal(P.bound, pi);
  assert.equal(typeString(P.bound), "int");
  assert.equal(typeString(coreType(P)!), "int");

  const ch = (dir: ChanDir): Chan => new Chan(dir, int);
  const cases: [Type, string | null][] = [
    [iface([], [union([true, int], [true, Typ[BasicKind.Int8]!])]), null],
    [iface([], [union([true, new Slice(int)])]), "[]int"],
    [iface([], [union([false, ch(ChanDir.SendRecv)], [false, ch(ChanDir.RecvOnly)])]), "<-chan int"],
    [iface([], [union([false, ch(ChanDir.SendOnly)], [false, ch(ChanDir.RecvOnly)])]), null],
    [universeAnyType, null],
    [iface([], [named("MyInt2", int)]), "int"],
  ];
  for (const [bound, want] of cases) {
    const T = tparam("T", bound);
    const c = coreType(T);
    assert.equal(c === null ? null : typeString(c), want, typeString(bound));
  }
  const S = tparam("S", iface([], [union([true, str], [false, new Slice(universeByte)])]));
  assert.equal(typeString(coreString(S)!), "string");
  assert.equal(coreType(S), null);
  const B = tparam("B", iface([], [union([false, new Slice(universeByte)])]));
  assert.equal(typeString(coreString(B)!), "[]byte");
  assert.equal(typeString(coreType(new Slice(int))!), "[]int");
  assert.equal(tparamTypeSet(S).hasTerms(), true);
});

test("case folding", () => {
  assert.equal(equalFold("Foo", "fOO"), true);
  assert.equal(equalFold("Foo", "Fo"), false);
  assert.equal(equalFold("a_1", "A_1"), true);
  assert.equal(equalFold("[", "{"), false);
  // é (C3 A9) and É (C3 89) in UTF-8
  assert.equal(equalFold("\xc3\xa9t\xc3\xa9", "\xc3\x89T\xc3\x89"), true);
  assert.equal(equalFold("\xc3\xa9", "e"), false);
});
