// Exact 64-bit integer arithmetic for Go's int, int64, uint, uint64 and uintptr, on the "I64"
// representation of docs/values.md: a value is a JS number while it is a safe integer
// (|v| <= 2^53-1) and a bigint otherwise. int64 values lie in [-2^63, 2^63), uint64 values in
// [0, 2^64). Every function here takes canonical operands and returns a canonical result:
// a value that fits a safe integer is never a bigint, and a number is never -0 (Go has no
// negative integer zero, and a -0 would leak out through float64(i) or 1/x).
//
// Because the form is canonical, comparisons need no helpers: ===, !==, <, <=, >, >= compare a
// number with a bigint by mathematical value, equal values are identical, and I64s work as Map
// keys.
//
// Generated code calls these functions on every 64-bit operation, so each exported function
// starts with a fast path for two numbers that is small enough for V8 to inline and does not
// allocate. Operands or results beyond the safe range go to the *Slow functions of
// int64word.ts, which are written for V8's optimizing compiler: programs that hash or generate
// random numbers keep nearly all their values there.
//
// Float conversions reproduce what gc's generated code computes on linux/amd64 for values in
// variables (constants are folded by the compiler and are out of scope here); they are checked
// against testdata/int64conv.json, recorded from real Go by testdata/int64gen. float32 sources
// need no functions of their own: widening float32 to float64 is exact and gc's float32
// conversions give the same results as the float64 ones on the widened value (the fixtures
// check this too).

import {
  asI, asU, POW2, W32, W64, I32, LO, HI, S64, wrapS, wrapU, safeOrBig, num2big, w, canonS, canonU, setHalves,
  add64Slow, sub64Slow, mul64Slow, div64Slow, rem64Slow, and64Slow, or64Slow, xor64Slow, andNot64Slow,
  shl64Slow, shr64Slow, addU64Slow, subU64Slow, mulU64Slow, divU64Slow, remU64Slow, andU64Slow, orU64Slow,
  xorU64Slow, andNotU64Slow, shlU64Slow, shrU64Slow,
} from "./int64word.js";

/** A Go 64-bit integer: a safe-integer number, or a bigint beyond the safe range. */
export type I64 = number | bigint;

const MAX_SAFE = 9007199254740991;
const BIG_MAX_SAFE = 9007199254740991n;
const TWO32 = 4294967296;
const TWO53 = 9007199254740992;
const TWO63 = 9223372036854775808;
const TWO64N = 18446744073709551616n;
const TWO63N = 9223372036854775808n;
const MIN_INT64 = -9223372036854775808n;

// ---- Signed (int, int64) ----
//
// A double sum, difference or product of safe integers is exact while the true result is
// safe, and rounds to at least 2^53 in magnitude otherwise (2^53 is a double and rounding is
// monotonic), so the range check on the double result is sound. The check is written as
// Math.abs(r) <= MAX_SAFE because V8 compiles that best when r is an int32 as well as when it
// is a double (two comparisons make a counter loop markedly slower).

export function add64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Math.abs(r) <= MAX_SAFE) return r;
  }
  return add64Slow(a, b);
}

export function sub64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Math.abs(r) <= MAX_SAFE) return r;
  }
  return sub64Slow(a, b);
}

export function mul64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Math.abs(r) <= MAX_SAFE) return r + 0; // + 0 turns 0 * -n = -0 into 0
  }
  return mul64Slow(a, b);
}

// Truncating a double quotient of safe integers gives the exact integer quotient: a quotient
// that is not an integer lies at least 1/|b| away from the next integer k, which exceeds half
// an ulp of k unless k*|b| >= 2^53, and that forces |a| = 2^53-1 with |b| a power of two,
// whose quotient is exact anyway.

/** Go's a / b for int64 (truncated; b != 0). MinInt64 / -1 wraps to MinInt64 as on amd64. */
export function div64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b) + 0;
  return div64Slow(a, b);
}

/** Go's a % b for int64 (sign of a; b != 0). JS % on doubles is exact. */
export function rem64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return (a % b) + 0;
  return rem64Slow(a, b);
}

export function neg64(a: I64): I64 {
  if (typeof a === "number") return 0 - a;
  return canonS(asI(64, 0n - a));
}

export function and64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return and64Slow(a, b);
}

export function or64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return or64Slow(a, b);
}

export function xor64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return xor64Slow(a, b);
}

/** Go's a &^ b. */
export function andNot64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & ~b;
  return andNot64Slow(a, b);
}

/** Go's ^a for int64, which is -a-1. */
export function not64(a: I64): I64 {
  if (typeof a === "number") return safeOrBig(-1 - a);
  return canonS(asI(64, a ^ -1n));
}

/** a << n for int64; n >= 0, any size (>= 64 gives 0). */
export function shl64(a: I64, n: number): I64 {
  if (typeof a === "number" && n < 53) {
    const r = a * POW2[n]!;
    if (Math.abs(r) <= MAX_SAFE) return r;
  }
  return shl64Slow(a, n);
}

/** a >> n for int64, arithmetic; n >= 0, any size (>= 64 gives 0 or -1). */
export function shr64(a: I64, n: number): I64 {
  // Division by a power of two is exact and floor rounds toward -Inf as the shift does.
  if (typeof a === "number") return Math.floor(a / POW2[n < 63 ? n : 63]!);
  return shr64Slow(a, n);
}

// ---- Unsigned (uint, uint64, uintptr) ----

export function addU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return addU64Slow(a, b);
}

export function subU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= 0) return r;
  }
  return subU64Slow(a, b);
}

export function mulU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return mulU64Slow(a, b);
}

/** Go's a / b for uint64 (b != 0); exact on doubles for the reason given at div64. */
export function divU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b);
  return divU64Slow(a, b);
}

export function remU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return a % b;
  return remU64Slow(a, b);
}

export function negU64(a: I64): I64 {
  if (a === 0) return 0;
  return canonU(asU(64, 0n - w(a)));
}

export function andU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return andU64Slow(a, b);
}

export function orU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return orU64Slow(a, b);
}

export function xorU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return xorU64Slow(a, b);
}

/** Go's a &^ b for uint64. */
export function andNotU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & ~b;
  return andNotU64Slow(a, b);
}

/** Go's ^a for uint64, which is 2^64-1-a. */
export function notU64(a: I64): I64 {
  return canonU(asU(64, w(a) ^ -1n));
}

/** a << n for uint64; n >= 0, any size (>= 64 gives 0). */
export function shlU64(a: I64, n: number): I64 {
  if (typeof a === "number" && n < 53) {
    const r = a * POW2[n]!;
    if (r <= MAX_SAFE) return r;
  }
  return shlU64Slow(a, n);
}

/** a >> n for uint64, logical; n >= 0, any size (>= 64 gives 0). */
export function shrU64(a: I64, n: number): I64 {
  if (typeof a === "number") return Math.floor(a / POW2[n < 63 ? n : 63]!);
  return shrU64Slow(a, n);
}

// ---- Conversions between integer types ----

/** uint64(a) for an int64 a: two's complement reinterpretation. */
export function int64ToUint64(a: I64): I64 {
  if (typeof a === "number") return a >= 0 ? a : asU(64, num2big(a));
  return a < 0n ? asU(64, a) : a; // a negative int64 becomes at least 2^63: a bigint
}

/** int64(a) for a uint64 a: two's complement reinterpretation. */
export function uint64ToInt64(a: I64): I64 {
  if (typeof a === "number" || a < TWO63N) return a;
  return canonS(asI(64, a));
}

// ToInt32 and ToUint32 reduce any integral double modulo 2^32 exactly, so numbers need no
// splitting; the narrower types take the low bits of that.

export function toInt32(a: I64): number {
  if (typeof a === "number") return a | 0;
  W64[0] = a;
  return I32[LO]!;
}

export function toUint32(a: I64): number {
  if (typeof a === "number") return a >>> 0;
  W64[0] = a;
  return W32[LO]!;
}

export function toInt16(a: I64): number {
  return (toInt32(a) << 16) >> 16;
}

export function toUint16(a: I64): number {
  return toInt32(a) & 0xffff;
}

export function toInt8(a: I64): number {
  return (toInt32(a) << 24) >> 24;
}

export function toUint8(a: I64): number {
  return toInt32(a) & 0xff;
}

/** Wraps any integer (a bigint or an integral double) into int64, canonically. */
export function wrapInt64(x: number | bigint): I64 {
  if (Number.isSafeInteger(x)) return (x as number) + 0;
  return wrapS(BigInt(x)); // BigInt throws a RangeError for a non-integral double
}

/** Wraps any integer (a bigint or an integral double) into uint64, canonically. */
export function wrapUint64(x: number | bigint): I64 {
  if (Number.isSafeInteger(x) && (x as number) >= 0) return (x as number) + 0;
  return wrapU(BigInt(x));
}

// ---- Float conversions (gc on amd64) ----

// A bigint's value is hi*2^32 + lo on its halves; hi*2^32 is exact, so the one addition
// rounds to nearest, ties to even, exactly as CVTSQ2SD does (gc converts uint64 with a halving
// trick that also rounds correctly).

export function int64ToFloat64(a: I64): number {
  if (typeof a === "number") return a;
  W64[0] = a;
  return I32[HI]! * TWO32 + W32[LO]!;
}

export function uint64ToFloat64(a: I64): number {
  if (typeof a === "number") return a;
  W64[0] = a;
  return W32[HI]! * TWO32 + W32[LO]!;
}

// gc rounds 64-bit integers to float32 in one step (CVTSQ2SS). Math.fround(Number(b)) would
// round twice and can be wrong at halfway points, so a bigint is first cut to a double with
// its discarded bits folded into a sticky low bit (rounding to odd); with a double's 53 bits
// against float32's 24, the second rounding then gives the correctly rounded result.
function bigToFloat32(b: bigint): number {
  const neg = b < 0n;
  const m = neg ? -b : b; // at least 2^53, so m >> 11 keeps at least 43 bits
  let h = m >> 11n;
  if (h << 11n !== m) h |= 1n;
  const d = Number(h) * 2048;
  return Math.fround(neg ? -d : d);
}

export function int64ToFloat32(a: I64): number {
  return typeof a === "number" ? Math.fround(a) : bigToFloat32(a);
}

export function uint64ToFloat32(a: I64): number {
  return typeof a === "number" ? Math.fround(a) : bigToFloat32(a);
}

/**
 * int64(f) as CVTTSD2SQ computes it: truncation toward zero, and MinInt64 for NaN, infinities
 * and values outside the int64 range.
 */
export function float64ToInt64(f: number): I64 {
  if (f > -TWO53 && f < TWO53) return Math.trunc(f) + 0;
  if (!(f >= -TWO63 && f < TWO63)) return MIN_INT64;
  setHalves(f);
  return S64[0]!;
}

/**
 * uint64(f) as gc computes it on amd64: below 2^63 the signed conversion, reinterpreted
 * (so -1.5 gives 2^64-1, and values below -2^63 give 2^63); otherwise the signed conversion of
 * f - 2^63 with the top bit set, which is exact up to 2^64 and gives 2^63 for NaN, +Inf and
 * anything larger.
 */
export function float64ToUint64(f: number): I64 {
  if (f > -1 && f < TWO53) return Math.trunc(f) + 0;
  return float64ToUint64Slow(f);
}

// Here f <= -1 or f >= 2^53, so the result is at least 2^53 either way.
function float64ToUint64Slow(f: number): I64 {
  if (!(f >= -TWO63 && f < 2 * TWO63)) return TWO63N;
  setHalves(Math.trunc(f));
  return W64[0]!;
}

/** int32(f) as CVTTSD2SL computes it: MinInt32 for NaN and out-of-range values. */
export function float64ToInt32(f: number): number {
  return f > -2147483649 && f < 2147483648 ? f | 0 : -2147483648;
}

/** uint32(f): gc converts to int64 (CVTTSD2SQ) and keeps the low 32 bits. */
export function float64ToUint32(f: number): number {
  return f >= -TWO63 && f < TWO63 ? f >>> 0 : 0;
}

// The 8- and 16-bit types, signed or not, go through int32 (CVTTSD2SL) and keep the low bits.

export function float64ToInt16(f: number): number {
  return (float64ToInt32(f) << 16) >> 16;
}

export function float64ToUint16(f: number): number {
  return float64ToInt32(f) & 0xffff;
}

export function float64ToInt8(f: number): number {
  return (float64ToInt32(f) << 24) >> 24;
}

export function float64ToUint8(f: number): number {
  return float64ToInt32(f) & 0xff;
}

// ---- Formatting and checks ----

export function int64ToString(a: I64): string {
  return String(a);
}

export function uint64ToString(a: I64): string {
  return String(a);
}

/**
 * Whether x is an I64 in canonical form: a safe-integer number other than -0, or a bigint
 * beyond the safe range. signed = true checks the int64 range, false the uint64 range, and
 * leaving it out accepts either.
 */
export function isI64(x: unknown, signed?: boolean): boolean {
  const lo = signed === false ? 0n : MIN_INT64;
  const hi = signed === true ? TWO63N : TWO64N;
  if (typeof x === "number") return Number.isSafeInteger(x) && !Object.is(x, -0) && BigInt(x) >= lo && BigInt(x) < hi;
  if (typeof x === "bigint") return (x > BIG_MAX_SAFE || x < -BIG_MAX_SAFE) && x >= lo && x < hi;
  return false;
}
