// strconv.ParseFloat's reading of decimal and hexadecimal floating-point text: Go's syntax
// (signs, "inf"/"infinity"/"nan", underscores only where a base prefix allows them, 'p'
// exponents for hex mantissas) and correct rounding to float64 or float32.
//
// Decimal text is rounded by JavaScript's Number(), which is exact. Rounding to float32 by
// way of float64 could round twice; that goes wrong only when the float64 lands exactly
// halfway between two float32 values, and then the text is compared with that midpoint
// exactly. Texts with more than 800 significant digits before the point are read as Go reads
// them, not always correctly (atoflong.ts).

import { underscoreOK } from "./atoi.js";
import { LONG_DIGITS, goLongDecimal } from "./atoflong.js";

export const enum ParseCode { OK = 0, Syntax = 1, Range = 2 }

function lower(c: number): number {
  return c | 0x20;
}

/** Length of the case-insensitive common prefix of s[i:] and the lower-case word. */
function prefixLen(s: string, i: number, word: string): number {
  let n = 0;
  while (n < word.length && i + n < s.length) {
    let c = s.charCodeAt(i + n);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(n)) break;
    n++;
  }
  return n;
}

/** Infinity or NaN at the start of s: [value, length] or null. */
function special(s: string): [number, number] | null {
  if (s.length === 0) return null;
  let i = 0, sign = 1;
  const c = s.charCodeAt(0);
  if (c === 43 || c === 45) {
    if (c === 45) sign = -1;
    i = 1;
  } else if (c === 110 || c === 78) {
    return prefixLen(s, 0, "nan") === 3 ? [NaN, 3] : null;
  } else if (c !== 105 && c !== 73) {
    return null;
  }
  let n = prefixLen(s, i, "infinity");
  if (n > 3 && n < 8) n = 3;
  if (n === 3 || n === 8) return [sign * Infinity, i + n];
  return null;
}

interface Read {
  neg: boolean;
  hex: boolean;
  /** Mantissa digits without leading zeros (decimal digits, or hex digits for hex). */
  digits: string;
  /** Value = 0.digits × base^dp (decimal), or digits as an integer × 2^exp2 (hex). */
  dp: number;
  /** Bytes consumed. */
  n: number;
  /** Significant digits before the point (decimal). */
  ndInt: number;
}

/** Reads the longest float prefix of s as Go's readFloat does; null if malformed. */
function readFloat(s: string): Read | null {
  let i = 0;
  let neg = false;
  let underscores = false;
  const len = s.length;
  if (i >= len) return null;
  if (s.charCodeAt(i) === 43) i++;
  else if (s.charCodeAt(i) === 45) { neg = true; i++; }
  let hex = false;
  if (i + 2 < len && s.charCodeAt(i) === 48 && lower(s.charCodeAt(i + 1)) === 120) {
    hex = true;
    i += 2;
  }
  let sawdot = false, sawdigits = false;
  let nd = 0, dp = 0, ndInt = 0;
  // The significant digits are s[first:end] without the '.' and '_' among them.
  let first = -1, end = -1, separated = false;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) { underscores = true; separated = true; continue; }
    if (c === 46) {
      if (sawdot) break;
      sawdot = true;
      separated = true;
      dp = nd;
      ndInt = nd;
      continue;
    }
    const isDec = c >= 48 && c <= 57;
    const isHex = hex && lower(c) >= 97 && lower(c) <= 102;
    if (!isDec && !isHex) break;
    sawdigits = true;
    if (c === 48 && nd === 0) { dp--; continue; } // leading zeros
    if (nd === 0) { first = i; separated = false; }
    nd++;
    end = i + 1;
  }
  if (!sawdigits) return null;
  let digits = "";
  if (nd > 0) {
    digits = s.slice(first, end);
    if (separated) digits = digits.replace(/[._]/g, "");
  }
  if (!sawdot) dp = ndInt = nd;
  if (hex) dp *= 4;
  const expChar = hex ? 112 : 101;
  if (i < len && lower(s.charCodeAt(i)) === expChar) {
    i++;
    if (i >= len) return null;
    let esign = 1;
    if (s.charCodeAt(i) === 43) i++;
    else if (s.charCodeAt(i) === 45) { i++; esign = -1; }
    if (i >= len || s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return null;
    let e = 0;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) { underscores = true; continue; }
      if (c < 48 || c > 57) break;
      if (e < 10000) e = e * 10 + (c - 48);
    }
    dp += e * esign;
  } else if (hex) {
    return null;
  }
  if (underscores && !underscoreOK(s.slice(0, i))) return null;
  return { neg, hex, digits, dp, n: i, ndInt };
}

const view = new DataView(new ArrayBuffer(8));

/** The float32 nearest to a decimal 0.digits × 10^dp (digits nonempty, no leading zero). */
export function decimalToFloat32(digits: string, dp: number): number {
  const d = Number("0." + digits + "e" + dp);
  const f = Math.fround(d);
  if (f === d || d === Infinity || d === 0) return f;
  // Is d exactly halfway between two float32 values? Then the text decides.
  const below = f < d ? f : prevFloat32(f);
  const above = f > d ? f : nextFloat32(f);
  const mid = (below + (above === Infinity ? 2 ** 128 : above)) / 2;
  if (mid !== d) return f;
  const c = compareDecimal(digits, dp, d);
  if (c < 0) return below;
  if (c > 0) return above;
  return f;
}

function nextFloat32(f: number): number {
  view.setFloat32(0, f);
  view.setUint32(0, view.getUint32(0) + 1);
  return view.getFloat32(0);
}

function prevFloat32(f: number): number {
  view.setFloat32(0, f);
  view.setUint32(0, view.getUint32(0) - 1);
  return view.getFloat32(0);
}

/** Sign of (0.digits × 10^dp) − x for a finite x > 0. */
function compareDecimal(digits: string, dp: number, x: number): number {
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else { m |= 1n << 52n; e = bexp - 1075; }
  // digits × 10^q versus m × 2^e
  const q = dp - digits.length;
  let a = BigInt(digits), b = m;
  if (q >= 0) a *= 10n ** BigInt(q); else b *= 10n ** BigInt(-q);
  if (e >= 0) b <<= BigInt(e); else a <<= BigInt(-e);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounds digits (hex) × 2^exp2 to the format; [value, overflowed]. */
function hexToFloat(digits: string, exp2: number, bitSize: number): [number, boolean] {
  let m = BigInt("0x" + digits);
  if (m === 0n) return [0, false];
  const mantbits = bitSize === 32 ? 23 : 52;
  const minExp = bitSize === 32 ? -126 : -1022;
  const maxExp = bitSize === 32 ? 127 : 1023;
  // value = m × 2^exp2. Find the position of the top bit.
  const top = m.toString(2).length - 1 + exp2; // value in [2^top, 2^(top+1))
  // The unit in the last place of the result.
  const ulpExp = Math.max(top, minExp) - mantbits;
  let q: bigint;
  const shift = ulpExp - exp2;
  if (shift <= 0) q = m << BigInt(-shift);
  else {
    const s = BigInt(shift);
    q = m >> s;
    const rem = m & ((1n << s) - 1n);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  }
  // q × 2^ulpExp, q has at most mantbits+2 bits.
  const v = Number(q) * Math.pow(2, ulpExp);
  const lim = bitSize === 32 ? 3.4028234663852886e38 : Number.MAX_VALUE;
  if (!isFinite(v) || v > lim || top > maxExp) return [Infinity, true];
  return [bitSize === 32 ? Math.fround(v) : v, false];
}

/**
 * The float at the start of s, as strconv's parseFloatPrefix: [value, bytes read, code].
 * Out-of-range values are ±Inf with code Range.
 */
export function parseFloatPrefix(s: string, bitSize: number): [number, number, ParseCode] {
  const sp = special(s);
  if (sp !== null) return [bitSize === 32 ? Math.fround(sp[0]) : sp[0], sp[1], ParseCode.OK];
  const r = readFloat(s);
  if (r === null) return [0, 0, ParseCode.Syntax];
  const sign = r.neg ? -1 : 1;
  if (r.digits === "") return [sign * 0, r.n, ParseCode.OK];
  let v: number;
  if (r.hex) {
    const [h, ovf] = hexToFloat(r.digits, r.dp - 4 * r.digits.length, bitSize);
    return [sign * h, r.n, ovf ? ParseCode.Range : ParseCode.OK];
  }
  if (r.ndInt > LONG_DIGITS) v = goLongDecimal(r.digits, r.dp, r.ndInt, bitSize);
  else if (r.dp > 400) v = Infinity;
  else if (r.dp < -400) v = 0;
  else v = bitSize === 32 ? decimalToFloat32(r.digits, r.dp) : Number("0." + r.digits + "e" + r.dp);
  if (v === Infinity) return [sign * Infinity, r.n, ParseCode.Range];
  return [sign * v, r.n, ParseCode.OK];
}

/** ParseFloat(s, bitSize) without the error value: [value, code]. */
export function parseFloat(s: string, bitSize: number): [number, ParseCode] {
  const [v, n, code] = parseFloatPrefix(s, bitSize);
  if (n !== s.length && code !== ParseCode.Syntax) return [0, ParseCode.Syntax];
  return [v, code];
}
