// Unit tests for type predicates: basic classes, identity (checked against go/types'
// Identical for the generic and recursive cases), comparability with gc's explanations,
// nil-ability and default types.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ArrayT, BasicKind, Chan, ChanDir, Interface, MapT, Named, NamedState, Pointer, Signature, Slice,
  Struct, Term, Tuple, TypeParam, Union, INVALID, type Type,
} from "./type.js";
import { Func, TypeName, Var } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Typ, Universe, universeAnyType, universeByte, universeComparable, universeRune } from "./universe.js";
import {
  allInteger, allNumeric, clone, comparableType, defaultType, hasName, hasNil, identical,
  identicalIgnoreTags, identicalIgnoreInvalids, isBytesOrRunes, isComparable, isGeneric, isInteger,
  isInterface, isNumeric, isOrdered, isString, isTyped, isUnsigned, isUntyped, isValid, maxType,
} from "./predicates.js";
import { sortMethods } from "./typeset.js";

const B = (k: BasicKind): Type => Typ[k]!;
const int = B(BasicKind.Int);
const str = B(BasicKind.String);
const p = new Package("p", "p", new Scope(Universe, 0, 0, "package p"));
const q = new Package("q", "q", new Scope(Universe, 0, 0, "package q"));

function v(name: string, t: Type, pkg: Package = p): Var { return new Var(0, pkg, name, t); }
function field(name: string, t: Type, pkg: Package = p, embedded = false): Var {
  const f = new Var(0, pkg, name, t);
  f.isField = true;
  f.embedded = embedded;
  return f;
}
function sig(params: Type[], results: Type[], variadic = false, tparams: TypeParam[] | null = null): Signature {
  return new Signature(null, null, new Tuple(params.map((t) => v("", t))), new Tuple(results.map((t) => v("", t))),
    variadic, null, tparams);
}
function named(name: string, under: Type | null): Named {
  const obj = new TypeName(0, p, name, null);
  const n = new Named(obj, under);
  obj.type = n;
  return n;
}
function iface(methods: [string, Signature][], embeddeds: Type[] = []): Interface {
  const it = new Interface([], embeddeds);
  it.methods = methods.map(([name, s]) => {
    s.recv = v("", it);
    return new Func(0, p, name, s);
  });
  sortMethods(it.methods);
  it.complete = true;
  return it;
}
function union(...terms: [boolean, Type][]): Union {
  return new Union(terms.map(([tilde, t]) => new Term(tilde, t)));
}
function tparam(name: string, bound: Type): TypeParam {
  const obj = new TypeName(0, p, name, null);
  const tp = new TypeParam(obj, bound);
  obj.type = tp;
  return tp;
}
function implicit(...terms: [boolean, Type][]): Interface {
  const it = new Interface([], [union(...terms)]);
  it.implicit = true;
  it.complete = true;
  return it;
}

test("basic classes", () => {
  assert.equal(isInteger(universeByte), true);
  assert.equal(isUnsigned(universeByte), true);
  assert.equal(isUnsigned(universeRune), false);
  assert.equal(isNumeric(B(BasicKind.UntypedFloat)), true);
  assert.equal(isString(B(BasicKind.UntypedString)), true);
  assert.equal(isOrdered(B(BasicKind.Complex64)), false);
  assert.equal(isOrdered(named("S", str)), true);
  assert.equal(isTyped(int), true);
  assert.equal(isUntyped(B(BasicKind.UntypedNil)), true);
  assert.equal(isValid(INVALID), false);
  assert.equal(hasName(int), true);
  assert.equal(hasName(new Slice(int)), false);
  assert.equal(hasName(Universe.lookup("any")!.type!), false); // an alias of a literal
  assert.equal(isInterface(universeComparable), true);
  assert.equal(isBytesOrRunes(new Slice(universeByte)), true);
  assert.equal(isBytesOrRunes(new Slice(named("R", universeRune))), true);
  const P = tparam("P", implicit([true, int], [true, B(BasicKind.Uint8)]));
  assert.equal(isInteger(P), false); // isX doesn't look into type parameters
  assert.equal(allInteger(P), true);
  assert.equal(allNumeric(tparam("Q", universeAnyType)), false);
});

test("identity of basic and composite types", () => {
  assert.equal(identical(universeByte, B(BasicKind.Uint8)), true);
  assert.equal(identical(universeRune, B(BasicKind.Int32)), true);
  assert.equal(identical(int, B(BasicKind.Int64)), false);
  assert.equal(identical(new ArrayT(int, 3n), new ArrayT(int, 3n)), true);
  assert.equal(identical(new ArrayT(int, 3n), new ArrayT(int, 4n)), false);
  assert.equal(identical(new ArrayT(int, -1n), new ArrayT(int, 4n)), true); // unknown length
  assert.equal(identical(new MapT(str, new Slice(int)), new MapT(str, new Slice(int))), true);
  assert.equal(identical(new Chan(ChanDir.SendRecv, int), new Chan(ChanDir.RecvOnly, int)), false);
  assert.equal(identical(new Pointer(int), new Pointer(int)), true);
  assert.equal(identical(Universe.lookup("any")!.type!, new Interface([], [])), true);
  assert.equal(identicalIgnoreInvalids(INVALID, new Slice(int)), true);
  assert.equal(identical(INVALID, new Slice(int)), false);
});

test("identity of structs", () => {
  const x = new Struct([field("a", int)], ["t"]);
  const y = new Struct([field("a", int)], ["u"]);
  assert.equal(identical(x, y), false);
  assert.equal(identicalIgnoreTags(x, y), true);
  // unexported names from different packages differ; exported ones don't
  assert.equal(identical(new Struct([field("a", int)], []), new Struct([field("a", int, q)], [])), false);
  assert.equal(identical(new Struct([field("A", int)], []), new Struct([field("A", int, q)], [])), true);
  const T = named("T", new Struct([], []));
  assert.equal(identical(new Struct([field("T", T, p, true)], []), new Struct([field("T", T)], [])), false);
});

test("identity of signatures", () => {
  assert.equal(identical(sig([int], [str]), sig([int], [str])), true);
  assert.equal(identical(sig([new Slice(int)], [], true), sig([new Slice(int)], [], false)), false);
  // parameter names don't matter
  const named1 = new Signature(null, null, new Tuple([v("x", int)]), new Tuple([]), false);
  assert.equal(identical(named1, sig([int], [])), true);
  // generic signatures are identical modulo renaming of type parameters
  const g = (bound: Type): Signature => {
    const P = tparam("P", bound);
    return sig([P], [], false, [P]);
  };
  assert.equal(identical(g(universeAnyType), g(universeAnyType)), true); // func[P any](P) vs func[Q any](Q)
  assert.equal(identical(g(universeAnyType), g(universeComparable)), false);
  // func[P any, S ~[]P](S) vs func[A any, B ~[]A](B), and vs func[A any, B ~[]A](A)
  const g4 = (useFirst: boolean): Signature => {
    const P = tparam("P", universeAnyType);
    const S = tparam("S", implicit([true, new Slice(P)]));
    return sig([useFirst ? P : S], [], false, [P, S]);
  };
  assert.equal(identical(g4(false), g4(false)), true);
  assert.equal(identical(g4(false), g4(true)), false);
  // func[P any, S interface{~[]P | ~map[int]P}](S) vs func[A any, B interface{~map[int]A | ~[]A}](B)
  const g7 = (mapFirst: boolean): Signature => {
    const P = tparam("P", universeAnyType);
    const terms: [boolean, Type][] = [[true, new Slice(P)], [true, new MapT(int, P)]];
    if (mapFirst) terms.reverse();
    const S = tparam("S", iface([], [union(...terms)]));
    return sig([S], [], false, [P, S]);
  };
  assert.equal(identical(g7(false), g7(true)), true);
});

test("identity of interfaces", () => {
  const m = (): Signature => sig([int], []);
  assert.equal(identical(iface([["a", m()], ["b", m()]]), iface([["b", m()], ["a", m()]])), true);
  assert.equal(identical(iface([["a", m()]]), iface([["a", sig([str], [])]])), false);
  assert.equal(identical(iface([], [union([true, int], [false, str])]), iface([], [union([false, str], [true, int])])), true);
  assert.equal(identical(iface([], [int, union([true, int])]), iface([], [int])), true);
  assert.equal(identical(iface([], [universeComparable]), universeComparable.underlying()), true);
  assert.equal(identical(iface([], [universeComparable]), universeAnyType), false);
  assert.equal(identical(union([true, int], [false, str]), union([false, str], [true, int])), true);
  // type T1 interface{ m() interface{ T1 } } and the same with T2: identical underlying types
  const rec = (name: string): Interface => {
    const T = named(name, null);
    const it = iface([["m", sig([], [iface([], [T])])]]);
    T.underlying_ = it;
    T.state = NamedState.Resolved;
    return it;
  };
  assert.equal(identical(rec("T1"), rec("T2")), true);
});

test("identity of named types and instances", () => {
  const T = named("T", int);
  const U = named("U", int);
  assert.equal(identical(T, U), false);
  assert.equal(identical(T, T), true);
  const L = named("List", new Struct([], []));
  L.tparams = [tparam("E", universeAnyType)];
  const inst = (t: Type): Named => {
    const n = new Named(L.obj, null);
    n.orig = L;
    n.targs = [t];
    return n;
  };
  assert.equal(identical(inst(int), inst(int)), true);
  assert.equal(identical(inst(int), inst(str)), false);
  assert.equal(identical(inst(int), L), false);
  assert.equal(isGeneric(L), true);
  assert.equal(isGeneric(inst(int)), false);
});

test("comparability and its explanations", () => {
  const why = (t: Type, dynamic = true): string | true => {
    let cause = "";
    return comparableType(t, dynamic, null, (msg) => { cause = msg; }) ? true : cause;
  };
  assert.equal(why(new Struct([field("a", new Slice(int))], [])), "struct containing []int cannot be compared");
  assert.equal(why(new ArrayT(new Slice(int), 2n)), "[2][]int cannot be compared");
  assert.equal(why(tparam("T", universeAnyType)), "incomparable types in type set");
  assert.equal(why(tparam("T", iface([], [int, str]))), "empty type set");
  assert.equal(why(tparam("T", implicit([true, int], [true, new Slice(universeByte)]))), "incomparable types in type set");
  assert.equal(why(tparam("T", universeComparable)), true);
  assert.equal(why(universeAnyType), true);
  assert.equal(why(universeAnyType, false), "incomparable types in type set");
  assert.equal(why(new MapT(int, int)), "");
  assert.equal(why(B(BasicKind.UntypedNil)), "");
  assert.equal(why(new Pointer(new Slice(int))), true);
  assert.equal(why(INVALID), true);
  // a recursive struct type is comparable
  const R = named("R", null);
  R.underlying_ = new Struct([field("next", new Pointer(R)), field("arr", new ArrayT(R, 0n))], []);
  assert.equal(isComparable(R), true);
});

test("nil, default types and max types", () => {
  assert.equal(hasNil(B(BasicKind.UnsafePointer)), true);
  assert.equal(hasNil(new Slice(int)), true);
  assert.equal(hasNil(sig([], [])), true);
  assert.equal(hasNil(universeAnyType), true);
  assert.equal(hasNil(int), false);
  assert.equal(hasNil(tparam("T", implicit([true, new Slice(int)], [true, new MapT(int, int)]))), true);
  assert.equal(hasNil(tparam("T", implicit([true, new Slice(int)], [true, int]))), false);
  assert.equal(hasNil(tparam("T", universeAnyType)), false);
  assert.equal(defaultType(B(BasicKind.UntypedRune)), universeRune);
  assert.equal(defaultType(B(BasicKind.UntypedFloat)), B(BasicKind.Float64));
  assert.equal(defaultType(B(BasicKind.UntypedNil)), B(BasicKind.UntypedNil));
  assert.equal(defaultType(int), int);
  assert.equal(maxType(B(BasicKind.UntypedInt), B(BasicKind.UntypedFloat)), B(BasicKind.UntypedFloat));
  assert.equal(maxType(B(BasicKind.UntypedRune), B(BasicKind.UntypedInt)), B(BasicKind.UntypedRune));
  assert.equal(maxType(B(BasicKind.UntypedInt), B(BasicKind.UntypedString)), null);
  assert.equal(maxType(int, int), int);
  const s = new Slice(int);
  const c = clone(s);
  assert.notEqual(c, s);
  assert.equal(c.elem, int);
  assert.ok(c instanceof Slice);
});
