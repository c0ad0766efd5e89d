// Unit tests for type terms and term lists: the set algebra on ∅, 𝓤, T and ~T terms, with
// myInt a defined type whose underlying type is int. Term lists are written in types2's
// notation ("~int | string | ∅").
import { test } from "node:test";
import assert from "node:assert/strict";
import { BasicKind, Named, type Type } from "./type.js";
import { TypeName } from "./object.js";
import { Typ } from "./universe.js";
import {
  termListEqual, termListIncludes, termListIntersect, termListIsAll, termListIsEmpty, termListNorm,
  termListString, termListSubsetOf, termListSupersetOf, termListUnion, type TermList,
} from "./termlist.js";
import {
  termDisjoint, termEqual, termIncludes, termIntersect, termString, termSubsetOf, termUnion, type Term0,
} from "./typeterm.js";

const myInt: Type = (() => {
  const obj = new TypeName(0, null, "myInt", null);
  const n = new Named(obj, Typ[BasicKind.Int]!);
  obj.type = n;
  return n;
})();

const types: Record<string, Type> = {
  int: Typ[BasicKind.Int]!,
  string: Typ[BasicKind.String]!,
  myInt,
};

function term(s: string): Term0 {
  if (s === "∅") return null;
  if (s === "𝓤") return { tilde: false, type: null };
  const tilde = s.startsWith("~");
  const t = types[tilde ? s.slice(1) : s];
  assert.ok(t !== undefined, s);
  return { tilde, type: t };
}

function tl(s: string): TermList {
  return s.replace(/ /g, "").split("|").map(term);
}

test("term strings", () => {
  for (const s of ["∅", "𝓤", "int", "~int", "myInt", "∅ | ∅", "𝓤 | 𝓤", "∅ | 𝓤 | int", "∅ | 𝓤 | int | myInt"]) {
    assert.equal(termListString(tl(s)), s);
  }
  assert.equal(termListString([]), "∅");
  assert.equal(termString(term("~string")), "~string");
});

test("single terms", () => {
  // [x, y, x ∪ y (one or two terms), x ∩ y, x ⊆ y, x == y]
  const cases: [string, string, string, string, boolean, boolean][] = [
    ["∅", "∅", "∅", "∅", true, true],
    ["∅", "𝓤", "𝓤", "∅", true, false],
    ["𝓤", "∅", "𝓤", "∅", false, false],
    ["𝓤", "𝓤", "𝓤", "𝓤", true, true],
    ["int", "~int", "~int", "int", true, false],
    ["~int", "int", "~int", "int", false, false],
    ["~int", "myInt", "~int", "myInt", false, false],
    ["myInt", "~int", "~int", "myInt", true, false],
    ["int", "string", "int | string", "∅", false, false],
    ["int", "myInt", "int | myInt", "∅", false, false],
    ["~int", "~int", "~int", "~int", true, true],
    ["𝓤", "~int", "𝓤", "~int", false, false],
  ];
  for (const [xs, ys, u, i, sub, eq] of cases) {
    const x = term(xs);
    const y = term(ys);
    const [u1, u2] = termUnion(x, y);
    const got = u2 === null ? termString(u1) : termString(u1) + " | " + termString(u2);
    assert.equal(got, u, `${xs} ∪ ${ys}`);
    assert.equal(termString(termIntersect(x, y)), i, `${xs} ∩ ${ys}`);
    assert.equal(termSubsetOf(x, y), sub, `${xs} ⊆ ${ys}`);
    assert.equal(termEqual(x, y), eq, `${xs} == ${ys}`);
  }
  assert.equal(termDisjoint(term("~int")!, term("myInt")!), false);
  assert.equal(termDisjoint(term("int")!, term("myInt")!), true);
  assert.equal(termIncludes(term("~int"), myInt), true);
  assert.equal(termIncludes(term("int"), myInt), false);
  assert.equal(termIncludes(term("𝓤"), myInt), true);
  assert.equal(termIncludes(term("∅"), myInt), false);
});

test("empty and all", () => {
  const empty: [string, boolean][] = [["∅", true], ["∅ | ∅", true], ["∅ | ∅ | 𝓤", false], ["∅ | ∅ | myInt", false],
    ["𝓤", false], ["𝓤 | int", false]];
  for (const [s, want] of empty) assert.equal(termListIsEmpty(tl(s)), want, s);
  const all: [string, boolean][] = [["∅", false], ["∅ | 𝓤", true], ["𝓤 | ∅", true], ["int | string", false],
    ["~int | 𝓤", true]];
  for (const [s, want] of all) assert.equal(termListIsAll(tl(s)), want, s);
});

test("normal form", () => {
  const cases: [string, string][] = [
    ["∅", "∅"], ["∅ | ∅", "∅"], ["∅ | int", "int"], ["𝓤 | int", "𝓤"], ["int | myInt", "int | myInt"],
    ["~int | int", "~int"], ["~int | myInt", "~int"], ["int | ~string | int", "int | ~string"],
    ["~int | string | 𝓤 | ~string | int", "𝓤"], ["~int | string | myInt | ~string | int", "~int | ~string"],
  ];
  for (const [s, want] of cases) assert.equal(termListString(termListNorm(tl(s))), want, s);
});

test("union and intersection", () => {
  const unions: [string, string, string][] = [
    ["∅", "∅", "∅"], ["∅", "𝓤", "𝓤"], ["int", "~int", "~int"], ["int", "string", "int | string"],
    ["int | string", "~string", "int | ~string"], ["~int | string", "~string | int", "~int | ~string"],
    ["~int | myInt | ∅", "~string | int", "~int | ~string"], ["~int | string | 𝓤", "~string | int", "𝓤"],
  ];
  for (const [x, y, want] of unions) assert.equal(termListString(termListUnion(tl(x), tl(y))), want, `${x} ∪ ${y}`);
  const inters: [string, string, string][] = [
    ["∅", "𝓤", "∅"], ["𝓤", "~int", "~int"], ["int", "~int", "int"], ["int", "string", "∅"],
    ["~int", "myInt", "myInt"], ["int | string", "~string", "string"],
    ["~int | string", "~string | int", "int | string"], ["~int | myInt | ∅", "~string | int", "int"],
    ["~int | string | 𝓤", "~string | int", "int | ~string"],
  ];
  for (const [x, y, want] of inters) assert.equal(termListString(termListIntersect(tl(x), tl(y))), want, `${x} ∩ ${y}`);
});

test("equality, inclusion and subsets", () => {
  const eq: [string, string, boolean][] = [
    ["∅", "∅", true], ["∅", "𝓤", false], ["𝓤 | int", "string | 𝓤", true], ["int | ~string", "string | int", false],
    ["int | ~string | ∅", "string | int | ~string", true],
  ];
  for (const [x, y, want] of eq) assert.equal(termListEqual(tl(x), tl(y)), want, `${x} == ${y}`);
  const incl: [string, Type, boolean][] = [
    ["∅", types.int!, false], ["𝓤", types.int!, true], ["~int", myInt, true], ["int | string", types.string!, true],
    ["~int | myInt | ∅", myInt, true], ["int", myInt, false],
  ];
  for (const [x, t, want] of incl) assert.equal(termListIncludes(tl(x), t), want, x);
  const sup: [string, string, boolean][] = [
    ["∅", "∅", true], ["∅", "int", false], ["𝓤", "∅", true], ["~int", "myInt", true], ["int", "~int", false],
    ["int | string", "~string", false], ["~string | ∅ | 𝓤", "myInt", true],
  ];
  for (const [x, y, want] of sup) assert.equal(termListSupersetOf(tl(x), term(y)), want, `${x} ⊇ ${y}`);
  const sub: [string, string, boolean][] = [
    ["∅", "∅", true], ["∅", "𝓤", true], ["𝓤", "∅", false], ["int", "int | string", true],
    ["~int", "int | string", false], ["myInt", "~int | string", true], ["~int", "string | string | int | ~int", true],
    ["int | ~string", "string | int", false], ["myInt | ~string", "string | int | 𝓤", true],
    ["int | myInt", "string | ~int | ∅ | string", true],
  ];
  for (const [x, y, want] of sub) assert.equal(termListSubsetOf(tl(x), tl(y)), want, `${x} ⊆ ${y}`);
});
