// Unit tests for gc's amd64 sizes. Expected values come from unsafe.Sizeof/Alignof/Offsetof
// compiled by gc and, for types too large to compile, from go/types' SizesFor("gc", "amd64").
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ArrayT, BasicKind, Chan, ChanDir, Interface, MapT, Named, Pointer, Signature, Slice, Struct,
  Tuple, TypeParam, type Type,
} from "./type.js";
import { TypeName, Var } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Typ, universeAnyType } from "./universe.js";
import { alignof, hasVarSize, offsetof, offsetsof, sizeof } from "./sizes.js";

const pkg = new Package("p", "p", new Scope(null, 0, 0, "package p"));
const B = (k: BasicKind): Type => Typ[k]!;

function field(name: string, t: Type, embedded = false): Var {
  const f = new Var(0, pkg, name, t);
  f.isField = true;
  f.embedded = embedded;
  return f;
}
function struct(...fields: [string, Type][]): Struct {
  return new Struct(fields.map(([n, t]) => field(n, t)), []);
}
const empty = new Struct([], []);
const arr = (t: Type, n: bigint): ArrayT => new ArrayT(t, n);

/** Checks size, alignment and (for structs) field offsets. */
function expect(t: Type, size: bigint, align: number, offs?: bigint[]): void {
  assert.equal(sizeof(t), size, "size");
  assert.equal(alignof(t), align, "align");
  if (offs !== undefined) assert.deepEqual(offsetsof((t as Struct).fields), offs, "offsets");
}

test("basic types", () => {
  const cases: [BasicKind, bigint, number][] = [
    [BasicKind.Bool, 1n, 1], [BasicKind.Int8, 1n, 1], [BasicKind.Int16, 2n, 2], [BasicKind.Int32, 4n, 4],
    [BasicKind.Int64, 8n, 8], [BasicKind.Int, 8n, 8], [BasicKind.Uint, 8n, 8], [BasicKind.Uintptr, 8n, 8],
    [BasicKind.Float32, 4n, 4], [BasicKind.Float64, 8n, 8], [BasicKind.Complex64, 8n, 4],
    [BasicKind.Complex128, 16n, 8], [BasicKind.String, 16n, 8], [BasicKind.UnsafePointer, 8n, 8],
  ];
  for (const [k, s, a] of cases) expect(B(k), s, a);
});

test("reference and multiword types", () => {
  const i = B(BasicKind.Int);
  expect(new Slice(i), 24n, 8);
  expect(universeAnyType, 16n, 8);
  expect(new MapT(i, i), 8n, 8);
  expect(new Chan(ChanDir.SendRecv, i), 8n, 8);
  expect(new Pointer(i), 8n, 8);
  expect(new Signature(null, null, new Tuple([]), new Tuple([]), false), 8n, 8);
  expect(arr(B(BasicKind.Uint16), 3n), 6n, 2);
  expect(arr(B(BasicKind.Int64), 0n), 0n, 8);
});

test("struct layout as gc pads it", () => {
  const { Bool, Int64, Int32, Uint8, Complex64, Int16, Int, Uint16, Complex128, Uintptr, String } = BasicKind;
  expect(struct(["a", B(Bool)], ["b", B(Int64)], ["c", B(Bool)]), 24n, 8, [0n, 8n, 16n]);
  // a trailing zero-size field gets a byte of padding, then alignment
  expect(struct(["a", B(Int32)], ["b", empty]), 8n, 4, [0n, 4n]);
  expect(struct(["a", empty], ["b", B(Int32)]), 4n, 4, [0n, 0n]);
  expect(struct(["a", B(Uint8)], ["b", arr(B(Int64), 0n)]), 16n, 8, [0n, 8n]);
  expect(struct(["a", B(Complex64)], ["b", B(Uint8)]), 12n, 4, [0n, 8n]);
  const fn = new Signature(null, null, new Tuple([]), new Tuple([]), false);
  expect(struct(["a", new Slice(B(Int))], ["s", B(String)], ["i", universeAnyType], ["m", new MapT(B(Int), B(Int))],
    ["c", new Chan(ChanDir.SendRecv, B(Int))], ["f", fn], ["p", new Pointer(B(Int))], ["u", B(Uintptr)],
    ["x", arr(B(Uint16), 3n)], ["y", B(Complex128)]),
  120n, 8, [0n, 24n, 40n, 56n, 64n, 72n, 80n, 88n, 96n, 104n]);
  expect(struct(["a", B(Uint8)], ["b", empty], ["c", empty]), 2n, 1, [0n, 1n, 1n]);
  expect(empty, 0n, 1, []);
  // all fields zero-size: no padding (the last field's offset is 0)
  expect(struct(["a", arr(empty, 0n)], ["b", arr(B(Int64), 0n)]), 0n, 8, [0n, 0n]);
  expect(struct(["a", B(Int16)], ["b", arr(B(Uint8), 3n)]), 6n, 2, [0n, 2n]);
});

test("types too large", () => {
  const { Int32, Int64, Int16, Int8 } = BasicKind;
  expect(arr(B(Int32), 1n << 62n), -1n, 4);
  expect(arr(B(Int64), 1n << 61n), -1n, 8);
  expect(struct(["a", arr(B(Int16), 1n << 62n)], ["b", arr(B(Int8), 1n << 62n)]), -1n, 2, [0n, -1n]);
  expect(struct(["a", arr(B(Int16), 1n << 62n)], ["b", B(Int8)]), -1n, 2, [0n, -1n]);
  expect(arr(arr(B(Int64), 1n << 40n), 1n << 40n), -1n, 8);
  // the aligned offset wraps around to a negative int64, as in Go
  expect(struct(["a", arr(B(Int16), (1n << 62n) - 1n)], ["b", B(Int64)], ["c", B(Int8)]), -1n, 8,
    [0n, -(1n << 63n), -1n]);
});

test("offsetof through embedded structs", () => {
  const inner = struct(["x", B(BasicKind.Int8)], ["y", B(BasicKind.Int64)]);
  const outer = new Struct([field("a", B(BasicKind.Int32)), field("in", inner, true)], []);
  assert.equal(offsetof(outer, [1, 1]), 16n);
});

test("sync/atomic.align64 forces 8-byte alignment", () => {
  const atomic = new Package("sync/atomic", "atomic", new Scope(null, 0, 0, ""));
  const obj = new TypeName(0, atomic, "align64", null);
  const align64 = new Named(obj, empty);
  obj.type = align64;
  expect(align64, 0n, 8);
  expect(struct(["_", align64], ["v", B(BasicKind.Uint32)]), 8n, 8);
});

test("variable sizes", () => {
  const tp = new TypeParam(new TypeName(0, pkg, "P", null), universeAnyType);
  assert.equal(hasVarSize(struct(["a", B(BasicKind.Int)], ["p", tp])), true);
  assert.equal(hasVarSize(arr(tp, 2n)), true);
  assert.equal(hasVarSize(new Pointer(tp)), false);
  assert.equal(hasVarSize(struct(["a", new Interface([], [])])), false);
});
