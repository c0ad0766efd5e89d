// Type relations and DeepEqual on runtime descriptors built directly (no compiled program):
// assignability and convertibility per Go's rules, interface satisfaction, field offsets,
// and DeepEqual's treatment of NaN, nil versus empty, and cycles.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  Iface, Kind, addMethod, arrayOf, chanOf, funcOf, interfaceOf, mapOf, named, ptrTo, setUnderlying, sliceOf, structOf,
  types,
} from "../../../runtime/type.js";
import { Box } from "../../../runtime/ptr.js";
import { Slice, nilSlice, sliceOfArray } from "../../../runtime/slice.js";
import { makeMap, mapSet } from "../../../runtime/map.js";
import { assignable, convertible, fieldOffsets, implementsType, exportedMethods } from "./typeops.js";
import { deepEqual } from "./deepequal.js";

const myInt = named("main", "MyInt", "main.MyInt", Kind.Int);
setUnderlying(myInt, types.int);
const bytesT = sliceOf(types.uint8);
const myBytes = named("main", "Bytes", "main.Bytes", Kind.Slice);
setUnderlying(myBytes, bytesT);
const stringSig = funcOf([], [types.string], false);
const stringer = named("fmt", "Stringer", "fmt.Stringer", Kind.Interface);
setUnderlying(stringer, interfaceOf([{ name: "String", pkgPath: "", type: stringSig }]));
addMethod(myInt, "String", "", stringSig, () => "x");
addMethod(myInt, "hidden", "main", funcOf([], [], false), () => {});

test("assignability follows Go's rules", () => {
  assert.equal(assignable(types.int, myInt), false);
  assert.equal(assignable(myBytes, bytesT), true);
  assert.equal(assignable(bytesT, myBytes), true);
  assert.equal(assignable(stringer, myInt), true);
  assert.equal(assignable(types.any, types.int), true);
  assert.equal(assignable(chanOf(types.int, 1), chanOf(types.int, 3)), true);
  assert.equal(assignable(chanOf(types.int, 3), chanOf(types.int, 1)), false);
});

// convertible(t, v): whether a value of type v converts to type t.
test("convertibility follows reflect's rules", () => {
  assert.equal(convertible(types.int, myInt), true);
  assert.equal(convertible(types.string, types.float64), false);
  assert.equal(convertible(types.string, types.int), true);
  assert.equal(convertible(types.int, types.string), false);
  assert.equal(convertible(myInt, types.bool), false);
  assert.equal(convertible(myBytes, types.string), true);
  assert.equal(convertible(arrayOf(types.int, 3), sliceOf(types.int)), true);
  assert.equal(convertible(ptrTo(arrayOf(types.int, 3)), sliceOf(types.int)), true);
  assert.equal(convertible(types.complex128, types.float64), false);
});

test("interfaces and method sets", () => {
  assert.equal(implementsType(stringer, myInt), true);
  assert.equal(implementsType(stringer, types.int), false);
  assert.deepEqual(exportedMethods(myInt).map((m) => m.name), ["String"]);
});

test("struct field offsets on amd64", () => {
  const t = structOf([
    { name: "A", js: "A", type: types.bool }, { name: "B", js: "B", type: types.int64 },
    { name: "C", js: "C", type: types.int16 }, { name: "D", js: "D", type: types.string },
  ], class {});
  assert.deepEqual(fieldOffsets(t), [0, 8, 16, 24]);
});

test("DeepEqual: NaN, nil versus empty, cycles", () => {
  const f64s = sliceOf(types.float64);
  const nan = new Float64Array([NaN]);
  assert.equal(deepEqual(new Iface(f64s, sliceOfArray(nan)), new Iface(f64s, sliceOfArray(new Float64Array([NaN])))), false);
  assert.equal(deepEqual(new Iface(f64s, sliceOfArray(nan)), new Iface(f64s, sliceOfArray(nan))), true);
  assert.equal(deepEqual(new Iface(f64s, nilSlice), new Iface(f64s, new Slice(new Float64Array(0), 0, 0, 0))), false);
  const m = mapOf(types.string, types.int);
  const m1 = makeMap(types.string, types.int), m2 = makeMap(types.string, types.int);
  mapSet(m1, "a", 1);
  mapSet(m2, "a", 1);
  assert.equal(deepEqual(new Iface(m, m1), new Iface(m, m2)), true);
  mapSet(m2, "a", 2);
  assert.equal(deepEqual(new Iface(m, m1), new Iface(m, m2)), false);
  // A pointer to an interface holding that same pointer, twice: the comparison ends.
  const pAny = ptrTo(types.any);
  const b1 = new Box<any>(null), b2 = new Box<any>(null);
  b1.v = new Iface(pAny, b1);
  b2.v = new Iface(pAny, b2);
  assert.equal(deepEqual(new Iface(pAny, b1), new Iface(pAny, b2)), true);
  assert.equal(deepEqual(null, null), true);
  assert.equal(deepEqual(new Iface(types.int, 1), new Iface(myInt, 1)), false);
});
