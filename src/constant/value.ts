// Constant values: the Value classes, factories and accessors of Go's go/constant package.
//
// Representations follow go/constant exactly, because which one holds a value decides results
// (rounding, exactness flags, short forms):
//   Int     – IntVal: go/constant's int64Val when the value fits in an int64, else its intVal.
//             Safe integers are held as a JS number (no bigint allocation for the common case),
//             others as a bigint.
//   Float   – RatVal (exact fraction, go/constant's ratVal) while numerator and denominator stay
//             below 4096 bits, else FloatVal (a 512-bit binary float, its floatVal). A FloatVal
//             never goes back to a RatVal, and an integral Float is not turned into an Int.
//   Complex – ComplexVal, a pair of Int or Float values.
// Go strings are byte strings (one char per byte); String results are byte strings too.
// Operations that go/constant answers with a panic (misuse by the caller) throw InternalError.

import { InternalError } from "../base/index.js";
import { BigFloat, fromBigInt, fromRat, Form, textP, toFloat32 as bfToFloat32, toFloat64 as bfToFloat64, toRat, ZERO } from "./bigfloat.js";
import { bitLen as bigBitLen, decompose, MAX_INT64, MAX_UINT64, MIN_INT64 } from "./bits.js";
import { floatString } from "./ftoa.js";
import { quote, runeCount, runeOffset } from "../syntax/index.js";
import { ratToFloat32, ratToFloat64 } from "./rat.js";

export enum Kind {
  Unknown,
  Bool,
  String,
  Int,
  Float,
  Complex,
}

/** Mantissa precision of binary Float values (go/constant's prec). */
export const PREC = 512;

/** Fractions with components of up to this many bits stay exact (go/constant's maxExp). */
export const MAX_EXP = 4 << 10;

/**
 * Representation order of go/constant's match: operands are converted to the larger one.
 * Unknown 0, Bool/String 1, int64 2, big int 3, rational 4, binary float 5, complex 6.
 */
export const enum Ord { Unknown = 0, BoolOrString = 1, Int64 = 2, BigInt = 3, Rat = 4, Float = 5, Complex = 6 }

export abstract class Value {
  abstract readonly kind: Kind;
  /** The representation order (see Ord). */
  abstract readonly ord: Ord;
  /** The short, possibly approximate form (go/constant's String), as a byte string. */
  abstract toString(): string;
  /** The exact form (go/constant's ExactString), as a byte string. */
  abstract exactString(): string;
}

export class UnknownVal extends Value {
  readonly kind = Kind.Unknown;
  readonly ord = Ord.Unknown;
  toString(): string { return "unknown"; }
  exactString(): string { return "unknown"; }
}

export class BoolVal extends Value {
  readonly kind = Kind.Bool;
  readonly ord = Ord.BoolOrString;
  constructor(readonly b: boolean) { super(); }
  toString(): string { return this.b ? "true" : "false"; }
  exactString(): string { return this.toString(); }
}

export class StringVal extends Value {
  readonly kind = Kind.String;
  readonly ord = Ord.BoolOrString;
  constructor(readonly s: string) { super(); }
  toString(): string {
    const maxLen = 72;
    const q = quote(this.s);
    // Keep maxLen-3 runes and add "..." when the quoted form is longer than maxLen runes.
    if (q.length > maxLen && runeCount(q) > maxLen) return q.slice(0, runeOffset(q, maxLen - 3)) + "...";
    return q;
  }
  exactString(): string { return quote(this.s); }
}

export class IntVal extends Value {
  readonly kind = Kind.Int;
  readonly ord: Ord.Int64 | Ord.BigInt;
  /**
   * n is the value when it is a safe integer (then b is null); otherwise b holds it (and n is
   * NaN).
   */
  constructor(readonly n: number, readonly b: bigint | null) {
    super();
    this.ord = b === null || (b >= MIN_INT64 && b <= MAX_INT64) ? Ord.Int64 : Ord.BigInt;
  }
  /** The value as a bigint. */
  get big(): bigint { return this.b ?? BigInt(this.n); }
  toString(): string { return this.b === null ? String(this.n) : this.b.toString(); }
  exactString(): string { return this.toString(); }
}

export class RatVal extends Value {
  readonly kind = Kind.Float;
  readonly ord = Ord.Rat;
  /** num/den in lowest terms, den > 0. */
  constructor(readonly num: bigint, readonly den: bigint) { super(); }
  toString(): string { return floatString(fromRat(this.num, this.den, PREC)); }
  exactString(): string { return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`; }
}

export class FloatVal extends Value {
  readonly kind = Kind.Float;
  readonly ord = Ord.Float;
  constructor(readonly f: BigFloat) { super(); }
  toString(): string { return floatString(this.f); }
  exactString(): string { return textP(this.f); }
}

export class ComplexVal extends Value {
  readonly kind = Kind.Complex;
  readonly ord = Ord.Complex;
  constructor(readonly re: Value, readonly im: Value) { super(); }
  toString(): string { return `(${this.re.toString()} + ${this.im.toString()}i)`; }
  exactString(): string { return `(${this.re.exactString()} + ${this.im.exactString()}i)`; }
}

export const unknown = new UnknownVal();
const trueVal = new BoolVal(true);
const falseVal = new BoolVal(false);
const emptyString = new StringVal("");

// Small integers are shared.
const CACHE_MIN = -128, CACHE_MAX = 1024;
const intCache: IntVal[] = [];
for (let i = CACHE_MIN; i <= CACHE_MAX; i++) intCache.push(new IntVal(i, null));

export const int0 = intCache[-CACHE_MIN]!;

/** An Int from a safe integer. */
export function intFromNumber(n: number): IntVal {
  if (n >= CACHE_MIN && n <= CACHE_MAX && (n | 0) === n) return intCache[n - CACHE_MIN]!;
  return new IntVal(n + 0, null); // + 0 turns -0 into 0
}

/** An Int from a bigint (go/constant's makeInt). */
export function intFromBigInt(b: bigint): IntVal {
  if (b >= -0x1fffffffffffffn && b <= 0x1fffffffffffffn) return intFromNumber(Number(b));
  return new IntVal(NaN, b);
}

/** A Float from a fraction in lowest terms, kept exact if small enough (go/constant's makeRat). */
export function makeRat(num: bigint, den: bigint): Value {
  if (bigBitLen(num) < MAX_EXP && bigBitLen(den) < MAX_EXP) return new RatVal(num, den);
  return new FloatVal(fromRat(num, den, PREC));
}

const floatVal0 = new FloatVal(ZERO);

/** A Float from a binary float (go/constant's makeFloat): -0 becomes 0, infinities Unknown. */
export function makeFloat(f: BigFloat): Value {
  if (f.form === Form.Zero) return floatVal0;
  if (f.form === Form.Inf) return unknown;
  return new FloatVal(f);
}

export function makeComplex(re: Value, im: Value): Value {
  if (re.kind === Kind.Unknown || im.kind === Kind.Unknown) return unknown;
  return new ComplexVal(re, im);
}

// ---------------------------------------------------------------------------------------------
// Factories

export function makeUnknown(): Value { return unknown; }

export function makeBool(b: boolean): Value { return b ? trueVal : falseVal; }

/** A String value; s is a byte string. */
export function makeString(s: string): Value { return s === "" ? emptyString : new StringVal(s); }

function toBigIntArg(x: number | bigint): bigint {
  if (typeof x === "bigint") return x;
  if (!Number.isInteger(x)) throw new InternalError(`constant: ${x} is not an integer`);
  return BigInt(x);
}

/** The Int value for an int64 (a bigint is reduced to 64 bits, as the Go conversion would). */
export function makeInt64(x: number | bigint): Value {
  if (typeof x === "number" && Number.isSafeInteger(x)) return intFromNumber(x);
  return intFromBigInt(BigInt.asIntN(64, toBigIntArg(x)));
}

/** The Int value for a uint64. */
export function makeUint64(x: number | bigint): Value {
  if (typeof x === "number" && Number.isSafeInteger(x) && x >= 0) return intFromNumber(x);
  return intFromBigInt(BigInt.asUintN(64, toBigIntArg(x)));
}

/** The Int value for an arbitrary integer (go/constant's Make of a *big.Int). */
export function makeBigInt(x: bigint): Value { return intFromBigInt(x); }

/** The Float value for x (-0 becomes 0); Unknown for infinities and NaN. */
export function makeFloat64(x: number): Value {
  if (!Number.isFinite(x)) return unknown;
  if (x === 0) return new RatVal(0n, 1n);
  if (Number.isSafeInteger(x)) return new RatVal(BigInt(x), 1n);
  // Every finite double is a fraction with components below 2**1100, so always a RatVal.
  const d = decompose(x);
  const m = d.neg ? -d.m : d.m;
  return d.e >= 0 ? new RatVal(m << BigInt(d.e), 1n) : new RatVal(m, 1n << BigInt(-d.e));
}

// ---------------------------------------------------------------------------------------------
// Accessors. For Unknown they return the zero value of the result type (Sign returns 1).

function notA(x: Value, what: string): never {
  throw new InternalError(`${x.toString()} not ${what}`);
}

/** The Go boolean value of a Bool or Unknown (false). */
export function boolVal(x: Value): boolean {
  if (x instanceof BoolVal) return x.b;
  if (x.kind === Kind.Unknown) return false;
  notA(x, "a Bool");
}

/** The Go string (a byte string) of a String or Unknown (""). */
export function stringVal(x: Value): string {
  if (x instanceof StringVal) return x.s;
  if (x.kind === Kind.Unknown) return "";
  notA(x, "a String");
}

/** The int64 value of an Int and whether it is exact (false for Unknown, value 0). */
export function int64Val(x: Value): [bigint, boolean] {
  if (x instanceof IntVal) {
    if (x.b === null) return [BigInt(x.n), true];
    if (x.ord === Ord.Int64) return [x.b, true];
    // big.Int.Int64: the low 64 bits of |x|, negated for negative x.
    const low = BigInt.asUintN(64, x.b < 0n ? -x.b : x.b);
    return [BigInt.asIntN(64, x.b < 0n ? -low : low), false];
  }
  if (x.kind === Kind.Unknown) return [0n, false];
  notA(x, "an Int");
}

/** The uint64 value of an Int and whether it is exact (false for Unknown, value 0). */
export function uint64Val(x: Value): [bigint, boolean] {
  if (x instanceof IntVal) {
    if (x.ord === Ord.Int64) {
      const v = x.big;
      return [BigInt.asUintN(64, v), v >= 0n];
    }
    const b = x.b!;
    return [BigInt.asUintN(64, b < 0n ? -b : b), b >= 0n && b <= MAX_UINT64];
  }
  if (x.kind === Kind.Unknown) return [0n, false];
  notA(x, "an Int");
}

/**
 * The value of a safe-integer Int as a number, else undefined (Unknown, other kinds and larger
 * integers): a cheap accessor for the common case (not in go/constant).
 */
export function smallIntVal(x: Value): number | undefined {
  return x instanceof IntVal && x.b === null ? x.n : undefined;
}

/** The nearest float32 (as a double) to an Int or Float and whether it is exact. */
export function float32Val(x: Value): [number, boolean] {
  if (x instanceof IntVal) {
    if (x.b === null) {
      const f = Math.fround(x.n); // x.n is exact, so this rounds once
      return [f, f === x.n];
    }
    if (x.ord === Ord.Int64) {
      // float32(int64) rounds the exact integer directly (no detour through float64).
      const [f, ok] = bfToFloat32(fromBigInt(x.b, 64));
      return [f, ok];
    }
    const [f, ok] = bfToFloat32(fromBigInt(x.b, PREC));
    return [f, ok];
  }
  if (x instanceof RatVal) return ratToFloat32(x.num, x.den);
  if (x instanceof FloatVal) return bfToFloat32(x.f);
  if (x.kind === Kind.Unknown) return [0, false];
  notA(x, "a Float");
}

/** The nearest float64 to an Int or Float and whether it is exact; tiny values become ±0. */
export function float64Val(x: Value): [number, boolean] {
  if (x instanceof IntVal) {
    if (x.b === null) return [x.n, true];
    if (x.ord === Ord.Int64) {
      const f = Number(x.b); // correctly rounded
      return [f, f < 2 ** 63 && BigInt(f) === x.b];
    }
    return bfToFloat64(fromBigInt(x.b, PREC));
  }
  if (x instanceof RatVal) return ratToFloat64(x.num, x.den);
  if (x instanceof FloatVal) return bfToFloat64(x.f);
  if (x.kind === Kind.Unknown) return [0, false];
  notA(x, "a Float");
}

/** A fraction num/den (den > 0), as go/constant's Val gives a *big.Rat. */
export interface Fraction { readonly num: bigint; readonly den: bigint }

/**
 * The underlying value: boolean for Bool, string for String, bigint for Int, a Fraction or a
 * BigFloat for Float, undefined otherwise.
 */
export function val(x: Value): boolean | string | bigint | Fraction | BigFloat | undefined {
  if (x instanceof BoolVal) return x.b;
  if (x instanceof StringVal) return x.s;
  if (x instanceof IntVal) return x.big;
  if (x instanceof RatVal) return { num: x.num, den: x.den };
  if (x instanceof FloatVal) return x.f;
  return undefined;
}

/** The number of bits of |x| for an Int (0 for Unknown). */
export function bitLen(x: Value): number {
  if (x instanceof IntVal) {
    if (x.b === null) {
      const a = Math.abs(x.n);
      return a < 2 ** 32 ? (a === 0 ? 0 : 32 - Math.clz32(a)) : 32 + (32 - Math.clz32(Math.floor(a / 2 ** 32)));
    }
    return bigBitLen(x.b);
  }
  if (x.kind === Kind.Unknown) return 0;
  notA(x, "an Int");
}

/** -1, 0 or 1 for a numeric value (for Complex 0 iff zero); 1 for Unknown. */
export function sign(x: Value): number {
  if (x instanceof IntVal) {
    if (x.b === null) return x.n < 0 ? -1 : x.n > 0 ? 1 : 0;
    return x.b < 0n ? -1 : 1;
  }
  if (x instanceof RatVal) return x.num < 0n ? -1 : x.num > 0n ? 1 : 0;
  if (x instanceof FloatVal) return x.f.sign;
  if (x instanceof ComplexVal) return sign(x.re) | sign(x.im);
  if (x.kind === Kind.Unknown) return 1; // avoids spurious division by zero errors
  notA(x, "numeric");
}

/** Whether a binary float's fraction would be reasonably small (go/constant's smallFloat). */
export function smallFloat(f: BigFloat): boolean {
  if (f.form === Form.Inf) return false;
  const e = f.mantExp;
  return -MAX_EXP < e && e < MAX_EXP;
}

/** The numerator of an Int or Float; Unknown if too large or small to be a fraction. */
export function num(x: Value): Value {
  if (x instanceof IntVal) return x;
  if (x instanceof RatVal) return intFromBigInt(x.num);
  if (x instanceof FloatVal) return smallFloat(x.f) ? intFromBigInt(toRat(x.f)[0]) : unknown;
  if (x.kind === Kind.Unknown) return unknown;
  notA(x, "Int or Float");
}

/** The denominator (>= 1) of an Int or Float; Unknown if too large or small to be a fraction. */
export function denom(x: Value): Value {
  if (x instanceof IntVal) return intCache[1 - CACHE_MIN]!;
  if (x instanceof RatVal) return intFromBigInt(x.den);
  if (x instanceof FloatVal) return smallFloat(x.f) ? intFromBigInt(toRat(x.f)[1]) : unknown;
  if (x.kind === Kind.Unknown) return unknown;
  notA(x, "Int or Float");
}

/** The Complex value x*i for an Int or Float (Unknown stays Unknown). */
export function makeImag(x: Value): Value {
  if (x.kind === Kind.Unknown) return x;
  if (x.kind === Kind.Int || x.kind === Kind.Float) return makeComplex(int0, x);
  notA(x, "Int or Float");
}

/** The real part of a numeric value. */
export function real(x: Value): Value {
  if (x instanceof ComplexVal) return x.re;
  if (x.kind === Kind.Unknown || x.kind === Kind.Int || x.kind === Kind.Float) return x;
  notA(x, "numeric");
}

/** The imaginary part of a numeric value. */
export function imag(x: Value): Value {
  if (x instanceof ComplexVal) return x.im;
  if (x.kind === Kind.Int || x.kind === Kind.Float) return int0;
  if (x.kind === Kind.Unknown) return x;
  notA(x, "numeric");
}

/** The little-endian bytes of |x| for an Int (no trailing zero bytes). */
export function bytes(x: Value): Uint8Array {
  if (!(x instanceof IntVal)) notA(x, "an Int");
  let v = x.big;
  if (v < 0n) v = -v;
  const out: number[] = [];
  while (v > 0n) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return Uint8Array.from(out);
}

/** The Int value of little-endian bytes (an empty array is 0). */
export function makeFromBytes(b: Uint8Array): Value {
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  return intFromBigInt(v);
}

/** The representation name go/constant would use (for tests and debugging). */
export function reprName(x: Value): string {
  switch (x.ord) {
    case Ord.Unknown: return "unknownVal";
    case Ord.BoolOrString: return x.kind === Kind.Bool ? "boolVal" : "stringVal";
    case Ord.Int64: return "int64Val";
    case Ord.BigInt: return "intVal";
    case Ord.Rat: return "ratVal";
    case Ord.Float: return "floatVal";
    case Ord.Complex: return "complexVal";
  }
}
