// Tests for runtime/errors.ts and the bounds checks of runtime/slice.ts: every case in
// testdata/errors.jsonl (recorded from gc by testdata/errorsgen) is replayed and must give
// the same result, or a panic with the same dynamic type (%T) and Error() text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  gopanic, panicDivide, panicMakeChan, panicNilDeref, panicShift, panicTypeAssert, panicWrap,
  boundsErrorT, runtimeErrorT, errorStringT, panicNilValue,
} from "./errors.js";
import { GoPanic, toPanic } from "./panic.js";
import {
  Iface, Kind, addMethod, funcOf, ifaceEq, interfaceOf, mapOf, named, ptrTo, setUnderlying, sliceOf,
  structOf, types,
} from "./type.js";
import { Slice, idx, makeSlice, sliceArray, sliceSlice, sliceString, sliceToArray, sliceToArrayPtr } from "./slice.js";
import { makeMap, mapDelete, mapGet, mapSet } from "./map.js";

type I64 = number | bigint;

function int(dec: string | null): I64 | undefined {
  if (dec === null) return undefined;
  const b = BigInt(dec);
  return Number.isSafeInteger(Number(b)) ? Number(b) : b;
}

/** The outcome of f as the generator writes it: ["ok", ...] or ["panic", %T, Error()]. */
function outcome(f: () => string[]): string[] {
  try {
    return ["ok", ...f()];
  } catch (e) {
    if (!(e instanceof GoPanic)) throw e;
    const v = e.value!;
    return ["panic", v.t.str, v.t.m["Error"]!(v.v) as string];
  }
}

const lines = readFileSync("runtime/testdata/errors.jsonl", "utf8").split("\n").filter((l) => l !== "");
const cases = lines.map((l) => JSON.parse(l) as any[]);

function lenCap(s: Slice): string[] {
  return [String(s.n), String(s.c)];
}

test("index checks: results and panics as gc's", () => {
  let n = 0;
  for (const [op, kind, i, want] of cases) {
    if (op !== "index") continue;
    // Every container has length 3: the slice and arrays hold zeros, the string is "abc".
    const elem = (j: number) => (kind === "string" ? "abc".charCodeAt(j) : 0);
    assert.deepEqual(outcome(() => [String(elem(idx(int(i)!, 3)))]), want, `${kind}[${i}]`);
    n++;
  }
  assert.ok(n >= 40);
});

test("slice expressions: results and panics as gc's", () => {
  let n = 0;
  for (const [op, kind, lo, hi, max, want] of cases) {
    if (op !== "slice") continue;
    const l = int(lo), h = int(hi), m = int(max);
    let got: string[];
    switch (kind) {
      case "slice":
        got = outcome(() => lenCap(sliceSlice(makeSlice(types.int, 3, 5), l, h, m)));
        break;
      case "array": case "ptrarray":
        got = outcome(() => lenCap(sliceArray([0, 0, 0], l, h, m)));
        break;
      default:
        got = outcome(() => [String(sliceString("abc", l, h).length)]);
    }
    assert.deepEqual(got, want, `${kind}[${lo}:${hi}:${max}]`);
    n++;
  }
  assert.ok(n > 1500, `${n} slice cases`);
});

test("slice to array conversions", () => {
  let n = 0;
  for (const [op, len, wantLen, want] of cases) {
    if (op !== "convert") continue;
    const s = makeSlice(types.int, Number(len), 5);
    assert.deepEqual(outcome(() => [String(sliceToArray(s, Number(wantLen)).length)]), want);
    assert.deepEqual(outcome(() => [String(sliceToArrayPtr(s, Number(wantLen))!.length)]), want);
    n++;
  }
  assert.equal(n, 12);
});

test("make([]T, len, cap) checks", () => {
  let n = 0;
  for (const [op, len, cap, want] of cases) {
    if (op !== "make") continue;
    assert.deepEqual(outcome(() => lenCap(makeSlice(types.int64, int(len)!, int(cap)))), want, `make(${len}, ${cap})`);
    n++;
  }
  assert.ok(n >= 15);
});

// The types errorsgen declares, as the compiler would describe them.
const mSig = funcOf([], [], false);
const I = named("main", "I", "main.I", Kind.Interface);
setUnderlying(I, interfaceOf([{ name: "M", pkgPath: "", type: mSig }]));
const J = named("main", "J", "main.J", Kind.Interface);
setUnderlying(J, interfaceOf([{ name: "M", pkgPath: "", type: mSig }, { name: "N", pkgPath: "", type: mSig }]));
const A = named("main", "A", "main.A", Kind.Struct);
setUnderlying(A, structOf([], class {}));
addMethod(A, "M", "", mSig, () => {});
const B = named("main", "B", "main.B", Kind.Struct);
setUnderlying(B, structOf([], class {}));
addMethod(ptrTo(B), "M", "", mSig, () => {});
class TV { X: Iface | null = null; }
const T = named("main", "T", "main.T", Kind.Struct);
setUnderlying(T, structOf([{ name: "X", js: "X", type: types.any }], TV));
const localT = named("main", "T", "main.T", Kind.Struct);
setUnderlying(localT, structOf([{ name: "X", js: "X", type: types.any }], TV));
const MyInt = named("main", "MyInt", "main.MyInt", Kind.Int);
setUnderlying(MyInt, types.int);
const apT = named("errorsgen/a/p", "T", "p.T", Kind.Struct);
setUnderlying(apT, structOf([], class {}));
const bpT = named("errorsgen/b/p", "T", "p.T", Kind.Struct);
setUnderlying(bpT, structOf([], class {}));
const anonM = interfaceOf([{ name: "M", pkgPath: "", type: mSig }]);

function tv(x: Iface | null): TV {
  const v = new TV();
  v.X = x;
  return v;
}

const actions: Record<string, () => unknown> = {
  divide: panicDivide,
  modulo: panicDivide,
  shift: panicShift,
  nilmap: () => mapSet(null, "a", 1),
  makechan: panicMakeChan,
  "uncomparable-slice": () => ifaceEq(new Iface(sliceOf(types.int), null), new Iface(sliceOf(types.int), null)),
  "uncomparable-struct": () => ifaceEq(new Iface(T, tv(new Iface(sliceOf(types.int), null))), new Iface(T, tv(new Iface(sliceOf(types.int), null)))),
  "unhashable-slice": () => mapGet(makeMap(types.any, types.int), new Iface(sliceOf(types.int), null)),
  "unhashable-func": () => mapSet(makeMap(types.any, types.int), new Iface(funcOf([], [], false), () => {}), 1),
  "unhashable-inner": () => mapDelete(makeMap(types.any, types.int), new Iface(T, tv(new Iface(mapOf(types.int, types.int), null)))),
  nilderef: () => { throw toPanic(new TypeError("x")); },
  "assert-nil-concrete": () => panicTypeAssert(null, types.int, types.any),
  "assert-nil-iface": () => panicTypeAssert(null, I, types.any), // the static type is dropped for interface targets
  "assert-nil-named-iface": () => panicTypeAssert(null, A, I),
  "assert-wrong-concrete": () => panicTypeAssert(types.string, types.int, types.any),
  "assert-wrong-named": () => panicTypeAssert(MyInt, types.int, types.any),
  "assert-iface-to-ptr": () => panicTypeAssert(A, ptrTo(A), I),
  "assert-missing-method": () => panicTypeAssert(B, I, null, "M"),
  "assert-missing-second": () => panicTypeAssert(A, J, null, "N"),
  "assert-different-scopes": () => panicTypeAssert(localT, T, types.any),
  "assert-different-scopes-2": () => panicTypeAssert(T, anonM, null, "M"),
  "assert-different-packages": () => panicTypeAssert(apT, bpT, types.any),
  panicnil: () => gopanic(null),
};

test("other runtime errors: %T and text as gc's", () => {
  let n = 0;
  for (const [op, name, want] of cases) {
    if (op !== "msg") continue;
    const f = actions[name];
    assert.ok(f !== undefined, `no action for ${name}`);
    assert.deepEqual(outcome(() => { f(); return []; }), want, name);
    n++;
  }
  assert.equal(n, Object.keys(actions).length);
});

test("runtime error types implement runtime.Error", () => {
  for (const t of [boundsErrorT, errorStringT]) {
    assert.equal(typeof t.m["Error"], "function");
    assert.equal(typeof t.m["RuntimeError"], "function");
  }
  assert.equal(runtimeErrorT.str, "runtime.Error");
  assert.deepEqual(runtimeErrorT.imethods.map((m) => m.name), ["Error", "RuntimeError"]);
  const p = panicNilValue();
  assert.equal(p.value!.t.str, "*runtime.PanicNilError");
});

test("nil dereference panics are faults", () => {
  const p = toPanic(new TypeError("Cannot read properties of null"));
  assert.ok(p instanceof GoPanic && p.fault);
  assert.equal(p.value!.t, errorStringT);
  try {
    panicNilDeref();
  } catch (e) {
    assert.ok(e instanceof GoPanic && e.fault);
  }
});

test("value method through nil pointer", () => {
  assert.deepEqual(outcome(() => panicWrap("main", "T", "M")),
    ["panic", "runtime.plainError", "value method main.T.M called using nil *T pointer"]);
});

test("bigint indexes print in full", () => {
  assert.deepEqual(outcome(() => [String(idx(-(2n ** 63n), 3))]),
    ["panic", "runtime.boundsError", "runtime error: index out of range [-9223372036854775808]"]);
  assert.deepEqual(outcome(() => [String(idx(2n ** 64n - 1n, 3))]),
    ["panic", "runtime.boundsError", "runtime error: index out of range [18446744073709551615] with length 3"]);
});
