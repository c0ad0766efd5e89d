// Tests for runtime/slice.ts and runtime/typesize.ts: element sizes and append's capacities
// compared with gc's (testdata/grow.jsonl, recorded by testdata/growgen), and the value
// semantics of append, copy and slicing. Bounds-check panics are tested in errors.test.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  Slice, append1, appendN, appendSlice, appendString, copySlice, copyString, makeSlice, nilSlice,
  sliceArray, sliceOfArray, sliceSlice, sliceString, sliceToArray, sliceToArrayPtr, sizeof, hasPointers,
} from "./slice.js";
import { grownCap, roundUpSize } from "./typesize.js";
import { GoPanic } from "./panic.js";
import {
  type FieldSpec, type Type, arrayOf, funcOf, mapOf, ptrTo, sliceOf, structOf, types,
} from "./type.js";
import { Complex, zeroComplex } from "./complex.js";

function struct(fields: [string, Type][]): Type {
  const specs: FieldSpec[] = fields.map(([name, type]) => ({ name, js: name, type, pkgPath: "main" }));
  return structOf(specs, class {});
}

const { int, int16, int32, int64, uint8 } = types;
const ptr = ptrTo(int);

/** growgen's element types by their names there. */
const elemTypes: Record<string, Type> = {
  uint8,
  bool: types.bool,
  int16,
  int32,
  float32: types.float32,
  int64,
  "*int": ptr,
  "map[int]int": mapOf(int, int),
  "func()": funcOf([], [], false),
  complex64: types.complex64,
  "[3]int32": arrayOf(int32, 3),
  "struct { a uint8; b int32; c uint8 }": struct([["a", uint8], ["b", int32], ["c", uint8]]),
  string: types.string,
  complex128: types.complex128,
  "interface {}": types.any,
  "struct { a int64; b uint8 }": struct([["a", int64], ["b", uint8]]),
  "struct { a int32; b struct {} }": struct([["a", int32], ["b", struct([])]]),
  "[]int": sliceOf(int),
  "[3]int64": arrayOf(int64, 3),
  "struct { a string; b string }": struct([["a", types.string], ["b", types.string]]),
  "struct { a string; b []int }": struct([["a", types.string], ["b", sliceOf(int)]]),
  "[5]int64": arrayOf(int64, 5),
  "[6]int64": arrayOf(int64, 6),
  "struct { s []int; t []int }": struct([["s", sliceOf(int)], ["t", sliceOf(int)]]),
  "[100]int64": arrayOf(int64, 100),
  "struct { p *int; a [99]int64 }": struct([["p", ptr], ["a", arrayOf(int64, 99)]]),
  "struct { p *int; a [70]int64 }": struct([["p", ptr], ["a", arrayOf(int64, 70)]]),
  "[600]uint8": arrayOf(uint8, 600),
  "struct { p *int; b [4000]uint8 }": struct([["p", ptr], ["b", arrayOf(uint8, 4000)]]),
  "[5000]uint8": arrayOf(uint8, 5000),
  "[40000]uint8": arrayOf(uint8, 40000),
  "struct { p *int; b [40000]uint8 }": struct([["p", ptr], ["b", arrayOf(uint8, 40000)]]),
  "struct {}": struct([]),
  "[0]int": arrayOf(int, 0),
  "[2][0]*int": arrayOf(arrayOf(ptr, 0), 2),
  "struct { x [0]*int; y int16 }": struct([["x", arrayOf(ptr, 0)], ["y", int16]]),
};

interface Row { name: string; size: number; grow: number[]; jump: [number, number, number][] }
const rows = readFileSync("runtime/testdata/grow.jsonl", "utf8").split("\n").filter((l) => l !== "")
  .map((l) => JSON.parse(l) as Row);

test("sizes of element types are gc's", () => {
  assert.equal(rows.length, Object.keys(elemTypes).length);
  for (const r of rows) assert.equal(sizeof(elemTypes[r.name]!), r.size, r.name);
  assert.equal(hasPointers(elemTypes["[2][0]*int"]!), false);
  assert.equal(hasPointers(elemTypes["struct { a string; b []int }"]!), true);
});

test("the growth rule reproduces gc's capacities appending one at a time", () => {
  for (const r of rows) {
    const t = elemTypes[r.name]!;
    const last = r.grow[r.grow.length - 1]!;
    const caps: number[] = [];
    for (let n = 0, c = 0; n < last; n++) {
      if (n === c) {
        c = grownCap(t, n + 1, c);
        caps.push(c);
      }
    }
    assert.deepEqual(caps, r.grow, r.name);
  }
});

test("append1 grows as the rule says", () => {
  for (const r of rows) {
    const t = elemTypes[r.name]!;
    if (r.size > 100) continue;
    const limit = Math.min(3000, r.grow[r.grow.length - 1]!);
    let s: Slice = nilSlice;
    const caps: number[] = [];
    const z = t.zero();
    while (s.n < limit) {
      s = append1(s, t, z);
      if (caps[caps.length - 1] !== s.c) caps.push(s.c);
    }
    assert.deepEqual(caps, r.grow.slice(0, caps.length), r.name);
  }
});

test("appending several elements at once grows capacity as gc does", () => {
  for (const r of rows) {
    const t = elemTypes[r.name]!;
    if (r.size > 1000) continue;
    for (const [c, k, cap] of r.jump) {
      const got = appendSlice(makeSlice(t, c), t, makeSlice(t, k));
      assert.equal(got.c, cap, `${r.name}: cap ${c} + ${k}`);
      assert.equal(got.n, c + k);
    }
  }
});

test("allocation rounding", () => {
  assert.equal(roundUpSize(0, true), 0);
  assert.equal(roundUpSize(1, true), 8);
  assert.equal(roundUpSize(1000, true), 1024);
  assert.equal(roundUpSize(1000, false), 1016); // the 8-byte header of pointerful objects
  assert.equal(roundUpSize(500, false), 512); // no header at 512 bytes or less
  assert.equal(roundUpSize(32761, true), 32768); // pages from here on
  assert.equal(roundUpSize(32769, true), 40960);
});

test("make zeroes elements; struct elements are distinct objects", () => {
  const P = struct([["x", int]]);
  const s = makeSlice(P, 2, 4);
  assert.equal(s.a.length, 4);
  assert.notEqual(s.a[0], s.a[1]);
  assert.equal(s.a[3].x, 0);
  const b = makeSlice(uint8, 3);
  assert.ok(b.a instanceof Uint8Array);
  const c = makeSlice(types.complex128, 1);
  assert.equal(c.a[0], zeroComplex);
  const strs = makeSlice(types.string, 2);
  assert.deepEqual(strs.a, ["", ""]);
});

test("append shares the array within capacity and copies beyond it", () => {
  let s = makeSlice(int, 1, 2);
  const t = append1(s, int, 7);
  assert.equal(t.a, s.a);
  const u = append1(t, int, 8);
  assert.notEqual(u.a, s.a);
  assert.deepEqual([...u.a.slice(0, 3)], [0, 7, 8]);
  s = appendN(nilSlice, int, [1, 2, 3]);
  assert.deepEqual([s.n, s.c], [3, 3]);
  assert.equal(appendN(s, int, []), s);
});

test("growth copies struct elements as values", () => {
  const P = struct([["x", int], ["a", arrayOf(int, 2)]]);
  const s = makeSlice(P, 1, 1);
  const t = append1(s, P, P.zero());
  t.a[0].x = 5;
  t.a[0].a[1] = 9;
  assert.equal(s.a[0].x, 0);
  assert.equal(s.a[0].a[1], 0);
});

test("appendSlice copies values and handles overlap", () => {
  const s = appendN(makeSlice(int, 0, 10), int, [1, 2, 3]);
  const t = appendSlice(sliceSlice(s, 0, 1), int, s); // writes over s's own elements
  assert.deepEqual([...t.a.slice(0, 4)], [1, 1, 2, 3]);
  const P = struct([["x", int]]);
  const src = makeSlice(P, 2);
  const dst = appendSlice(makeSlice(P, 0, 4), P, src);
  dst.a[0].x = 3;
  assert.equal(src.a[0].x, 0);
  const b = appendSlice(makeSlice(uint8, 0, 2), uint8, appendString(nilSlice, "abc"));
  assert.deepEqual([...b.a.slice(0, 3)], [97, 98, 99]);
});

test("appendString onto []byte", () => {
  let s: Slice = nilSlice;
  s = appendString(s, "h\xc3\xa9");
  assert.ok(s.a instanceof Uint8Array);
  assert.deepEqual([...s.a.subarray(0, s.n)], [104, 0xc3, 0xa9]);
  assert.equal(s.c, 8);
  assert.equal(appendString(s, ""), s);
});

test("copy: overlap-safe, struct elements copied in place", () => {
  const s = appendN(nilSlice, int, [1, 2, 3, 4, 5]);
  assert.equal(copySlice(sliceSlice(s, 1), s), 4);
  assert.deepEqual([...s.a.slice(0, 5)], [1, 1, 2, 3, 4]);
  assert.equal(copySlice(s, sliceSlice(s, 2)), 3);
  assert.deepEqual([...s.a.slice(0, 5)], [2, 3, 4, 3, 4]);
  const bytes = appendString(nilSlice, "hello");
  assert.equal(copySlice(sliceSlice(bytes, 1), bytes), 4);
  assert.equal(String.fromCharCode(...bytes.a.subarray(0, 5)), "hhell");
  assert.equal(copyString(bytes, "xy"), 2);
  assert.equal(String.fromCharCode(...bytes.a.subarray(0, 5)), "xyell");
  assert.equal(copySlice(nilSlice, s), 0);

  const P = struct([["x", int]]);
  const a = makeSlice(P, 2), b = makeSlice(P, 2);
  b.a[0].x = 4;
  const target = a.a[0];
  copySlice(a, b, P);
  assert.equal(a.a[0], target); // a pointer to a[0] sees the copy
  assert.equal(target.x, 4);
  b.a[0].x = 5;
  assert.equal(a.a[0].x, 4);
});

test("slicing shares the backing array; nil stays nil", () => {
  const arr = new Int32Array([1, 2, 3, 4]);
  const s = sliceArray(arr, 1, 3);
  assert.deepEqual([s.o, s.n, s.c], [1, 2, 3]);
  assert.equal(s.a, arr);
  const t = sliceSlice(s, 1, 2, 2);
  assert.deepEqual([t.o, t.n, t.c], [2, 1, 1]);
  assert.equal(sliceSlice(nilSlice, 0, 0), nilSlice);
  assert.equal(sliceSlice(nilSlice), nilSlice);
  assert.equal(sliceSlice(s), s);
  assert.equal(sliceString("hello", 1, 3), "el");
  assert.equal(sliceString("hello", 5), "");
  const whole = sliceOfArray(arr);
  assert.deepEqual([whole.n, whole.c], [4, 4]);
  assert.throws(() => sliceArray(null as any, 0, 0), TypeError); // nil *[N]T: a nil dereference
});

test("slices to arrays", () => {
  const s = sliceSlice(appendN(nilSlice, int, [1, 2, 3]), 1);
  const a = sliceToArray(s, 2) as number[];
  assert.deepEqual(a, [2, 3]);
  a[0] = 9;
  assert.equal(s.a[1], 2);
  const bytes = appendString(nilSlice, "abc");
  const p = sliceToArrayPtr(bytes, 2) as Uint8Array;
  p[0] = 120;
  assert.equal(bytes.a[0], 120);
  assert.equal(sliceToArrayPtr(nilSlice, 0), null);
  assert.deepEqual(sliceToArray(nilSlice, 0), []);
  const P = struct([["x", int]]);
  const ps = makeSlice(P, 1);
  const pa = sliceToArray(ps, 1, P) as any[];
  assert.notEqual(pa[0], ps.a[0]);
  assert.throws(() => sliceToArray(s, 3), GoPanic);
});

test("element values are stored as given", () => {
  const c = new Complex(1, 2);
  const s = append1(nilSlice, types.complex128, c);
  assert.equal(s.a[0], c);
});
