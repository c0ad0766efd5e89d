// Tests for runtime/complex.ts: complex128 and complex64 products and quotients compared bit
// for bit (signed zeros, infinities, NaN) with gc's, recorded by testdata/complexgen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  Complex, complex64, complexAdd, complexDiv, complexEq, complexMul, complexNeg, complexSub, zeroComplex,
} from "./complex.js";
import { types } from "./type.js";

function parse(s: string): number {
  if (s === "+Inf") return Infinity;
  if (s === "-Inf") return -Infinity;
  return Number(s); // "NaN" included
}

function show(c: Complex): string {
  const f = (x: number) => (Object.is(x, -0) ? "-0" : String(x));
  return `(${f(c.re)}, ${f(c.im)})`;
}

function same(got: Complex, re: number, im: number): boolean {
  return Object.is(got.re, re) && Object.is(got.im, im);
}

test("multiplication and division match gc bit for bit", () => {
  const lines = readFileSync("runtime/testdata/complex.txt", "utf8").split("\n").filter((l) => l !== "");
  assert.ok(lines.length > 6000);
  const failures: string[] = [];
  for (const line of lines) {
    const v = line.split(" ").map(parse);
    const x = new Complex(v[0]!, v[1]!), y = new Complex(v[2]!, v[3]!);
    const x64 = complex64(x), y64 = complex64(y);
    const checks: [string, Complex, number, number][] = [
      ["div", complexDiv(x, y), v[4]!, v[5]!],
      ["mul", complexMul(x, y), v[6]!, v[7]!],
      ["div64", complex64(complexDiv(x64, y64)), v[8]!, v[9]!],
      ["mul64", complex64(complexMul(x64, y64)), v[10]!, v[11]!],
    ];
    for (const [op, got, re, im] of checks) {
      if (!same(got, re, im) && failures.length < 20) {
        failures.push(`${op} ${show(x)} ${show(y)}: got ${show(got)}, want ${show(new Complex(re, im))}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test("addition, subtraction, negation, equality", () => {
  const a = new Complex(1, -2), b = new Complex(0.5, 4);
  assert.ok(complexEq(complexAdd(a, b), new Complex(1.5, 2)));
  assert.ok(complexEq(complexSub(a, b), new Complex(0.5, -6)));
  assert.ok(Object.is(complexNeg(zeroComplex).re, -0));
  assert.ok(complexEq(new Complex(0, -0), zeroComplex));
  assert.ok(!complexEq(new Complex(NaN, 0), new Complex(NaN, 0)));
  assert.equal(complex64(new Complex(0.1, 0.2)).re, Math.fround(0.1));
});

test("the zero value of complex types is the shared zero", () => {
  assert.equal(types.complex128.zero(), zeroComplex);
  assert.ok(types.complex64.eq(types.complex64.zero(), new Complex(-0, 0)));
});
