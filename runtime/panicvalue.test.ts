// Tests for runtime/panicvalue.ts: the text after "panic: " for each value that
// testdata/panicgen made gc crash with (testdata/panic.jsonl), including the fatal error gc
// raises when an Error or String method panics. Addresses are compared by shape only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gopanic, panicNilValue, printPanicValue } from "./errors.js";
import { GoFatal, GoPanic } from "./panic.js";
import {
  Iface, Kind, type Type, addMethod, arrayOf, funcOf, mapOf, named, ptrTo, setUnderlying, sliceOf,
  structOf, types,
} from "./type.js";
import { Complex } from "./complex.js";
import { idx, sliceOfArray } from "./slice.js";
import { makeMap } from "./map.js";

const strSig = funcOf([], [types.string], false);

function namedBasic(name: string, u: Type): Type {
  const t = named("main", name, "main." + name, u.kind);
  setUnderlying(t, u);
  return t;
}

function namedStruct(name: string, fields: { name: string; type: Type }[] = []): Type {
  const t = named("main", name, "main." + name, Kind.Struct);
  const C = class {};
  setUnderlying(t, structOf(fields.map((f) => ({ name: f.name, js: f.name, type: f.type, pkgPath: "main" })), C));
  return t;
}

const E = namedStruct("E", [{ name: "msg", type: types.string }]);
addMethod(ptrTo(E), "Error", "", strSig, (e: { msg: string }) => e.msg);
const S = namedStruct("S", [{ name: "n", type: types.int }]);
addMethod(S, "String", "", strSig, (s: { n: number }) => "S-stringer " + s.n);
const Both = namedStruct("Both");
addMethod(Both, "Error", "", strSig, () => "from Error");
addMethod(Both, "String", "", strSig, () => "from String");
const MyStr = namedBasic("MyStr", types.string);
const BadErr = namedStruct("BadErr");
addMethod(BadErr, "Error", "", strSig, () => gopanic(new Iface(types.string, "oops\nmore")));
const NilErr = namedStruct("NilErr", [{ name: "p", type: ptrTo(E) }]);
addMethod(NilErr, "Error", "", strSig, (n: { p: { msg: string } }) => n.p.msg);
const BadStr = namedStruct("BadStr");
addMethod(BadStr, "String", "", strSig, () => gopanic(new Iface(MyStr, "typed")));
const T = namedStruct("T", [{ name: "a", type: types.int }]);

const c = (re: number, im: number) => new Complex(re, im);
const iv = (t: Type, v: unknown) => new Iface(t, v);

function boundsValue(): Iface {
  try {
    idx(5, 0);
  } catch (e) {
    return (e as GoPanic).value!;
  }
  throw new Error("no panic");
}

const values: Record<string, Iface | null> = {
  string: iv(types.string, "boom"),
  "string-newlines": iv(types.string, "line1\nline2\n\nend"),
  "string-empty": iv(types.string, ""),
  error: iv(ptrTo(E), { msg: "bad thing" }),
  "error-newline": iv(ptrTo(E), { msg: "bad\nthing" }),
  stringer: iv(S, { n: 3 }),
  "error-over-stringer": iv(Both, {}),
  bool: iv(types.bool, true),
  int: iv(types.int, 42),
  "int-neg": iv(types.int, -7),
  int8: iv(types.int8, -128),
  int16: iv(types.int16, 300),
  int32: iv(types.int32, -70000),
  "int64-min": iv(types.int64, -(2n ** 63n)),
  uint: iv(types.uint, 2n ** 64n - 1n),
  uint8: iv(types.uint8, 200),
  uint16: iv(types.uint16, 65535),
  uint32: iv(types.uint32, 4000000000),
  uint64: iv(types.uint64, 2n ** 63n),
  uintptr: iv(types.uintptr, 7),
  float64: iv(types.float64, 1.5),
  "float64-small": iv(types.float64, 0.1),
  "float64-big": iv(types.float64, 1e300),
  "float64-nan": iv(types.float64, NaN),
  "float64-inf": iv(types.float64, Infinity),
  "float64-neginf": iv(types.float64, -Infinity),
  "float64-negzero": iv(types.float64, -0),
  float32: iv(types.float32, Math.fround(0.1)),
  complex128: iv(types.complex128, c(1, 2)),
  complex64: iv(types.complex64, c(Math.fround(0.1), -3)),
  "named-int": iv(namedBasic("MyInt", types.int), 5),
  "named-int8": iv(namedBasic("MyInt8", types.int8), -3),
  "named-uint64": iv(namedBasic("MyUint64", types.uint64), 2n ** 64n - 1n),
  "named-uint8": iv(namedBasic("MyUint8", types.uint8), 255),
  "named-uintptr": iv(namedBasic("MyUintptr", types.uintptr), 16),
  "named-string": iv(MyStr, "hi"),
  "named-string-newline": iv(MyStr, "hi\nthere"),
  "named-bool": iv(namedBasic("MyBool", types.bool), false),
  "named-float64": iv(namedBasic("MyF64", types.float64), 2.5),
  "named-float32": iv(namedBasic("MyF32", types.float32), Math.fround(0.1)),
  "named-complex128": iv(namedBasic("MyC128", types.complex128), c(1, 2)),
  "named-complex64": iv(namedBasic("MyC64", types.complex64), c(-1, 0.5)),
  "runtime-error": boundsValue(),
  "panic-nil": panicNilValue().value,
  "error-panics-string": iv(BadErr, {}),
  "error-panics-nilderef": iv(NilErr, { p: null }),
  "stringer-panics-typed": iv(BadStr, {}),
  struct: iv(T, { a: 1 }),
  pointer: iv(ptrTo(T), { a: 1 }),
  "nil-pointer": iv(ptrTo(T), null),
  slice: iv(sliceOf(types.int), sliceOfArray([1])),
  map: iv(mapOf(types.int, types.int), makeMap(types.int, types.int)),
  func: iv(funcOf([], [], false), () => {}),
  array: iv(arrayOf(types.int, 2), [0, 0]),
};

/** What gc printed for a case: the panic value's text, or a fatal error's message. */
function expected(head: string): { fatal: boolean; text: string } {
  const lines = head.split("\n").filter((l) => !l.startsWith("[signal "));
  const h = lines.join("\n");
  if (h.startsWith("fatal error: ")) return { fatal: true, text: h.slice("fatal error: ".length) };
  // A re-panicked value is printed twice; the last entry is the one to compare.
  const i = h.lastIndexOf("panic: ");
  return { fatal: false, text: h.slice(i + "panic: ".length) };
}

const addressed = new Set(["struct", "pointer", "slice", "map", "func", "array"]);

test("panic values print as gc prints them", () => {
  const lines = readFileSync("runtime/testdata/panic.jsonl", "utf8").split("\n").filter((l) => l !== "");
  assert.equal(lines.length, Object.keys(values).length);
  for (const line of lines) {
    const [name, head, code] = JSON.parse(line) as [string, string, number];
    assert.equal(code, 2);
    assert.ok(name in values, `no value for ${name}`);
    const want = expected(head);
    let got: string;
    let fatal = false;
    try {
      got = printPanicValue(values[name]!);
    } catch (e) {
      assert.ok(e instanceof GoFatal, `${name}: ${e}`);
      fatal = true;
      got = e.message.replaceAll("\n", "\n\t");
    }
    assert.equal(fatal, want.fatal, name);
    if (addressed.has(name)) {
      const prefix = want.text.slice(0, want.text.indexOf(" 0x") + 3);
      assert.ok(got.startsWith(prefix) && /^[0-9a-f]+$/.test(got.slice(prefix.length)), `${name}: ${got}`);
    } else {
      assert.equal(got, want.text, name);
    }
  }
});

test("the made-up address of a value is stable", () => {
  const v = iv(ptrTo(T), { a: 1 });
  assert.equal(printPanicValue(v), printPanicValue(v));
  assert.equal(printPanicValue(null), "nil");
});
