// The slow paths of int64.ts: 64-bit arithmetic whose operands or results lie beyond the safe
// integer range, on the I64 representation described there. Programs that hash or generate
// random numbers keep nearly all their values here, so this code is written for V8's
// optimizing compiler rather than for brevity.
//
// V8's optimizing compiler (Node 20 and later) computes BigInt.asIntN(64, e) and
// BigInt.asUintN(64, e) (asI, asU) in a 64-bit register when e is built from bigint +, -, *,
// &, |, ^, constant shifts and BigInt(x) of an int32 x: what is left is one allocation for
// the result. The slow paths keep to the forms it compiles this way, because anything else is
// a runtime call costing tens of nanoseconds per operation:
//   - the expression must appear inside asI/asU in the same function: a helper returning an
//     unwrapped bigint expression is not compiled to machine words even when inlined, so
//     helpers wrap their own results (num2big, shrS, shrU) and binary operations spell out
//     the number-to-bigint conversion (the *N functions, which take the bigint operand first);
//   - BigInt(x) of a double is a call, so a number becomes a bigint through its int32 halves;
//   - shifts by a variable count are calls, so left shifts multiply by POW2N[n], and right
//     shifts by small counts have one constant-count case each (shrS, shrU);
//   - a right shift is compiled only when its operand is known to be a word, so the operand
//     goes through asI/asU first;
//   - Number(bigint) is a call, so small results, and right shifts by 11 or more, read the two
//     32-bit halves of a scratch word also seen as a BigUint64Array (stores into it are
//     compiled inline; loads from it allocate through a slower path and are used only for
//     results built from halves);
//   - bigint comparisons are calls, so results are tested for the safe range by shifting a
//     word and comparing it with 0n (canonU, canonS).
// The short names asI and asU also keep the functions' bytecode small, which lets V8 inline
// more of them into hot loops.
//
// Every *Slow function takes the operands its exported counterpart in int64.ts passes on:
// canonical I64s, both numbers only when the number fast path could not take them.

import type { I64 } from "./int64.js";

export const asU = BigInt.asUintN;
export const asI = BigInt.asIntN;

const MIN_SAFE = -9007199254740991;
const BIG_MAX_SAFE = 9007199254740991n;
const TWO21 = 2097152;
const TWO32 = 4294967296;
const TWO53N = 9007199254740992n;

/** POW2[n] = 2^n, for shifts by multiplication and division (exact for powers of two). */
export const POW2: number[] = [];
/** POW2N[n] = 2^n as a bigint: left shifts by a variable count are multiplications by these. */
const POW2N: bigint[] = [];
for (let i = 0; i < 64; i++) POW2.push(2 ** i), POW2N.push(1n << BigInt(i));

/** The canonical form of an integer already in range, of any size (not for hot paths). */
export function canon(b: bigint): I64 {
  return b >= -BIG_MAX_SAFE && b <= BIG_MAX_SAFE ? Number(b) : b;
}

/** An I64 as a bigint, for BigInt operations that V8 cannot keep in machine words. */
function big(a: I64): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

/** An integer of any size wrapped into int64 or uint64, canonically (not for hot paths). */
export const wrapS = (b: bigint): I64 => canon(asI(64, b));
export const wrapU = (b: bigint): I64 => canon(asU(64, b));

/** The high 32 bits of a safe integer, signed, in [-2^21, 2^21). */
function hi32(a: number): number {
  return Math.floor(a / TWO32);
}

/** Bitwise results of two safe integers lie in [-2^53, 2^53); -2^53 alone needs a bigint. */
export function safeOrBig(r: number): I64 {
  return r >= MIN_SAFE ? r : BigInt(r);
}

// ---- Machine words ----

/** The scratch word, as one 64-bit integer and as two 32-bit halves. */
const scratch = new ArrayBuffer(8);
export const W64 = new BigUint64Array(scratch);
export const S64 = new BigInt64Array(scratch);
export const W32 = new Uint32Array(scratch);
export const I32 = new Int32Array(scratch);
/** Indices of the low and high halves of the scratch word in platform byte order. */
export const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
export const HI = 1 - LO;

/**
 * The exact value of a safe integer as a bigint. lo is a's low 32 bits, signed, so a - lo is a
 * multiple of 2^32 and both halves are int32s, which V8 converts inside a machine word.
 */
export function num2big(a: number): bigint {
  const lo = a | 0;
  return asI(64, (BigInt(((a - lo) / TWO32) | 0) << 32n) + BigInt(lo));
}

/** An I64 as a bigint, for the less frequent operand kinds (it costs an allocation). */
export function w(a: I64): bigint {
  return typeof a === "bigint" ? a : num2big(a);
}

/** The canonical form of a bigint in [0, 2^64). */
export function canonU(r: bigint): I64 {
  return asU(64, asU(64, r) >> 53n) === 0n ? smallU(r) : r;
}

/** A bigint in [0, 2^53) as a number. */
function smallU(r: bigint): number {
  W64[0] = r;
  return W32[HI]! * TWO32 + W32[LO]!;
}

/**
 * The canonical form of a bigint in [-2^63, 2^63). Adding 2^53 modulo 2^64 maps exactly
 * [-2^53, 2^53) below 2^54; -2^53 itself is not safe and is sorted out by smallS.
 */
export function canonS(r: bigint): I64 {
  return asU(64, asU(64, r + TWO53N) >> 54n) === 0n ? smallS(r) : r;
}

/** A bigint in [-2^53, 2^53) as a number, or itself if it is -2^53. */
function smallS(r: bigint): I64 {
  W64[0] = r;
  const v = I32[HI]! * TWO32 + W32[LO]!;
  return v >= MIN_SAFE ? v : r;
}

// a >> n for 0 <= n <= 10, one constant count per case (shrS, shrU): V8 compiles only those.

function shrS(a: bigint, n: number): bigint {
  switch (n) {
    case 1: return asI(64, asI(64, a) >> 1n);
    case 2: return asI(64, asI(64, a) >> 2n);
    case 3: return asI(64, asI(64, a) >> 3n);
    case 4: return asI(64, asI(64, a) >> 4n);
    case 5: return asI(64, asI(64, a) >> 5n);
    case 6: return asI(64, asI(64, a) >> 6n);
    case 7: return asI(64, asI(64, a) >> 7n);
    case 8: return asI(64, asI(64, a) >> 8n);
    case 9: return asI(64, asI(64, a) >> 9n);
    case 10: return asI(64, asI(64, a) >> 10n);
    default: return a;
  }
}

function shrU(a: bigint, n: number): bigint {
  switch (n) {
    case 1: return asU(64, asU(64, a) >> 1n);
    case 2: return asU(64, asU(64, a) >> 2n);
    case 3: return asU(64, asU(64, a) >> 3n);
    case 4: return asU(64, asU(64, a) >> 4n);
    case 5: return asU(64, asU(64, a) >> 5n);
    case 6: return asU(64, asU(64, a) >> 6n);
    case 7: return asU(64, asU(64, a) >> 7n);
    case 8: return asU(64, asU(64, a) >> 8n);
    case 9: return asU(64, asU(64, a) >> 9n);
    case 10: return asU(64, asU(64, a) >> 10n);
    default: return a;
  }
}

/** n & x for a bigint x and a number 0 <= n <= 2^53-1: a number, since it lies in [0, n]. */
function andNonNeg(x: bigint, n: number): number {
  W64[0] = x;
  return (W32[HI]! & hi32(n)) * TWO32 + ((W32[LO]! & n) >>> 0);
}

/** The number or bigint whose unsigned 32-bit halves are hi and lo. */
function fromHalvesU(hi: number, lo: number): I64 {
  if (hi < TWO21) return hi * TWO32 + lo;
  W32[HI] = hi;
  W32[LO] = lo;
  return W64[0]!;
}

/**
 * Stores an integral double of magnitude below 2^64 into the scratch word as two's
 * complement: both halves are exact, and the typed array reduces a negative high half modulo
 * 2^32. BigInt(f) would be a slow call.
 */
export function setHalves(t: number): void {
  const hi = Math.floor(t / TWO32);
  W32[LO] = t - hi * TWO32;
  W32[HI] = hi;
}

// ---- Operations ----

export function add64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonS(asI(64, a + b)) : add64N(a, b);
  return typeof b === "bigint" ? add64N(b, a) : add64NN(a, b);
}

function add64NN(a: number, b: number): I64 {
  return canonS(asI(64, num2big(a) + num2big(b)));
}

function add64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonS(asI(64, x + ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function sub64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") {
    if (typeof b === "bigint") return canonS(asI(64, a - b));
    const lo = b | 0;
    return canonS(asI(64, a - ((BigInt(((b - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
  }
  const lo = a | 0;
  return canonS(asI(64, (BigInt(((a - lo) / TWO32) | 0) << 32n) + BigInt(lo) - w(b)));
}

export function mul64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonS(asI(64, a * b)) : mul64N(a, b);
  return typeof b === "bigint" ? mul64N(b, a) : mul64NN(a, b);
}

function mul64NN(a: number, b: number): I64 {
  return canonS(asI(64, num2big(a) * num2big(b)));
}

function mul64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonS(asI(64, x * ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

// A bigint dividend with a divisor of at most 2^21 in magnitude (hash tables reducing a hash
// modulo their size) is divided on its 32-bit halves: the high half first, then the remainder
// times 2^32 plus the low half, which stays below 2^53, so the double quotients are exact (see
// div64). BigInt division is not compiled to machine code. A number dividend with a bigint
// divisor is smaller in magnitude than it.

export function div64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return 0;
  if (typeof b === "number") {
    const m = Math.abs(b);
    if (m >= 2 && m <= TWO21) {
      const neg = a < 0n;
      W64[0] = neg ? asU(64, 0n - a) : a;
      const hi = W32[HI]!;
      const qhi = Math.floor(hi / m);
      const qlo = Math.floor(((hi - qhi * m) * TWO32 + W32[LO]!) / m);
      const q = fromHalvesU(qhi, qlo); // at most 2^62
      if (neg === b < 0) return q;
      return typeof q === "number" ? 0 - q : asI(64, 0n - q);
    }
  }
  return wrapS(big(a) / big(b));
}

export function rem64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return a;
  if (typeof b === "number") {
    const m = Math.abs(b);
    if (m <= TWO21) {
      const neg = a < 0n;
      W64[0] = neg ? asU(64, 0n - a) : a;
      const r = ((W32[HI]! % m) * TWO32 + W32[LO]!) % m;
      return neg ? 0 - r : r;
    }
  }
  return canon(big(a) % big(b));
}

export function and64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonS(asI(64, a & b)) : and64N(a, b);
  return typeof b === "bigint" ? and64N(b, a) : and64NN(a, b);
}

function and64NN(a: number, b: number): I64 {
  return safeOrBig((hi32(a) & hi32(b)) * TWO32 + ((a & b) >>> 0));
}

function and64N(x: bigint, y: number): I64 {
  if (y >= 0) return andNonNeg(x, y);
  const lo = y | 0;
  return canonS(asI(64, x & ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function or64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonS(asI(64, a | b)) : or64N(a, b);
  return typeof b === "bigint" ? or64N(b, a) : or64NN(a, b);
}

function or64NN(a: number, b: number): I64 {
  return safeOrBig((hi32(a) | hi32(b)) * TWO32 + ((a | b) >>> 0));
}

function or64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonS(asI(64, x | ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function xor64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonS(asI(64, a ^ b)) : xor64N(a, b);
  return typeof b === "bigint" ? xor64N(b, a) : xor64NN(a, b);
}

function xor64NN(a: number, b: number): I64 {
  return safeOrBig((hi32(a) ^ hi32(b)) * TWO32 + ((a ^ b) >>> 0));
}

function xor64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonS(asI(64, x ^ ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function andNot64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") {
    if (typeof b === "number") return safeOrBig((hi32(a) & ~hi32(b)) * TWO32 + ((a & ~b) >>> 0));
  } else if (typeof b === "number" && b < 0) return andNonNeg(a, -1 - b);
  return canonS(asI(64, w(a) & (w(b) ^ -1n)));
}

export function shl64Slow(a: I64, n: number): I64 {
  return n >= 64 ? 0 : canonS(asI(64, w(a) * POW2N[n]!));
}

// With a = hi*2^32 + lo, a >> n is hi*2^(32-n) + (lo >>> n) for n <= 32 and hi >> (n-32) from
// there on; from n = 11 on the result is safe, so it is computed on the halves.
export function shr64Slow(a: bigint, n: number): I64 {
  if (n < 11) return canonS(shrS(a, n));
  W64[0] = a;
  const hi = I32[HI]!;
  return n < 32 ? hi * POW2[32 - n]! + (W32[LO]! >>> n) : hi >> (n < 63 ? n - 32 : 31);
}

export function addU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonU(asU(64, a + b)) : addU64N(a, b);
  return typeof b === "bigint" ? addU64N(b, a) : addU64NN(a, b);
}

function addU64NN(a: number, b: number): I64 {
  return canonU(asU(64, num2big(a) + num2big(b)));
}

function addU64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonU(asU(64, x + ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function subU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") {
    if (typeof b === "bigint") return canonU(asU(64, a - b));
    const lo = b | 0;
    return canonU(asU(64, a - ((BigInt(((b - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
  }
  const lo = a | 0;
  return canonU(asU(64, (BigInt(((a - lo) / TWO32) | 0) << 32n) + BigInt(lo) - w(b)));
}

export function mulU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonU(asU(64, a * b)) : mulU64N(a, b);
  return typeof b === "bigint" ? mulU64N(b, a) : mulU64NN(a, b);
}

function mulU64NN(a: number, b: number): I64 {
  return canonU(asU(64, num2big(a) * num2big(b)));
}

function mulU64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonU(asU(64, x * ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function divU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return 0;
  if (typeof b === "number" && b <= TWO21) {
    W64[0] = a;
    const hi = W32[HI]!;
    const qhi = Math.floor(hi / b);
    return fromHalvesU(qhi, Math.floor(((hi - qhi * b) * TWO32 + W32[LO]!) / b));
  }
  return canon(big(a) / big(b));
}

export function remU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return a;
  if (typeof b === "number" && b <= TWO21) {
    W64[0] = a;
    return ((W32[HI]! % b) * TWO32 + W32[LO]!) % b;
  }
  return canon(big(a) % big(b));
}

// Bitwise results of non-negative operands are non-negative and no wider than the operands,
// so they need no wrapping; two numbers give a safe number, and so does and with a number.

export function andU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") {
    return typeof b === "number" ? (hi32(a) & hi32(b)) * TWO32 + ((a & b) >>> 0) : andNonNeg(b, a);
  }
  if (typeof b === "number") return andNonNeg(a, b);
  return canonU(asU(64, a & b));
}

export function orU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonU(asU(64, a | b)) : orU64N(a, b);
  return typeof b === "bigint" ? orU64N(b, a) : orU64NN(a, b);
}

function orU64NN(a: number, b: number): I64 {
  return (hi32(a) | hi32(b)) * TWO32 + ((a | b) >>> 0);
}

function orU64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonU(asU(64, x | ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function xorU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") return typeof b === "bigint" ? canonU(asU(64, a ^ b)) : xorU64N(a, b);
  return typeof b === "bigint" ? xorU64N(b, a) : xorU64NN(a, b);
}

function xorU64NN(a: number, b: number): I64 {
  return (hi32(a) ^ hi32(b)) * TWO32 + ((a ^ b) >>> 0);
}

function xorU64N(x: bigint, y: number): I64 {
  const lo = y | 0;
  return canonU(asU(64, x ^ ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function andNotU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") {
    if (typeof b === "number") return (hi32(a) & ~hi32(b)) * TWO32 + ((a & ~b) >>> 0);
    W64[0] = b; // the result lies in [0, a]
    return (hi32(a) & ~W32[HI]!) * TWO32 + ((a & ~W32[LO]!) >>> 0);
  }
  return canonU(asU(64, a & (w(b) ^ -1n)));
}

export function shlU64Slow(a: I64, n: number): I64 {
  return n >= 64 ? 0 : canonU(asU(64, w(a) * POW2N[n]!));
}

// As shr64Slow, on the unsigned halves.
export function shrU64Slow(a: bigint, n: number): I64 {
  if (n < 11) return canonU(shrU(a, n));
  W64[0] = a;
  const hi = W32[HI]!;
  return n < 32 ? hi * POW2[32 - n]! + (W32[LO]! >>> n) : n < 64 ? hi >>> (n - 32) : 0;
}
