// Expressions (types2's expr.go): the dispatch over expression kinds (rawExpr/exprInternal),
// the entry points that restrict what an expression may denote (expr, exprOrType,
// multiValue, ...), unary operations and type assertions.
//
// Expressions are checked top down; each check leaves its result in an Operand. If a check
// fails, the operand becomes invalid and the error has been reported; callers then stay
// quiet about it, which is how follow-on errors are avoided. Untyped results are remembered
// in Checker.untyped until their final type is known (const.ts); binary operations and shifts
// are in operators.ts, literals in literals.ts.

import {
  AssertExpr, Expr, NodeKind, Operation, Operator, operatorString, startPos, unparen,
} from "../syntax/index.js";
import * as constant from "../constant/index.js";
import { Checker, ExprKind, Target } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { Basic, BasicKind, Pointer, Tuple, Type, TypeKind, INVALID, under, unalias } from "./type.js";
import { Typ, universeError } from "./universe.js";
import {
  allBoolean, allInteger, allNumeric, identical, isGeneric, isTypeParam, isUnsigned, isUntyped,
  isValid,
} from "./predicates.js";
import { coreType } from "./under.js";
import { tparamTypeSet, typeSetOf } from "./typeset.js";
import { basicSize, constUnaryOp, ValueKind } from "./const.js";
import "./operators.js";
import "./literals.js";

export const invalidOp = "invalid operation: ";
export const invalidArg = "invalid argument: ";

/** f(under(t)), or for a type parameter: f of each underlying type in its type set (f(null) without specific types). */
export function underIs(t: Type, f: (u: Type | null) => boolean): boolean {
  t = unalias(t);
  if (t.tkind === TypeKind.TypeParam) return tparamTypeSet(t).underIs(f);
  return f(under(t));
}

/** The position of the operator if x is an operation, else its start (for overflow errors). */
export function opPos(x: Expr | null): number {
  if (x === null) return 0;
  if (x.kind === NodeKind.Operation) return x.pos;
  return startPos(x);
}


// ---------------------------------------------------------------------------------------------
// Unary operations

/**
 * Reports whether operator op is defined on x (ok: what the operator's type predicate said,
 * or null for an operator the caller doesn't know); reports an error if not.
 */
export function opDefined(check: Checker, x: Operand, op: Operator, ok: boolean | null): boolean {
  if (ok === null) {
    check.errorf(x, "invalid syntax tree: unknown operator %s", operatorString(op));
    return false;
  }
  if (!ok) {
    check.errorf(x, invalidOp + "operator %s not defined on %s", operatorString(op), x);
    return false;
  }
  return true;
}

/** Reports whether op is defined on x's type (for unary +, -, ^, !); reports an error if not. */
function unaryOpOk(check: Checker, x: Operand, op: Operator): boolean {
  let ok: boolean | null = null;
  switch (op) {
    case Operator.Add: case Operator.Sub: ok = allNumeric(x.type!); break;
    case Operator.Xor: ok = allInteger(x.type!); break;
    case Operator.Not: ok = allBoolean(x.type!); break;
  }
  return opDefined(check, x, op, ok);
}

Checker.prototype.unary = function (this: Checker, x: Operand, e: Operation): void {
  this.expr(null, x, e.x);
  if (x.mode === OperandMode.Invalid) return;

  let op = e.op;
  switch (op) {
    case Operator.And:
      // spec: "As an exception to the addressability requirement x may also be a composite
      // literal."
      if (unparen(e.x).kind !== NodeKind.CompositeLit && x.mode !== OperandMode.Variable) {
        this.errorf(x, invalidOp + "cannot take address of %s", x);
        x.mode = OperandMode.Invalid;
        return;
      }
      x.mode = OperandMode.Value;
      x.type = new Pointer(x.type!);
      return;

    case Operator.Recv: {
      const u = coreType(x.type!);
      if (u === null) {
        this.errorf(x, invalidOp + "cannot receive from %s (no core type)", x);
        x.mode = OperandMode.Invalid;
        return;
      }
      if (u.tkind !== TypeKind.Chan) {
        this.errorf(x, invalidOp + "cannot receive from non-channel %s", x);
        x.mode = OperandMode.Invalid;
        return;
      }
      if (u.dir === 1 /* ChanDir.SendOnly */) {
        this.errorf(x, invalidOp + "cannot receive from send-only channel %s", x);
        x.mode = OperandMode.Invalid;
        return;
      }
      x.mode = OperandMode.CommaOk;
      x.type = u.elem;
      this.env.hasCallOrRecv = true;
      return;
    }

    case Operator.Tilde:
      // Provide a better error position and message than the operator check below would.
      if (!allInteger(x.type!)) {
        this.errorf(e, "cannot use ~ outside of interface or type constraint");
        x.mode = OperandMode.Invalid;
        return;
      }
      this.errorf(e, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
      op = Operator.Xor;
      break;
  }

  if (!unaryOpOk(this, x, op)) {
    x.mode = OperandMode.Invalid;
    return;
  }

  if (x.mode === OperandMode.Constant) {
    if (x.val!.kind === ValueKind.Unknown) {
      // nothing more (and no overflow error below)
      return;
    }
    let prec = 0;
    if (isUnsigned(x.type!)) prec = basicSize(under(x.type!) as Basic) * 8;
    x.val = constUnaryOp(op, x.val!, prec);
    x.expr = e;
    this.overflow(x, opPos(x.expr));
    return;
  }

  x.mode = OperandMode.Value;
  // x.type remains unchanged
};

// ---------------------------------------------------------------------------------------------
// The expression dispatch

Checker.prototype.rawExpr = function (this: Checker, T: Target | null, x: Operand, e: Expr, hint: Type | null, allowGeneric: boolean): ExprKind {
  const kind = exprInternal(this, T, x, e, hint);
  if (!allowGeneric) this.nonGeneric(T, x);
  this.record(x);
  return kind;
};

/**
 * If x is a generic type, or a generic function whose type arguments can't be inferred from
 * a target T, reports an error and invalidates x.
 */
Checker.prototype.nonGeneric = function (this: Checker, T: Target | null, x: Operand): void {
  if (x.mode === OperandMode.Invalid || x.mode === OperandMode.NoValue) return;
  let what = "";
  const t = x.type!;
  switch (t.tkind) {
    case TypeKind.Alias: case TypeKind.Named:
      if (isGeneric(t)) what = "type";
      break;
    case TypeKind.Signature:
      if (t.tparams !== null) {
        if (T !== null) {
          this.funcInst(T, x.expr !== null ? x.expr.pos : 0, x, null, true);
          return;
        }
        what = "function";
      }
      break;
  }
  if (what !== "") {
    this.errorf(x.expr!, "cannot use generic %s %s without instantiation", what, x.expr);
    x.mode = OperandMode.Invalid;
    x.type = INVALID;
  }
};

/** The recorded type of calls without results (types2 records a nil *Tuple). */
const noValueType = new Tuple([]);

/** Records x's type and value, or remembers it if untyped (the final type comes later). */
Checker.prototype.record = function (this: Checker, x: Operand): void {
  let typ: Type | null;
  let val: constant.Value | null = null;
  switch (x.mode) {
    case OperandMode.Invalid: typ = INVALID; break;
    case OperandMode.NoValue: typ = noValueType; break;
    case OperandMode.Constant: typ = x.type; val = x.val; break;
    default: typ = x.type;
  }
  if (x.expr === null) return;
  if (typ !== null && isUntyped(typ)) {
    // delay type and value recording until we know the type or until the end
    this.untyped.set(x.expr, { isLhs: false, mode: x.mode, type: typ as Basic, val });
  } else {
    this.recordTypeAndValue(x.expr, x.mode, typ, val);
  }
};

/** The core of rawExpr: checks e by kind, leaving the result in x. */
function exprInternal(check: Checker, T: Target | null, x: Operand, e: Expr, hint: Type | null): ExprKind {
  // make sure x has a valid state in case of bailout
  x.mode = OperandMode.Invalid;
  x.type = INVALID;

  let ok = true;
  switch (e.kind) {
    case NodeKind.BadExpr:
      ok = false; // error was reported before
      break;

    case NodeKind.Name:
      check.ident(x, e, null, false);
      break;

    case NodeKind.DotsType:
      // dots are handled explicitly where they are legal (array composite literals and
      // parameter lists)
      check.errorf(e, "invalid use of '...'");
      ok = false;
      break;

    case NodeKind.BasicLit:
      ok = check.basicLit(x, e);
      break;

    case NodeKind.FuncLit:
      ok = check.funcLit(x, e);
      break;

    case NodeKind.CompositeLit:
      ok = check.compositeLit(x, e, hint);
      break;

    case NodeKind.ParenExpr: {
      // type inference doesn't go past parentheses (target type T = null)
      const kind = check.rawExpr(null, x, e.x, null, false);
      x.expr = e;
      return kind;
    }

    case NodeKind.SelectorExpr:
      check.selector(x, e, null, false);
      break;

    case NodeKind.IndexExpr:
      if (check.indexExpr(x, e)) check.funcInst(T, e.pos, x, e, true);
      if (x.mode === OperandMode.Invalid) ok = false;
      break;

    case NodeKind.SliceExpr:
      check.sliceExpr(x, e);
      if (x.mode === OperandMode.Invalid) ok = false;
      break;

    case NodeKind.AssertExpr:
      ok = assertExpr(check, x, e);
      break;

    case NodeKind.TypeSwitchGuard:
      // x.(type) only occurs in type switch guards, which check it
      check.errorf(e, "invalid syntax tree: use of .(type) outside type switch");
      check.use(e.x);
      ok = false;
      break;

    case NodeKind.CallExpr:
      return check.callExpr(x, e);

    case NodeKind.ListExpr:
      // catch-all for unexpected expression lists
      check.errorf(e, "invalid syntax tree: unexpected list of expressions");
      ok = false;
      break;

    case NodeKind.Operation:
      if (e.y === null) {
        // unary expression
        if (e.op === Operator.Mul) {
          ok = indirection(check, x, e);
          break;
        }
        check.unary(x, e);
        if (x.mode === OperandMode.Invalid) {
          ok = false;
          break;
        }
        if (e.op === Operator.Recv) {
          x.expr = e;
          return ExprKind.Statement; // receive operations may appear in statement context
        }
        break;
      }
      // binary expression
      check.binary(x, e, e.x, e.y, e.op);
      if (x.mode === OperandMode.Invalid) ok = false;
      break;

    case NodeKind.KeyValueExpr:
      // key: value pairs only occur in composite literals, which check them
      check.errorf(e, "invalid syntax tree: no key:value expected");
      ok = false;
      break;

    case NodeKind.ArrayType: case NodeKind.SliceType: case NodeKind.StructType: case NodeKind.FuncType:
    case NodeKind.InterfaceType: case NodeKind.MapType: case NodeKind.ChanType:
      x.mode = OperandMode.TypExpr;
      x.type = check.typ(e);
      break;

    default:
      throw new Error(`unknown expression kind ${(e as Expr).kind}`);
  }

  x.expr = e;
  if (!ok) {
    x.mode = OperandMode.Invalid;
    return ExprKind.Statement; // avoid follow-up errors
  }
  return ExprKind.Expression;
}

/** *x: a pointer type if x is a type, else the variable x points to. */
function indirection(check: Checker, x: Operand, e: Operation): boolean {
  check.exprOrType(x, e.x, false);
  switch (x.mode) {
    case OperandMode.Invalid:
      return false;
    case OperandMode.TypExpr:
      validVarType(check, e.x, x.type!);
      x.type = new Pointer(x.type!);
      return true;
  }
  let base: Type | null = null;
  const ok = underIs(x.type!, (u) => {
    if (u === null || u.tkind !== TypeKind.Pointer) {
      check.errorf(x, invalidOp + "cannot indirect %s", x);
      return false;
    }
    if (base !== null && !identical(u.base, base)) {
      check.errorf(x, invalidOp + "pointers of %s must have identical base types", x);
      return false;
    }
    base = u.base;
    return true;
  });
  if (!ok) return false;
  x.mode = OperandMode.Variable;
  x.type = base;
  return true;
}

/** Reports (later) if typ is a constraint interface used as the type of a value. */
export function validVarType(check: Checker, e: Expr, typ: Type): void {
  if (isTypeParam(typ)) return;
  // Delay the check: interfaces may still be incomplete while declarations are checked.
  check.later(() => {
    const t = under(typ);
    if (t.tkind === TypeKind.Interface) {
      const tset = typeSetOf(t);
      if (!tset.isMethodSet()) {
        if (tset.comparable) {
          check.softErrorf(e, "cannot use type %s outside a type constraint: interface is (or embeds) comparable", typ);
        } else {
          check.softErrorf(e, "cannot use type %s outside a type constraint: interface contains type constraints", typ);
        }
      }
    }
  }, "check var type");
}

function assertExpr(check: Checker, x: Operand, e: AssertExpr): boolean {
  check.expr(null, x, e.x);
  if (x.mode === OperandMode.Invalid) return false;
  if (isTypeParam(x.type!)) {
    check.errorf(x, invalidOp + "cannot use type assertion on type parameter value %s", x);
    return false;
  }
  if (under(x.type!).tkind !== TypeKind.Interface) {
    check.errorf(x, invalidOp + "%s is not an interface", x);
    return false;
  }
  const T = check.varType(e.type);
  if (!isValid(T)) return false;
  check.typeAssertion(e, x, T, false);
  x.mode = OperandMode.CommaOk;
  x.type = T;
  return true;
}

/** Checks x.(T) (the type of x is an interface). */
Checker.prototype.typeAssertion = function (this: Checker, e: Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  const cause = { msg: "" };
  if (this.assertableTo(x.type!, T, cause)) return; // success
  if (typeSwitch) {
    this.errorf(e, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", e, x, T, cause.msg);
    return;
  }
  this.errorf(e, "impossible type assertion: %s\n\t%s does not implement %s %s", e, T, x.type, cause.msg);
};

// ---------------------------------------------------------------------------------------------
// Entry points

/** Checks e, which must be a single value (not a type, a built-in, or no value). */
Checker.prototype.expr = function (this: Checker, T: Target | null, x: Operand, e: Expr): void {
  this.rawExpr(T, x, e, null, false);
  this.exclude(x, (1 << OperandMode.NoValue) | (1 << OperandMode.Builtin) | (1 << OperandMode.TypExpr));
  this.singleValue(x);
};

/** Like expr, but the result may be generic. */
Checker.prototype.genericExpr = function (this: Checker, x: Operand, e: Expr): void {
  this.rawExpr(null, x, e, null, true);
  this.exclude(x, (1 << OperandMode.NoValue) | (1 << OperandMode.Builtin) | (1 << OperandMode.TypExpr));
  this.singleValue(x);
};

/**
 * Checks e and returns its value or values. With allowCommaOk, a map index, comma-ok or
 * comma-err expression yields two operands: the value and an untyped bool (or an error).
 * If an error occurred, list[0] is invalid.
 */
Checker.prototype.multiExpr = function (this: Checker, e: Expr, allowCommaOk: boolean): { list: Operand[]; commaOk: boolean } {
  const x = new Operand();
  this.rawExpr(null, x, e, null, false);
  this.exclude(x, (1 << OperandMode.NoValue) | (1 << OperandMode.Builtin) | (1 << OperandMode.TypExpr));

  const t = x.type;
  if (t !== null && t.tkind === TypeKind.Tuple && x.mode !== OperandMode.Invalid) {
    // multiple values
    return { list: t.vars.map((v) => valueOperand(e, v.type!)), commaOk: false };
  }

  // exactly one (possibly invalid or comma-ok) value
  const list = [x];
  if (allowCommaOk && (x.mode === OperandMode.MapIndex || x.mode === OperandMode.CommaOk || x.mode === OperandMode.CommaErr)) {
    const x2 = valueOperand(e, x.mode === OperandMode.CommaErr ? universeError : Typ[BasicKind.UntypedBool]!);
    list.push(x2);
    return { list, commaOk: true };
  }
  return { list, commaOk: false };
};

/** An operand for a value of type typ computed by e. */
export function valueOperand(e: Expr | null, typ: Type): Operand {
  const x = new Operand();
  x.mode = OperandMode.Value;
  x.expr = e;
  x.type = typ;
  return x;
}

/** Checks e with hint as the type of a composite literal element without explicit type. */
Checker.prototype.exprWithHint = function (this: Checker, x: Operand, e: Expr, hint: Type): void {
  this.rawExpr(null, x, e, hint, false);
  this.exclude(x, (1 << OperandMode.NoValue) | (1 << OperandMode.Builtin) | (1 << OperandMode.TypExpr));
  this.singleValue(x);
};

/** Checks e, which may be a value or a type (generic only if allowGeneric). */
Checker.prototype.exprOrType = function (this: Checker, x: Operand, e: Expr, allowGeneric: boolean): void {
  this.rawExpr(null, x, e, null, allowGeneric);
  this.exclude(x, 1 << OperandMode.NoValue);
  this.singleValue(x);
};

/** Reports an error and invalidates x if its mode is in modeset (bits 1<<NoValue, 1<<Builtin, 1<<TypExpr). */
Checker.prototype.exclude = function (this: Checker, x: Operand, modeset: number): void {
  if ((modeset & (1 << x.mode)) === 0) return;
  let msg: string;
  switch (x.mode) {
    case OperandMode.NoValue:
      msg = (modeset & (1 << OperandMode.TypExpr)) !== 0 ? "%s used as value" : "%s used as value or type";
      break;
    case OperandMode.Builtin:
      msg = "%s must be called";
      break;
    case OperandMode.TypExpr:
      msg = "%s is not an expression";
      break;
    default:
      throw new Error("exclude: unexpected mode");
  }
  this.errorf(x, msg, x);
  x.mode = OperandMode.Invalid;
};

/** Reports an error and invalidates x if it is a multi-value (tuple). */
Checker.prototype.singleValue = function (this: Checker, x: Operand): void {
  if (x.mode === OperandMode.Value && x.type !== null && x.type.tkind === TypeKind.Tuple) {
    this.errorf(x, "multiple-value %s in single-value context", x);
    x.mode = OperandMode.Invalid;
  }
};

declare module "./check.js" {
  interface Checker {
    nonGeneric(T: Target | null, x: Operand): void;
    record(x: Operand): void;
  }
}

