// Exp, Log and Hypot as gc computes them on amd64, where they are assembly routines rather
// than the portable Go code: the results differ from both the portable algorithms and the JS
// engine's in the last bit, so the routines' arithmetic is reproduced step by step.
//
// Exp: x = k*ln2 + r (k to nearest, r reduced with ln2 split in two parts), e**(r/16) by a
// Taylor polynomial, squared four times through y -> y*(y+2) (which keeps e**t - 1 precise),
// then scaled by 2**k. gc uses fused multiply-adds where the CPU has them (every x86-64 CPU
// since 2013) and so does this code.
//
// Log: x = 2**k * f with f in (sqrt(2)/2, sqrt(2)], s = (f-1)/(f+1), and log(f) from an odd
// polynomial in s (fdlibm's coefficients). The exponent and fraction are taken from the raw
// bits, so subnormal inputs are treated as if their exponent field were that of 2**-1022 —
// giving gc's (inaccurate) results for them.

import { fma } from "./fma.js";
import { goNaN } from "./bitsnative.js";

const dv = new DataView(new ArrayBuffer(8));

const LOG2E = 1.4426950408889634073599246810018920;
const LN2U = 0.69314718055966295651160180568695068359375;
const LN2L = 0.28235290563031577122588448175013436025525412068e-12;
const OVERFLOW = 7.09782712893384e+02;
// 1/n! for n = 8 down to 3.
const T8 = 2.4801587301587301587e-5;
const T7 = 1.9841269841269841270e-4;
const T6 = 1.3888888888888888889e-3;
const T5 = 8.3333333333333333333e-3;
const T4 = 4.1666666666666666667e-2;
const T3 = 1.6666666666666666667e-1;

/** The float whose exponent field is `field` and whose mantissa is zero: 2**(field-1023). */
function pow2Field(field: number): number {
  dv.setUint32(0, field << 20);
  dv.setUint32(4, 0);
  return dv.getFloat64(0);
}

/** CVTSD2SL: to nearest (ties to even), 0x80000000 when out of the int32 range. */
function toInt32Nearest(t: number): number {
  if (!(t >= -2147483648.5 && t < 2147483647.5)) return -2147483648;
  let k = Math.round(t);
  if (k - t === 0.5 && (k & 1) !== 0) k -= 1; // Math.round breaks ties upwards
  return k;
}

export function exp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > OVERFLOW) return Infinity;
  const k = toInt32Nearest(LOG2E * x);
  let r = fma(-k, LN2U, x);
  r = fma(-k, LN2L, r);
  r *= 0.0625;
  let p = fma(T8, r, T7);
  p = fma(p, r, T6);
  p = fma(p, r, T5);
  p = fma(p, r, T4);
  p = fma(p, r, T3);
  p = fma(p, r, 0.5);
  p = fma(p, r, 1.0);
  let y = r * p;
  y = y * (y + 2.0);
  y = y * (y + 2.0);
  y = y * (y + 2.0);
  y = fma(y, y + 2.0, 1.0);
  let field = k + 0x3ff;
  if (field >= 0x7ff) return Infinity;
  if (field <= 0) {
    if (field < -52) return 0;
    y *= pow2Field(field + 0x3fe);
    field = 1;
  }
  return y * pow2Field(field);
}

const HSQRT2 = 7.07106781186547524401e-01;
const LN2HI = 6.93147180369123816490e-01;
const LN2LO = 1.90821492927058770002e-10;
const L1 = 6.666666666666735130e-01;
const L2 = 3.999999999940941908e-01;
const L3 = 2.857142874366239149e-01;
const L4 = 2.222219843214978396e-01;
const L5 = 1.818357216161805012e-01;
const L6 = 1.531383769920937332e-01;
const L7 = 1.479819860511658591e-01;

export function log(x: number): number {
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  if ((hi & 0x7fffffff) === 0 && lo === 0) return -Infinity;
  if (hi & 0x80000000) return goNaN;
  if (hi >= 0x7ff00000) return x;
  // f1 = 0.5 * 1.mantissa, k = the exponent field - 1022.
  dv.setUint32(0, (hi & 0x000fffff) | 0x3fe00000);
  let f1 = dv.getFloat64(0);
  let k = ((hi >>> 20) & 0x7ff) - 0x3fe;
  if (!(HSQRT2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * LN2HI - ((hfsq - (s * (hfsq + R) + k * LN2LO)) - f);
}

/** Hypot as gc's amd64 routine: max * sqrt(1 + (min/max)**2), no rescaling. */
export function hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (p === Infinity || q === Infinity) return Infinity;
  if (Number.isNaN(p) || Number.isNaN(q)) return goNaN;
  if (p === 0 && q === 0) return 0;
  const max = p > q ? p : q;
  let min = p > q ? q : p;
  min /= max;
  return max * Math.sqrt(min * min + 1.0);
}
