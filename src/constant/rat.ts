// Exact rationals as pairs of bigints, and their conversion to float32/float64 as math/big.Rat
// does it (its quotToFloat algorithm, quirks included: for values far below the smallest
// subnormal it may report a zero result as exact, and the float32 result goes through a
// float64).

import { InternalError } from "../base/index.js";
import { bitLen, gcd, scale2 } from "./bits.js";

/** num/den in lowest terms with den > 0 (big.Rat.norm). den must not be 0. */
export function normRat(num: bigint, den: bigint): [bigint, bigint] {
  if (den === 0n) throw new InternalError("division by zero");
  if (num === 0n) return [0n, 1n];
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den === 1n) return [num, den];
  const g = gcd(num, den);
  return g === 1n ? [num, den] : [num / g, den / g];
}

export function ratAdd(an: bigint, ad: bigint, bn: bigint, bd: bigint): [bigint, bigint] {
  if (ad === bd) return normRat(an + bn, ad);
  return normRat(an * bd + bn * ad, ad * bd);
}

export function ratSub(an: bigint, ad: bigint, bn: bigint, bd: bigint): [bigint, bigint] {
  if (ad === bd) return normRat(an - bn, ad);
  return normRat(an * bd - bn * ad, ad * bd);
}

export function ratMul(an: bigint, ad: bigint, bn: bigint, bd: bigint): [bigint, bigint] {
  return normRat(an * bn, ad * bd);
}

export function ratQuo(an: bigint, ad: bigint, bn: bigint, bd: bigint): [bigint, bigint] {
  if (bn === 0n) throw new InternalError("division by zero");
  return normRat(an * bd, ad * bn);
}

export function ratCmp(an: bigint, ad: bigint, bn: bigint, bd: bigint): number {
  const x = an * bd, y = bn * ad;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The float nearest to a/b (a >= 0, b > 0, coprime) with msize explicit mantissa bits (23 or 52)
 * and whether it is exact: big.Rat's quotToFloat32/quotToFloat64.
 */
function quotToFloat(a: bigint, b: bigint, msize: number, ebias: number): [number, boolean] {
  const msize1 = msize + 1, msize2 = msize1 + 1;
  const emin = 1 - ebias;
  const alen = bitLen(a);
  if (alen === 0) return [0, true];
  const blen = bitLen(b);
  // 1. Scale so the quotient has msize2 or msize2+1 bits.
  let exp = alen - blen;
  let a2 = a, b2 = b;
  const shift = msize2 - exp;
  if (shift > 0) a2 <<= BigInt(shift);
  else if (shift < 0) b2 <<= BigInt(-shift);
  // 2. Quotient and remainder.
  let mantissa = a2 / b2;
  let haveRem = a2 - mantissa * b2 !== 0n;
  // 3. Drop the extra bit, if any.
  if (mantissa >> BigInt(msize2) === 1n) {
    if ((mantissa & 1n) === 1n) haveRem = true;
    mantissa >>= 1n;
    exp++;
  }
  // 4. Rounding, losing precision for subnormals.
  if (emin - msize <= exp && exp <= emin) {
    const sh = BigInt(emin - (exp - 1));
    const lost = mantissa & ((1n << sh) - 1n);
    haveRem ||= lost !== 0n;
    mantissa >>= sh;
    exp = 2 - ebias;
  }
  let exact = !haveRem;
  if ((mantissa & 1n) !== 0n) {
    exact = false;
    if (haveRem || (mantissa & 2n) !== 0n) {
      mantissa++;
      if (mantissa >= 1n << BigInt(msize2)) {
        mantissa >>= 1n;
        exp++;
      }
    }
  }
  mantissa >>= 1n;
  const f = scale2(Number(mantissa), exp - msize1);
  return [f, exact];
}

const SAFE = 0x20000000000000n; // 2**53

/** big.Rat.Float64: the nearest float64 and whether it is exact. */
export function ratToFloat64(num: bigint, den: bigint): [number, boolean] {
  // Small components are exact doubles, and IEEE division rounds their quotient correctly
  // (which quotToFloat does too for all quotients this large); in lowest terms the quotient is
  // exact iff den is a power of two.
  if (den <= SAFE && num <= SAFE && num >= -SAFE) return [Number(num) / Number(den), (den & (den - 1n)) === 0n];
  const neg = num < 0n;
  const [f, exact] = quotToFloat(neg ? -num : num, den, 52, 1023);
  return [neg ? -f : f, exact && Number.isFinite(f)];
}

/** big.Rat.Float32: the nearest float32 (as a double) and whether it is exact. */
export function ratToFloat32(num: bigint, den: bigint): [number, boolean] {
  if (den <= SAFE && num <= SAFE && num >= -SAFE && (den & (den - 1n)) === 0n) {
    const d = Number(num) / Number(den); // exact, so rounding it to float32 rounds only once
    const f = Math.fround(d);
    return [f, f === d];
  }
  const neg = num < 0n;
  const [d, exact] = quotToFloat(neg ? -num : num, den, 23, 127);
  const f = Math.fround(d);
  return [neg ? -f : f, exact && Number.isFinite(f)];
}
