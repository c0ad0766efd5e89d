// Decimal formatting of floats as Go prints them: strconv.FormatFloat's 'g' and 'e' forms for
// float64 (shortest or with a precision, rounding the exact binary value half to even), and
// go/constant's short form of a Float value, which formats in-range values with %.6g and others
// with its own approximate decimal conversion (reproduced operation by operation, including
// math.Pow's algorithm, so that the same doubles come out).

import { decompose, pow5, scale2 } from "./bits.js";
import { BigFloat, Form, fromParts, toFloat64 } from "./bigfloat.js";

/** Decimal digits (no leading or trailing zeros) and the decimal point position: 0.d × 10**dp. */
interface Digits { d: string; dp: number }

/** The shortest digits that read back as x (x finite, nonzero): JavaScript's and Go's agree. */
function shortestDigits(x: number): Digits {
  const s = Math.abs(x).toExponential(); // "d.ddde±n"
  const i = s.indexOf("e");
  const mant = s.slice(0, i).replace(".", "");
  return { d: mant, dp: Number(s.slice(i + 1)) + 1 };
}

/** All digits of |x| exactly (x finite, nonzero). */
function exactDigits(x: number): Digits {
  const ax = Math.abs(x);
  if (Number.isInteger(ax) && ax <= Number.MAX_SAFE_INTEGER) {
    const s = String(ax);
    return trimZeros({ d: s, dp: s.length });
  }
  const { m, e } = decompose(x);
  if (e >= 0) {
    const s = (m << BigInt(e)).toString();
    return trimZeros({ d: s, dp: s.length });
  }
  // m / 2**-e == m × 5**-e / 10**-e
  const s = (m * pow5(-e)).toString();
  return trimZeros({ d: s, dp: s.length + e });
}

function trimZeros(g: Digits): Digits {
  let n = g.d.length;
  while (n > 0 && g.d.charCodeAt(n - 1) === 48) n--;
  return n === g.d.length ? g : { d: g.d.slice(0, n), dp: g.dp };
}

/** The digits rounded to n significant digits, half to even, trailing zeros removed. */
function roundDigits(g: Digits, n: number): Digits {
  const d = g.d;
  if (d.length <= n) return g;
  const c = d.charCodeAt(n);
  let up: boolean;
  if (c !== 53) {
    up = c > 53;
  } else {
    // exactly half only if nothing nonzero follows (d has no trailing zeros)
    up = n + 1 < d.length || (n > 0 && (d.charCodeAt(n - 1) & 1) === 1);
  }
  if (!up) return trimZeros({ d: d.slice(0, n), dp: g.dp });
  let i = n - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return { d: "1", dp: g.dp + 1 };
  return { d: d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp: g.dp };
}

function fmtE(neg: boolean, g: Digits, prec: number): string {
  let s = neg ? "-" : "";
  s += g.d.length === 0 ? "0" : g.d[0];
  if (prec > 0) {
    s += ".";
    const m = Math.min(g.d.length, prec + 1);
    s += g.d.slice(1, m);
    for (let i = Math.max(m, 1); i <= prec; i++) s += "0";
  }
  let exp = g.d.length === 0 ? 0 : g.dp - 1;
  s += exp < 0 ? "e-" : "e+";
  if (exp < 0) exp = -exp;
  return s + (exp < 10 ? "0" + exp : String(exp));
}

function fmtF(neg: boolean, g: Digits, prec: number): string {
  let s = neg ? "-" : "";
  if (g.dp > 0) {
    const m = Math.min(g.d.length, g.dp);
    s += g.d.slice(0, m);
    for (let i = m; i < g.dp; i++) s += "0";
  } else {
    s += "0";
  }
  if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) {
      const j = g.dp + i;
      s += j >= 0 && j < g.d.length ? g.d[j] : "0";
    }
  }
  return s;
}

/** strconv.FormatFloat(x, 'g', prec, 64); prec < 0 means the shortest representation. */
export function formatG(x: number, prec: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  const neg = x < 0 || Object.is(x, -0);
  const shortest = prec < 0;
  let g: Digits;
  if (x === 0) {
    g = { d: "", dp: 0 };
    if (shortest) prec = 0;
  } else if (shortest) {
    g = shortestDigits(x);
    prec = g.d.length;
  } else {
    if (prec === 0) prec = 1;
    g = roundDigits(exactDigits(x), prec);
  }
  let eprec = prec;
  if (eprec > g.d.length && g.d.length >= g.dp) eprec = g.d.length;
  if (shortest) eprec = 6;
  const exp = g.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > g.d.length) prec = g.d.length;
    return fmtE(neg, g, prec - 1);
  }
  if (prec > g.dp) prec = g.d.length;
  return fmtF(neg, g, Math.max(prec - g.dp, 0));
}

// log10(2) as Go computes math.Ln2/math.Ln10 (an exact constant expression rounded once).
const LOG10_2 = 0.30102999566398119521373889472449302677;
const LN10 = 2.302585092994046; // math.Log(10)

/** math.Pow(10, y) for |y| < 1, following Go's algorithm step by step. */
function pow10frac(y: number): number {
  if (y === 0) return 1;
  if (y === 0.5) return Math.sqrt(10);
  if (y === -0.5) return 1 / Math.sqrt(10);
  let yf = Math.abs(y);
  let yi = 0;
  if (yf > 0.5) {
    yf--;
    yi++;
  }
  let a1 = Math.exp(yf * LN10);
  let ae = 0;
  if (yi === 1) {
    // x = 10 = 0.625 × 2**4
    a1 *= 0.625;
    ae += 4;
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return scale2(a1, ae);
}

/** go/constant's String for a Float value held as a binary float (floatVal.String). */
export function floatString(f: BigFloat): string {
  if (f.form === Form.Inf) return f.neg ? "-Inf" : "+Inf";
  const [x] = toFloat64(f);
  if ((f.form === Form.Zero) === (x === 0) && Number.isFinite(x)) {
    let s = formatG(x, 6);
    if (!f.isInt && s.indexOf(".") < 0) s = formatG(x, -1); // Go issue 56220
    return s;
  }
  // Out of float64 range: f = mant × 2**exp with 0.5 <= |mant| < 1.
  const exp = f.top;
  let [m] = toFloat64(fromParts(f.neg, f.mant, f.exp - exp));
  const d = exp * LOG10_2;
  let e = Math.trunc(d);
  m *= pow10frac(d - e);
  const am = Math.abs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return `${formatG(m, 6)}e${e >= 0 ? "+" : ""}${e}`;
}
