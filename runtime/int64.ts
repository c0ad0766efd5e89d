// Exact 64-bit integer arithmetic for Go's int, int64, uint, uint64 and uintptr, on the "I64"
// representation of docs/values.md: a value is a JS number while it is a safe integer
// (|v| <= 2^53-1) and a bigint otherwise. int64 values lie in [-2^63, 2^63), uint64 values in
// [0, 2^64). Every function here takes canonical operands and returns a canonical result:
// a value that fits a safe integer is never a bigint, and a number is never -0 (Go has no
// negative integer zero, and a -0 would leak out through float64(i) or 1/x).
//
// Because the form is canonical, comparisons need no helpers: ===, !==, <, <=, >, >= compare a
// number with a bigint by mathematical value, equal values are identical, and I64s work as Map
// keys.
//
// Generated code calls these functions on every 64-bit operation, so each exported function
// starts with a fast path for two numbers that is small enough for V8 to inline and does not
// allocate. Operands or results beyond the safe range go to separate *Slow functions, which
// are written for V8's optimizing compiler (see "Machine words" below): programs that hash or
// generate random numbers keep nearly all their values there.
//
// Float conversions reproduce what gc's generated code computes on linux/amd64 for values in
// variables (constants are folded by the compiler and are out of scope here); they are checked
// against testdata/int64conv.json, recorded from real Go by testdata/int64gen. float32 sources
// need no functions of their own: widening float32 to float64 is exact and gc's float32
// conversions give the same results as the float64 ones on the widened value (the fixtures
// check this too).

/** A Go 64-bit integer: a safe-integer number, or a bigint beyond the safe range. */
export type I64 = number | bigint;

const MAX_SAFE = 9007199254740991;
const MIN_SAFE = -9007199254740991;
const BIG_MAX_SAFE = 9007199254740991n;
const TWO21 = 2097152;
const TWO32 = 4294967296;
const TWO53 = 9007199254740992;
const TWO63 = 9223372036854775808;
const TWO53N = 9007199254740992n;
const TWO64N = 18446744073709551616n;
const TWO63N = 9223372036854775808n;
const MIN_INT64 = -9223372036854775808n;

/** POW2[n] = 2^n, for shifts by multiplication and division (exact for powers of two). */
const POW2: number[] = [];
/** POW2N[n] = 2^n as a bigint: left shifts by a variable count are multiplications by these. */
const POW2N: bigint[] = [];
for (let i = 0; i < 64; i++) POW2.push(2 ** i), POW2N.push(1n << BigInt(i));

/** The canonical form of an integer already in range, of any size (not for hot paths). */
function canon(b: bigint): I64 {
  return b >= -BIG_MAX_SAFE && b <= BIG_MAX_SAFE ? Number(b) : b;
}

/** An I64 as a bigint, for BigInt operations that V8 cannot keep in machine words. */
function big(a: I64): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

const wrapS = (b: bigint): I64 => canon(BigInt.asIntN(64, b));
const wrapU = (b: bigint): I64 => canon(BigInt.asUintN(64, b));

/** The high 32 bits of a safe integer, signed, in [-2^21, 2^21). */
function hi32(a: number): number {
  return Math.floor(a / TWO32);
}

/** Bitwise results of two safe integers lie in [-2^53, 2^53); -2^53 alone needs a bigint. */
function safeOrBig(r: number): I64 {
  return r >= MIN_SAFE ? r : BigInt(r);
}

// ---- Machine words ----
//
// V8's optimizing compiler (Node 20 and later) computes BigInt.asIntN(64, e) and
// BigInt.asUintN(64, e) in a 64-bit register when e is built from bigint +, -, *, &, |, ^,
// shifts by constant counts and BigInt(x) of an int32 x: the only cost left is allocating the
// result. Everything else in a slow path is chosen to stay inside that subset, because leaving
// it costs tens of nanoseconds per operation:
//   - BigInt(x) of a double is a runtime call, so a number operand becomes a bigint through
//     its int32 halves (num2big);
//   - shifts by a variable count are calls, so left shifts multiply by POW2N[n] and right
//     shifts by small counts are rebuilt from constant shifts (shrS, shrU);
//   - Number(bigint) is a call, so small results and right shifts by 11 or more read the two
//     32-bit halves of a shared scratch word that is also seen as a BigUint64Array;
//   - comparing bigints is slower than comparing a shifted word with 0n, which is how results
//     are tested for the safe range (canonU, canonS).

const scratch = new ArrayBuffer(8);
const W64 = new BigUint64Array(scratch);
const S64 = new BigInt64Array(scratch);
const W32 = new Uint32Array(scratch);
const I32 = new Int32Array(scratch);
/** Indices of the low and high halves of the scratch word in platform byte order. */
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/**
 * The exact value of a safe integer as a bigint. lo is a's low 32 bits, signed, so a - lo is a
 * multiple of 2^32 and both halves are int32s, which V8 converts inside a machine word.
 */
function num2big(a: number): bigint {
  const lo = a | 0;
  return BigInt.asIntN(64, (BigInt(((a - lo) / TWO32) | 0) << 32n) + BigInt(lo));
}

/** An I64 (or any safe integer) as a bigint, for use inside BigInt.asIntN/asUintN(64, ...). */
function w(a: I64): bigint {
  return typeof a === "bigint" ? a : num2big(a);
}

/** The canonical form of a bigint in [0, 2^64). */
function canonU(r: bigint): I64 {
  return BigInt.asUintN(64, BigInt.asUintN(64, r) >> 53n) === 0n ? smallU(r) : r;
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
function canonS(r: bigint): I64 {
  return BigInt.asUintN(64, BigInt.asUintN(64, r + TWO53N) >> 54n) === 0n ? smallS(r) : r;
}

function smallS(r: bigint): I64 {
  W64[0] = r;
  const v = I32[HI]! * TWO32 + W32[LO]!;
  return v >= MIN_SAFE ? v : r;
}

// a >> n for 0 <= n <= 10, spelled out with constant counts (shrS, shrU). The operand is
// passed through asIntN/asUintN first: V8 compiles a right shift to a machine shift only when
// it knows its operand is a 64-bit word.

function shrS(a: bigint, n: number): bigint {
  switch (n) {
    case 1: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 1n);
    case 2: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 2n);
    case 3: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 3n);
    case 4: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 4n);
    case 5: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 5n);
    case 6: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 6n);
    case 7: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 7n);
    case 8: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 8n);
    case 9: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 9n);
    case 10: return BigInt.asIntN(64, BigInt.asIntN(64, a) >> 10n);
    default: return a;
  }
}

function shrU(a: bigint, n: number): bigint {
  switch (n) {
    case 1: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 1n);
    case 2: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 2n);
    case 3: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 3n);
    case 4: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 4n);
    case 5: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 5n);
    case 6: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 6n);
    case 7: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 7n);
    case 8: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 8n);
    case 9: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 9n);
    case 10: return BigInt.asUintN(64, BigInt.asUintN(64, a) >> 10n);
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

// ---- Signed (int, int64) ----
//
// A double sum, difference or product of safe integers is exact while the true result is
// safe, and rounds to at least 2^53 in magnitude otherwise (2^53 is a double and rounding is
// monotonic), so the range check on the double result is sound. The check is written as
// Math.abs(r) <= MAX_SAFE because V8 compiles that best when r is an int32 as well as when it
// is a double (two comparisons make a counter loop markedly slower).

export function add64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Math.abs(r) <= MAX_SAFE) return r;
  }
  return add64Slow(a, b);
}

function add64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return canonS(BigInt.asIntN(64, num2big(a) + num2big(b)));
  if (typeof y === "bigint") return canonS(BigInt.asIntN(64, x + y));
  const lo = y | 0;
  return canonS(BigInt.asIntN(64, x + ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function sub64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Math.abs(r) <= MAX_SAFE) return r;
  }
  return sub64Slow(a, b);
}

function sub64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") {
    if (typeof b === "bigint") return canonS(BigInt.asIntN(64, a - b));
    const lo = b | 0;
    return canonS(BigInt.asIntN(64, a - ((BigInt(((b - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
  }
  const lo = a | 0;
  return canonS(BigInt.asIntN(64, (BigInt(((a - lo) / TWO32) | 0) << 32n) + BigInt(lo) - w(b)));
}

export function mul64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Math.abs(r) <= MAX_SAFE) return r + 0; // + 0 turns 0 * -n = -0 into 0
  }
  return mul64Slow(a, b);
}

function mul64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return canonS(BigInt.asIntN(64, num2big(a) * num2big(b)));
  if (typeof y === "bigint") return canonS(BigInt.asIntN(64, x * y));
  const lo = y | 0;
  return canonS(BigInt.asIntN(64, x * ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

// Truncating a double quotient of safe integers gives the exact integer quotient: a quotient
// that is not an integer lies at least 1/|b| away from the next integer k, which exceeds half
// an ulp of k unless k*|b| >= 2^53, and that forces |a| = 2^53-1 with |b| a power of two,
// whose quotient is exact anyway.
//
// A bigint dividend with a divisor of at most 2^21 in magnitude (hash tables reducing a hash
// modulo their size) is divided on its 32-bit halves: the high half first, then the remainder
// times 2^32 plus the low half, which stays below 2^53. BigInt division is not compiled to
// machine code. A number dividend with a bigint divisor is smaller in magnitude than it.

/** Go's a / b for int64 (truncated; b != 0). MinInt64 / -1 wraps to MinInt64 as on amd64. */
export function div64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b) + 0;
  return div64Slow(a, b);
}

function div64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return 0;
  if (typeof b === "number") {
    const m = Math.abs(b);
    if (m >= 2 && m <= TWO21) {
      const neg = a < 0n;
      W64[0] = neg ? BigInt.asUintN(64, 0n - a) : a;
      const hi = W32[HI]!;
      const qhi = Math.floor(hi / m);
      const qlo = Math.floor(((hi - qhi * m) * TWO32 + W32[LO]!) / m);
      const q = fromHalvesU(qhi, qlo); // at most 2^62
      if (neg === b < 0) return q;
      return typeof q === "number" ? 0 - q : BigInt.asIntN(64, 0n - q);
    }
  }
  return wrapS(big(a) / big(b));
}

/** Go's a % b for int64 (sign of a; b != 0). JS % on doubles is exact. */
export function rem64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return (a % b) + 0;
  return rem64Slow(a, b);
}

function rem64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return a;
  if (typeof b === "number") {
    const m = Math.abs(b);
    if (m <= TWO21) {
      const neg = a < 0n;
      W64[0] = neg ? BigInt.asUintN(64, 0n - a) : a;
      const r = ((W32[HI]! % m) * TWO32 + W32[LO]!) % m;
      return neg ? 0 - r : r;
    }
  }
  return canon(big(a) % big(b));
}

export function neg64(a: I64): I64 {
  if (typeof a === "number") return 0 - a;
  return canonS(BigInt.asIntN(64, 0n - a));
}

export function and64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return and64Slow(a, b);
}

function and64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return safeOrBig((hi32(a) & hi32(b)) * TWO32 + ((a & b) >>> 0));
  if (typeof y === "bigint") return canonS(BigInt.asIntN(64, x & y));
  if (y >= 0) return andNonNeg(x, y);
  const lo = y | 0;
  return canonS(BigInt.asIntN(64, x & ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function or64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return or64Slow(a, b);
}

function or64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return safeOrBig((hi32(a) | hi32(b)) * TWO32 + ((a | b) >>> 0));
  if (typeof y === "bigint") return canonS(BigInt.asIntN(64, x | y));
  const lo = y | 0;
  return canonS(BigInt.asIntN(64, x | ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function xor64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return xor64Slow(a, b);
}

function xor64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return safeOrBig((hi32(a) ^ hi32(b)) * TWO32 + ((a ^ b) >>> 0));
  if (typeof y === "bigint") return canonS(BigInt.asIntN(64, x ^ y));
  const lo = y | 0;
  return canonS(BigInt.asIntN(64, x ^ ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

/** Go's a &^ b. */
export function andNot64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & ~b;
  return andNot64Slow(a, b);
}

function andNot64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") {
    if (typeof b === "number") return safeOrBig((hi32(a) & ~hi32(b)) * TWO32 + ((a & ~b) >>> 0));
  } else if (typeof b === "number" && b < 0) return andNonNeg(a, -1 - b);
  return canonS(BigInt.asIntN(64, w(a) & (w(b) ^ -1n)));
}

/** Go's ^a for int64, which is -a-1. */
export function not64(a: I64): I64 {
  if (typeof a === "number") return safeOrBig(-1 - a);
  return canonS(BigInt.asIntN(64, a ^ -1n));
}

/** a << n for int64; n >= 0, any size (>= 64 gives 0). */
export function shl64(a: I64, n: number): I64 {
  if (typeof a === "number" && n < 53) {
    const r = a * POW2[n]!;
    if (Math.abs(r) <= MAX_SAFE) return r;
  }
  return shl64Slow(a, n);
}

function shl64Slow(a: I64, n: number): I64 {
  return n >= 64 ? 0 : canonS(BigInt.asIntN(64, w(a) * POW2N[n]!));
}

/** a >> n for int64, arithmetic; n >= 0, any size (>= 64 gives 0 or -1). */
export function shr64(a: I64, n: number): I64 {
  // Division by a power of two is exact and floor rounds toward -Inf as the shift does.
  if (typeof a === "number") return Math.floor(a / POW2[n < 63 ? n : 63]!);
  return shr64Slow(a, n);
}

// With a = hi*2^32 + lo, a >> n is hi*2^(32-n) + (lo >>> n) for n <= 32 and hi >> (n-32) from
// there on; from n = 11 on the result is safe.
function shr64Slow(a: bigint, n: number): I64 {
  if (n < 11) return canonS(shrS(a, n));
  W64[0] = a;
  if (n < 32) return I32[HI]! * POW2[32 - n]! + (W32[LO]! >>> n);
  return I32[HI]! >> (n < 63 ? n - 32 : 31);
}

// ---- Unsigned (uint, uint64, uintptr) ----

export function addU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return addU64Slow(a, b);
}

function addU64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return canonU(BigInt.asUintN(64, num2big(a) + num2big(b)));
  if (typeof y === "bigint") return canonU(BigInt.asUintN(64, x + y));
  const lo = y | 0;
  return canonU(BigInt.asUintN(64, x + ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function subU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= 0) return r;
  }
  return subU64Slow(a, b);
}

function subU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "bigint") {
    if (typeof b === "bigint") return canonU(BigInt.asUintN(64, a - b));
    const lo = b | 0;
    return canonU(BigInt.asUintN(64, a - ((BigInt(((b - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
  }
  const lo = a | 0;
  return canonU(BigInt.asUintN(64, (BigInt(((a - lo) / TWO32) | 0) << 32n) + BigInt(lo) - w(b)));
}

export function mulU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return mulU64Slow(a, b);
}

function mulU64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return canonU(BigInt.asUintN(64, num2big(a) * num2big(b)));
  if (typeof y === "bigint") return canonU(BigInt.asUintN(64, x * y));
  const lo = y | 0;
  return canonU(BigInt.asUintN(64, x * ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

/** Go's a / b for uint64 (b != 0); exact on doubles for the reason given at div64. */
export function divU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b);
  return divU64Slow(a, b);
}

function divU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return 0;
  if (typeof b === "number" && b <= TWO21) {
    W64[0] = a;
    const hi = W32[HI]!;
    const qhi = Math.floor(hi / b);
    return fromHalvesU(qhi, Math.floor(((hi - qhi * b) * TWO32 + W32[LO]!) / b));
  }
  return canon(big(a) / big(b));
}

export function remU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return a % b;
  return remU64Slow(a, b);
}

function remU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") return a;
  if (typeof b === "number" && b <= TWO21) {
    W64[0] = a;
    return ((W32[HI]! % b) * TWO32 + W32[LO]!) % b;
  }
  return canon(big(a) % big(b));
}

export function negU64(a: I64): I64 {
  if (a === 0) return 0;
  return canonU(BigInt.asUintN(64, 0n - w(a)));
}

// Bitwise results of non-negative operands are non-negative and no wider than the operands,
// so they need no wrapping; two numbers give a safe number, and so does and with a number.

export function andU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return andU64Slow(a, b);
}

function andU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") {
    return typeof b === "number" ? (hi32(a) & hi32(b)) * TWO32 + ((a & b) >>> 0) : andNonNeg(b, a);
  }
  if (typeof b === "number") return andNonNeg(a, b);
  return canonU(BigInt.asUintN(64, a & b));
}

export function orU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return orU64Slow(a, b);
}

function orU64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return (hi32(a) | hi32(b)) * TWO32 + ((a | b) >>> 0);
  if (typeof y === "bigint") return canonU(BigInt.asUintN(64, x | y));
  const lo = y | 0;
  return canonU(BigInt.asUintN(64, x | ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

export function xorU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return xorU64Slow(a, b);
}

function xorU64Slow(a: I64, b: I64): I64 {
  let x: bigint, y: I64;
  if (typeof a === "bigint") x = a, y = b;
  else if (typeof b === "bigint") x = b, y = a;
  else return (hi32(a) ^ hi32(b)) * TWO32 + ((a ^ b) >>> 0);
  if (typeof y === "bigint") return canonU(BigInt.asUintN(64, x ^ y));
  const lo = y | 0;
  return canonU(BigInt.asUintN(64, x ^ ((BigInt(((y - lo) / TWO32) | 0) << 32n) + BigInt(lo))));
}

/** Go's a &^ b for uint64. */
export function andNotU64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & ~b;
  return andNotU64Slow(a, b);
}

function andNotU64Slow(a: I64, b: I64): I64 {
  if (typeof a === "number") {
    if (typeof b === "number") return (hi32(a) & ~hi32(b)) * TWO32 + ((a & ~b) >>> 0);
    W64[0] = b; // the result lies in [0, a]
    return (hi32(a) & ~W32[HI]!) * TWO32 + ((a & ~W32[LO]!) >>> 0);
  }
  return canonU(BigInt.asUintN(64, a & (w(b) ^ -1n)));
}

/** Go's ^a for uint64, which is 2^64-1-a. */
export function notU64(a: I64): I64 {
  return canonU(BigInt.asUintN(64, w(a) ^ -1n));
}

/** a << n for uint64; n >= 0, any size (>= 64 gives 0). */
export function shlU64(a: I64, n: number): I64 {
  if (typeof a === "number" && n < 53) {
    const r = a * POW2[n]!;
    if (r <= MAX_SAFE) return r;
  }
  return shlU64Slow(a, n);
}

function shlU64Slow(a: I64, n: number): I64 {
  return n >= 64 ? 0 : canonU(BigInt.asUintN(64, w(a) * POW2N[n]!));
}

/** a >> n for uint64, logical; n >= 0, any size (>= 64 gives 0). */
export function shrU64(a: I64, n: number): I64 {
  if (typeof a === "number") return Math.floor(a / POW2[n < 63 ? n : 63]!);
  return shrU64Slow(a, n);
}

// As shr64Slow, on the unsigned halves.
function shrU64Slow(a: bigint, n: number): I64 {
  if (n < 11) return canonU(shrU(a, n));
  W64[0] = a;
  if (n < 32) return W32[HI]! * POW2[32 - n]! + (W32[LO]! >>> n);
  return n < 64 ? W32[HI]! >>> (n - 32) : 0;
}

// ---- Conversions between integer types ----

/** uint64(a) for an int64 a: two's complement reinterpretation. */
export function int64ToUint64(a: I64): I64 {
  if (typeof a === "number") return a >= 0 ? a : BigInt.asUintN(64, num2big(a));
  return a < 0n ? BigInt.asUintN(64, a) : a; // a negative int64 becomes at least 2^63: a bigint
}

/** int64(a) for a uint64 a: two's complement reinterpretation. */
export function uint64ToInt64(a: I64): I64 {
  if (typeof a === "number" || a < TWO63N) return a;
  return canonS(BigInt.asIntN(64, a));
}

// ToInt32 and ToUint32 reduce any integral double modulo 2^32 exactly, so numbers need no
// splitting; the narrower types take the low bits of that.

export function toInt32(a: I64): number {
  if (typeof a === "number") return a | 0;
  W64[0] = a;
  return I32[LO]!;
}

export function toUint32(a: I64): number {
  if (typeof a === "number") return a >>> 0;
  W64[0] = a;
  return W32[LO]!;
}

export function toInt16(a: I64): number {
  return (toInt32(a) << 16) >> 16;
}

export function toUint16(a: I64): number {
  return toInt32(a) & 0xffff;
}

export function toInt8(a: I64): number {
  return (toInt32(a) << 24) >> 24;
}

export function toUint8(a: I64): number {
  return toInt32(a) & 0xff;
}

/** Wraps any integer (a bigint or an integral double) into int64, canonically. */
export function wrapInt64(x: number | bigint): I64 {
  if (Number.isSafeInteger(x)) return (x as number) + 0;
  return wrapS(BigInt(x)); // BigInt throws a RangeError for a non-integral double
}

/** Wraps any integer (a bigint or an integral double) into uint64, canonically. */
export function wrapUint64(x: number | bigint): I64 {
  if (Number.isSafeInteger(x) && (x as number) >= 0) return (x as number) + 0;
  return wrapU(BigInt(x));
}

// ---- Float conversions (gc on amd64) ----

// A bigint's value is hi*2^32 + lo on its halves; hi*2^32 is exact, so the one addition
// rounds to nearest, ties to even, exactly as CVTSQ2SD does (gc converts uint64 with a halving
// trick that also rounds correctly).

export function int64ToFloat64(a: I64): number {
  if (typeof a === "number") return a;
  W64[0] = a;
  return I32[HI]! * TWO32 + W32[LO]!;
}

export function uint64ToFloat64(a: I64): number {
  if (typeof a === "number") return a;
  W64[0] = a;
  return W32[HI]! * TWO32 + W32[LO]!;
}

// gc rounds 64-bit integers to float32 in one step (CVTSQ2SS). Math.fround(Number(b)) would
// round twice and can be wrong at halfway points, so a bigint is first cut to a double with
// its discarded bits folded into a sticky low bit (rounding to odd); with a double's 53 bits
// against float32's 24, the second rounding then gives the correctly rounded result.
function bigToFloat32(b: bigint): number {
  const neg = b < 0n;
  const m = neg ? -b : b; // at least 2^53, so m >> 11 keeps at least 43 bits
  let h = m >> 11n;
  if (h << 11n !== m) h |= 1n;
  const d = Number(h) * 2048;
  return Math.fround(neg ? -d : d);
}

export function int64ToFloat32(a: I64): number {
  return typeof a === "number" ? Math.fround(a) : bigToFloat32(a);
}

export function uint64ToFloat32(a: I64): number {
  return typeof a === "number" ? Math.fround(a) : bigToFloat32(a);
}

/**
 * int64(f) as CVTTSD2SQ computes it: truncation toward zero, and MinInt64 for NaN, infinities
 * and values outside the int64 range.
 */
export function float64ToInt64(f: number): I64 {
  if (f > -TWO53 && f < TWO53) return Math.trunc(f) + 0;
  if (!(f >= -TWO63 && f < TWO63)) return MIN_INT64;
  setHalves(f);
  return S64[0]!;
}

/**
 * Stores an integral double of magnitude below 2^64 into the scratch word as two's
 * complement: both halves are exact, and the typed array reduces a negative high half modulo
 * 2^32. BigInt(f) would be a slow call.
 */
function setHalves(t: number): void {
  const hi = Math.floor(t / TWO32);
  W32[LO] = t - hi * TWO32;
  W32[HI] = hi;
}

/**
 * uint64(f) as gc computes it on amd64: below 2^63 the signed conversion, reinterpreted
 * (so -1.5 gives 2^64-1, and values below -2^63 give 2^63); otherwise the signed conversion of
 * f - 2^63 with the top bit set, which is exact up to 2^64 and gives 2^63 for NaN, +Inf and
 * anything larger.
 */
export function float64ToUint64(f: number): I64 {
  if (f > -1 && f < TWO53) return Math.trunc(f) + 0;
  return float64ToUint64Slow(f);
}

// Here f <= -1 or f >= 2^53, so the result is at least 2^53 either way.
function float64ToUint64Slow(f: number): I64 {
  if (!(f >= -TWO63 && f < 2 * TWO63)) return TWO63N;
  setHalves(Math.trunc(f));
  return W64[0]!;
}

/** int32(f) as CVTTSD2SL computes it: MinInt32 for NaN and out-of-range values. */
export function float64ToInt32(f: number): number {
  return f > -2147483649 && f < 2147483648 ? f | 0 : -2147483648;
}

/** uint32(f): gc converts to int64 (CVTTSD2SQ) and keeps the low 32 bits. */
export function float64ToUint32(f: number): number {
  return f >= -TWO63 && f < TWO63 ? f >>> 0 : 0;
}

// The 8- and 16-bit types, signed or not, go through int32 (CVTTSD2SL) and keep the low bits.

export function float64ToInt16(f: number): number {
  return (float64ToInt32(f) << 16) >> 16;
}

export function float64ToUint16(f: number): number {
  return float64ToInt32(f) & 0xffff;
}

export function float64ToInt8(f: number): number {
  return (float64ToInt32(f) << 24) >> 24;
}

export function float64ToUint8(f: number): number {
  return float64ToInt32(f) & 0xff;
}

// ---- Formatting and checks ----

export function int64ToString(a: I64): string {
  return String(a);
}

export function uint64ToString(a: I64): string {
  return String(a);
}

/**
 * Whether x is an I64 in canonical form: a safe-integer number other than -0, or a bigint
 * beyond the safe range. signed = true checks the int64 range, false the uint64 range, and
 * leaving it out accepts either.
 */
export function isI64(x: unknown, signed?: boolean): boolean {
  const lo = signed === false ? 0n : MIN_INT64;
  const hi = signed === true ? TWO63N : TWO64N;
  if (typeof x === "number") return Number.isSafeInteger(x) && !Object.is(x, -0) && BigInt(x) >= lo && BigInt(x) < hi;
  if (typeof x === "bigint") return (x > BIG_MAX_SAFE || x < -BIG_MAX_SAFE) && x >= lo && x < hi;
  return false;
}
