// Fused multiply-add with a single rounding, done exactly with big integers: x*y+z is formed
// as an integer times a power of two and rounded to the nearest float64 (ties to even),
// subnormal and overflowing results included.

const dv = new DataView(new ArrayBuffer(8));

/** x as [mantissa, exponent] with x = m * 2**e exactly (x finite and non-zero). */
function decompose(x: number): [bigint, number] {
  dv.setFloat64(0, x);
  const b = dv.getBigUint64(0);
  const neg = b >> 63n !== 0n;
  const ef = Number((b >> 52n) & 0x7ffn);
  let m = b & 0xfffffffffffffn;
  let e: number;
  if (ef === 0) e = -1074;
  else { m |= 1n << 52n; e = ef - 1075; }
  return [neg ? -m : m, e];
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The float64 nearest to m * 2**e (m a non-zero integer), ties to even. */
function roundToFloat(m: bigint, e: number): number {
  const neg = m < 0n;
  if (neg) m = -m;
  const len = bitLength(m);
  // The result's exponent if it is normal: the leading bit sits at 2**(len-1+e).
  const top = len - 1 + e;
  if (top > 1023) return neg ? -Infinity : Infinity;
  // Keep 53 significant bits, or fewer when the result is subnormal (quantum 2**-1074).
  let shift = len - 53;
  if (e + shift < -1074) shift = -1074 - e;
  if (shift > 0) {
    const sh = BigInt(shift);
    const q = m >> sh;
    const rem = m - (q << sh);
    const half = 1n << (sh - 1n);
    let r = q;
    if (rem > half || (rem === half && (q & 1n) === 1n)) r = q + 1n;
    m = r;
    e += shift;
  }
  // m now has at most 54 bits (53 plus a carry); the conversion and scaling are exact.
  let v = Number(m);
  if (e > 0) {
    v *= 2 ** Math.min(e, 1000);
    if (e > 1000) v *= 2 ** (e - 1000);
  } else if (e < 0) {
    // Split so that no intermediate underflows: the value is a multiple of 2**-1074.
    const a = Math.max(e, -1000);
    v *= 2 ** a;
    if (e < a) v *= 2 ** (e - a);
  }
  return neg ? -v : v;
}

export function fma(x: number, y: number, z: number): number {
  // A NaN operand is the result, the first one in operand order (as the FMA instruction does).
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (Number.isNaN(z)) return z;
  // Zero, infinite or NaN operands: the plain expression gives the same result, since the
  // product is then exact (or the sum is decided by an infinity or NaN).
  if (x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return x * y + z;
  if (!Number.isFinite(z)) return z;
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const p = mx * my;
  const ep = ex + ey;
  // x*y is not zero, so neither is x*y+0: its rounding keeps the product's sign.
  if (z === 0) return roundToFloat(p, ep);
  const [mz, ez] = decompose(z);
  let s: bigint;
  let es: number;
  if (ep <= ez) { s = p + (mz << BigInt(ez - ep)); es = ep; }
  else { s = (p << BigInt(ep - ez)) + mz; es = ez; }
  if (s === 0n) return 0; // exact cancellation gives +0 in round-to-nearest
  return roundToFloat(s, es);
}
