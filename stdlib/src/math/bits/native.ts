// Natives of package math/bits. uint64 values arrive as numbers when below 2**53 and as
// bigints otherwise (docs/values.md); the work is done on two 32-bit halves for numbers and
// with bigint arithmetic for the rest.
import { registerNatives, Iface } from "../../../../runtime/index.js";
import { errorStringT, panicDivide } from "../../../../runtime/errors.js";
import { gopanic } from "../../../../runtime/extra.js";

type U64 = number | bigint;
const M64 = (1n << 64n) - 1n;
const TWO32 = 4294967296;

function big(x: U64): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

/** The canonical form of a uint64 in [0, 2**64). */
function u64(b: bigint): U64 {
  return b <= 0x1fffffffffffffn ? Number(b) : b;
}

function halves(x: U64): [number, number] {
  if (typeof x === "number") return [Math.floor(x / TWO32), x >>> 0];
  return [Number(x >> 32n) >>> 0, Number(x & 0xffffffffn) >>> 0];
}

function fromHalves(hi: number, lo: number): U64 {
  hi >>>= 0;
  lo >>>= 0;
  if (hi < 0x200000) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function ctz32(x: number): number {
  if (x === 0) return 32;
  return 31 - Math.clz32(x & -x);
}

function rev32(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) >>> 0;
}

function bswap32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

function overflow(): never {
  gopanic(new Iface(errorStringT, "integer overflow"));
}

registerNatives("math/bits", {
  TrailingZeros32: ctz32,
  TrailingZeros64(x: U64): number {
    const [hi, lo] = halves(x);
    return lo !== 0 ? ctz32(lo) : 32 + ctz32(hi);
  },
  OnesCount32: popcount32,
  OnesCount64(x: U64): number {
    const [hi, lo] = halves(x);
    return popcount32(hi) + popcount32(lo);
  },
  Len32: (x: number): number => 32 - Math.clz32(x),
  Len64(x: U64): number {
    const [hi, lo] = halves(x);
    return hi !== 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(lo);
  },
  RotateLeft64(x: U64, k: U64): U64 {
    const s = Number(BigInt.asUintN(6, big(k)));
    if (s === 0) return x;
    const b = big(x);
    return u64(((b << BigInt(s)) | (b >> BigInt(64 - s))) & M64);
  },
  Reverse32: rev32,
  Reverse64(x: U64): U64 {
    const [hi, lo] = halves(x);
    return fromHalves(rev32(lo), rev32(hi));
  },
  ReverseBytes64(x: U64): U64 {
    const [hi, lo] = halves(x);
    return fromHalves(bswap32(lo), bswap32(hi));
  },
  Add64(x: U64, y: U64, carry: U64): [U64, U64] {
    const s = big(x) + big(y) + big(carry);
    return [u64(s & M64), s >> 64n !== 0n ? 1 : 0];
  },
  Sub64(x: U64, y: U64, borrow: U64): [U64, U64] {
    const d = big(x) - big(y) - big(borrow);
    return [u64(d & M64), d < 0n ? 1 : 0];
  },
  Mul64(x: U64, y: U64): [U64, U64] {
    const p = big(x) * big(y);
    return [u64(p >> 64n), u64(p & M64)];
  },
  Div64(hi: U64, lo: U64, y: U64): [U64, U64] {
    const yb = big(y);
    if (yb === 0n) panicDivide();
    const hb = big(hi);
    if (yb <= hb) overflow();
    const n = (hb << 64n) | big(lo);
    return [u64(n / yb), u64(n % yb)];
  },
  Rem64(hi: U64, lo: U64, y: U64): U64 {
    const yb = big(y);
    if (yb === 0n) panicDivide();
    return u64(((big(hi) << 64n) | big(lo)) % yb);
  },
  panicOverflow: overflow,
});
