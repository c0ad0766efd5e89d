// Natives of package math that work on the bits of floats: conversions to and from IEEE-754
// bit patterns (NaN payloads kept, as the DataView keeps them), sign operations, and
// decomposition and scaling with Go's results for zeros, infinities, NaNs and subnormals.

const dv = new DataView(new ArrayBuffer(8));

/** A uint64 as Go values hold it: a number when it is a safe integer, else a bigint. */
export type U64 = number | bigint;

export function float64bits(x: number): U64 {
  dv.setFloat64(0, x);
  const b = dv.getBigUint64(0);
  return b <= 0x1fffffffffffffn ? Number(b) : b;
}

export function float64frombits(b: U64): number {
  dv.setBigUint64(0, BigInt.asUintN(64, BigInt(b)));
  return dv.getFloat64(0);
}

/** The high 32 bits (sign, exponent, top of the mantissa) of x. */
export function hiWord(x: number): number {
  dv.setFloat64(0, x);
  return dv.getUint32(0);
}

export function signbit(x: number): boolean {
  return (hiWord(x) & 0x80000000) !== 0;
}

/** The unbiased exponent of a finite non-zero x, subnormals included (floor(log2|x|)). */
export function ilogb(x: number): number {
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const e = (hi >>> 20) & 0x7ff;
  if (e !== 0) return e - 1023;
  // Subnormal: scale into the normal range first.
  dv.setFloat64(0, x * 2 ** 64);
  return ((dv.getUint32(0) >>> 20) & 0x7ff) - 1023 - 64;
}

/** frexp: x = frac * 2**exp with |frac| in [0.5, 1); zeros, infinities and NaN give (x, 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const e = ilogb(x) + 1;
  return [scale(x, -e), e];
}

/**
 * x * 2**n with one rounding, as Go's Ldexp: exact while the result is normal, rounded to
 * nearest-even when it is subnormal, ±0 or ±Inf beyond the range.
 */
export function scale(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = ilogb(x);
  // Bring x to [1, 2) exactly, then apply the whole exponent at once.
  const m = e >= -1022 ? x * 2 ** -e : (x * 2 ** 64) * 2 ** (-(e + 64));
  const t = e + n; // the result's exponent before rounding
  if (t > 1023) return m < 0 ? -Infinity : Infinity;
  if (t >= -1022) return m * 2 ** t;
  if (t < -1100) return m < 0 ? -0 : 0;
  // Subnormal result: m * 2**(t+1074) is exact (and at least 2**-26), and the final
  // multiplication by the smallest subnormal rounds once.
  return (m * 2 ** (t + 1074)) * 2 ** -1074;
}

export function ldexp(frac: number, exp: number | bigint): number {
  let n: number;
  if (typeof exp === "bigint") n = exp > 0n ? 1 << 20 : -(1 << 20);
  else n = Math.max(-(1 << 20), Math.min(1 << 20, exp));
  return scale(frac, n);
}

/** modf: integer and fractional parts, both with x's sign. */
export function modf(x: number): [number, number] {
  if (x < 1) {
    if (x < 0) {
      const [i, f] = modf(-x);
      return [-i, -f];
    }
    if (x === 0) return [x, x];
    return [0, x];
  }
  const i = Math.trunc(x);
  return [i, x - i];
}

/** The next float64 after x towards y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  dv.setFloat64(0, x);
  let b = dv.getBigUint64(0);
  b = (y > x) === (x > 0) ? b + 1n : b - 1n;
  dv.setBigUint64(0, b);
  return dv.getFloat64(0);
}

const fv = new DataView(new ArrayBuffer(4));

export function float32bits(x: number): number {
  fv.setFloat32(0, x);
  return fv.getUint32(0);
}

export function float32frombits(b: number): number {
  fv.setUint32(0, b >>> 0);
  return fv.getFloat32(0);
}

export function nextafter32(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return Math.fround(y > 0 ? 1.401298464324817e-45 : -1.401298464324817e-45);
  let b = float32bits(x);
  b = (y > x) === (x > 0) ? b + 1 : b - 1;
  return float32frombits(b);
}

/** The NaN gc's math routines return: quiet, with payload 1. */
export const goNaN = float64frombits(0x7ff8000000000001n);
