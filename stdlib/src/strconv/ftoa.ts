// strconv.FormatFloat: the formats 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', shortest
// (precision < 0) or with a precision, for float64 and float32 values. Digits come from
// decimal.ts; this file lays them out as Go does.

import { type Digits, roundFrac, roundSig, shortest32, shortest64 } from "./decimal.js";

const view = new DataView(new ArrayBuffer(8));

/** FormatFloat(x, fmt, prec, bitSize); fmt is the format byte as a one-char string. */
export function formatFloat(x: number, fmt: string, prec: number, bitSize: number): string {
  if (bitSize === 32) x = Math.fround(x);
  if (x !== x) return "NaN";
  if (x === Infinity) return "+Inf";
  if (x === -Infinity) return "-Inf";
  const neg = x < 0 || Object.is(x, -0);
  const a = neg ? -x : x;
  if (fmt === "b") return fmtB(neg, a, bitSize);
  if (fmt === "x" || fmt === "X") return fmtX(neg, a, bitSize, prec, fmt);
  const shortest = prec < 0;
  let digs: Digits;
  if (shortest) {
    digs = a === 0 ? { d: "", dp: 0 } : bitSize === 32 ? shortest32(a) : shortest64(a);
    switch (fmt) {
      case "e": case "E": prec = Math.max(digs.d.length - 1, 0); break;
      case "f": prec = Math.max(digs.d.length - digs.dp, 0); break;
      case "g": case "G": prec = digs.d.length; break;
    }
  } else {
    switch (fmt) {
      case "e": case "E":
        digs = a === 0 ? { d: "", dp: 0 } : roundSig(a, prec + 1);
        break;
      case "f":
        digs = a === 0 ? { d: "", dp: 0 } : roundFrac(a, prec);
        break;
      case "g": case "G":
        if (prec === 0) prec = 1;
        digs = a === 0 ? { d: "", dp: 0 } : roundSig(a, prec);
        break;
      default:
        digs = { d: "", dp: 0 };
    }
  }
  return formatDigits(neg, digs, prec, fmt, shortest);
}

function formatDigits(neg: boolean, digs: Digits, prec: number, fmt: string, shortest: boolean): string {
  switch (fmt) {
    case "e": case "E":
      return fmtE(neg, digs, prec, fmt);
    case "f":
      return fmtF(neg, digs, prec);
    case "g": case "G": {
      const nd = digs.d.length;
      // The exponent decides between %e and %f; trailing zeros are not printed, so a
      // precision beyond the digits available counts only up to them.
      let eprec = prec;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      // Shortest output switches to %e at the exponent %v is known for: 1e+06 and beyond.
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === "g" ? "e" : "E");
      }
      if (prec > digs.dp) prec = nd;
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
    }
  }
  return "%" + fmt;
}

/** -d.ddddde±dd */
function fmtE(neg: boolean, digs: Digits, prec: number, fmt: string): string {
  const d = digs.d;
  let s = neg ? "-" : "";
  s += d.length > 0 ? d[0] : "0";
  if (prec > 0) {
    s += ".";
    const m = Math.min(d.length, prec + 1);
    if (m > 1) s += d.slice(1, m);
    if (prec + 1 > Math.max(m, 1)) s += "0".repeat(prec + 1 - Math.max(m, 1));
  }
  let exp = d.length === 0 ? 0 : digs.dp - 1;
  s += fmt;
  if (exp < 0) {
    s += "-";
    exp = -exp;
  } else s += "+";
  return s + (exp < 10 ? "0" + exp : String(exp));
}

/** -ddddddd.ddddd */
function fmtF(neg: boolean, digs: Digits, prec: number): string {
  const d = digs.d;
  let s = neg ? "-" : "";
  if (digs.dp > 0) {
    const m = Math.min(d.length, digs.dp);
    s += d.slice(0, m);
    if (digs.dp > m) s += "0".repeat(digs.dp - m);
  } else s += "0";
  if (prec > 0) {
    s += ".";
    // Digits at places dp .. dp+prec-1 of d, zeros outside it.
    let frac = "";
    const start = digs.dp;
    if (start < 0) frac = "0".repeat(Math.min(-start, prec));
    const from = Math.max(start, 0);
    if (frac.length < prec && from < d.length) frac += d.slice(from, from + prec - frac.length);
    if (frac.length < prec) frac += "0".repeat(prec - frac.length);
    s += frac;
  }
  return s;
}

/** The mantissa and binary exponent (value = mant × 2^(exp - mantbits)) as Go's genericFtoa has them. */
function mantExp(a: number, bitSize: number): { mant: bigint; exp: number; mantbits: number } {
  if (bitSize === 32) {
    view.setFloat32(0, a);
    const bits = view.getUint32(0);
    let exp = (bits >>> 23) & 0xff;
    let mant = BigInt(bits & 0x7fffff);
    if (exp === 0) exp++;
    else mant |= 1n << 23n;
    return { mant, exp: exp - 127, mantbits: 23 };
  }
  view.setFloat64(0, a);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  let exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp === 0) exp++;
  else mant |= 1n << 52n;
  return { mant, exp: exp - 1023, mantbits: 52 };
}

/** -ddddp±ddd: the mantissa in decimal and a binary exponent. */
function fmtB(neg: boolean, a: number, bitSize: number): string {
  const { mant, exp, mantbits } = mantExp(a, bitSize);
  const e = exp - mantbits;
  return (neg ? "-" : "") + mant.toString() + "p" + (e >= 0 ? "+" : "") + e;
}

/** -0x1.hhhhp±dd: a hexadecimal fraction with a binary exponent, rounded to prec hex digits. */
function fmtX(neg: boolean, a: number, bitSize: number, prec: number, fmt: string): string {
  let { mant, exp, mantbits } = mantExp(a, bitSize);
  if (mant === 0n) exp = 0;
  // Normalize so that the leading 1 (if any) sits at bit 60.
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    // Round to nearest, ties to even.
    if ((extra | (mant & 1n)) > (1n << 59n)) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === "X" ? "0123456789ABCDEF" : "0123456789abcdef";
  let s = (neg ? "-" : "") + "0" + fmt + String((mant >> 60n) & 1n);
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  const digit = (): string => {
    const h = hex[Number((mant >> 60n) & 15n)]!;
    mant = (mant << 4n) & ((1n << 64n) - 1n);
    return h;
  };
  if (prec < 0 && mant !== 0n) {
    s += ".";
    while (mant !== 0n) s += digit();
  } else if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) s += digit();
  }
  s += fmt === "X" ? "P" : "p";
  if (exp < 0) {
    s += "-";
    exp = -exp;
  } else s += "+";
  return s + (exp < 10 ? "0" + exp : String(exp));
}
