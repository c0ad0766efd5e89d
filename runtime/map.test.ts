// Tests for runtime/map.ts: key equality as Go defines it for every comparable key kind,
// nil maps, unhashable interface keys, and the iteration rules (random start, deletions and
// updates seen, no entry twice).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  type GoMap, makeMap, mapClear, mapDelete, mapGet, mapHas, mapIter, mapLen, mapLit, mapSet,
} from "./map.js";
import { GoPanic } from "./panic.js";
import { Iface, type Type, arrayOf, funcOf, ptrTo, sliceOf, structOf, types } from "./type.js";
import { Complex } from "./complex.js";

const { int, int64, string, float64, any } = types;

function entries(m: GoMap | null): [any, any][] {
  const out: [any, any][] = [];
  const it = mapIter(m);
  while (it.next()) out.push([it.k, it.v]);
  return out;
}

function panicText(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GoPanic) return e.value!.t.m["Error"]!(e.value!.v) as string;
    throw e;
  }
  return "no panic";
}

test("basic operations with direct keys", () => {
  const m = makeMap(string, int);
  mapSet(m, "a", 1);
  mapSet(m, "b", 2);
  mapSet(m, "a", 3);
  assert.equal(mapGet(m, "a"), 3);
  assert.equal(mapGet(m, "zz"), undefined);
  assert.ok(mapHas(m, "b"));
  assert.equal(mapLen(m), 2);
  mapDelete(m, "a");
  mapDelete(m, "nothing");
  assert.equal(mapLen(m), 1);
  mapClear(m);
  assert.equal(mapLen(m), 0);

  const w = makeMap(int64, int);
  mapSet(w, 2n ** 60n, 1);
  mapSet(w, 5, 2);
  assert.equal(mapGet(w, 2n ** 60n), 1);
  assert.equal(mapGet(w, 5), 2);
  assert.equal(mapLen(w), 2);

  const p = ptrTo(int);
  const pm = makeMap(p, int);
  const b1 = { v: 0 }, b2 = { v: 0 };
  mapSet(pm, b1, 1);
  mapSet(pm, b2, 2);
  mapSet(pm, null, 3);
  assert.equal(mapGet(pm, b1), 1);
  assert.equal(mapGet(pm, null), 3);
  assert.equal(mapLen(pm), 3);
});

test("nil maps: reads give nothing, writes panic", () => {
  assert.equal(mapGet(null, 1), undefined);
  assert.equal(mapHas(null, 1), false);
  assert.equal(mapLen(null), 0);
  mapDelete(null, 1);
  mapClear(null);
  assert.deepEqual(entries(null), []);
  assert.equal(panicText(() => mapSet(null, 1, 1)), "assignment to entry in nil map");
});

test("float keys: NaN never matches, zeros are one key and the last one is kept", () => {
  const m = makeMap(float64, int);
  mapSet(m, NaN, 1);
  mapSet(m, NaN, 2);
  assert.equal(mapLen(m), 2);
  assert.equal(mapGet(m, NaN), undefined);
  assert.equal(mapHas(m, NaN), false);
  mapDelete(m, NaN);
  assert.equal(mapLen(m), 2);
  mapSet(m, 0, 3);
  mapSet(m, -0, 4);
  assert.equal(mapLen(m), 3);
  assert.equal(mapGet(m, 0), 4);
  const es = entries(m);
  assert.equal(es.filter(([k]) => k !== k).length, 2);
  const zero = es.find(([k]) => k === 0)!;
  assert.ok(Object.is(zero[0], -0)); // as gc: the key stored by the last assignment
  mapClear(m);
  assert.equal(mapLen(m), 0);
});

test("composite keys compare by value", () => {
  class P { x = 0; y = ""; }
  const PT = structOf([{ name: "x", js: "x", type: int }, { name: "y", js: "y", type: string }], P);
  const mk = (x: number, y: string) => Object.assign(new P(), { x, y });
  const m = makeMap(PT, int);
  mapSet(m, mk(1, "a"), 1);
  mapSet(m, mk(1, "a"), 2);
  mapSet(m, mk(1, "a,"), 3);
  mapSet(m, mk(11, ""), 4);
  assert.equal(mapLen(m), 3);
  assert.equal(mapGet(m, mk(1, "a")), 2);
  const k = entries(m).find(([, v]) => v === 2)![0];
  assert.deepEqual([k.x, k.y], [1, "a"]);

  const A = arrayOf(float64, 2);
  const am = makeMap(A, int);
  mapSet(am, [1, -0], 1);
  mapSet(am, [1, 0], 2);
  mapSet(am, [NaN, 0], 3);
  mapSet(am, [NaN, 0], 4);
  assert.equal(mapLen(am), 3);
  assert.equal(mapGet(am, [1, 0]), 2);
  assert.equal(mapGet(am, [NaN, 0]), undefined);

  const cm = makeMap(types.complex128, int);
  mapSet(cm, new Complex(1, 2), 1);
  mapSet(cm, new Complex(1, 2), 2);
  mapSet(cm, new Complex(2, 1), 3);
  assert.equal(mapLen(cm), 2);

  // Pointers inside keys compare by identity.
  class Q { p: object | null = null; }
  const QT = structOf([{ name: "p", js: "p", type: ptrTo(int) }], Q);
  const o1 = {}, o2 = {};
  const qm = makeMap(QT, int);
  mapSet(qm, Object.assign(new Q(), { p: o1 }), 1);
  mapSet(qm, Object.assign(new Q(), { p: o2 }), 2);
  mapSet(qm, Object.assign(new Q(), { p: o1 }), 3);
  assert.equal(mapLen(qm), 2);
  assert.equal(mapGet(qm, Object.assign(new Q(), { p: o1 })), 3);

  // Blank fields take no part.
  class B { a = 0; _$0 = 0; }
  const BT = structOf([{ name: "a", js: "a", type: int }, { name: "_", js: "_$0", type: int, pkgPath: "main" }], B);
  const bm = makeMap(BT, int);
  mapSet(bm, Object.assign(new B(), { a: 1, _$0: 1 }), 1);
  mapSet(bm, Object.assign(new B(), { a: 1, _$0: 2 }), 2);
  assert.equal(mapLen(bm), 1);
});

test("interface keys: dynamic type and value", () => {
  const m = makeMap(any, int);
  mapSet(m, new Iface(int, 1), 1);
  mapSet(m, new Iface(int64, 1), 2);
  mapSet(m, new Iface(string, "1"), 3);
  mapSet(m, null, 4);
  mapSet(m, new Iface(int, 1), 5);
  assert.equal(mapLen(m), 4);
  assert.equal(mapGet(m, new Iface(int, 1)), 5);
  assert.equal(mapGet(m, new Iface(int64, 1)), 2);
  assert.equal(mapGet(m, null), 4);
  mapSet(m, new Iface(float64, NaN), 6);
  assert.equal(mapGet(m, new Iface(float64, NaN)), undefined);
  assert.equal(mapLen(m), 5);
});

test("unhashable interface keys panic on every operation, nil maps included", () => {
  const sl = new Iface(sliceOf(int), null);
  const fn = new Iface(funcOf([], [], false), null);
  const m = makeMap(any, int);
  const want = "runtime error: hash of unhashable type []int";
  assert.equal(panicText(() => mapGet(m, sl)), want);
  assert.equal(panicText(() => mapHas(m, sl)), want);
  assert.equal(panicText(() => mapSet(m, sl, 1)), want);
  assert.equal(panicText(() => mapDelete(m, sl)), want);
  assert.equal(panicText(() => mapGet(null, sl)), want);
  assert.equal(panicText(() => mapDelete(null, sl)), want);
  assert.equal(panicText(() => mapSet(m, fn, 1)), "runtime error: hash of unhashable type func()");
  class S { X: Iface | null = null; }
  const ST: Type = structOf([{ name: "X", js: "X", type: any }], S);
  const inner = new Iface(ST, Object.assign(new S(), { X: sl }));
  assert.equal(panicText(() => mapGet(m, inner)), want);
  assert.equal(mapLen(m), 0);
});

test("map literals", () => {
  const m = mapLit(string, int, ["a", "b", "a"], [1, 2, 3]);
  assert.equal(mapLen(m), 2);
  assert.equal(mapGet(m, "a"), 3);
});

test("iteration produces every entry once, from a random start", () => {
  const m = makeMap(int, int);
  for (let i = 0; i < 20; i++) mapSet(m, i, i * 10);
  const firsts = new Set<number>();
  for (let r = 0; r < 60; r++) {
    const es = entries(m);
    assert.equal(es.length, 20);
    assert.deepEqual(es.map(([k]) => k).sort((a, b) => a - b), [...Array(20).keys()]);
    for (const [k, v] of es) assert.equal(v, k * 10);
    firsts.add(es[0]![0]);
  }
  assert.ok(firsts.size > 3, `only ${firsts.size} starting points`);
  const big = makeMap(int, int);
  for (let i = 0; i < 1000; i++) mapSet(big, i, i);
  assert.equal(entries(big).length, 1000);
});

test("iteration sees deletions and updates made during the range", () => {
  for (let r = 0; r < 50; r++) {
    for (const enc of [int, float64]) {
      const m = makeMap(enc, int);
      for (let i = 0; i < 10; i++) mapSet(m, i, i);
      const it = mapIter(m);
      const seen: number[] = [];
      let first = true;
      while (it.next()) {
        seen.push(it.k);
        if (first) {
          // Delete every other entry, update the rest, and delete and re-add the first one.
          for (let i = 0; i < 10; i++) if (i !== it.k) {
            if (i % 2 === 0) mapDelete(m, i);
            else mapSet(m, i, 100 + i);
          }
          mapDelete(m, it.k);
          mapSet(m, it.k, -1);
          first = false;
        } else {
          assert.ok(it.k % 2 === 1 || it.v === -1, `deleted key ${it.k} produced`);
          if (it.v !== -1) assert.equal(it.v, 100 + it.k);
        }
      }
      assert.equal(new Set(seen).size, seen.length, `key produced twice: ${seen}`);
    }
  }
});

test("clear during iteration ends it; entries added during a range are not produced", () => {
  const m = makeMap(string, int);
  for (const k of ["a", "b", "c", "d"]) mapSet(m, k, 1);
  const it = mapIter(m);
  let n = 0;
  while (it.next()) {
    n++;
    mapClear(m);
    mapSet(m, "new", 2);
  }
  assert.equal(n, 1);
  // Loops that add while ranging end (in Go they may or may not see the additions).
  for (const key of [int, float64]) {
    const m2 = makeMap(key, int);
    for (let i = 0; i < 50; i++) mapSet(m2, i, i);
    const it2 = mapIter(m2);
    let count = 0;
    while (it2.next() && count < 1000) {
      count++;
      mapDelete(m2, it2.k);
      mapSet(m2, it2.k, 0); // the same key again
      mapSet(m2, it2.k + 1000, 0); // and a new one
    }
    assert.equal(count, 50);
  }
});
