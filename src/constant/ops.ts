// Operations on constant values: unary and binary operators, shifts, comparisons and the
// numeric conversions, with go/constant's rules for combining representations (match) and for
// the representation of each result.

import { InternalError } from "../base/index.js";
import { Operator } from "../syntax/index.js";
import * as bf from "./bigfloat.js";
import { bitLen as bigBitLen, MIN_INT64 } from "./bits.js";
import { normRat, ratAdd, ratCmp, ratMul, ratQuo, ratSub } from "./rat.js";
import {
  BoolVal, ComplexVal, FloatVal, int0, intFromBigInt, intFromNumber, IntVal, Kind, makeBool, makeComplex, makeFloat,
  makeRat, MAX_EXP, Ord, PREC, RatVal, sign, smallFloat, StringVal, unknown, Value,
} from "./value.js";

/**
 * Operators. Each has the numeric value of the syntax package's Operator for the same token,
 * so a checker converts with fromOperator at no cost. QuoInt is the one addition: truncated
 * integer division, whose result is always an Int (go/constant spells it token.QUO_ASSIGN),
 * where Quo divides exactly (Int / Int gives a Float).
 */
export enum Op {
  Not = Operator.Not,       // !
  LOr = Operator.OrOr,      // ||
  LAnd = Operator.AndAnd,   // &&
  Eql = Operator.Eql,       // ==
  Neq = Operator.Neq,       // !=
  Lss = Operator.Lss,       // <
  Leq = Operator.Leq,       // <=
  Gtr = Operator.Gtr,       // >
  Geq = Operator.Geq,       // >=
  Add = Operator.Add,       // +
  Sub = Operator.Sub,       // -
  Or = Operator.Or,         // |
  Xor = Operator.Xor,       // ^
  Mul = Operator.Mul,       // *
  Quo = Operator.Div,       // /
  Rem = Operator.Rem,       // %
  And = Operator.And,       // &
  AndNot = Operator.AndNot, // &^
  Shl = Operator.Shl,       // <<
  Shr = Operator.Shr,       // >>
  QuoInt = 100,             // / on Ints, truncating
}

/** The Op for a syntax operator (the same number; operators without an Op give no match). */
export function fromOperator(op: Operator): Op {
  return op as number as Op;
}

const opStrings: Record<number, string> = {
  [Op.Not]: "!", [Op.LOr]: "||", [Op.LAnd]: "&&", [Op.Eql]: "==", [Op.Neq]: "!=", [Op.Lss]: "<",
  [Op.Leq]: "<=", [Op.Gtr]: ">", [Op.Geq]: ">=", [Op.Add]: "+", [Op.Sub]: "-", [Op.Or]: "|",
  [Op.Xor]: "^", [Op.Mul]: "*", [Op.Quo]: "/", [Op.Rem]: "%", [Op.And]: "&", [Op.AndNot]: "&^",
  [Op.Shl]: "<<", [Op.Shr]: ">>", [Op.QuoInt]: "/=",
};

/** The operator's Go spelling (QuoInt prints as go/constant's "/="). */
export function opString(op: Op): string {
  return opStrings[op] ?? `Op(${op})`;
}

// ---------------------------------------------------------------------------------------------
// Conversions between representations (go/constant's i64tor, itof, rtof, vtoc, ...)

function intToRat(x: IntVal): RatVal { return new RatVal(x.big, 1n); }
function intToFloat(x: IntVal): FloatVal { return new FloatVal(bf.fromBigInt(x.big, PREC)); }
function ratToFloat(x: RatVal): FloatVal { return new FloatVal(bf.fromRat(x.num, x.den, PREC)); }
function toComplexVal(x: Value): ComplexVal { return new ComplexVal(x, int0); }

/**
 * Brings x and y to the same representation, the larger of the two (go/constant's match). An
 * unknown or invalid combination puts the lower-ordered operand in both places, which callers
 * then treat as that operand's kind (possibly panicking, as go/constant does).
 */
function match(x: Value, y: Value): [Value, Value] {
  const ox = x.ord, oy = y.ord;
  if (ox < oy) return match0(x, y);
  if (ox > oy) {
    const [b, a] = match0(y, x);
    return [a, b];
  }
  return [x, y];
}

function match0(x: Value, y: Value): [Value, Value] {
  switch (y.ord) {
    case Ord.BigInt:
      if (x.ord === Ord.Int64) return [x, y]; // one class holds both integer representations
      break;
    case Ord.Rat:
      if (x instanceof IntVal) return [intToRat(x), y];
      break;
    case Ord.Float:
      if (x instanceof IntVal) return [intToFloat(x), y];
      if (x instanceof RatVal) return [ratToFloat(x), y];
      break;
    case Ord.Complex:
      return [toComplexVal(x), y];
  }
  return [x, x];
}

// ---------------------------------------------------------------------------------------------
// Unary operations

/**
 * The value of op y for op Add, Sub, Xor (bitwise complement) or Not. If prec > 0 it is the
 * size in bits of the (unsigned) result type of ^, whose result is then limited to prec bits.
 * Unknown operands give Unknown.
 */
export function unaryOp(op: Op, y: Value, prec = 0): Value {
  switch (op) {
    case Op.Add:
      if (y.kind === Kind.Unknown || y.kind === Kind.Int || y.kind === Kind.Float || y.kind === Kind.Complex) return y;
      break;
    case Op.Sub:
      if (y.kind === Kind.Unknown) return y;
      if (y instanceof IntVal) return y.b === null ? intFromNumber(-y.n) : intFromBigInt(-y.b);
      if (y instanceof RatVal) return makeRat(-y.num, y.den);
      if (y instanceof FloatVal) return makeFloat(bf.neg(y.f));
      if (y instanceof ComplexVal) return makeComplex(unaryOp(Op.Sub, y.re, 0), unaryOp(Op.Sub, y.im, 0));
      break;
    case Op.Xor:
      if (y.kind === Kind.Unknown) return y;
      if (y instanceof IntVal) {
        if (prec === 0 && y.b === null && y.n > -0x1fffffffffffff) return intFromNumber(-y.n - 1);
        let z = -y.big - 1n;
        // For unsigned types the complement is negative, i.e. "too large": keep prec bits.
        if (prec > 0) z &= (1n << BigInt(prec)) - 1n;
        return intFromBigInt(z);
      }
      break;
    case Op.Not:
      if (y.kind === Kind.Unknown) return y;
      if (y instanceof BoolVal) return makeBool(!y.b);
      break;
  }
  throw new InternalError(`invalid unary operation ${opString(op)}${y.toString()}`);
}

// ---------------------------------------------------------------------------------------------
// Binary operations

function divByZero(): never {
  throw new InternalError("division by zero");
}

const INT32_MIN = -0x80000000, INT32_MAX = 0x7fffffff;

/** Integer operations, with number fast paths for safe integers. */
function intOp(x: IntVal, op: Op, y: IntVal): Value | undefined {
  if (x.b === null && y.b === null) {
    const a = x.n, b = y.n;
    let r: number;
    switch (op) {
      case Op.Add: r = a + b; break;
      case Op.Sub: r = a - b; break;
      case Op.Mul: r = a * b; break;
      case Op.Quo:
        if (b === 0) divByZero();
        return makeRat(...normRat(BigInt(a), BigInt(b)));
      case Op.QuoInt:
        if (b === 0) divByZero();
        r = (a - (a % b)) / b; // exact: a - a%b is a multiple of b
        break;
      case Op.Rem:
        if (b === 0) divByZero();
        r = a % b;
        break;
      case Op.And: case Op.Or: case Op.Xor: case Op.AndNot:
        if (a < INT32_MIN || a > INT32_MAX || b < INT32_MIN || b > INT32_MAX) { r = NaN; break; }
        r = op === Op.And ? a & b : op === Op.Or ? a | b : op === Op.Xor ? a ^ b : a & ~b;
        break;
      default:
        return undefined;
    }
    if (Number.isSafeInteger(r)) return intFromNumber(r);
  }
  const a = x.big, b = y.big;
  switch (op) {
    case Op.Add: return intFromBigInt(a + b);
    case Op.Sub: return intFromBigInt(a - b);
    case Op.Mul: return intFromBigInt(a * b);
    case Op.Quo:
      if (b === 0n) divByZero();
      return makeRat(...normRat(a, b));
    case Op.QuoInt:
      if (b === 0n) divByZero();
      // int64 division wraps for MinInt64 / -1 (go/constant computes it with int64 operands).
      if (a === MIN_INT64 && b === -1n && x.ord === Ord.Int64 && y.ord === Ord.Int64) return x;
      return intFromBigInt(a / b);
    case Op.Rem:
      if (b === 0n) divByZero();
      return intFromBigInt(a % b);
    case Op.And: return intFromBigInt(a & b);
    case Op.Or: return intFromBigInt(a | b);
    case Op.Xor: return intFromBigInt(a ^ b);
    case Op.AndNot: return intFromBigInt(a & ~b);
  }
  return undefined;
}

function ratOp(x: RatVal, op: Op, y: RatVal): Value | undefined {
  switch (op) {
    case Op.Add: return makeRat(...ratAdd(x.num, x.den, y.num, y.den));
    case Op.Sub: return makeRat(...ratSub(x.num, x.den, y.num, y.den));
    case Op.Mul: return makeRat(...ratMul(x.num, x.den, y.num, y.den));
    case Op.Quo: return makeRat(...ratQuo(x.num, x.den, y.num, y.den));
  }
  return undefined;
}

function floatOp(x: FloatVal, op: Op, y: FloatVal): Value | undefined {
  switch (op) {
    case Op.Add: return makeFloat(bf.add(x.f, y.f, PREC));
    case Op.Sub: return makeFloat(bf.sub(x.f, y.f, PREC));
    case Op.Mul: return makeFloat(bf.mul(x.f, y.f, PREC));
    case Op.Quo: return makeFloat(bf.quo(x.f, y.f, PREC));
  }
  return undefined;
}

function complexOp(x: ComplexVal, op: Op, y: ComplexVal): Value | undefined {
  const a = x.re, b = x.im, c = y.re, d = y.im;
  let re: Value, im: Value;
  switch (op) {
    case Op.Add: // (a+c) + i(b+d)
      re = binaryOp(a, Op.Add, c);
      im = binaryOp(b, Op.Add, d);
      break;
    case Op.Sub: // (a-c) + i(b-d)
      re = binaryOp(a, Op.Sub, c);
      im = binaryOp(b, Op.Sub, d);
      break;
    case Op.Mul: { // (ac-bd) + i(bc+ad)
      const ac = binaryOp(a, Op.Mul, c), bd = binaryOp(b, Op.Mul, d);
      const bc = binaryOp(b, Op.Mul, c), ad = binaryOp(a, Op.Mul, d);
      re = binaryOp(ac, Op.Sub, bd);
      im = binaryOp(bc, Op.Add, ad);
      break;
    }
    case Op.Quo: { // (ac+bd)/s + i(bc-ad)/s, with s = cc + dd
      const ac = binaryOp(a, Op.Mul, c), bd = binaryOp(b, Op.Mul, d);
      const bc = binaryOp(b, Op.Mul, c), ad = binaryOp(a, Op.Mul, d);
      const cc = binaryOp(c, Op.Mul, c), dd = binaryOp(d, Op.Mul, d);
      const s = binaryOp(cc, Op.Add, dd);
      re = binaryOp(binaryOp(ac, Op.Add, bd), Op.Quo, s);
      im = binaryOp(binaryOp(bc, Op.Sub, ad), Op.Quo, s);
      break;
    }
    default:
      return undefined;
  }
  return makeComplex(re, im);
}

/**
 * The value of x op y for arithmetic, bitwise and logical operators (not comparisons or
 * shifts). Operands of different numeric representations are converted to the larger one.
 * Unknown operands give Unknown. Op.Quo on two Ints gives an exact Float; Op.QuoInt gives the
 * truncated Int quotient. Division by zero throws, as go/constant panics.
 */
export function binaryOp(x: Value, op: Op, y: Value): Value {
  if (x instanceof IntVal && y instanceof IntVal) {
    const r = intOp(x, op, y); // the common case, without match
    if (r !== undefined) return r;
  } else {
    const [a, b] = match(x, y);
    let r: Value | undefined;
    if (a.kind === Kind.Unknown) return a;
    if (a instanceof BoolVal) {
      if (!(b instanceof BoolVal)) throw invalid(x, op, y);
      if (op === Op.LAnd) return makeBool(a.b && b.b);
      if (op === Op.LOr) return makeBool(a.b || b.b);
    } else if (a instanceof IntVal) {
      r = intOp(a, op, b as IntVal);
    } else if (a instanceof RatVal) {
      r = ratOp(a, op, b as RatVal);
    } else if (a instanceof FloatVal) {
      r = floatOp(a, op, b as FloatVal);
    } else if (a instanceof ComplexVal) {
      r = complexOp(a, op, b as ComplexVal);
    } else if (a instanceof StringVal) {
      if (!(b instanceof StringVal)) throw invalid(x, op, y);
      if (op === Op.Add) return b.s === "" ? a : a.s === "" ? b : new StringVal(a.s + b.s);
    }
    if (r !== undefined) return r;
  }
  throw invalid(x, op, y);
}

function invalid(x: Value, op: Op, y: Value): InternalError {
  return new InternalError(`invalid binary operation ${x.toString()} ${opString(op)} ${y.toString()}`);
}

/** x << s or x >> s (op Shl or Shr) for an Int x; Unknown stays Unknown. */
export function shift(x: Value, op: Op, s: number): Value {
  if (x.kind === Kind.Unknown) return x;
  if (x instanceof IntVal && (op === Op.Shl || op === Op.Shr)) {
    if (s === 0) return x;
    if (x.b === null) {
      if (op === Op.Shl) {
        if (s < 53) {
          const r = x.n * 2 ** s;
          if (Number.isSafeInteger(r)) return intFromNumber(r);
        }
      } else {
        if (s >= 64) return intFromNumber(x.n < 0 ? -1 : 0);
        return intFromNumber(Math.floor(x.n / 2 ** s)); // exact: the quotient is a float
      }
    }
    const b = x.big, n = BigInt(s);
    return intFromBigInt(op === Op.Shl ? b << n : b >> n);
  }
  throw new InternalError(`invalid shift ${x.toString()} ${opString(op)} ${s}`);
}

function cmpZero(c: number, op: Op): boolean {
  switch (op) {
    case Op.Eql: return c === 0;
    case Op.Neq: return c !== 0;
    case Op.Lss: return c < 0;
    case Op.Leq: return c <= 0;
    case Op.Gtr: return c > 0;
    case Op.Geq: return c >= 0;
  }
  throw new InternalError(`invalid comparison ${c} ${opString(op)} 0`);
}

/** The result of the comparison x op y; false if an operand is Unknown. */
export function compare(x: Value, op: Op, y: Value): boolean {
  if (x instanceof IntVal && y instanceof IntVal) {
    if (x.b === null && y.b === null) return cmpZero(x.n < y.n ? -1 : x.n > y.n ? 1 : 0, op);
    const a = x.big, b = y.big;
    return cmpZero(a < b ? -1 : a > b ? 1 : 0, op);
  }
  const [a, b] = match(x, y);
  if (a.kind === Kind.Unknown) return false;
  if (a instanceof BoolVal) {
    if (!(b instanceof BoolVal)) throw invalidCmp(x, op, y);
    if (op === Op.Eql) return a.b === b.b;
    if (op === Op.Neq) return a.b !== b.b;
  } else if (a instanceof IntVal) {
    const p = a.big, q = (b as IntVal).big;
    return cmpZero(p < q ? -1 : p > q ? 1 : 0, op);
  } else if (a instanceof RatVal) {
    const r = b as RatVal;
    return cmpZero(ratCmp(a.num, a.den, r.num, r.den), op);
  } else if (a instanceof FloatVal) {
    return cmpZero(bf.cmp(a.f, (b as FloatVal).f), op);
  } else if (a instanceof ComplexVal) {
    const c = b as ComplexVal;
    const re = compare(a.re, Op.Eql, c.re);
    const im = compare(a.im, Op.Eql, c.im);
    if (op === Op.Eql) return re && im;
    if (op === Op.Neq) return !re || !im;
  } else if (a instanceof StringVal) {
    if (!(b instanceof StringVal)) throw invalidCmp(x, op, y);
    const p = a.s, q = b.s; // byte strings compare bytewise
    return cmpZero(p < q ? -1 : p > q ? 1 : 0, op);
  }
  throw invalidCmp(x, op, y);
}

function invalidCmp(x: Value, op: Op, y: Value): InternalError {
  return new InternalError(`invalid comparison ${x.toString()} ${opString(op)} ${y.toString()}`);
}

// ---------------------------------------------------------------------------------------------
// Numeric conversions

/** x as an Int if it is representable as one (within rounding error for binary floats), else Unknown. */
export function toInt(x: Value): Value {
  if (x instanceof IntVal) return x;
  if (x instanceof RatVal) return x.den === 1n ? intFromBigInt(x.num) : unknown;
  if (x instanceof FloatVal) {
    // Avoid huge integers: allow what would also be allowed as a fraction.
    if (!smallFloat(x.f)) return unknown;
    let [i, exact] = bf.toBigInt(x.f);
    if (exact) return intFromBigInt(i);
    // A value within a few bits' rounding of an integer is taken to be that integer, assuming
    // the difference comes from rounding in earlier operations.
    const delta = 4;
    [i, exact] = bf.toBigInt(bf.setPrec(x.f, PREC - delta, bf.Mode.ToZero));
    if (exact) return intFromBigInt(i);
    [i, exact] = bf.toBigInt(bf.setPrec(x.f, PREC - delta, bf.Mode.AwayFromZero));
    if (exact) return intFromBigInt(i);
    return unknown;
  }
  if (x instanceof ComplexVal) {
    const re = toFloat(x);
    if (re.kind === Kind.Float) return toInt(re);
  }
  return unknown;
}

/** x as a Float if it is representable as one, else Unknown. */
export function toFloat(x: Value): Value {
  if (x instanceof IntVal) {
    if (x.ord === Ord.Int64 || bigBitLen(x.b!) < MAX_EXP) return intToRat(x);
    return intToFloat(x);
  }
  if (x instanceof RatVal || x instanceof FloatVal) return x;
  if (x instanceof ComplexVal && sign(x.im) === 0) return toFloat(x.re);
  return unknown;
}

/** x as a Complex if it is representable as one, else Unknown. */
export function toComplex(x: Value): Value {
  if (x.kind === Kind.Int || x.kind === Kind.Float) return toComplexVal(x);
  if (x instanceof ComplexVal) return x;
  return unknown;
}
