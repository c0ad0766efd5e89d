// Decimal digits of binary floating-point values, exact or correctly rounded: the shared core
// of strconv.FormatFloat and fmt's float verbs.
//
// A result is a `Digits`: the value 0.d × 10^dp, with `d` free of leading and trailing zeros
// ("" for zero, with dp 0). Rounding is to nearest with ties to even on the exact binary
// value, as Go does. JavaScript's toExponential/toFixed round exactly too but break ties away
// from zero; a tie is only possible when the value's exact decimal expansion ends one digit
// after the rounding point, which the position of the value's lowest set bit tells, so the
// fast paths detect ties cheaply and fix them. Exact BigInt arithmetic covers the rest.

export interface Digits {
  d: string;
  dp: number;
}

const view = new DataView(new ArrayBuffer(8));

/** x (finite, > 0) as M × 2^E with M an odd integer (as a bigint) and E an integer. */
export function splitFloat(x: number): { m: bigint; e: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  if (m === 0n) return { m, e: 0 };
  while ((m & 0xffffn) === 0n) { m >>= 16n; e += 16; }
  while ((m & 1n) === 0n) { m >>= 1n; e += 1; }
  return { m, e };
}

/**
 * For x finite and > 0: the number of binary digits after the point in x (0 for integers).
 * Since 2^-k = 5^k / 10^k, a non-integer's exact decimal expansion has exactly that many
 * digits after the point, the last of them a 5.
 */
function fractionBits(x: number): number {
  if (Number.isInteger(x)) return 0;
  let n = 0;
  // Scaling by 2 is exact (no overflow: a non-integer is below 2^52).
  while (!Number.isInteger(x)) {
    x *= 2;
    n++;
  }
  return n;
}

const FIVE_POWERS: bigint[] = [1n];
function pow5(n: number): bigint {
  while (FIVE_POWERS.length <= n) FIVE_POWERS.push(FIVE_POWERS[FIVE_POWERS.length - 1]! * 5n);
  return FIVE_POWERS[n]!;
}

/** The exact decimal value of m × 2^e (m ≥ 0). */
export function exactBig(m: bigint, e: number): Digits {
  if (m === 0n) return { d: "", dp: 0 };
  let s: string;
  let dp: number;
  if (e >= 0) {
    s = (m << BigInt(e)).toString();
    dp = s.length;
  } else {
    s = (m * pow5(-e)).toString();
    dp = s.length + e;
  }
  return { d: trimZeros(s), dp };
}

/** The exact decimal value of a finite x > 0. */
export function exactDigits(x: number): Digits {
  if (Number.isInteger(x)) {
    // String() is exact only for safe integers (beyond, it gives the shortest digits).
    const s = x <= Number.MAX_SAFE_INTEGER ? String(x) : BigInt(x).toString();
    return { d: trimZeros(s), dp: s.length };
  }
  const { m, e } = splitFloat(x);
  return exactBig(m, e);
}

function trimZeros(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 48) n--;
  return n === s.length ? s : s.slice(0, n);
}

/** Adds one unit in the last place of a digit string: [digits, carried out of the top]. */
function incrementDigits(s: string): [string, boolean] {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return ["1", true];
  return [s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1), false];
}

/**
 * D rounded to its first nd digits (nd may be ≤ 0: rounding above the first digit), to
 * nearest, ties to even. D is exact, so "half" means the dropped digits are 5 then zeros.
 */
export function roundDigits(D: Digits, nd: number): Digits {
  const d = D.d;
  if (nd >= d.length) return D;
  if (nd < 0) return { d: "", dp: 0 };
  const c = d.charCodeAt(nd);
  let up: boolean;
  if (c > 53) up = true;
  else if (c < 53) up = false;
  else if (nd + 1 < d.length) up = true; // more nonzero digits follow (d has no trailing zeros)
  else up = nd > 0 && (d.charCodeAt(nd - 1) & 1) === 1; // exactly half: to even
  if (!up) {
    const kept = trimZeros(d.slice(0, nd));
    return kept === "" ? { d: "", dp: 0 } : { d: kept, dp: D.dp };
  }
  if (nd === 0) return { d: "1", dp: D.dp + 1 };
  const [inc, carry] = incrementDigits(d.slice(0, nd));
  return { d: trimZeros(inc), dp: carry ? D.dp + 1 : D.dp };
}

/** Parses JS exponential notation ("d.ddde+N") of a positive number into Digits. */
function fromExponential(s: string): Digits {
  const ei = s.indexOf("e");
  const mant = s.slice(0, ei);
  const exp = +s.slice(ei + 1);
  const d = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { d: trimZeros(d), dp: exp + 1 };
}

/** If the last digit of the digit run is odd, takes one unit off it (a tie rounded away wrongly). */
function evenDown(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  if ((last & 1) === 0) return s;
  return s.slice(0, -1) + String.fromCharCode(last - 1);
}

/** x (finite, > 0) rounded to n ≥ 1 significant digits. */
export function roundSig(x: number, n: number): Digits {
  if (n <= 101) {
    const fb = fractionBits(x);
    if (fb === 0) return roundDigits(exactDigits(x), n);
    let s = x.toExponential(n - 1);
    const ei = s.indexOf("e");
    let mant = ei === 1 ? s.slice(0, 1) : s[0] + s.slice(2, ei);
    const exp = +s.slice(ei + 1);
    // The kept digits end at decimal place n-1-exp after the point; a tie needs the exact
    // expansion to end right after it. (When rounding carried into a new leading digit the
    // digits were all nines, rounding up was right, and this test cannot fire.)
    if (fb === n - exp) mant = evenDown(mant);
    s = mant;
    return { d: trimZeros(s), dp: exp + 1 };
  }
  return roundDigits(exactDigits(x), n);
}

/** x (finite, > 0) rounded to n ≥ 0 digits after the decimal point. */
export function roundFrac(x: number, n: number): Digits {
  const fb = fractionBits(x);
  if (fb === 0) return exactDigits(x);
  if (n <= 100) {
    let s = x.toFixed(n);
    // A tie: toFixed went away from zero; Go goes to even.
    if (fb === n + 1) s = evenDown(s);
    return fromFixed(s);
  }
  const D = exactDigits(x);
  return roundDigits(D, D.dp + n);
}

/** Parses "iii.fff" (non-negative) into Digits. */
function fromFixed(s: string): Digits {
  const dot = s.indexOf(".");
  const ip = dot < 0 ? s : s.slice(0, dot);
  const fp = dot < 0 ? "" : s.slice(dot + 1);
  let all = ip + fp;
  let dp = ip.length;
  let i = 0;
  while (i < all.length && all.charCodeAt(i) === 48) i++;
  if (i === all.length) return { d: "", dp: 0 };
  all = all.slice(i);
  dp -= i;
  return { d: trimZeros(all), dp };
}

/** The shortest digits that read back as x (a float64, finite, > 0). */
export function shortest64(x: number): Digits {
  return fromExponential(x.toExponential());
}

/**
 * The shortest digits that read back as the float32 x (finite, > 0): the decimal with the
 * fewest digits inside x's rounding interval (bounds included when x's mantissa is even, as
 * round-to-even then keeps them at x), the nearest to x when two have that many digits.
 */
export function shortest32(x: number): Digits {
  return shortest32Fast(x) ?? shortest32Exact(x);
}

export function shortest32Exact(x: number): Digits {
  view.setFloat32(0, x);
  const bits = view.getUint32(0);
  const bexp = (bits >>> 23) & 0xff;
  let mant = bits & 0x7fffff;
  let e2: number;
  if (bexp === 0) e2 = -149;
  else {
    mant |= 0x800000;
    e2 = bexp - 150;
  }
  return shortestInterval(BigInt(mant), e2, mant === 0x800000 && bexp > 1);
}

function float32Step(x: number, up: boolean): number {
  view.setFloat32(0, x);
  const b = view.getUint32(0);
  view.setUint32(0, up ? b + 1 : b - 1);
  return view.getFloat32(0);
}

/** The value of k-digit decimal n × 10^(dp-k) as Digits. */
function digitsOf(n: number, k: number, dp: number): Digits {
  if (n >= 10 ** k) return { d: "1", dp: dp + 1 };
  let s = String(n);
  if (s.length < k) dp -= k - s.length; // borrowed below the leading digit
  s = trimZeros(s);
  return { d: s, dp };
}

function digitsValue(D: Digits): number {
  return Number("0." + D.d + "e" + D.dp);
}

/**
 * shortest32 with float64 arithmetic: for a digit count, the correctly rounded decimal
 * and its neighbour on x's other side are tested against the midpoints to x's neighbours,
 * which are exact doubles. A test is exact unless the decimal's double lands on a midpoint,
 * where null sends the caller to the exact algorithm. Whether some decimal of k digits fits
 * grows with k, so k is found by bisection.
 */
function shortest32Fast(x: number): Digits | null {
  const prev = float32Step(x, false);
  const next = float32Step(x, true);
  const lo = (x + prev) / 2;
  const hi = (x + (next === Infinity ? 2 ** 128 : next)) / 2;
  let unsure = false;
  const fits = (D: Digits): boolean => {
    const v = digitsValue(D);
    if (v === lo || v === hi) unsure = true;
    return v > lo && v < hi;
  };
  const probe = (k: number): Digits | null => {
    const near = roundSig(x, k);
    if (fits(near)) return near;
    // The neighbouring k-digit decimal on x's other side.
    const n = Number(near.d.padEnd(k, "0"));
    const other = digitsValue(near) > x ? digitsOf(n - 1, k, near.dp) : digitsOf(n + 1, k, near.dp);
    return other.d !== "" && fits(other) ? other : null;
  };
  let a = 1, b = 9;
  let best: Digits | null = null;
  while (a <= b) {
    const k = (a + b) >> 1;
    const r = probe(k);
    if (unsure) return null;
    if (r !== null) {
      best = r;
      b = k - 1;
    } else {
      a = k + 1;
    }
  }
  return best;
}

/**
 * The shortest decimal in the rounding interval of m × 2^e, where the next value below is
 * closer (half the gap) when `lowerCloser` (the mantissa is a power of two above the
 * smallest exponent).
 */
export function shortestInterval(m: bigint, e: number, lowerCloser: boolean): Digits {
  const inclusive = (m & 1n) === 0n;
  // Work in units of 2^(e-2): mid = 4m, bounds at half the gaps to the neighbours.
  const mid = 4n * m;
  const hi = mid + 2n;
  const lo = lowerCloser ? mid - 1n : mid - 2n;
  const E = e - 2;
  const exact = exactBig(mid, E);
  // Compares C × 10^q with X × 2^E: negative, zero or positive.
  const cmp = (C: bigint, q: number, X: bigint): number => {
    let a = C, b = X;
    if (q >= 0) a *= 10n ** BigInt(q);
    else b *= 10n ** BigInt(-q);
    if (E >= 0) b <<= BigInt(E);
    else a <<= BigInt(-E);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const D = exact.d;
  for (let k = 1; k < D.length; k++) {
    const q = exact.dp - k;
    const down = BigInt(D.slice(0, k));
    const up = down + 1n;
    const c1 = cmp(down, q, lo);
    const okDown = c1 > 0 || (inclusive && c1 === 0);
    const c2 = cmp(up, q, hi);
    const okUp = c2 < 0 || (inclusive && c2 === 0);
    if (okDown && okUp) return roundDigits(exact, k);
    if (okDown) return { d: trimZeros(D.slice(0, k)), dp: exact.dp };
    if (okUp) {
      const [inc, carry] = incrementDigits(D.slice(0, k));
      return { d: trimZeros(inc), dp: carry ? exact.dp + 1 : exact.dp };
    }
  }
  return exact;
}
