// math.Ldexp for the scanner's "mantissa p exponent" floats: frac × 2^exp rounded once,
// including results in the subnormal range.

import { splitFloat } from "../strconv/decimal.js";

export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !isFinite(frac) || frac !== frac) return frac;
  const neg = frac < 0;
  const { m, e } = splitFloat(neg ? -frac : frac);
  const k = e + exp;
  let v: number;
  if (k > 1100) v = Infinity;
  else if (k >= -1074) v = Number(m) * 2 ** k;
  else {
    // Below the smallest subnormal unit: shift the mantissa, rounding half to even.
    const sh = BigInt(-1074 - k);
    if (sh > 60n) return neg ? -0 : 0;
    let q = m >> sh;
    const rem = m & ((1n << sh) - 1n), half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
    v = Number(q) * 2 ** -1074;
  }
  return neg ? -v : v;
}
