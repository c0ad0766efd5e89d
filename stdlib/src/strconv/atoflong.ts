// Go's reading of decimal texts with more than 800 significant digits before the point.
//
// Go's ParseFloat tries fast paths on the first 19 significant digits (exact float arithmetic
// when the mantissa and the power of ten are small, then the Eisel–Lemire algorithm, which
// gives up on inputs it cannot round with certainty) and otherwise falls back on a decimal of
// at most 800 digits. That fallback stops counting the digits before the point once it holds
// 800, so it reads such a text as if its point sat right after the 800th significant digit:
// "1" followed by 1000 zeros and "e-1000" gives 1e-201 rather than 1. To return what Go
// returns, this module decides as Go's fast paths do whether they settle a text and, when
// they do not, rounds the text as the fallback sees it.

import { decimalToFloat32 } from "./atof.js";

/** The digits the fallback decimal holds. */
export const LONG_DIGITS = 800;

const M64 = (1n << 64n) - 1n;

/** 128-bit mantissas of 10^q for q in [-348, 347], rounded down, top bit set (built on first use). */
let pow10Table: bigint[] | null = null;
const MIN_EXP10 = -348, MAX_EXP10 = 347;

function pow10Mantissa(q: number): bigint {
  if (pow10Table === null) {
    pow10Table = [];
    for (let k = MIN_EXP10; k <= MAX_EXP10; k++) {
      let m: bigint;
      if (k >= 0) {
        const v = 10n ** BigInt(k);
        const len = v.toString(2).length;
        m = len >= 128 ? v >> BigInt(len - 128) : v << BigInt(128 - len);
      } else {
        const p = 10n ** BigInt(-k);
        m = (1n << BigInt(127 + p.toString(2).length)) / p;
      }
      pow10Table.push(m);
    }
  }
  return pow10Table[q - MIN_EXP10]!;
}

const view = new DataView(new ArrayBuffer(8));

/**
 * The Eisel–Lemire conversion of man × 10^exp10 (man > 0) to a float of bitSize bits, or
 * null where it cannot decide the rounding (or the result is subnormal, zero or infinite).
 */
function eiselLemire(man: bigint, exp10: number, bitSize: number): number | null {
  if (exp10 < MIN_EXP10 || exp10 > MAX_EXP10) return null;
  const f32 = bitSize === 32;
  const bias = f32 ? 127 : 1023;
  const low = f32 ? 38n : 9n; // bits below the result's 54 (25 for float32) top bits
  const mask = (1n << low) - 1n;
  const mantBits = f32 ? 23 : 52;
  const maxExp = f32 ? 0xff : 0x7ff;
  const clz = 64 - man.toString(2).length;
  man <<= BigInt(clz);
  let exp2 = Math.floor((217706 * exp10) / 65536) + 64 + bias - clz;
  const p = pow10Mantissa(exp10);
  const x = man * (p >> 64n);
  let xHi = x >> 64n, xLo = x & M64;
  // The product with the top half of 10^q may be too low by up to man; when that could
  // carry into the kept bits, add the product with the bottom half.
  if ((xHi & mask) === mask && xLo + man > M64) {
    const y = man * (p & M64);
    const yHi = y >> 64n, yLo = y & M64;
    let mergedHi = xHi;
    const mergedLo = (xLo + yHi) & M64;
    if (mergedLo < xLo) mergedHi++;
    if ((mergedHi & mask) === mask && mergedLo === M64 && yLo + man > M64) return null;
    xHi = mergedHi;
    xLo = mergedLo;
  }
  const msb = xHi >> 63n;
  let mant = xHi >> (msb + low);
  exp2 -= 1 - Number(msb);
  // An exact-looking product ending in a half cannot be told from a true tie.
  if (xLo === 0n && (xHi & mask) === 0n && (mant & 3n) === 1n) return null;
  mant += mant & 1n;
  mant >>= 1n;
  if (mant >> BigInt(mantBits + 1) > 0n) {
    mant >>= 1n;
    exp2++;
  }
  if (exp2 <= 0 || exp2 >= maxExp) return null;
  const frac = mant & ((1n << BigInt(mantBits)) - 1n);
  if (f32) {
    view.setUint32(0, (exp2 << 23) | Number(frac));
    return view.getFloat32(0);
  }
  view.setBigUint64(0, (BigInt(exp2) << 52n) | frac);
  return view.getFloat64(0);
}

const POW10_64 = Array.from({ length: 23 }, (_, i) => Number("1e" + i));

/** Go's exact shortcut for small mantissas and powers of ten, or null. */
function exactPath(man: bigint, exp: number, bitSize: number): number | null {
  if (bitSize === 32) {
    if (man >> 23n !== 0n) return null;
    let f = Number(man);
    if (exp === 0) return f;
    if (exp > 0 && exp <= 17) {
      if (exp > 10) {
        f = Math.fround(f * POW10_64[exp - 10]!);
        exp = 10;
      }
      if (f > 1e7) return null;
      return Math.fround(f * POW10_64[exp]!);
    }
    if (exp < 0 && exp >= -10) return Math.fround(f / POW10_64[-exp]!);
    return null;
  }
  if (man >> 52n !== 0n) return null;
  let f = Number(man);
  if (exp === 0) return f;
  if (exp > 0 && exp <= 37) {
    if (exp > 22) {
      f *= POW10_64[exp - 22]!;
      exp = 22;
    }
    if (f > 1e15) return null;
    return f * POW10_64[exp]!;
  }
  if (exp < 0 && exp >= -22) return f / POW10_64[-exp]!;
  return null;
}

/**
 * The magnitude Go's ParseFloat gives 0.digits × 10^dp, where digits (significant digits,
 * no leading zero) has ndInt > 800 of them before the point.
 */
export function goLongDecimal(digits: string, dp: number, ndInt: number, bitSize: number): number {
  const nMant = Math.min(digits.length, 19);
  const man = BigInt(digits.slice(0, nMant));
  const trunc = /[1-9]/.test(digits.slice(nMant));
  const exp = dp - nMant;
  if (!trunc) {
    const f = exactPath(man, exp, bitSize);
    if (f !== null) return f;
  }
  const f = eiselLemire(man, exp, bitSize);
  if (f !== null && (!trunc || eiselLemire(man + 1n, exp, bitSize) === f)) return f;
  // The fallback: 800 digits, the point after the last of them, and a nonzero tail making
  // the value a little larger (so that a half rounds up).
  let d = digits.slice(0, LONG_DIGITS);
  if (/[1-9]/.test(digits.slice(LONG_DIGITS))) d += "1";
  const dpSeen = dp - ndInt + LONG_DIGITS;
  if (dpSeen > 400) return Infinity;
  if (dpSeen < -400) return 0;
  return bitSize === 32 ? decimalToFloat32(d, dpSeen) : Number("0." + d + "e" + dpSeen);
}
