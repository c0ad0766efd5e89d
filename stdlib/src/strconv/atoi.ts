// strconv's integer conversions: ParseUint, ParseInt and Atoi with Go's rules (base
// prefixes and underscores for base 0, the order in which syntax and range errors are found,
// the clamped value returned with a range error), and FormatInt/FormatUint in any base.
// Results are Go int64/uint64 values: numbers when safe, bigints beyond (docs/values.md).

import type { I64 } from "../../../runtime/int64.js";

/** Why a parse failed; the Go side turns the code into a *NumError. */
export const enum IntCode { OK = 0, Syntax = 1, Range = 2, Base = 3, BitSize = 4 }

function lower(c: number): number {
  return c | 0x20;
}

/** Whether underscores in s (a number literal, maybe signed, maybe base-prefixed) only separate digits. */
export function underscoreOK(s: string): boolean {
  let saw = 94; // '^': start of the number
  let i = 0;
  if (s.length >= 1 && (s[0] === "-" || s[0] === "+")) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === "0") {
    const c = lower(s.charCodeAt(1));
    if (c === 98 || c === 111 || c === 120) {
      i = 2;
      saw = 48; // a base prefix counts as a digit
      hex = c === 120;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (hex && lower(c) >= 97 && lower(c) <= 102)) {
      saw = 48;
      continue;
    }
    if (c === 95) {
      if (saw !== 48) return false;
      saw = 95;
      continue;
    }
    if (saw === 95) return false;
    saw = 33;
  }
  return saw !== 95;
}

/** A uint64 in canonical form. */
function canon(n: bigint): I64 {
  return n <= 9007199254740991n ? Number(n) : n;
}

/** ParseUint: [value, code]; a range error gives the largest value of the bit size. */
export function parseUint(s: string, base: number, bitSize: number): [I64, IntCode] {
  if (s === "") return [0, IntCode.Syntax];
  const base0 = base === 0;
  let i = 0;
  if (base >= 2 && base <= 36) {
    // as given
  } else if (base === 0) {
    base = 10;
    if (s[0] === "0") {
      const c = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      if (c === 98) { base = 2; i = 2; }
      else if (c === 111) { base = 8; i = 2; }
      else if (c === 120) { base = 16; i = 2; }
      else { base = 8; i = 1; }
    }
  } else {
    return [0, IntCode.Base];
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return [0, IntCode.BitSize];

  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const maxValI64 = canon(maxVal);
  // Digits accumulate in a number while that stays exact, then in a bigint.
  let n = 0;
  let big: bigint | null = null;
  const B = BigInt(base);
  const cutoff = (1n << 64n) / B + 1n; // beyond this, n*base overflows 64 bits
  let underscores = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 95 && base0) { underscores = true; continue; }
    if (c >= 48 && c <= 57) d = c - 48;
    else if (lower(c) >= 97 && lower(c) <= 122) d = lower(c) - 87;
    else return [0, IntCode.Syntax];
    if (d >= base) return [0, IntCode.Syntax];
    if (big === null) {
      const next = n * base + d;
      if (next <= 9007199254740991 / 36) {
        n = next;
        if (bitSize < 53 && n > Number(maxVal)) return [maxValI64, IntCode.Range];
        continue;
      }
      big = BigInt(n);
    }
    if (big >= cutoff) return [maxValI64, IntCode.Range];
    big = big * B + BigInt(d);
    if (big > maxVal) return [maxValI64, IntCode.Range];
  }
  if (underscores && !underscoreOK(s)) return [0, IntCode.Syntax];
  return [big === null ? n : canon(big), IntCode.OK];
}

/** ParseInt: [value, code]; a range error gives the bit size's largest or smallest value. */
export function parseInt(s: string, base: number, bitSize: number): [I64, IntCode] {
  if (s === "") return [0, IntCode.Syntax];
  let neg = false;
  let body = s;
  if (s[0] === "+") body = s.slice(1);
  else if (s[0] === "-") { neg = true; body = s.slice(1); }
  const [un, code] = parseUint(body, base, bitSize);
  if (code !== IntCode.OK && code !== IntCode.Range) return [0, code];
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  const u = BigInt(un);
  if (!neg && u >= cutoff) return [canonSigned(cutoff - 1n), IntCode.Range];
  if (neg && u > cutoff) return [canonSigned(-cutoff), IntCode.Range];
  if (typeof un === "number") return [neg ? (un === 0 ? 0 : -un) : un, IntCode.OK];
  return [canonSigned(neg ? -u : u), IntCode.OK];
}

function canonSigned(n: bigint): I64 {
  return n <= 9007199254740991n && n >= -9007199254740991n ? Number(n) : n;
}

/** Atoi: [value, code]. */
export function atoi(s: string): [I64, IntCode] {
  const n = s.length;
  // Up to 15 digits the value is exact in a number (Go's own fast path goes to 18).
  if (n > 0 && n < 16) {
    let i = 0;
    const c0 = s.charCodeAt(0);
    if (c0 === 45 || c0 === 43) {
      i = 1;
      if (n < 2) return [0, IntCode.Syntax];
    }
    let v = 0;
    for (; i < n; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return [0, IntCode.Syntax];
      v = v * 10 + d;
    }
    return [c0 === 45 && v !== 0 ? -v : v, IntCode.OK];
  }
  return parseInt(s, 10, 0);
}

/** FormatInt/FormatUint of an I64 in base 2..36 (the caller checks the base). */
export function formatInt(v: I64, base: number): string {
  return v.toString(base);
}
