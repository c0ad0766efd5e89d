// Tests for runtime/unsafe.ts: unsafe.Slice/String/SliceData/StringData/Add over element
// references, struct fields by offset, address round trips and raw pointers, and the views
// made by pointer conversions. Whole programs compared with gc are in testdata/run/unsafe_*.go.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  unsafeSlice, unsafeString, sliceData, stringData, unsafeAdd, unsafeAddTerms, toUnsafe, locate, ptrToAddr,
  addrToPtr, headerView, reinterpretScalar, bytesStringView, structView, arrayView, arrayFirst, fromUnsafe,
  takeLeases, dropLeases, pointerAddress,
} from "./unsafe.js";
import { Box, ElemRef, FieldRef, elemRef, fieldRef } from "./ptr.js";
import { Slice, nilSlice } from "./slice.js";
import { GoPanic, GoFatal } from "./panic.js";
import { type FieldSpec, type Type, named, setUnderlying, structOf, types, Kind } from "./type.js";

function struct(fields: [string, Type][], ctor: new (...a: any[]) => any): Type {
  const specs: FieldSpec[] = fields.map(([name, type]) => ({ name, js: name, type, pkgPath: "main" }));
  return structOf(specs, ctor);
}

/** The text of the runtime error a call panics with. */
function panicText(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof GoPanic, String(e));
    return (e.value!.t.m["Error"] as (v: unknown) => string)(e.value!.v);
  }
  assert.fail("no panic");
}

function fatalText(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof GoFatal, String(e));
    return e.message;
  }
  assert.fail("no fatal error");
}

test("unsafe.Slice shares the backing from the element on", () => {
  const a = new Int32Array([1, 2, 3, 4, 5]);
  const s = unsafeSlice(elemRef(a, 1), 3, types.int32);
  assert.equal(s.a, a);
  assert.deepEqual([s.o, s.n, s.c], [1, 3, 3]);
  assert.equal(unsafeSlice(null, 0, types.int), nilSlice);
  assert.match(fatalText(() => unsafeSlice(elemRef(a, 3), 3, types.int32)), /reach past the end/);
});

test("unsafe.Slice and unsafe.String panic with gc's texts", () => {
  assert.equal(panicText(() => unsafeSlice(null, 1, types.int)), "runtime error: unsafe.Slice: ptr is nil and len is not zero");
  assert.equal(panicText(() => unsafeSlice(new Box(0), -1, types.int)), "runtime error: unsafe.Slice: len out of range");
  assert.equal(panicText(() => unsafeSlice(new Box(0), 2n ** 64n - 1n, types.int)), "runtime error: unsafe.Slice: len out of range");
  assert.equal(panicText(() => unsafeSlice(new Box(0), 2n ** 61n, types.int)), "runtime error: unsafe.Slice: len out of range");
  assert.equal(panicText(() => unsafeString(null, 1)), "runtime error: unsafe.String: ptr is nil and len is not zero");
  assert.equal(panicText(() => unsafeString(new Box(0), -3)), "runtime error: unsafe.String: len out of range");
  // The address space left after the pointer: the last byte holds one element, not two.
  const last = addrToPtr(2n ** 64n - 1n);
  assert.equal(unsafeString(last, 1).length, 1);
  assert.equal(panicText(() => unsafeSlice(last, 2, types.uint8)), "runtime error: unsafe.Slice: len out of range");
});

test("a single variable becomes the one element of its slice", () => {
  const b = new Box(7);
  const s = unsafeSlice(b, 1, types.int);
  s.a[s.o] = 8;
  assert.equal(b.v, 8);
  b.v = 9;
  assert.equal(s.a[0], 9);
  assert.equal(unsafeSlice(b, 1, types.int).a, s.a);
  assert.match(fatalText(() => unsafeSlice(b, 2, types.int)), /single variable/);
});

test("SliceData and StringData", () => {
  const a = [10, 20, 30];
  const r = sliceData(new Slice(a, 1, 2, 2), null) as ElemRef;
  assert.equal(r, elemRef(a, 1));
  assert.equal(sliceData(nilSlice, null), null);
  assert.equal(stringData(""), null);
  const d = stringData("hey")!;
  assert.equal(d, stringData("hey"));
  assert.equal(unsafeString(d, 3), "hey");
  assert.equal(unsafeString(unsafeAdd(d, 1), 2), "ey");
});

test("unsafe.Add moves by whole elements, inside the array", () => {
  const a = [1, 2, 3, 4];
  const p = toUnsafe(elemRef(a, 0), 8);
  assert.equal(unsafeAdd(p, 24), elemRef(a, 3));
  assert.equal(unsafeAdd(unsafeAdd(p, 16), -8), elemRef(a, 1));
  assert.match(fatalText(() => unsafeAdd(p, 4)), /whole elements/);
  assert.match(fatalText(() => unsafeAdd(p, 40)), /outside a Go value/);
  // Typed arrays know their element size without a conversion.
  const b = new Uint16Array(4);
  assert.equal(unsafeAdd(elemRef(b, 1), 4), elemRef(b, 3));
  // uintptr arithmetic in unsafe's own pattern wraps as uintptr does.
  assert.equal(unsafeAddTerms(elemRef(a, 1), [2n ** 64n - 8n], []), elemRef(a, 0));
  assert.equal(unsafeAddTerms(elemRef(a, 2), [], [8]), elemRef(a, 1));
});

test("unsafe.Add reaches fields by their offsets, and struct elements", () => {
  class S { constructor(public A: number, public B: bigint | number, public C: string) {} }
  const st = struct([["A", types.int32], ["B", types.int64], ["C", types.string]], S);
  void st;
  const s = new S(1, 2, "c");
  assert.equal(unsafeAdd(s, 8), fieldRef(s, "B"));
  assert.equal(unsafeAdd(s, 16), fieldRef(s, "C"));
  assert.equal(unsafeAdd(fieldRef(s, "B"), 8), fieldRef(s, "C"));
  assert.match(fatalText(() => unsafeAdd(s, 4)), /not where a field/);
  const arr = [new S(1, 1, "x"), new S(2, 2, "y")];
  const first = locate(arr, 0, 32);
  assert.equal(unsafeAdd(first, 32), arr[1]);
  assert.equal(unsafeAdd(first, 32 + 16), fieldRef(arr[1], "C"));
  assert.equal(unsafeSlice(first, 2, st).a, arr);
  // A pointer to the struct read as a pointer to its first field.
  assert.equal(fromUnsafe(s, types.int32), fieldRef(s, "A"));
});

test("addresses lead back to their pointers; 0 is nil; others fault", () => {
  const b = new Box(1);
  const u = ptrToAddr(b);
  assert.equal(addrToPtr(u), b);
  assert.equal(ptrToAddr(null), 0);
  assert.equal(addrToPtr(0), null);
  const raw = addrToPtr(0x1234);
  assert.equal(addrToPtr(0x1234), raw);
  assert.equal(pointerAddress(raw), 0x1234);
  assert.equal(ptrToAddr(raw), 0x1234);
  assert.throws(() => (raw as { v: unknown }).v, (e: unknown) => e instanceof GoFatal && e.detail[0] === "unexpected fault address 0x1234");
  assert.throws(() => (addrToPtr(8) as { v: unknown }).v, (e: unknown) => e instanceof GoPanic && e.fault);
  assert.equal(unsafeAdd(null, 16), addrToPtr(16));
  // Leases (pointers with finalizers) end with the //go:uintptrescapes call that took them.
  dropLeases(takeLeases());
});

test("views: scalars, bytes and strings, headers, structs, arrays", () => {
  const f = new Box(1.5);
  const bits = reinterpretScalar(f, types.float64, types.uint64);
  assert.equal(bits.v, 0x3ff8000000000000n);
  bits.v = 0x4000000000000000n;
  assert.equal(f.v, 2);
  assert.equal(reinterpretScalar(bits, types.uint64, types.float64), f);
  const i = new Box(-1);
  assert.equal(reinterpretScalar(i, types.int32, types.uint32).v, 0xffffffff);

  const bs = new Box(new Slice(new Uint8Array([104, 105]), 0, 2, 2));
  assert.equal(bytesStringView(bs, true).v, "hi");
  const str = new Box("yo");
  const asBytes = bytesStringView(str, false).v as Slice;
  assert.deepEqual([...asBytes.a], [121, 111]);

  class SH { constructor(public Data: unknown, public Len: number, public Cap: number) {} }
  const shT = named("reflect", "SliceHeader", "reflect.SliceHeader", Kind.Struct);
  setUnderlying(shT, struct([["Data", types.uintptr], ["Len", types.int], ["Cap", types.int]], SH));
  const arr = [1, 2, 3];
  const sb = new Box(new Slice(arr, 0, 3, 3));
  const h = headerView(sb, shT, null, false);
  assert.equal(h.Len, 3);
  assert.equal(addrToPtr(h.Data), elemRef(arr, 0));
  h.Len = 1;
  assert.equal((sb.v as Slice).n, 1);

  class P { constructor(public X: number, public Y: number) {} }
  class Q { constructor(public A: number, public B: number) {} }
  const qT = struct([["A", types.int], ["B", types.int]], Q);
  const p = new P(1, 2);
  const q = structView(p, qT);
  assert.ok(q instanceof Q);
  q.B = 20;
  assert.equal(p.Y, 20);

  const u8 = new Uint8Array(6);
  const w = arrayView(elemRef(u8, 2), 3, types.uint8, -1);
  w[0] = 5;
  assert.equal(u8[2], 5);
  assert.equal(arrayFirst(w, types.uint8), elemRef(u8, 2));
  const plain = ["a", "b"];
  assert.equal(arrayView(elemRef(plain, 0), 2, types.string, -1), plain);
  assert.match(fatalText(() => arrayView(elemRef(plain, 1), 1, types.string, -1)), /numeric elements/);
  assert.ok(fieldRef(p, "X") instanceof FieldRef);
});
