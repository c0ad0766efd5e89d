// Untyped constant operands (types2's const.go and the untyped-expression parts of expr.go):
// overflow checks after constant operations, representability of a constant in a basic type
// (with float32/float64 rounding exactly as types2 rounds), the implicit conversion of untyped
// operands to a target type, and the propagation of final types down untyped expression trees
// (updateExprType), which records them in Info.types.
//
// The constant arithmetic itself lives in src/constant; the small adapter at the top maps the
// syntax operators to it, so that the checker files don't depend on its calling conventions.

import * as constant from "../constant/index.js";
import type { Value } from "../constant/index.js";
import { Expr, NodeKind, Operator } from "../syntax/index.js";
import type { Pos } from "../source/index.js";
import { Checker, UntypedCode } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { Basic, BasicKind, Type, TypeKind, under, unalias } from "./type.js";
import {
  allInteger, hasNil, isBoolean, isComplex, isFloat, isInteger, isNumeric, isString, isTypeParam,
  isTyped, isUntyped, isValid, defaultType, maxType,
} from "./predicates.js";
import { typeSetOf } from "./typeset.js";

// ---------------------------------------------------------------------------------------------
// Adapter to src/constant

export const ValueKind = constant.Kind;
export type ValueKind = constant.Kind;

/** x op y for constants; intDiv forces truncated integer division (go/constant's QUO_ASSIGN). */
export function constBinaryOp(x: Value, op: Operator, y: Value, intDiv = false): Value {
  return constant.binaryOp(x, intDiv ? constant.Op.QuoInt : constant.fromOperator(op), y);
}

/** op x for constants; prec > 0 limits ^x for unsigned types to prec bits. */
export function constUnaryOp(op: Operator, x: Value, prec: number): Value {
  return constant.unaryOp(constant.fromOperator(op), x, prec);
}

export function constShift(x: Value, op: Operator, s: number): Value {
  return constant.shift(x, constant.fromOperator(op), s);
}

export function constCompare(x: Value, op: Operator, y: Value): boolean {
  return constant.compare(x, constant.fromOperator(op), y);
}

/** The size in bytes of a basic type on gc's amd64 (the only target): for int sizes and unsigned ^x. */
export function basicSize(t: Basic): number {
  switch (t.kind) {
    case BasicKind.Bool: case BasicKind.Int8: case BasicKind.Uint8: return 1;
    case BasicKind.Int16: case BasicKind.Uint16: return 2;
    case BasicKind.Int32: case BasicKind.Uint32: case BasicKind.Float32: return 4;
    case BasicKind.Complex128: case BasicKind.String: return 16;
    default: return 8;
  }
}

// ---------------------------------------------------------------------------------------------
// Overflow and representability

/** The operator names overflow errors mention ("constant addition overflow"). */
function opName(x: Expr | null): string {
  if (x !== null && x.kind === NodeKind.Operation) {
    if (x.y === null) return x.op === Operator.Xor ? "bitwise complement" : "";
    switch (x.op) {
      case Operator.Add: return "addition";
      case Operator.Sub: return "subtraction";
      case Operator.Xor: return "bitwise XOR";
      case Operator.Mul: return "multiplication";
      case Operator.Shl: return "shift";
    }
  }
  return "";
}

/**
 * Checks that the constant x is representable by its type; for untyped constants, that the
 * value doesn't grow beyond 512 bits. Errors are reported at opPos (the operator).
 */
Checker.prototype.overflow = function (this: Checker, x: Operand, opPos: Pos): void {
  const val = x.val!;
  if (val.kind === ValueKind.Unknown) {
    // go/constant doesn't say what went wrong (e.g. a division producing an infinity)
    this.errorf(opPos, "constant result is not representable");
    return;
  }
  // Typed constants must be representable in their type after each constant operation.
  if (isTyped(x.type!)) {
    this.representable(x, under(x.type!) as Basic);
    return;
  }
  // Untyped integer values must not grow arbitrarily.
  const prec = 512;
  if (val.kind === ValueKind.Int && constant.bitLen(val) > prec) {
    let op = opName(x.expr);
    if (op !== "") op += " ";
    this.errorf(opPos, "constant %soverflow", op);
    x.val = constant.makeUnknown();
  }
};

/** float32(x) if finite, as a float64 constant (types2's roundFloat32). */
function roundFloat32(x: Value): Value | null {
  const [f] = constant.float32Val(x);
  return Number.isFinite(f) ? constant.makeFloat64(f) : null;
}

function roundFloat64(x: Value): Value | null {
  const [f] = constant.float64Val(x);
  return Number.isFinite(f) ? constant.makeFloat64(f) : null;
}

/**
 * Reports whether x can be represented as a value of the basic type typ. If rounded is given,
 * rounded.v receives the rounded value for floats and complex numbers and the Int value for
 * integers (the representation in typ).
 */
export function representableConst(x: Value, typ: Basic, rounded: { v: Value } | null): boolean {
  if (x.kind === ValueKind.Unknown) return true; // avoid follow-up errors

  if (isInteger(typ)) {
    const xi = constant.toInt(x);
    if (xi.kind !== ValueKind.Int) return false;
    if (rounded !== null) rounded.v = xi;
    const [v, ok] = constant.int64Val(xi);
    if (ok) {
      switch (typ.kind) {
        case BasicKind.Int: case BasicKind.Int64: case BasicKind.UntypedInt: case BasicKind.UntypedRune:
          return true;
        case BasicKind.Int8: return -128n <= v && v <= 127n;
        case BasicKind.Int16: return -32768n <= v && v <= 32767n;
        case BasicKind.Int32: return -(1n << 31n) <= v && v <= (1n << 31n) - 1n;
        case BasicKind.Uint: case BasicKind.Uintptr: case BasicKind.Uint64: return 0n <= v;
        case BasicKind.Uint8: return 0n <= v && v <= 255n;
        case BasicKind.Uint16: return 0n <= v && v <= 65535n;
        case BasicKind.Uint32: return 0n <= v && v <= (1n << 32n) - 1n;
      }
      return false;
    }
    // x does not fit into int64
    const n = constant.bitLen(xi);
    switch (typ.kind) {
      case BasicKind.Uint: case BasicKind.Uintptr: case BasicKind.Uint64:
        return constant.sign(xi) >= 0 && n <= 64;
      case BasicKind.UntypedInt: case BasicKind.UntypedRune:
        return true;
    }
    return false;
  }

  if (isFloat(typ)) {
    const xf = constant.toFloat(x);
    if (xf.kind !== ValueKind.Float) return false;
    switch (typ.kind) {
      case BasicKind.Float32: {
        const r = roundFloat32(xf);
        if (r === null) return false;
        if (rounded !== null) rounded.v = r;
        return true;
      }
      case BasicKind.Float64: {
        const r = roundFloat64(xf);
        if (r === null) return false;
        if (rounded !== null) rounded.v = r;
        return true;
      }
      case BasicKind.UntypedFloat:
        return true;
    }
    return false;
  }

  if (isComplex(typ)) {
    const xc = constant.toComplex(x);
    if (xc.kind !== ValueKind.Complex) return false;
    switch (typ.kind) {
      case BasicKind.Complex64:
      case BasicKind.Complex128: {
        const round = typ.kind === BasicKind.Complex64 ? roundFloat32 : roundFloat64;
        const re = round(constant.real(xc));
        const im = round(constant.imag(xc));
        if (re === null || im === null) return false;
        if (rounded !== null) rounded.v = constBinaryOp(re, Operator.Add, constant.makeImag(im));
        return true;
      }
      case BasicKind.UntypedComplex:
        return true;
    }
    return false;
  }

  if (isString(typ)) return x.kind === ValueKind.String;
  if (isBoolean(typ)) return x.kind === ValueKind.Bool;
  return false;
}

/** Checks that the constant operand x is representable in typ; reports an error and invalidates x if not. */
Checker.prototype.representable = function (this: Checker, x: Operand, typ: Basic): void {
  const r = this.representation(x, typ);
  if (r.code !== UntypedCode.OK) {
    this.invalidConversion(r.code, x, typ);
    x.mode = OperandMode.Invalid;
    return;
  }
  x.val = r.val;
};

/** The representation of the constant operand x as a value of typ, or why there is none. */
Checker.prototype.representation = function (this: Checker, x: Operand, typ: Basic): { val: Value | null; code: UntypedCode } {
  const rounded = { v: x.val! };
  if (!representableConst(x.val!, typ, rounded)) {
    if (isNumeric(x.type!) && isNumeric(typ)) {
      // integer -> integer : overflows
      // integer -> float   : overflow (cannot happen)
      // float   -> integer : truncated
      // float   -> float   : overflows
      if (!isInteger(x.type!) && isInteger(typ)) return { val: null, code: UntypedCode.TruncatedFloat };
      return { val: null, code: UntypedCode.NumericOverflow };
    }
    return { val: null, code: UntypedCode.InvalidConstVal };
  }
  return { val: rounded.v, code: UntypedCode.OK };
};

Checker.prototype.invalidConversion = function (this: Checker, code: UntypedCode, x: Operand, target: Type): void {
  let msg = "cannot convert %s to type %s";
  if (code === UntypedCode.TruncatedFloat) msg = "%s truncated to %s";
  else if (code === UntypedCode.NumericOverflow) msg = "%s overflows %s";
  this.errorf(x, msg, x, target);
};

// ---------------------------------------------------------------------------------------------
// Untyped operands taking their final types

/** Sets the type of an untyped operand x to target (or reports why it can't). */
Checker.prototype.convertUntyped = function (this: Checker, x: Operand, target: Type): void {
  const r = this.implicitTypeAndValue(x, target);
  if (r.code !== UntypedCode.OK) {
    let t = target;
    if (!isTypeParam(target)) t = safeUnderlying(target);
    this.invalidConversion(r.code, x, t);
    x.mode = OperandMode.Invalid;
    return;
  }
  if (r.val !== null) {
    x.val = r.val;
    this.updateExprVal(x.expr!, r.val);
  }
  if (r.type !== x.type) {
    x.type = r.type;
    this.updateExprType(x.expr!, r.type!, false);
  }
};

/** The underlying type, or the type itself for a named type still being set up. */
function safeUnderlying(t: Type): Type {
  const u = unalias(t);
  if (u.tkind === TypeKind.Named && u.underlying_ === null) return u;
  return u.underlying();
}

/**
 * The type an untyped operand x takes where a value of type target is expected, and for a
 * constant, its value in that type; a non-OK code if x can't take it. Typed operands (and
 * invalid ones) keep their type.
 */
Checker.prototype.implicitTypeAndValue = function (this: Checker, x: Operand, target: Type) {
  const fail = (code: UntypedCode) => ({ type: null, val: null, ok: false, code });
  if (x.mode === OperandMode.Invalid || isTyped(x.type!) || !isValid(target)) {
    return { type: x.type, val: null, ok: true, code: UntypedCode.OK };
  }
  // x is untyped

  if (isUntyped(target)) {
    // both x and target are untyped
    const m = maxType(x.type!, target);
    if (m !== null) return { type: m, val: null, ok: true, code: UntypedCode.OK };
    return fail(UntypedCode.InvalidUntypedConversion);
  }

  if (x.isNil()) {
    if (hasNil(target)) return { type: target, val: null, ok: true, code: UntypedCode.OK };
    return fail(UntypedCode.InvalidUntypedConversion);
  }

  const u = under(target);
  switch (u.tkind) {
    case TypeKind.Basic: {
      if (x.mode === OperandMode.Constant) {
        const r = this.representation(x, u);
        if (r.code !== UntypedCode.OK) return fail(r.code);
        return { type: target, val: r.val, ok: true, code: UntypedCode.OK };
      }
      // Non-constant untyped values may appear as the result of comparisons (untyped bool),
      // intermediate (delayed-checked) rhs operands of shifts, and as the value nil.
      switch ((x.type as Basic).kind) {
        case BasicKind.UntypedBool:
          if (!isBoolean(target)) return fail(UntypedCode.InvalidUntypedConversion);
          break;
        case BasicKind.UntypedInt: case BasicKind.UntypedRune: case BasicKind.UntypedFloat:
        case BasicKind.UntypedComplex:
          if (!isNumeric(target)) return fail(UntypedCode.InvalidUntypedConversion);
          break;
        case BasicKind.UntypedString:
          // Non-constant untyped strings can't occur in checked code, only through the API.
          if (!isString(target)) return fail(UntypedCode.InvalidUntypedConversion);
          break;
        default:
          return fail(UntypedCode.InvalidUntypedConversion);
      }
      break;
    }
    case TypeKind.Interface: {
      if (isTypeParam(target)) {
        const ok = typeSetOf(u).underIs((t) => {
          if (t === null) return false;
          return this.implicitTypeAndValue(x, t).type !== null;
        });
        if (!ok) return fail(UntypedCode.InvalidUntypedConversion);
        break;
      }
      // Values must have concrete dynamic types: an untyped operand takes its default type,
      // not the interface type. (Untyped nil was handled above.)
      if (!typeSetOf(u).isAll()) {
        return fail(UntypedCode.InvalidUntypedConversion); // no untyped values for non-empty interfaces
      }
      return { type: defaultType(x.type!), val: null, ok: true, code: UntypedCode.OK };
    }
    default:
      return fail(UntypedCode.InvalidUntypedConversion);
  }
  return { type: target, val: null, ok: true, code: UntypedCode.OK };
};

/**
 * Gives the untyped expression x the type typ and propagates it to its operands as their
 * final type (depending on the expression kind). If typ is still untyped and not final, only
 * the remembered type changes; otherwise the type (and value) are recorded, constants must be
 * representable in typ, and the lhs of a non-constant shift must be an integer.
 */
Checker.prototype.updateExprType = function (this: Checker, x: Expr, typ: Type, final: boolean): void {
  updateExprType0(this, x, typ, final);
};

function updateExprType0(check: Checker, x: Expr, typ: Type, final: boolean): void {
  const old = check.untyped.get(x);
  if (old === undefined) return; // nothing to do

  // update operands of x if necessary
  switch (x.kind) {
    case NodeKind.CallExpr:
      // Resulting in an untyped constant (e.g., built-in complex); the calls take care of
      // updating their arguments.
    case NodeKind.Name: case NodeKind.BasicLit: case NodeKind.SelectorExpr:
      // An identifier denoting a constant, a literal, or a qualified identifier: no operands.
      break;
    case NodeKind.ParenExpr:
      updateExprType0(check, x.x, typ, final);
      break;
    case NodeKind.Operation:
      if (x.y === null) {
        // unary expression
        if (x.op === Operator.Mul) return; // never untyped
        // If x is a constant, the operands were constants; they are never materialized and
        // are recorded at the end if left untyped.
        if (old.val !== null) break;
        updateExprType0(check, x.x, typ, final);
        break;
      }
      // binary expression
      if (old.val !== null) break; // see comment for unary expressions
      if (isComparison(x.op)) {
        // The result type is independent of the operand types, which have their final types.
      } else if (x.op === Operator.Shl || x.op === Operator.Shr) {
        // The result type depends only on the lhs operand; the rhs was updated when checking
        // the shift.
        updateExprType0(check, x.x, typ, final);
      } else {
        // The operand types match the result type.
        updateExprType0(check, x.x, typ, final);
        updateExprType0(check, x.y, typ, final);
      }
      break;
    default:
      // Other expressions are never untyped.
      return;
  }

  // If the new type is not final and still untyped, just update the remembered type.
  if (!final && isUntyped(typ)) {
    old.type = under(typ) as Basic;
    return;
  }

  // Otherwise we have the final (typed or untyped) type.
  check.untyped.delete(x);

  if (old.isLhs) {
    // If x is the lhs of a shift, its final type must be integer. We already know from the
    // shift check that a constant lhs is representable as an integer.
    if (!allInteger(typ)) {
      check.errorf(x, "invalid operation: shifted operand %s (type %s) must be integer", x, typ);
      return;
    }
    // A constant must still be representable in the specific integer type: fall through.
  }
  if (old.val !== null) {
    // A constant must be representable as a value of typ.
    const c = new Operand();
    c.mode = old.mode;
    c.expr = x;
    c.type = old.type;
    c.val = old.val;
    check.convertUntyped(c, typ);
    if (c.mode === OperandMode.Invalid) return;
  }

  // Everything's fine: record the final type and value for x.
  check.recordTypeAndValue(x, old.mode, typ, old.val);
}

/** Updates the remembered value of the untyped expression x. */
Checker.prototype.updateExprVal = function (this: Checker, x: Expr, val: Value): void {
  const info = this.untyped.get(x);
  if (info !== undefined) info.val = val;
};

export function isComparison(op: Operator): boolean {
  return op >= Operator.Eql && op <= Operator.Geq;
}

declare module "./check.js" {
  interface Checker {
    representation(x: Operand, typ: Basic): { val: Value | null; code: UntypedCode };
    invalidConversion(code: UntypedCode, x: Operand, target: Type): void;
    updateExprVal(x: Expr, val: Value): void;
  }
}
