// Integer operations with Go's run-time checks, on top of int64.ts: division by zero, signed
// shift counts, and min/max over ordered values of any representation.

import { div64, rem64, divU64, remU64, type I64 } from "./int64.js";
import { panicDivide, panicShift } from "./errors.js";

export function div64z(a: I64, b: I64): I64 {
  if (b === 0) panicDivide();
  return div64(a, b);
}
export function rem64z(a: I64, b: I64): I64 {
  if (b === 0) panicDivide();
  return rem64(a, b);
}
export function divU64z(a: I64, b: I64): I64 {
  if (b === 0) panicDivide();
  return divU64(a, b);
}
export function remU64z(a: I64, b: I64): I64 {
  if (b === 0) panicDivide();
  return remU64(a, b);
}

/** Representation numbers of lower/ops.ts R for the small integer types. */
const I8 = 2, I16 = 3, I32 = 4, U8 = 5, U16 = 6, U32 = 7;

/** Truncated division of small integers, wrapped to the type (MinInt32 / -1 overflows as on amd64). */
export function div32(a: number, b: number, r: number): number {
  if (b === 0) panicDivide();
  const q = Math.trunc(a / b);
  switch (r) {
    case I8: return (q << 24) >> 24;
    case I16: return (q << 16) >> 16;
    case I32: return q | 0;
    case U8: return q & 0xff;
    case U16: return q & 0xffff;
    case U32: return q >>> 0;
    default: return q;
  }
}
export function divU32(a: number, b: number, r: number): number {
  return div32(a, b, r);
}
export function rem32(a: number, b: number): number {
  if (b === 0) panicDivide();
  const r = a % b;
  return r === 0 ? 0 : r; // no -0
}

/** A shift count as a non-negative JS number: negative signed counts panic, huge ones saturate. */
export function shiftCount(s: I64): number {
  if (typeof s === "bigint") {
    if (s < 0n) panicShift();
    return 1000;
  }
  if (s < 0) panicShift();
  return s > 1000 ? 1000 : s;
}

/** min for strings and 64-bit integers (numbers use Math.min). */
export function minOrdered(...xs: any[]): any {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) if (xs[i] < m) m = xs[i];
  return m;
}
export function maxOrdered(...xs: any[]): any {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) if (xs[i] > m) m = xs[i];
  return m;
}
