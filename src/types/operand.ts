// Operands: the result of checking an expression — its mode (constant, variable, value, type,
// ...), its type and, for constants, its value — and the operand-level rules: how an operand
// prints in error messages and when it is assignable to a type.

import type { Value } from "../constant/index.js";
import { Expr, LitKind, exprString } from "../syntax/index.js";
import { makeFromLiteral, ValueKind } from "../constant/index.js";
import { Basic, BasicKind, ChanDir, Type, TypeKind, TypeParam, unalias, under } from "./type.js";
import { BuiltinId } from "./object.js";
import { Typ, predeclaredFuncs } from "./universe.js";
import { typeString, Qualifier } from "./typestring.js";
import { identical, hasName, isUntyped, isValid, isGeneric } from "./predicates.js";
import { tparamTypeSet } from "./typeset.js";
import type { TypeTerm } from "./typeterm.js";

/** Reports whether f holds for every term of tp's type set (null stands for "all types"). */
function typeParamIs(tp: TypeParam, f: (t: TypeTerm | null) => boolean): boolean {
  return tparamTypeSet(tp).is(f);
}

/** Reports whether tp's constraint has an empty type set. */
function hasEmptyTypeset(tp: TypeParam): boolean {
  return tparamTypeSet(tp).isEmpty();
}
import type { Checker } from "./check.js";
import { isInterfacePtr } from "./lookup.js";

export enum OperandMode {
  Invalid,  // operand is invalid
  NoValue,  // a function call without results
  Builtin,  // a built-in function
  TypExpr,  // a type
  Constant, // a constant; the type is a Basic type
  Variable, // an addressable variable
  MapIndex, // a map index expression (a variable on the lhs, comma-ok on the rhs)
  Value,    // a computed value
  NilValue, // the nil value
  CommaOk,  // like Value, but may be used in a comma-ok expression
  CommaErr, // like CommaOk, but the second value is an error
  CgoFunc,  // a cgo function
}

const operandModeString = [
  "invalid operand", "no value", "built-in", "type", "constant", "variable",
  "map index expression", "value", "nil", "comma, ok expression", "comma, error expression",
  "cgo function",
];

export class Operand {
  mode: OperandMode = OperandMode.Invalid;
  expr: Expr | null = null;
  type: Type | null = null;
  val: Value | null = null;
  id: BuiltinId = 0;

  /** Copies all fields from y. */
  assign(y: Operand): void {
    this.mode = y.mode;
    this.expr = y.expr;
    this.type = y.type;
    this.val = y.val;
    this.id = y.id;
  }

  clone(): Operand {
    const x = new Operand();
    x.assign(this);
    return x;
  }

  /** Marks the operand invalid (its type becomes the invalid type). */
  invalidate(): void {
    this.mode = OperandMode.Invalid;
    this.type = Typ[BasicKind.Invalid]!;
  }

  /** Sets the operand to the untyped constant of a literal. */
  setConst(k: LitKind, lit: string): void {
    let kind: BasicKind;
    switch (k) {
      case LitKind.Int: kind = BasicKind.UntypedInt; break;
      case LitKind.Float: kind = BasicKind.UntypedFloat; break;
      case LitKind.Imag: kind = BasicKind.UntypedComplex; break;
      case LitKind.Rune: kind = BasicKind.UntypedRune; break;
      default: kind = BasicKind.UntypedString; break;
    }
    const val = makeFromLiteral(lit, k);
    if (val.kind === ValueKind.Unknown) {
      this.invalidate();
      return;
    }
    this.mode = OperandMode.Constant;
    this.type = Typ[kind]!;
    this.val = val;
  }

  isNil(): boolean { return this.mode === OperandMode.NilValue; }
}

/** How an operand prints in error messages, e.g. "x (variable of type int)". */
export function operandString(x: Operand, qf: Qualifier | null): string {
  if (x.mode === OperandMode.NilValue) {
    if (x.type === null || x.type === Typ[BasicKind.Invalid]) return "nil (with invalid type)";
    if (x.type === Typ[BasicKind.UntypedNil]) return "nil";
    return `nil (of type ${typeString(x.type, qf)})`;
  }

  let expr = "";
  if (x.expr !== null) {
    expr = exprString(x.expr);
  } else {
    switch (x.mode) {
      case OperandMode.Builtin: expr = predeclaredFuncs[x.id].name; break;
      case OperandMode.TypExpr: expr = typeString(x.type!, qf); break;
      case OperandMode.Constant: expr = x.val!.toString(); break;
    }
  }

  let buf = "";
  if (expr !== "") buf += expr + " (";

  let hasType = false;
  switch (x.mode) {
    case OperandMode.Invalid: case OperandMode.NoValue: case OperandMode.Builtin: case OperandMode.TypExpr:
      break;
    default:
      if (x.type !== null) {
        if (isUntyped(x.type)) {
          buf += (x.type as Basic).name + " ";
          break;
        }
        hasType = true;
      }
  }

  buf += operandModeString[x.mode];

  if (x.mode === OperandMode.Constant) {
    const s = x.val!.toString();
    if (s !== expr) buf += " " + s;
  }

  if (hasType) {
    if (isValid(x.type!)) {
      buf += isGeneric(x.type!) ? " of generic type " : " of type ";
      buf += typeString(x.type!, qf);
      const u = unalias(x.type!);
      if (u.tkind === TypeKind.TypeParam) {
        buf += " constrained by " + typeString(u.bound, qf);
        if (hasEmptyTypeset(u)) buf += " with empty type set";
      }
    } else {
      buf += " with invalid type";
    }
  }

  if (expr !== "") buf += ")";
  return buf;
}

/**
 * Reports whether x is assignable to a variable of type T (the spec's assignability rules,
 * extended to type parameters as types2 does). If not and cause is given, cause.msg may
 * receive an explanation.
 */
export function assignableTo(check: Checker, x: Operand, T: Type, cause: { msg: string } | null): boolean {
  if (x.mode === OperandMode.Invalid || !isValid(T)) return true; // avoid spurious errors

  const origT = T;
  const V = unalias(x.type!);
  T = unalias(T);

  if (identical(V, T)) return true;

  const Vu = under(V);
  const Tu = under(T);
  const Vp = V.tkind === TypeKind.TypeParam ? V : null;
  const Tp = T.tkind === TypeKind.TypeParam ? T : null;

  // x is untyped and T can represent its value.
  if (isUntyped(Vu)) {
    if (Tp !== null) {
      return typeParamIs(Tp, (t) => {
        if (t === null || t.type === null) return false;
        return check.implicitTypeAndValue(x, t.type).type !== null;
      });
    }
    return check.implicitTypeAndValue(x, T).type !== null;
  }
  // Vu is typed

  // x's type V and T have identical underlying types and at least one of V or T is not a
  // named type, and neither is a type parameter.
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && Vp === null && Tp === null) return true;

  // T is an interface type (but not a type parameter) and x implements T; or T is a pointer
  // to an interface and x doesn't implement it (so the error below mentions the pointer).
  if ((Tu.tkind === TypeKind.Interface && Tp === null) || isInterfacePtr(Tu)) {
    if (check.implements(check.atPos(x), V, T, false, cause)) return true;
    // V doesn't implement T, but V may still be assignable to T if V is a type parameter.
    if (Vp === null) return false;
    if (cause !== null) cause.msg = "";
  }

  // When V is an interface, the fix may be a type assertion: say so.
  if (Vu.tkind === TypeKind.Interface && Vp === null) {
    if (check.implements(check.atPos(x), T, V, false, null)) {
      if (cause !== null) cause.msg = "need type assertion";
      return false;
    }
  }

  // x is a bidirectional channel value, T is a channel type, x's type V and T have identical
  // element types, and at least one of V or T is not a named type.
  if (Vu.tkind === TypeKind.Chan && Vu.dir === ChanDir.SendRecv) {
    if (Tu.tkind === TypeKind.Chan && identical(Vu.elem, Tu.elem)) return !hasName(V) || !hasName(T);
  }

  // without type parameters on either side, no other rule applies
  if (Vp === null && Tp === null) return false;

  const errorf = (format: string, ...args: unknown[]) => {
    if (cause !== null) {
      let msg = check.sprintf(format, ...args);
      if (cause.msg !== "") msg += "\n\t" + cause.msg;
      cause.msg = msg;
    }
  };

  // x's type V is not a named type and T is a type parameter, and x is assignable to each
  // specific type in T's type set.
  if (!hasName(V) && Tp !== null) {
    let ok = false;
    typeParamIs(Tp, (t) => {
      if (t === null || t.type === null) return false; // no specific types
      ok = assignableTo(check, x, t.type, cause);
      if (!ok) {
        errorf("cannot assign %s to %s (in %s)", x.type, t.type, Tp);
        return false;
      }
      return true;
    });
    return ok;
  }

  // x's type V is a type parameter and T is not a named type, and values of each specific
  // type in V's type set are assignable to T.
  if (Vp !== null && !hasName(T)) {
    const y = x.clone(); // don't clobber x
    let ok = false;
    typeParamIs(Vp as TypeParam, (v) => {
      if (v === null || v.type === null) return false; // no specific types
      y.type = v.type;
      ok = assignableTo(check, y, T, cause);
      if (!ok) {
        errorf("cannot assign %s (in %s) to %s", v.type, Vp, origT);
        return false;
      }
      return true;
    });
    return ok;
  }

  return false;
}

export type { Qualifier };
