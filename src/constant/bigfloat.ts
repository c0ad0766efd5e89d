// Binary floating-point numbers with a chosen mantissa precision, reproducing math/big.Float as
// go/constant uses it: every operation computes the exact result and rounds it once to the
// target precision (round to nearest even unless asked otherwise), exponents are limited to the
// int32 range (beyond it results overflow to ±Inf or underflow to ±0), and conversions to float64
// and float32 round correctly, subnormals included.
//
// A finite nonzero value is ±mant × 2**exp with mant an odd positive bigint; `top` is
// exp + bitLen(mant), which is big.Float's exponent (value = 0.1xxx₂ × 2**top).

import { InternalError } from "../base/index.js";
import { bitLen, pow2, scale2, trailingZeros } from "./bits.js";

export const MinExp = -2147483648;
export const MaxExp = 2147483647;

export const enum Form { Zero, Finite, Inf }
export const enum Mode { ToNearestEven, ToZero, AwayFromZero }

export class BigFloat {
  /** Use the factory functions; the fields are normalised (odd mantissa). */
  constructor(
    readonly form: Form,
    readonly neg: boolean,
    readonly mant: bigint,
    readonly exp: number,
    readonly top: number,
  ) {}

  get sign(): number { return this.form === Form.Zero ? 0 : this.neg ? -1 : 1; }
  /** big.Float.MantExp's result (0 for zero and infinities). */
  get mantExp(): number { return this.form === Form.Finite ? this.top : 0; }
  get isInf(): boolean { return this.form === Form.Inf; }
  get isInt(): boolean { return this.form === Form.Zero || (this.form === Form.Finite && this.exp >= 0); }
}

export const ZERO = new BigFloat(Form.Zero, false, 0n, 0, 0);
export const NEG_ZERO = new BigFloat(Form.Zero, true, 0n, 0, 0);
export const INF = new BigFloat(Form.Inf, false, 0n, 0, 0);
export const NEG_INF = new BigFloat(Form.Inf, true, 0n, 0, 0);

const zero = (neg: boolean) => (neg ? NEG_ZERO : ZERO);
const inf = (neg: boolean) => (neg ? NEG_INF : INF);

/** An exact value ±m × 2**e (m > 0, any size), normalised. */
function exact(neg: boolean, m: bigint, e: number): BigFloat {
  if ((m & 1n) === 0n) {
    const tz = trailingZeros(m);
    m >>= BigInt(tz);
    e += tz;
  }
  return new BigFloat(Form.Finite, neg, m, e, e + bitLen(m));
}

/**
 * Rounds ±(m × 2**e + a sticky amount below the last bit when sticky) to prec bits, with the
 * exponent limits of big.Float's setExpAndRound (checked before rounding) and round (a carry out
 * of the top at MaxExp overflows). m > 0.
 */
export function round(neg: boolean, m: bigint, e: number, sticky: boolean, prec: number, mode: Mode): BigFloat {
  const nb = bitLen(m);
  let top = e + nb;
  if (top < MinExp) return zero(neg);
  if (top > MaxExp) return inf(neg);
  if (nb <= prec) {
    if (sticky) throw new InternalError("bigfloat: sticky bit without rounding bits");
    return exact(neg, m, e);
  }
  const r = nb - prec;
  let q = m >> BigInt(r);
  const rbit = (m >> BigInt(r - 1)) & 1n;
  if (rbit === 0n || mode === Mode.ToNearestEven) {
    sticky ||= (m & ((1n << BigInt(r - 1)) - 1n)) !== 0n;
  }
  let inc = false;
  if (rbit !== 0n || sticky) {
    switch (mode) {
      case Mode.ToNearestEven: inc = rbit !== 0n && (sticky || (q & 1n) !== 0n); break;
      case Mode.ToZero: inc = false; break;
      case Mode.AwayFromZero: inc = true; break;
    }
  }
  let qe = e + r;
  if (inc) {
    q += 1n;
    if (q >> BigInt(prec) !== 0n) {
      // carry out of the top: 1000…0 with one more bit
      if (top >= MaxExp) return inf(neg);
      q >>= 1n;
      qe++;
      top++;
    }
  }
  return exact(neg, q, qe);
}

/** x rounded to prec bits (big.Float.Set into a Float of that precision and mode). */
export function setPrec(x: BigFloat, prec: number, mode: Mode = Mode.ToNearestEven): BigFloat {
  if (x.form !== Form.Finite || bitLen(x.mant) <= prec) return x;
  return round(x.neg, x.mant, x.exp, false, prec, mode);
}

export function fromBigInt(x: bigint, prec: number): BigFloat {
  if (x === 0n) return ZERO;
  const neg = x < 0n;
  return round(neg, neg ? -x : x, 0, false, prec, Mode.ToNearestEven);
}

/** The exact value ±m × 2**e, not rounded (an operand for one of the operations below). */
export function fromParts(neg: boolean, m: bigint, e: number): BigFloat {
  return m === 0n ? zero(neg) : exact(neg, m, e);
}

/** num/den (den > 0) rounded to prec bits, as big.Float.SetRat. */
export function fromRat(num: bigint, den: bigint, prec: number): BigFloat {
  if (den === 1n) return fromBigInt(num, prec);
  const neg = num < 0n;
  return quoAbs(neg, neg ? -num : num, 0, den, 0, prec, Mode.ToNearestEven);
}

export function neg(x: BigFloat): BigFloat {
  return new BigFloat(x.form, !x.neg, x.mant, x.exp, x.top);
}

/** |x| <=> |y| for finite nonzero x and y. */
function ucmp(x: BigFloat, y: BigFloat): number {
  if (x.top !== y.top) return x.top < y.top ? -1 : 1;
  const bx = x.top - x.exp, by = y.top - y.exp;
  const mx = bx < by ? x.mant << BigInt(by - bx) : x.mant;
  const my = by < bx ? y.mant << BigInt(bx - by) : y.mant;
  return mx < my ? -1 : mx > my ? 1 : 0;
}

function ord(x: BigFloat): number {
  const m = x.form === Form.Zero ? 0 : x.form === Form.Finite ? 1 : 2;
  return x.neg ? -m : m;
}

export function cmp(x: BigFloat, y: BigFloat): number {
  const mx = ord(x), my = ord(y);
  if (mx !== my) return mx < my ? -1 : 1;
  if (mx === 1) return ucmp(x, y);
  if (mx === -1) return ucmp(y, x);
  return 0;
}

/**
 * ±(|x| + |y|) or ±(|x| - |y|) (|x| > |y| for a difference), rounded. An operand lying wholly
 * below the result's rounding position is replaced by a single sticky bit there, which rounds
 * identically but avoids shifting mantissas by up to billions of bits.
 */
function addAbs(neg: boolean, x: BigFloat, y: BigFloat, subtract: boolean, prec: number, mode: Mode): BigFloat {
  let ym = y.mant, ye = y.exp;
  const limit = Math.min(x.exp, x.top - prec - 2) - 1;
  if (y.top <= limit && x.top >= y.top) {
    ym = 1n;
    ye = limit - 1;
  }
  let xm = x.mant, xe = x.exp;
  if (!subtract && x.top <= Math.min(y.exp, y.top - prec - 2) - 1) {
    xm = 1n;
    xe = Math.min(y.exp, y.top - prec - 2) - 2;
  }
  const e = Math.min(xe, ye);
  const a = xm << BigInt(xe - e), b = ym << BigInt(ye - e);
  const m = subtract ? a - b : a + b;
  if (m === 0n) return ZERO;
  return round(neg, m, e, false, prec, mode);
}

export function add(x: BigFloat, y: BigFloat, prec: number, mode: Mode = Mode.ToNearestEven): BigFloat {
  if (x.form === Form.Finite && y.form === Form.Finite) {
    if (x.neg === y.neg) return addAbs(x.neg, x, y, false, prec, mode);
    const c = ucmp(x, y);
    if (c > 0) return addAbs(x.neg, x, y, true, prec, mode);
    if (c === 0) return ZERO;
    return addAbs(!x.neg, y, x, true, prec, mode);
  }
  if (x.form === Form.Inf && y.form === Form.Inf && x.neg !== y.neg) {
    throw new InternalError("bigfloat: addition of infinities with opposite signs");
  }
  if (x.form === Form.Zero && y.form === Form.Zero) return zero(x.neg && y.neg);
  if (x.form === Form.Inf || y.form === Form.Zero) return setPrec(x, prec, mode);
  return setPrec(y, prec, mode);
}

export function sub(x: BigFloat, y: BigFloat, prec: number, mode: Mode = Mode.ToNearestEven): BigFloat {
  return add(x, neg(y), prec, mode);
}

export function mul(x: BigFloat, y: BigFloat, prec: number, mode: Mode = Mode.ToNearestEven): BigFloat {
  const n = x.neg !== y.neg;
  if (x.form === Form.Finite && y.form === Form.Finite) {
    return round(n, x.mant * y.mant, x.exp + y.exp, false, prec, mode);
  }
  if ((x.form === Form.Zero && y.form === Form.Inf) || (x.form === Form.Inf && y.form === Form.Zero)) {
    throw new InternalError("bigfloat: multiplication of zero with infinity");
  }
  return x.form === Form.Inf || y.form === Form.Inf ? inf(n) : zero(n);
}

/** ±(a × 2**ae) / (b × 2**be), rounded; a, b > 0. */
function quoAbs(n: boolean, a: bigint, ae: number, b: bigint, be: number, prec: number, mode: Mode): BigFloat {
  // Enough quotient bits for the rounding bit; the remainder supplies the sticky bit.
  const s = Math.max(0, prec + 2 - (bitLen(a) - bitLen(b)));
  const a2 = a << BigInt(s);
  const q = a2 / b;
  const r = a2 - q * b;
  return round(n, q, ae - be - s, r !== 0n, prec, mode);
}

export function quo(x: BigFloat, y: BigFloat, prec: number, mode: Mode = Mode.ToNearestEven): BigFloat {
  const n = x.neg !== y.neg;
  if (x.form === Form.Finite && y.form === Form.Finite) {
    return quoAbs(n, x.mant, x.exp, y.mant, y.exp, prec, mode);
  }
  if ((x.form === Form.Zero && y.form === Form.Zero) || (x.form === Form.Inf && y.form === Form.Inf)) {
    throw new InternalError("bigfloat: division of zero by zero or infinity by infinity");
  }
  return x.form === Form.Zero || y.form === Form.Inf ? zero(n) : inf(n);
}

/** x truncated toward zero, and whether that was exact (big.Float.Int). x is finite. */
export function toBigInt(x: BigFloat): [bigint, boolean] {
  if (x.form !== Form.Finite) return [0n, true];
  if (x.top <= 0) return [0n, false];
  const v = x.exp >= 0 ? x.mant << BigInt(x.exp) : x.mant >> BigInt(-x.exp);
  return [x.neg ? -v : v, x.exp >= 0];
}

/** x as an exact fraction [num, den] (big.Float.Rat). x is finite. */
export function toRat(x: BigFloat): [bigint, bigint] {
  if (x.form !== Form.Finite) return [0n, 1n];
  const m = x.neg ? -x.mant : x.mant;
  return x.exp >= 0 ? [m << BigInt(x.exp), 1n] : [m, 1n << BigInt(-x.exp)];
}

/**
 * Rounds ±m × 2**e (m > 0) to the nearest IEEE binary float with p mantissa bits (24 or 53) and
 * exponents emin..emax, ties to even, subnormals included. Returns the value as a double and
 * whether the conversion was exact.
 */
export function roundIEEE(neg: boolean, m: bigint, e: number, p: number, emin: number, emax: number): [number, boolean] {
  const nb = bitLen(m);
  const E = e + nb - 1; // |value| is in [2**E, 2**(E+1))
  let bits = p;
  if (E < emin) {
    bits = p - (emin - E);
    if (bits < 0 || (bits === 0 && (m & (m - 1n)) === 0n)) return [neg ? -0 : 0, false];
    if (bits === 0) {
      const tiny = pow2(emin - p + 1);
      return [neg ? -tiny : tiny, false];
    }
  }
  let q = m, qe = e, ok = true;
  if (nb > bits) {
    const r = nb - bits;
    q = m >> BigInt(r);
    const rbit = (m >> BigInt(r - 1)) & 1n;
    const sticky = (m & ((1n << BigInt(r - 1)) - 1n)) !== 0n;
    ok = rbit === 0n && !sticky;
    if (rbit !== 0n && (sticky || (q & 1n) !== 0n)) q += 1n;
    qe = e + r;
  }
  if (qe + bitLen(q) - 1 > emax) return [neg ? -Infinity : Infinity, false];
  const v = scale2(Number(q), qe);
  return [neg ? -v : v, ok];
}

export function toFloat64(x: BigFloat): [number, boolean] {
  if (x.form === Form.Zero) return [x.neg ? -0 : 0, true];
  if (x.form === Form.Inf) return [x.neg ? -Infinity : Infinity, true];
  return roundIEEE(x.neg, x.mant, x.exp, 53, -1022, 1023);
}

export function toFloat32(x: BigFloat): [number, boolean] {
  if (x.form === Form.Zero) return [x.neg ? -0 : 0, true];
  if (x.form === Form.Inf) return [x.neg ? -Infinity : Infinity, true];
  return roundIEEE(x.neg, x.mant, x.exp, 24, -126, 127);
}

/** big.Float.Text('p', 0): "0x.<hex mantissa>p<exponent>", the mantissa in [0.5, 1). */
export function textP(x: BigFloat): string {
  const sign = x.neg ? "-" : "";
  if (x.form === Form.Inf) return x.neg ? "-Inf" : "+Inf";
  if (x.form === Form.Zero) return sign + "0";
  const nb = x.top - x.exp;
  const hex = (x.mant << BigInt((4 - (nb % 4)) % 4)).toString(16);
  return `${sign}0x.${hex}p${x.top >= 0 ? "+" : ""}${x.top}`;
}
