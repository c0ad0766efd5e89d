// makeFromLiteral: the value of a Go literal, as go/constant.MakeFromLiteral computes it.
//
// Integers are parsed with big.Int.SetString's base-0 grammar (prefixes 0b 0o 0x, legacy octal
// 0777, underscores between digits, an optional sign). Floats go through big.Float.SetString
// at 512 bits, whose exponent decides between an exact fraction (parsed again as big.Rat does)
// and a binary float; the binary value is computed with big.Float's own steps (the power of
// five built by repeated squaring at 576/640 bits, one final rounding), because it is not
// always the correctly rounded one. Rune and string literals use strconv.UnquoteChar and
// strconv.Unquote semantics on byte strings.

import { InternalError } from "../base/index.js";
import { LitKind } from "../syntax/index.js";
import * as bf from "./bigfloat.js";
import { bitLen, pow5 } from "./bits.js";
import { unquote, unquoteChar } from "../syntax/index.js";
import { normRat } from "./rat.js";
import { int0, intFromBigInt, intFromNumber, makeComplex, makeFloat, makeString, MAX_EXP, PREC, RatVal, smallFloat, unknown, Value } from "./value.js";

/** A scanned number: the digits as an integer, their base, the count of fraction digits. */
interface Scanned {
  neg: boolean;
  mant: bigint;
  base: number;
  /** Number of digits after the radix point, negated (0 without a point). */
  fcount: number;
  /** Exponent value (0 if none) and its base (10 for e, 2 for p). */
  exp: number;
  ebase: number;
}

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const radixPrefix: Record<number, string> = { 2: "0b", 8: "0o", 10: "", 16: "0x" };

/**
 * big's nat.scan with base 0 from s[i], followed by scanExponent when fracOk (floats). Returns
 * null for a syntax error or when not all of s is consumed. With fracOk unset, a leading "0"
 * selects octal and no radix point or exponent is accepted.
 */
function scanNumber(s: string, fracOk: boolean): Scanned | null {
  const n = s.length;
  let i = 0;
  let neg = false;
  if (i < n && (s[i] === "+" || s[i] === "-")) {
    neg = s[i] === "-";
    i++;
  }
  // prev: '_', '0' (a digit or prefix) or '.' (anything else); a '_' must follow a digit.
  let prev = 46;
  let invalSep = false;
  let base = 10;
  let prefix = 0;
  let count = 0;
  if (i < n && s.charCodeAt(i) === 48) {
    prev = 48;
    count = 1;
    i++;
    if (i < n) {
      const c = s.charCodeAt(i) | 0x20;
      if (c === 0x62) { base = 2; prefix = 0x62; }
      else if (c === 0x6f) { base = 8; prefix = 0x6f; }
      else if (c === 0x78) { base = 16; prefix = 0x78; }
      else if (!fracOk) { base = 8; prefix = 48; }
      if (prefix !== 0) {
        count = 0; // the prefix is not counted
        if (prefix !== 48) i++;
      }
    }
  }
  let digits = prefix === 0 && count === 1 ? "0" : "";
  let dp = -1;
  let allowDot = fracOk;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 && allowDot) {
      allowDot = false;
      if (prev === 95) invalSep = true;
      prev = 46;
      dp = count;
    } else if (c === 95) {
      if (prev !== 48) invalSep = true;
      prev = 95;
    } else {
      if (digitVal(c) >= base) break;
      prev = 48;
      count++;
      digits += s[i];
    }
  }
  if (invalSep || prev === 95) return null;
  if (count === 0) {
    // only the octal prefix 0 (possibly followed by separators and digits > 7): decimal 0
    if (prefix !== 48) return null;
    base = 10;
    count = 1;
  }
  const mant = digits === "" ? 0n : BigInt(radixPrefix[base] + digits);
  const fcount = dp >= 0 ? dp - count : 0;
  let exp = 0, ebase = 10;
  if (fracOk && i < n) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 0x65 || c === 0x70) {
      ebase = c === 0x65 ? 10 : 2;
      i++;
      let eneg = false;
      if (i < n && (s[i] === "+" || s[i] === "-")) {
        eneg = s[i] === "-";
        i++;
      }
      let ed = "";
      let eprev = 46, einval = false;
      for (; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d >= 48 && d <= 57) { ed += s[i]; eprev = 48; }
        else if (d === 95) { if (eprev !== 48) einval = true; eprev = 95; }
        else break;
      }
      if (ed === "") return null;
      const big = BigInt(ed);
      if (eneg ? big > 1n << 63n : big >= 1n << 63n) return null; // strconv.ParseInt fails
      if (einval || eprev === 95) return null;
      // Exponents beyond 2**53 fail later in any case (the binary exponent leaves int32).
      exp = big > 1n << 53n ? (eneg ? -(2 ** 60) : 2 ** 60) : eneg ? -Number(big) : Number(big);
    }
  }
  if (i !== n) return null;
  return { neg, mant, base, fcount, exp, ebase };
}

/** The binary and decimal exponents of the radix point and exponent (exp2 excludes the mantissa). */
function exponents(sc: Scanned): [number, number] {
  let exp2 = 0, exp5 = 0;
  const d = sc.fcount;
  if (d < 0) {
    switch (sc.base) {
      case 10: exp5 = d; exp2 = d; break;
      case 2: exp2 = d; break;
      case 8: exp2 = d * 3; break;
      case 16: exp2 = d * 4; break;
    }
  }
  if (sc.ebase === 10) exp5 += sc.exp;
  exp2 += sc.exp;
  return [exp2, exp5];
}

/** big.Float.pow5 at precision 576 (with 640-bit squares). */
function bigPow5(n: number): bf.BigFloat {
  const m = 27;
  if (n <= m) return bf.fromBigInt(pow5(n), 576);
  let z = bf.fromBigInt(pow5(m), 576);
  let f = bf.fromBigInt(5n, 640);
  let k = n - m;
  while (k > 0) {
    if (k % 2 === 1) z = bf.mul(z, f, 576);
    f = bf.mul(f, f, 640);
    k = Math.floor(k / 2);
  }
  return z;
}

/** big.Float.SetString at 512 bits; null if it fails (syntax or exponent overflow). */
function parseBigFloat(sc: Scanned, exp2: number, exp5: number): bf.BigFloat | null {
  if (sc.mant === 0n) return sc.neg ? bf.NEG_ZERO : bf.ZERO;
  const top = bitLen(sc.mant) + exp2;
  if (top < bf.MinExp || top > bf.MaxExp) return null;
  const z = bf.fromParts(sc.neg, sc.mant, exp2);
  if (exp5 === 0) return bf.setPrec(z, PREC);
  const p = bigPow5(Math.abs(exp5));
  return exp5 < 0 ? bf.quo(z, p, PREC) : bf.mul(z, p, PREC);
}

/** big.Rat.SetString for the same literal; null when its exponent limits reject it. */
function parseRat(sc: Scanned, exp2: number, exp5: number): RatVal | null {
  if (sc.mant === 0n) return new RatVal(0n, 1n);
  let a = sc.mant, b = 1n;
  if (exp5 !== 0) {
    const k = Math.abs(exp5);
    if (k > 1e6) return null;
    if (exp5 > 0) a *= pow5(k);
    else b = pow5(k);
  }
  if (exp2 < -1e7 || exp2 > 1e7) return null;
  if (exp2 > 0) a <<= BigInt(exp2);
  else if (exp2 < 0) b <<= BigInt(-exp2);
  const [num, den] = normRat(sc.neg ? -a : a, b);
  return new RatVal(num, den);
}

/** go/constant's makeFloatFromLiteral; null when big.Float cannot parse lit. */
function makeFloatFromLiteral(lit: string): Value | null {
  if (lit === "Inf" || lit === "inf" || lit === "+Inf" || lit === "+inf" || lit === "-Inf" || lit === "-inf") {
    return unknown; // big.Float parses these as infinities
  }
  const sc = scanNumber(lit, true);
  if (sc === null) return null;
  const [exp2, exp5] = exponents(sc);
  const top = bitLen(sc.mant) + exp2;
  if (sc.mant !== 0n && (top < bf.MinExp || top > bf.MaxExp)) return null;
  // The binary float is needed only to decide whether the value is "small"; far from the
  // limits an estimate of its exponent decides.
  let f: bf.BigFloat | null = null;
  let small: boolean;
  if (sc.mant === 0n) {
    small = true;
  } else if (exp5 === 0 && Math.abs(top) < MAX_EXP - 2) {
    small = true;
  } else {
    const est = top + exp5 * Math.log2(5);
    if (Math.abs(est) < MAX_EXP - 64) {
      small = true;
    } else {
      f = parseBigFloat(sc, exp2, exp5);
      if (f === null) return null;
      small = smallFloat(f);
    }
  }
  if (small) {
    // A value that underflowed to zero is parsed as "0" (Go issue 20228).
    if (sc.mant === 0n || (f !== null && f.sign === 0)) return new RatVal(0n, 1n);
    const r = parseRat(sc, exp2, exp5);
    if (r !== null) return r;
  }
  f ??= parseBigFloat(sc, exp2, exp5);
  if (f === null) return null;
  return makeFloat(f);
}

/**
 * The value of a Go literal of the given kind (lit is the literal's source text, a byte
 * string); Unknown if the literal is malformed.
 */
export function makeFromLiteral(lit: string, kind: LitKind): Value {
  switch (kind) {
    case LitKind.Int: {
      // Fast path: short decimal literals.
      const n = lit.length;
      if (n > 0 && n <= 15 && lit.charCodeAt(0) !== 48) {
        let v = 0, i = 0;
        for (; i < n; i++) {
          const c = lit.charCodeAt(i) - 48;
          if (c < 0 || c > 9) break;
          v = v * 10 + c;
        }
        if (i === n) return intFromNumber(v);
      }
      const sc = scanNumber(lit, false);
      if (sc === null) return unknown;
      return intFromBigInt(sc.neg ? -sc.mant : sc.mant);
    }
    case LitKind.Float:
      return makeFloatFromLiteral(lit) ?? unknown;
    case LitKind.Imag: {
      const n = lit.length;
      if (n > 0 && lit.charCodeAt(n - 1) === 0x69) {
        const im = makeFloatFromLiteral(lit.slice(0, n - 1));
        if (im !== null) return makeComplex(int0, im);
      }
      return unknown;
    }
    case LitKind.Rune: {
      const n = lit.length;
      if (n >= 2) {
        const r = unquoteChar(lit, 1, n - 1, 0x27);
        if (r !== null) return intFromNumber(r.value);
      }
      return unknown;
    }
    case LitKind.String: {
      const s = unquote(lit);
      return s === null ? unknown : makeString(s);
    }
  }
  throw new InternalError(`${kind} is not a valid literal kind`);
}
