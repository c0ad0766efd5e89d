// Arithmetic, comparison and conversion of Go values in their JS representation
// (docs/values.md): which JS operator or runtime function implements each Go operator for
// each representation of the operand type, with Go's wraparound and rounding.

import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import { Operator } from "../syntax/index.js";
import { Type, TypeKind, BasicKind, under } from "../types/index.js";

/** The JS representation class of a type. */
export const enum R {
  Bool, Str, I8, I16, I32, U8, U16, U32, I64, U64, F32, F64, C64, C128, Other,
}

export function rep(t: Type): R {
  const u = under(t);
  if (u.tkind !== TypeKind.Basic) return R.Other;
  switch (u.kind) {
    case BasicKind.Bool: case BasicKind.UntypedBool: return R.Bool;
    case BasicKind.String: case BasicKind.UntypedString: return R.Str;
    case BasicKind.Int8: return R.I8;
    case BasicKind.Int16: return R.I16;
    case BasicKind.Int32: case BasicKind.UntypedRune: return R.I32;
    case BasicKind.Uint8: return R.U8;
    case BasicKind.Uint16: return R.U16;
    case BasicKind.Uint32: return R.U32;
    case BasicKind.Int: case BasicKind.Int64: case BasicKind.UntypedInt: return R.I64;
    case BasicKind.Uint: case BasicKind.Uint64: case BasicKind.Uintptr: return R.U64;
    case BasicKind.Float32: return R.F32;
    case BasicKind.Float64: case BasicKind.UntypedFloat: return R.F64;
    case BasicKind.Complex64: return R.C64;
    case BasicKind.Complex128: case BasicKind.UntypedComplex: return R.C128;
    default: return R.Other;
  }
}

export function isSmallInt(r: R): boolean {
  return r >= R.I8 && r <= R.U32;
}
export function isInt(r: R): boolean {
  return r >= R.I8 && r <= R.U64;
}
export function isWide(r: R): boolean {
  return r === R.I64 || r === R.U64;
}
export function isSigned(r: R): boolean {
  return r === R.I8 || r === R.I16 || r === R.I32 || r === R.I64;
}

const B = J.BinOp;
const bin = (op: J.BinOp, a: J.Expr, b: J.Expr): J.Expr => J.binary(op, a, b);
const n = (v: number): J.Expr => J.num(v);

/** Wraps an exact integer result (a JS number within ±2^53) into a small integer type. */
export function wrapSmall(r: R, e: J.Expr): J.Expr {
  switch (r) {
    case R.I32: return bin(B.BitOr, e, n(0));
    case R.U32: return bin(B.UShr, e, n(0));
    case R.I16: return bin(B.Shr, bin(B.Shl, e, n(16)), n(16));
    case R.U16: return bin(B.BitAnd, e, n(0xffff));
    case R.I8: return bin(B.Shr, bin(B.Shl, e, n(24)), n(24));
    case R.U8: return bin(B.BitAnd, e, n(0xff));
    default: throw new InternalError(`wrapSmall of representation ${r}`);
  }
}

export type RtRef = (name: string) => J.Expr;

/** x op y for arithmetic and bitwise operators (not shifts, not comparisons). */
export function arith(rt: RtRef, op: Operator, r: R, x: J.Expr, y: J.Expr): J.Expr {
  if (r === R.Str) {
    if (op === Operator.Add) return bin(B.Add, x, y);
    throw new InternalError(`string operator ${op}`);
  }
  if (r === R.F64 || r === R.F32) {
    let e: J.Expr;
    switch (op) {
      case Operator.Add: e = bin(B.Add, x, y); break;
      case Operator.Sub: e = bin(B.Sub, x, y); break;
      case Operator.Mul: e = bin(B.Mul, x, y); break;
      case Operator.Div: e = bin(B.Div, x, y); break;
      default: throw new InternalError(`float operator ${op}`);
    }
    return r === R.F32 ? J.call(J.dot(J.ident("Math"), "fround"), [e]) : e;
  }
  if (r === R.C64 || r === R.C128) {
    const fn = op === Operator.Add ? "complexAdd" : op === Operator.Sub ? "complexSub" : op === Operator.Mul ? "complexMul" : "complexDiv";
    const e = J.call(rt(fn), [x, y]);
    return r === R.C64 ? J.call(rt("complex64"), [e]) : e;
  }
  if (r === R.I64 || r === R.U64) {
    const u = r === R.U64 ? "U64" : "64";
    const names: Partial<Record<Operator, string>> = {
      [Operator.Add]: "add", [Operator.Sub]: "sub", [Operator.Mul]: "mul", [Operator.Div]: "div",
      [Operator.Rem]: "rem", [Operator.And]: "and", [Operator.Or]: "or", [Operator.Xor]: "xor",
      [Operator.AndNot]: "andNot",
    };
    const base = names[op];
    if (base === undefined) throw new InternalError(`64-bit operator ${op}`);
    if (op === Operator.Div || op === Operator.Rem) return J.call(rt(`${base}${u}z`), [x, y]);
    return J.call(rt(`${base}${u}`), [x, y]);
  }
  if (!isSmallInt(r)) throw new InternalError(`arithmetic on representation ${r}`);
  switch (op) {
    case Operator.Add: return wrapSmall(r, bin(B.Add, x, y));
    case Operator.Sub: return wrapSmall(r, bin(B.Sub, x, y));
    case Operator.Mul:
      if (r === R.I32) return J.call(J.dot(J.ident("Math"), "imul"), [x, y]);
      return wrapSmall(r, J.call(J.dot(J.ident("Math"), "imul"), [x, y]));
    case Operator.Div: return J.call(rt(isSigned(r) ? "div32" : "divU32"), [x, y, n(r)]);
    case Operator.Rem: return J.call(rt("rem32"), [x, y]);
    case Operator.And: return r === R.U32 ? bin(B.UShr, bin(B.BitAnd, x, y), n(0)) : bin(B.BitAnd, x, y);
    case Operator.Or: return r === R.U32 ? bin(B.UShr, bin(B.BitOr, x, y), n(0)) : bin(B.BitOr, x, y);
    case Operator.Xor: return r === R.U32 ? bin(B.UShr, bin(B.BitXor, x, y), n(0)) : bin(B.BitXor, x, y);
    case Operator.AndNot: {
      const e = bin(B.BitAnd, x, J.unary(J.UnOp.BitNot, y));
      return r === R.U32 ? bin(B.UShr, e, n(0)) : e;
    }
    default: throw new InternalError(`small integer operator ${op}`);
  }
}

/**
 * x << s or x >> s. `count` is the shift count as a non-negative JS number expression, or a
 * constant count.
 */
export function shift(rt: RtRef, left: boolean, r: R, x: J.Expr, count: J.Expr, constCount: number | null): J.Expr {
  if (r === R.I64 || r === R.U64) {
    const fn = (left ? "shl" : "shr") + (r === R.U64 ? "U64" : "64");
    return J.call(rt(fn), [x, count]);
  }
  if (constCount !== null) {
    if (constCount >= 32) {
      if (left) return n(0);
      return isSigned(r) ? bin(B.Shr, x, n(31)) : n(0);
    }
    const c = n(constCount);
    if (left) return r === R.I32 ? bin(B.Shl, x, c) : wrapSmall(r, bin(B.Shl, x, c));
    return isSigned(r) ? bin(B.Shr, x, c) : bin(B.UShr, x, c);
  }
  // Go shifts by any count: 32 or more shifts everything out. (The count is used twice, so
  // callers pass an identifier or a constant.)
  if (left) {
    const e = r === R.I32 ? bin(B.Shl, x, count) : wrapSmall(r, bin(B.Shl, x, count));
    return J.cond(bin(B.Ge, count, n(32)), n(0), e);
  }
  if (isSigned(r)) return bin(B.Shr, x, J.call(J.dot(J.ident("Math"), "min"), [count, n(31)]));
  return J.cond(bin(B.Ge, count, n(32)), n(0), bin(B.UShr, x, count));
}

/** -x */
export function negate(rt: RtRef, r: R, x: J.Expr): J.Expr {
  switch (r) {
    case R.F64: return J.neg(x);
    case R.F32: return J.neg(x);
    case R.I64: return J.call(rt("neg64"), [x]);
    case R.U64: return J.call(rt("negU64"), [x]);
    case R.C64: case R.C128: return J.call(rt("complexNeg"), [x]);
    default: return wrapSmall(r, J.neg(x));
  }
}

/** ^x */
export function complement(rt: RtRef, r: R, x: J.Expr): J.Expr {
  switch (r) {
    case R.I64: return J.call(rt("not64"), [x]);
    case R.U64: return J.call(rt("notU64"), [x]);
    case R.I32: case R.I16: case R.I8: return J.unary(J.UnOp.BitNot, x);
    default: return wrapSmall(r, J.unary(J.UnOp.BitNot, x));
  }
}

/** A numeric conversion between representations. */
export function convertNumber(rt: RtRef, from: R, to: R, x: J.Expr): J.Expr {
  if (from === to) return x;
  const call = (f: string): J.Expr => J.call(rt(f), [x]);
  const fround = (e: J.Expr): J.Expr => J.call(J.dot(J.ident("Math"), "fround"), [e]);
  switch (to) {
    case R.I8: case R.I16: case R.I32: case R.U8: case R.U16: case R.U32: {
      if (from === R.F32 || from === R.F64) return call(`float64To${smallName(to)}`);
      if (from === R.I64 || from === R.U64) return call(`to${smallName(to)}`);
      if (fits(from, to)) return x;
      return wrapSmall(to, x);
    }
    case R.I64:
      if (from === R.F32 || from === R.F64) return call("float64ToInt64");
      if (from === R.U64) return call("uint64ToInt64");
      return x;
    case R.U64:
      if (from === R.F32 || from === R.F64) return call("float64ToUint64");
      if (from === R.I64 || from === R.I32 || from === R.I16 || from === R.I8) return call("int64ToUint64");
      return x;
    case R.F64:
      if (from === R.I64) return call("int64ToFloat64");
      if (from === R.U64) return call("uint64ToFloat64");
      return x;
    case R.F32:
      if (from === R.I64) return call("int64ToFloat32");
      if (from === R.U64) return call("uint64ToFloat32");
      return fround(x);
    case R.C64: case R.C128: {
      if (from === R.C128 || from === R.C64) return to === R.C64 && from === R.C128 ? call("complex64") : x;
      // A real value as a complex one.
      const re = convertNumber(rt, from, to === R.C64 ? R.F32 : R.F64, x);
      return J.new_(rt("Complex"), [re, J.num(0)]);
    }
    default:
      return x;
  }
}

function smallName(r: R): string {
  switch (r) {
    case R.I8: return "Int8";
    case R.I16: return "Int16";
    case R.I32: return "Int32";
    case R.U8: return "Uint8";
    case R.U16: return "Uint16";
    case R.U32: return "Uint32";
    default: throw new InternalError(`smallName ${r}`);
  }
}

/** Whether every value of small type `from` is a value of small type `to`. */
function fits(from: R, to: R): boolean {
  const range: Partial<Record<R, [number, number]>> = {
    [R.I8]: [-128, 127], [R.I16]: [-32768, 32767], [R.I32]: [-2147483648, 2147483647],
    [R.U8]: [0, 255], [R.U16]: [0, 65535], [R.U32]: [0, 4294967295],
  };
  const a = range[from], b = range[to];
  return a !== undefined && b !== undefined && a[0] >= b[0] && a[1] <= b[1];
}
