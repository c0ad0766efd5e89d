// 64-bit integers as pairs of 32-bit halves, the form generated code keeps its hashing and
// random-number variables in (docs/values.md, "Word pairs"). A pair is two int32 JS numbers,
// high and low; arithmetic on them is a few 32-bit operations that V8 compiles to machine
// instructions, where the canonical I64 form (int64.ts) needs a bigint for every value past
// 2^53. The compiler inlines the cheap operations (and, or, xor, constant shifts, addition);
// what is too long to inline is here. Functions with two results write them to PAIR
// (high, low) instead of allocating: the caller reads them right after the call.

import type { I64 } from "./int64.js";

/** The result halves of the last pair operation or pair-returning call: [high, low]. */
export const PAIR = new Int32Array(2);

const TWO32 = 4294967296;
const TWO21 = 2097152;

// A 64-bit word seen both as a bigint and as its two halves: V8 compiles stores of a bigint
// into a BigUint64Array inline, where BigInt(), Number() and shifts of bigints are calls.
const word = new ArrayBuffer(8);
const wordU = new BigUint64Array(word);
const wordS = new BigInt64Array(word);
const halves = new Int32Array(word);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The high half of an I64 (two's complement for int64 values). */
export function hiOf(x: I64): number {
  if (typeof x === "number") return Math.floor(x / TWO32) | 0;
  wordU[0] = x;
  return halves[HI]!;
}

/** The low half of an I64. */
export function loOf(x: I64): number {
  if (typeof x === "number") return x | 0;
  wordU[0] = x;
  return halves[LO]!;
}

/** The uint64 with halves h, l, canonically. */
export function packU(h: number, l: number): I64 {
  const hu = h >>> 0;
  if (hu < TWO21) return hu * TWO32 + (l >>> 0);
  halves[HI] = h;
  halves[LO] = l;
  return wordU[0]!;
}

/** The int64 with halves h, l, canonically. */
export function packS(h: number, l: number): I64 {
  if (h >= -TWO21 && h < TWO21) {
    const v = h * TWO32 + (l >>> 0);
    // -2^53 itself is not a safe integer.
    if (v !== -9007199254740992) return v;
  }
  halves[HI] = h;
  halves[LO] = l;
  return wordS[0]!;
}

/** The low 64 bits of a × b into PAIR. */
export function mulP(ah: number, al: number, bh: number, bl: number): void {
  // al × bl in full from 16-bit parts; the high halves only contribute their low 32 bits.
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  PAIR[1] = (mid << 16) | (p00 & 0xffff);
  PAIR[0] = (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

/** (h, l) << n for a shift count n ≥ 0 into PAIR. */
export function shlP(h: number, l: number, n: number): void {
  if (n === 0) { PAIR[0] = h; PAIR[1] = l; }
  else if (n < 32) { PAIR[0] = (h << n) | (l >>> (32 - n)); PAIR[1] = l << n; }
  else if (n < 64) { PAIR[0] = l << (n - 32); PAIR[1] = 0; }
  else { PAIR[0] = 0; PAIR[1] = 0; }
}

/** (h, l) >> n, unsigned, into PAIR. */
export function shrUP(h: number, l: number, n: number): void {
  if (n === 0) { PAIR[0] = h; PAIR[1] = l; }
  else if (n < 32) { PAIR[1] = (l >>> n) | (h << (32 - n)); PAIR[0] = h >>> n; }
  else if (n < 64) { PAIR[1] = h >>> (n - 32); PAIR[0] = 0; }
  else { PAIR[0] = 0; PAIR[1] = 0; }
}

/** (h, l) >> n, signed, into PAIR. */
export function shrSP(h: number, l: number, n: number): void {
  if (n === 0) { PAIR[0] = h; PAIR[1] = l; }
  else if (n < 32) { PAIR[1] = (l >>> n) | (h << (32 - n)); PAIR[0] = h >> n; }
  else if (n < 64) { PAIR[1] = h >> (n - 32); PAIR[0] = h >> 31; }
  else { PAIR[0] = h >> 31; PAIR[1] = h >> 31; }
}

/** The float64 nearest the uint64 (h, l): one rounding, as gc's conversion. */
export function pairToFloatU(h: number, l: number): number {
  return (h >>> 0) * TWO32 + (l >>> 0);
}

/** The float64 nearest the int64 (h, l). */
export function pairToFloatS(h: number, l: number): number {
  return h * TWO32 + (l >>> 0);
}
