// The float64 shortcut for float32's shortest digits against the exact interval search, on
// random bit patterns and on the edges (powers of two, subnormals, the largest value).
import { test } from "node:test";
import assert from "node:assert/strict";
import { shortest32, shortest32Exact, shortestInterval, shortest64, splitFloat } from "./decimal.js";

const view = new DataView(new ArrayBuffer(8));
function f32(bits: number): number {
  view.setUint32(0, bits >>> 0);
  return view.getFloat32(0);
}

test("shortest32 agrees with the exact search", () => {
  let seed = 12345;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const cases: number[] = [1, 0x7f7fffff, 0x00800000, 0x00800001, 0x007fffff, 0x3f800000, 0x4b800000, 0x33800000];
  for (let e = 1; e < 255; e++) cases.push(e << 23, (e << 23) | 1, (e << 23) | 0x7fffff);
  for (let i = 0; i < 20000; i++) cases.push(rand() & 0x7f7fffff);
  for (const b of cases) {
    const x = f32(b);
    if (x === 0 || !isFinite(x)) continue;
    assert.deepEqual(shortest32(x), shortest32Exact(x), `bits ${b.toString(16)}`);
  }
});

test("shortest64 (JavaScript's digits) agrees with the exact search", () => {
  let seed = 99;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < 3000; i++) {
    view.setUint32(0, rand() & 0x7fefffff);
    view.setUint32(4, rand());
    const x = view.getFloat64(0);
    if (x === 0) continue;
    view.setFloat64(0, x);
    const hi = view.getUint32(0), lo = view.getUint32(4);
    const bexp = (hi >>> 20) & 0x7ff;
    let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    let e = -1074;
    if (bexp !== 0) { m |= 1n << 52n; e = bexp - 1075; }
    const want = shortestInterval(m, e, m === 1n << 52n && bexp > 1);
    assert.deepEqual(shortest64(x), want, `${x}`);
  }
  assert.deepEqual(splitFloat(0.75), { m: 3n, e: -2 });
});
