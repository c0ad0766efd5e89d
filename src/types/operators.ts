// Binary operations (the binary-operator part of types2's expr.go): arithmetic and logical
// operators, shifts, comparisons, and the implicit conversion that makes the operand types
// of a binary operation match (matchTypes).

import type { Expr } from "../syntax/index.js";
import { Operator, operatorString } from "../syntax/index.js";
import * as constant from "../constant/index.js";
import { Checker } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { BasicKind, Type, TypeKind, under } from "./type.js";
import { Typ } from "./universe.js";
import {
  allBoolean, allInteger, allNumeric, allNumericOrString, allOrdered, allString, allUnsigned,
  comparableType, defaultType, hasNil, identical, isComplex, isInteger, isNonTypeParamInterface,
  isPointer, isTypeParam, isTyped, isUntyped, isValid, isComparable,
} from "./predicates.js";
import { assignableTo } from "./operand.js";
import { constBinaryOp, constCompare, constShift, isComparison, ValueKind } from "./const.js";
import { invalidOp, opDefined, opPos } from "./expr.js";

function isShift(op: Operator): boolean {
  return op === Operator.Shl || op === Operator.Shr;
}

/** Reports whether the binary operator op is defined on x's type; reports an error if not. */
function binaryOpOk(check: Checker, x: Operand, op: Operator): boolean {
  const t = x.type!;
  let ok: boolean | null = null;
  switch (op) {
    case Operator.Add: ok = allNumericOrString(t); break;
    case Operator.Sub: case Operator.Mul: case Operator.Div: ok = allNumeric(t); break;
    case Operator.Rem: case Operator.And: case Operator.Or: case Operator.Xor: case Operator.AndNot:
      ok = allInteger(t);
      break;
    case Operator.AndAnd: case Operator.OrOr: ok = allBoolean(t); break;
  }
  return opDefined(check, x, op, ok);
}

/**
 * Checks the binary operation lhs op rhs. e is the binary expression, or null for an
 * assignment operation x op= y (where the operation is implicit).
 */
Checker.prototype.binary = function (this: Checker, x: Operand, e: Expr | null, lhs: Expr, rhs: Expr, op: Operator): void {
  const y = new Operand();

  this.expr(null, x, lhs);
  this.expr(null, y, rhs);

  if (x.mode === OperandMode.Invalid) return;
  if (y.mode === OperandMode.Invalid) {
    x.mode = OperandMode.Invalid;
    x.expr = y.expr;
    return;
  }

  if (isShift(op)) {
    this.shift(x, y, e, op);
    return;
  }

  this.matchTypes(x, y);
  if ((x.mode as OperandMode) === OperandMode.Invalid) return;

  if (isComparison(op)) {
    this.comparison(x, y, op, false);
    return;
  }

  if (!identical(x.type!, y.type!)) {
    // only report an error if we have valid types (otherwise we had an error reported elsewhere already)
    if (isValid(x.type!) && isValid(y.type!)) {
      if (e !== null) {
        this.errorf(x, invalidOp + "%s (mismatched types %s and %s)", e, x.type, y.type);
      } else {
        this.errorf(x, invalidOp + "%s %s= %s (mismatched types %s and %s)", lhs, operatorString(op), rhs, x.type, y.type);
      }
    }
    x.mode = OperandMode.Invalid;
    return;
  }

  if (!binaryOpOk(this, x, op)) {
    x.mode = OperandMode.Invalid;
    return;
  }

  if (op === Operator.Div || op === Operator.Rem) {
    // check for zero divisor
    if ((x.mode === OperandMode.Constant || allInteger(x.type!)) && y.mode === OperandMode.Constant && constant.sign(y.val!) === 0) {
      this.errorf(y, invalidOp + "division by zero");
      x.mode = OperandMode.Invalid;
      return;
    }
    // a complex divisor may underflow to zero (go.dev/issue/20227)
    if (x.mode === OperandMode.Constant && y.mode === OperandMode.Constant && isComplex(x.type!)) {
      const re = constant.real(y.val!), im = constant.imag(y.val!);
      const re2 = constBinaryOp(re, Operator.Mul, re), im2 = constBinaryOp(im, Operator.Mul, im);
      if (constant.sign(re2) === 0 && constant.sign(im2) === 0) {
        this.errorf(y, invalidOp + "division by zero");
        x.mode = OperandMode.Invalid;
        return;
      }
    }
  }

  if (x.mode === OperandMode.Constant && y.mode === OperandMode.Constant) {
    // an unknown operand value makes the result unknown
    if (x.val!.kind === ValueKind.Unknown || y.val!.kind === ValueKind.Unknown) {
      x.val = constant.makeUnknown();
      // x.type is unchanged
      return;
    }
    // force integer division for integer operands
    x.val = constBinaryOp(x.val!, op, y.val!, op === Operator.Div && isInteger(x.type!));
    x.expr = e;
    this.overflow(x, opPos(x.expr));
    return;
  }

  x.mode = OperandMode.Value;
  // x.type is unchanged
};

/** Converts untyped operands x and y so that their types match, if possible; x becomes invalid on error. */
Checker.prototype.matchTypes = function (this: Checker, x: Operand, y: Operand): void {
  // mayConvert reports whether the operands may have matching types after converting one
  // untyped operand to the type of the other. If so, we try the conversions and report their
  // failure; if not, incompatible types are reported as a mismatch by the caller.
  const mayConvert = (x: Operand, y: Operand): boolean => {
    const xt = x.type!, yt = y.type!;
    // Two typed operands need no implicit conversion.
    if (isTyped(xt) && isTyped(yt)) return false;
    // An untyped operand may convert to its default type when paired with an empty interface.
    if (isNonTypeParamInterface(xt) || isNonTypeParamInterface(yt)) return true;
    // Booleans convert only to boolean types.
    if (allBoolean(xt) !== allBoolean(yt)) return false;
    // Strings convert only to string types.
    if (allString(xt) !== allString(yt)) return false;
    // Untyped nil converts only to types that have a nil value.
    if (x.isNil()) return hasNil(yt);
    if (y.isNil()) return hasNil(xt);
    // An untyped operand cannot convert to a pointer.
    if (isPointer(xt) || isPointer(yt)) return false;
    return true;
  };

  if (mayConvert(x, y)) {
    this.convertUntyped(x, y.type!);
    if (x.mode === OperandMode.Invalid) return;
    this.convertUntyped(y, x.type!);
    if (y.mode === OperandMode.Invalid) {
      x.mode = OperandMode.Invalid;
      return;
    }
  }
};

/** Checks the comparison x op y; with switchCase, the comparison of a case value x with a switch tag y. */
Checker.prototype.comparison = function (this: Checker, x: Operand, y: Operand, op: Operator, switchCase: boolean): void {
  // An operand with an invalid type was already reported: stay silent (go.dev/issue/54405).
  if (!isValid(x.type!) || !isValid(y.type!)) {
    x.mode = OperandMode.Invalid;
    return;
  }

  if (switchCase) op = Operator.Eql;

  let errOp = x; // operand for which the error is reported, if any
  let cause = ""; // specific error cause, if any
  let failed = false;

  // spec: "In any comparison, the first operand must be assignable to the type of the second
  // operand, or vice versa."
  let ok = assignableTo(this, x, y.type!, null);
  if (!ok) ok = assignableTo(this, y, x.type!, null);
  if (!ok) {
    // Report the error on the 2nd operand since we only know after seeing the 2nd operand
    // whether we have a type mismatch.
    errOp = y;
    cause = this.sprintf("mismatched types %s and %s", x.type, y.type);
    failed = true;
  }

  // check if the comparison is defined for the operands
  if (!failed) {
    switch (op) {
      case Operator.Eql: case Operator.Neq:
        // spec: "The equality operators == and != apply to operands that are comparable."
        if (x.isNil() || y.isNil()) {
          // Comparing with nil needs an operand whose type has a nil value.
          const typ = x.isNil() ? y.type! : x.type!;
          if (!hasNil(typ)) {
            // Only "nil == nil" gets here.
            errOp = y;
            failed = true;
          }
        } else if (!isComparable(x.type!)) {
          errOp = x;
          cause = this.incomparableCause(x.type!);
          failed = true;
        } else if (!isComparable(y.type!)) {
          errOp = y;
          cause = this.incomparableCause(y.type!);
          failed = true;
        }
        break;
      case Operator.Lss: case Operator.Leq: case Operator.Gtr: case Operator.Geq:
        // spec: "The ordering operators <, <=, >, and >= apply to operands that are ordered."
        if (!allOrdered(x.type!)) {
          errOp = x;
          failed = true;
        } else if (!allOrdered(y.type!)) {
          errOp = y;
          failed = true;
        }
        break;
      default:
        throw new Error("comparison: unexpected operator");
    }
  }

  if (!failed) {
    // comparison is ok
    if (x.mode === OperandMode.Constant && y.mode === OperandMode.Constant) {
      x.val = constant.makeBool(constCompare(x.val!, op, y.val!));
      // The operands are never materialized; no need to update their types.
    } else {
      x.mode = OperandMode.Value;
      // The operands have now their final types, which at run-time will be materialized.
      // Update the expression trees: untyped operands take their default types.
      this.updateExprType(x.expr!, defaultType(x.type!), true);
      this.updateExprType(y.expr!, defaultType(y.type!), true);
    }
    // spec: "Comparison operators compare two operands and yield an untyped boolean value."
    x.type = Typ[BasicKind.UntypedBool]!;
    return;
  }

  // errOp is the operand at fault; cause may explain why.
  if (cause === "") {
    if (isTypeParam(x.type!) || isTypeParam(y.type!)) {
      if (!isTypeParam(x.type!)) errOp = y;
      cause = this.sprintf("type parameter %s is not comparable with %s", errOp.type, operatorString(op));
    } else {
      cause = this.sprintf("operator %s not defined on %s", operatorString(op), this.kindString(errOp.type!)); // catch-all
    }
  }
  if (switchCase) {
    this.errorf(x, "invalid case %s in switch on %s (%s)", x.expr, y.expr, cause); // error position always at 1st operand
  } else {
    this.errorf(errOp, invalidOp + "%s %s %s (%s)", x.expr, operatorString(op), y.expr, cause);
  }
  x.mode = OperandMode.Invalid;
};

/** A more specific reason why typ is not comparable, or "". */
Checker.prototype.incomparableCause = function (this: Checker, typ: Type): string {
  switch (under(typ).tkind) {
    case TypeKind.Slice: case TypeKind.Signature: case TypeKind.Map:
      return this.kindString(typ) + " can only be compared to nil";
  }
  // see if we can extract a more specific error
  let cause = "";
  comparableType(typ, true, null, (msg) => { cause = msg; }, this.qualifier);
  return cause;
};

/** The kind of a type as messages name it: "slice", "func", "type parameter P", ... */
Checker.prototype.kindString = function (this: Checker, typ: Type): string {
  switch (under(typ).tkind) {
    case TypeKind.Array: return "array";
    case TypeKind.Slice: return "slice";
    case TypeKind.Struct: return "struct";
    case TypeKind.Pointer: return "pointer";
    case TypeKind.Signature: return "func";
    case TypeKind.Interface:
      if (isTypeParam(typ)) return this.sprintf("type parameter %s", typ);
      return "interface";
    case TypeKind.Map: return "map";
    case TypeKind.Chan: return "chan";
    default: return this.sprintf("%s", typ); // catch-all
  }
};

/** Checks the shift x op y; e is the shift expression, or null for x op= y. */
Checker.prototype.shift = function (this: Checker, x: Operand, y: Operand, e: Expr | null, op: Operator): void {
  let xval: constant.Value | null = null;
  if (x.mode === OperandMode.Constant) xval = constant.toInt(x.val!);

  if (allInteger(x.type!) || (isUntyped(x.type!) && xval !== null && xval.kind === ValueKind.Int)) {
    // The lhs is of integer type or an untyped constant representable as an integer.
  } else {
    // shift has no chance
    this.errorf(x, invalidOp + "shifted operand %s must be integer", x);
    x.mode = OperandMode.Invalid;
    return;
  }

  // spec: "The right operand in a shift expression must have integer type or be an untyped
  // constant representable by a value of type uint."

  // Check that constants are representable by uint, but do not convert them (see also
  // go.dev/issue/47243).
  let yval: constant.Value | null = null;
  if (y.mode === OperandMode.Constant) {
    // Negative constant shift counts get their own message.
    yval = constant.toInt(y.val!); // consider -1, 1.0, but not -1.1
    if (yval.kind === ValueKind.Int && constant.sign(yval) < 0) {
      this.errorf(y, invalidOp + "negative shift count %s", y);
      x.mode = OperandMode.Invalid;
      return;
    }
    if (isUntyped(y.type!)) {
      // Caution: check for representability here, rather than in the switch below, because
      // isInteger includes untyped integers (was bug go.dev/issue/43697).
      this.representable(y, Typ[BasicKind.Uint]!);
      if ((y.mode as OperandMode) === OperandMode.Invalid) {
        x.mode = OperandMode.Invalid;
        return;
      }
    }
  } else {
    // Check that the rhs is otherwise at least of integer type.
    if (allInteger(y.type!)) {
      if (!allUnsigned(y.type!) && !this.verifyVersionf(y, "go1.13", invalidOp + "signed shift count %s", y)) {
        x.mode = OperandMode.Invalid;
        return;
      }
    } else if (isUntyped(y.type!)) {
      // This is incorrect, but preserves pre-existing behavior (go.dev/issue/47410).
      this.convertUntyped(y, Typ[BasicKind.Uint]!);
      if (y.mode === OperandMode.Invalid) {
        x.mode = OperandMode.Invalid;
        return;
      }
    } else {
      this.errorf(y, invalidOp + "shift count %s must be integer", y);
      x.mode = OperandMode.Invalid;
      return;
    }
  }

  if (x.mode === OperandMode.Constant) {
    if (y.mode === OperandMode.Constant) {
      // an unknown operand value makes the result unknown
      if (x.val!.kind === ValueKind.Unknown || y.val!.kind === ValueKind.Unknown) {
        x.val = constant.makeUnknown();
        // ensure the correct type - see comment below
        if (!isInteger(x.type!)) x.type = Typ[BasicKind.UntypedInt]!;
        return;
      }
      // constant shift counts must stay within sensible bounds
      const shiftBound = 1023n - 1n + 52n; // so we can express smallestFloat64 (see go.dev/issue/44057)
      const [s, ok] = constant.uint64Val(yval!);
      if (!ok || s > shiftBound) {
        this.errorf(y, invalidOp + "invalid shift count %s", y);
        x.mode = OperandMode.Invalid;
        return;
      }
      // The lhs is representable as an integer but may not be an integer (e.g., 2.0, an
      // untyped float); correct the type so that the shift result is of integer type.
      if (!isInteger(x.type!)) x.type = Typ[BasicKind.UntypedInt]!;
      // x is a constant so xval !== null and it must be of Int kind.
      x.val = constShift(xval!, op, Number(s));
      x.expr = e;
      this.overflow(x, opPos(x.expr));
      return;
    }

    // non-constant shift with constant lhs
    if (isUntyped(x.type!)) {
      // spec: "If the left operand of a non-constant shift expression is an untyped constant,
      // the type of the constant is what it would be if the shift expression were replaced by
      // its left operand alone."
      //
      // Delay operand checking until we know the final type by marking the lhs expression as
      // lhs shift operand. (The entry may be missing in invalid programs that evaluate the
      // same expression twice through a declaration cycle.)
      const info = x.expr !== null ? this.untyped.get(x.expr) : undefined;
      if (info !== undefined) info.isLhs = true;
      // keep x's type
      x.mode = OperandMode.Value;
      return;
    }
  }

  // non-constant shift - lhs must be an integer
  if (!allInteger(x.type!)) {
    this.errorf(x, invalidOp + "shifted operand %s must be integer", x);
    x.mode = OperandMode.Invalid;
    return;
  }

  x.mode = OperandMode.Value;
};

declare module "./check.js" {
  interface Checker {
    matchTypes(x: Operand, y: Operand): void;
    incomparableCause(typ: Type): string;
    kindString(typ: Type): string;
    shift(x: Operand, y: Operand, e: Expr | null, op: Operator): void;
  }
}
