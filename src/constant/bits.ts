// Bit-level helpers for exact arithmetic: bigint bit lengths, trailing zeros and gcd, float64
// decomposition, and exact or correctly rounded scaling of doubles by powers of two.

export const MIN_INT64 = -(1n << 63n);
export const MAX_INT64 = (1n << 63n) - 1n;
export const MAX_UINT64 = (1n << 64n) - 1n;

/** The number of bits of |x|, i.e. the position of its highest set bit plus one (0 for 0). */
export function bitLen(x: bigint): number {
  if (x < 0n) x = -x;
  if (x <= 0xffffffffn) {
    const n = Number(x);
    return n === 0 ? 0 : 32 - Math.clz32(n);
  }
  // Hex conversion is linear for a power-of-two radix; the leading digit gives the top bits.
  const h = x.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
}

/** The number of trailing zero bits of x (x != 0). */
export function trailingZeros(x: bigint): number {
  const low = x & -x; // the lowest set bit alone (two's complement)
  return bitLen(low) - 1;
}

/** Greatest common divisor of |a| and |b|. */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Euclid on doubles while both fit: exact for safe integers and much cheaper than bigint.
  while (b !== 0n) {
    if (a <= 0x1fffffffffffffn && b <= 0x1fffffffffffffn) {
      let x = Number(a), y = Number(b);
      while (y !== 0) { const t = x % y; x = y; y = t; }
      return BigInt(x);
    }
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const pow5Cache: bigint[] = [1n, 5n, 25n, 125n, 625n, 3125n, 15625n, 78125n];

/** 5**n exactly. */
export function pow5(n: number): bigint {
  if (n < pow5Cache.length) return pow5Cache[n]!;
  if (n <= 512) {
    let p = pow5Cache[pow5Cache.length - 1]!;
    for (let i = pow5Cache.length; i <= n; i++) { p *= 5n; pow5Cache.push(p); }
    return p;
  }
  return 5n ** BigInt(n);
}

// Doubles are taken apart and built through one shared 8-byte buffer.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1; // little-endian: low word first
const HI = 1 - LO;

/** The IEEE bits of x as [high 32 bits, low 32 bits]. */
export function float64Words(x: number): [number, number] {
  f64[0] = x;
  return [u32[HI]!, u32[LO]!];
}

/** The double with the given high and low 32-bit words. */
export function float64FromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0]!;
}

/** The IEEE bits of a float32 value held in a double. */
export function float32Bits(x: number): number {
  return new Uint32Array(new Float32Array([x]).buffer)[0]!;
}

/**
 * Decomposes a finite nonzero double into an integer mantissa and exponent: |x| = m × 2**e, with
 * m odd. Returns the sign separately.
 */
export function decompose(x: number): { neg: boolean; m: bigint; e: number } {
  const [hi, lo] = float64Words(x);
  const neg = hi >>> 31 === 1;
  const be = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (be === 0) {
    e = -1074; // subnormal
  } else {
    m |= 1n << 52n;
    e = be - 1075;
  }
  const tz = trailingZeros(m);
  return { neg, m: m >> BigInt(tz), e: e + tz };
}

const pow2Table: number[] = [];

/** 2**k exactly, for -1074 <= k <= 1023. */
export function pow2(k: number): number {
  const i = k + 1074;
  let v = pow2Table[i];
  if (v === undefined) {
    v = k >= -1022 ? float64FromWords((k + 1023) << 20, 0) : k >= -1042 ? float64FromWords(1 << (k + 1042), 0) : float64FromWords(0, 2 ** (k + 1074));
    pow2Table[i] = v;
  }
  return v;
}

/**
 * x × 2**k with a single rounding (so exact when the result is representable), like Go's
 * math.Ldexp.
 */
export function scale2(x: number, k: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // A product with an exact power of two is one correctly rounded operation.
  if (k >= -1074 && k <= 1023) return x * pow2(k);
  // Otherwise normalise x to y × 2**ex with 1 <= |y| < 2, then scale y in exact steps and one
  // rounding step.
  let ex = 0;
  let [hi] = float64Words(x);
  if (((hi >>> 20) & 0x7ff) === 0) {
    x *= 2 ** 64;
    ex -= 64;
    [hi] = float64Words(x);
  }
  const be = (hi >>> 20) & 0x7ff;
  ex += be - 1023;
  const y = x * pow2(1023 - be); // exact: 1 <= |y| < 2
  const t = ex + k;
  if (t > 1023) return t > 2047 ? y * Infinity : y * pow2(1023) * pow2(t - 1023);
  if (t >= -1074) return y * pow2(t);
  if (t < -1076) return y * 0;
  return y * 0.25 * pow2(t + 2);
}
