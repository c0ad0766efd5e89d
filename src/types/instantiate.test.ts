// Unit tests for instantiation, substitution, unification and the inference helpers, on types
// built by hand (the checker's end-to-end behaviour is compared with gc by the conformance
// runs).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BasicKind, Chan, ChanDir, Named, NamedState, Pointer, Signature, Slice, Struct, Tuple, TypeKind,
  TypeParam, under, type Type,
} from "./type.js";
import { Func, TypeName, Var } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Typ, Universe, universeAnyType, universeByte } from "./universe.js";
import { Context } from "./context.js";
import { instanceOf } from "./instantiate.js";
import { makeSubstMap, subst } from "./subst.js";
import { Unifier, UnifyMode } from "./unify.js";
import { isParameterized, typeParamsString } from "./infer.js";
import { identical } from "./predicates.js";
import { typeString } from "./typestring.js";

const int = Typ[BasicKind.Int]!;
const str = Typ[BasicKind.String]!;
const uint8 = Typ[BasicKind.Uint8]!;

const pkg = new Package("p", "p", new Scope(Universe, 0, 0, "package p"));

function v(name: string, t: Type): Var { return new Var(0, pkg, name, t); }
function field(name: string, t: Type): Var {
  const f = new Var(0, pkg, name, t);
  f.isField = true;
  return f;
}
function sig(params: Type[], results: Type[]): Signature {
  return new Signature(null, null, new Tuple(params.map((t) => v("", t))), new Tuple(results.map((t) => v("", t))), false);
}
function tparam(name: string, index: number): TypeParam {
  const obj = new TypeName(0, pkg, name, null);
  const tp = new TypeParam(obj, universeAnyType);
  obj.type = tp;
  tp.index = index;
  return tp;
}
function named(name: string, under: Type | null): Named {
  const obj = new TypeName(0, pkg, name, null);
  const n = new Named(obj, under);
  n.state = NamedState.Complete;
  obj.type = n;
  return n;
}

// type List[T any] struct { next *List[T]; val T }
// func (l *List[T]) Get() T
const T = tparam("T", 0);
const List = named("List", null);
List.tparams = [T];
const ListOfT = instanceOf(null, 0, List, [T], null, new Context()) as Named;
List.underlying_ = new Struct([field("next", new Pointer(ListOfT)), field("val", T)], []);
const RT = tparam("T", 0); // the method's receiver type parameter
const recvType = instanceOf(null, 0, List, [RT], null, new Context()) as Named;
const getSig = new Signature(null, v("l", new Pointer(recvType)), new Tuple([]), new Tuple([v("", RT)]), false, [RT]);
const get = new Func(0, pkg, "Get", getSig);
List.methods.push(get);

test("instances are shared and expand lazily to a finite recursive type", () => {
  const ctxt = new Context();
  const a = instanceOf(null, 0, List, [int], null, ctxt) as Named;
  const b = instanceOf(null, 0, List, [int], null, ctxt) as Named;
  assert.equal(a, b);
  assert.equal(a.state, NamedState.Unresolved);
  const u = under(a);
  assert.equal(u.tkind, TypeKind.Struct);
  const s = u as Struct;
  // the next field refers back to the very same instance
  assert.equal((s.fields[0]!.type as Pointer).base, a);
  assert.equal(s.fields[1]!.type, int);
  assert.equal(s.fields[0]!.origin, (List.underlying_ as Struct).fields[0]);
  assert.equal(typeString(a), "p.List[int]");
  // byte and uint8 are identical: the same instance
  const c = instanceOf(null, 0, List, [universeByte], null, ctxt);
  const d = instanceOf(null, 0, List, [uint8], null, ctxt);
  assert.equal(c, d);
});

test("methods of instances are expanded one at a time with the receiver's type arguments", () => {
  const a = instanceOf(null, 0, List, [str], null, new Context()) as Named;
  assert.equal(a.numMethods(), 1);
  const m = a.method(0);
  assert.notEqual(m, get);
  assert.equal(m.origin, get);
  const ms = m.type as Signature;
  assert.equal(ms.results.at(0).type, str);
  assert.equal((ms.recv!.type as Pointer).base, a);
  assert.equal(a.state, NamedState.Complete);
  assert.equal(a.method(0), m);
});

test("substitution copies only what changes", () => {
  const P = tparam("P", 0);
  const smap = makeSubstMap([P], [int]);
  const plain = new Slice(new Chan(ChanDir.RecvOnly, str));
  assert.equal(subst(null, 0, plain, smap, null, new Context()), plain);
  const s = sig([new Slice(P), str], [P]);
  const t = subst(null, 0, s, smap, null, new Context()) as Signature;
  assert.notEqual(t, s);
  assert.ok(identical(t, sig([new Slice(int), str], [int])));
  assert.equal(t.params.at(1), s.params.at(1)); // unchanged parameter kept
  // a type argument not known yet (null) leaves its type parameter alone
  assert.equal(subst(null, 0, P, makeSubstMap([P], [null]), null, new Context()), P);
});

test("a generic signature's instance is not generic", () => {
  const P = tparam("P", 0);
  const g = sig([P], []);
  g.tparams = [P];
  const inst = instanceOf(null, 0, g, [int], null, new Context()) as Signature;
  assert.equal(inst.tparams, null);
  assert.equal(g.tparams.length, 1);
  assert.equal(inst.params.at(0).type, int);
});

test("unification infers type arguments", () => {
  const P = tparam("P", 0);
  const Q = tparam("Q", 1);
  const u = new Unifier([P, Q], [], true);
  assert.ok(u.unify(new Slice(P), new Slice(int), UnifyMode.Assign));
  assert.equal(u.at(P), int);
  // P and Q joined: inferring one infers the other
  assert.ok(u.unify(Q, P, UnifyMode.Assign));
  assert.equal(u.at(Q), int);
  assert.equal(u.unknowns(), 0);
  assert.ok(!u.unify(new Slice(P), new Slice(str), UnifyMode.Assign));
});

test("inexact unification matches defined types by their underlying type and prefers them", () => {
  const P = tparam("P", 0);
  const Ints = named("Ints", new Slice(int));
  const u = new Unifier([P], [], true);
  assert.ok(u.unify(P, new Slice(int), UnifyMode.Assign));
  assert.ok(u.unify(P, Ints, UnifyMode.Assign));
  assert.equal(u.at(P), Ints); // the defined type wins
  const E = tparam("E", 0);
  const w = new Unifier([E], [], true);
  assert.ok(w.unify(new Slice(E), Ints, UnifyMode.Assign));
  assert.equal(w.at(E), int);
  assert.ok(!new Unifier([E], [], true).unify(new Slice(E), Ints, UnifyMode.Exact));
  // directed channels win over bidirectional ones
  const C = tparam("C", 0);
  const c = new Unifier([C], [], true);
  assert.ok(c.unify(C, new Chan(ChanDir.SendRecv, int), UnifyMode.Assign));
  const recv = new Chan(ChanDir.RecvOnly, int);
  assert.ok(c.unify(C, recv, UnifyMode.Assign));
  assert.equal(c.at(C), recv);
});

test("helpers for inference", () => {
  const P = tparam("P", 0);
  const Q = tparam("Q", 1);
  const R = tparam("R", 2);
  assert.equal(typeParamsString([P]), "P");
  assert.equal(typeParamsString([P, Q]), "P and Q");
  assert.equal(typeParamsString([P, Q, R]), "P, Q, and R");
  assert.ok(isParameterized([P], sig([new Pointer(P)], [])));
  assert.ok(!isParameterized([Q], sig([new Pointer(P)], [])));
  const inst = instanceOf(null, 0, List, [P], null, new Context());
  assert.ok(isParameterized([P], inst));
});
