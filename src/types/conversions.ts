// Conversions T(x) (types2's conversions.go): constant conversions (which must be exact or
// representable, except integer → string), conversions to type parameters, and the spec's
// convertibility rules for non-constant values, including slice → array (pointer)
// conversions with their language version checks.

import * as constant from "../constant/index.js";
import { encodeRune } from "../syntax/index.js";
import { Checker } from "./check.js";
import { Operand, OperandMode, assignableTo } from "./operand.js";
import { Basic, BasicKind, Type, TypeKind, TypeParam, under, unalias } from "./type.js";
import { Typ } from "./universe.js";
import {
  allString, defaultType, identical, identicalIgnoreTags, isBytesOrRunes, isComplex, isConstType,
  isInteger, isIntegerOrFloat, isNonTypeParamInterface, isPointer, isString, isTypeParam, isUintptr,
  isUnsafePointer, isUntyped,
} from "./predicates.js";
import { tparamTypeSet } from "./typeset.js";
import type { TypeTerm } from "./typeterm.js";
import { representableConst } from "./const.js";

/** Checks the conversion T(x); the result is in x. */
Checker.prototype.conversion = function (this: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === OperandMode.Constant;

  // Reports whether the constant x converts to T; if val is given, val.v receives the value.
  const constConvertibleTo = (T: Type, val: { v: constant.Value } | null): boolean => {
    const t = under(T);
    if (t.tkind !== TypeKind.Basic) return false;
    if (representableConst(x.val!, t, val)) return true;
    if (isInteger(x.type!) && isString(t)) {
      let codepoint = 0xfffd;
      const [i, ok] = constant.uint64Val(x.val!);
      // surrogate halves are not valid runes: string(rune) gives "\uFFFD" for them
      if (ok && i <= 0x10ffffn && !(i >= 0xd800n && i <= 0xdfffn)) codepoint = Number(i);
      if (val !== null) val.v = constant.makeString(encodeRune(codepoint));
      return true;
    }
    return false;
  };

  let ok = false;
  const cause = { msg: "" };
  if (constArg && isConstType(T)) {
    // constant conversion
    const val = { v: x.val! };
    ok = constConvertibleTo(T, val);
    x.val = val.v;
    // A conversion from an integer constant to an integer type can only fail if there's
    // overflow. Give a concise error (go.dev/issue/63563).
    if (!ok && isInteger(x.type!) && isInteger(T)) {
      this.errorf(x, "constant %s overflows %s", x.val, T);
      x.mode = OperandMode.Invalid;
      return;
    }
  } else if (constArg && isTypeParam(T)) {
    // x is convertible to T if it is convertible to each specific type in the type set of T.
    // If T's type set is empty, or if it doesn't have specific types, constant x cannot be
    // converted.
    ok = tparamTypeSet(unalias(T) as TypeParam).underIs((u) => {
      // u is null if there are no specific type terms
      if (u === null) {
        cause.msg = this.sprintf("%s does not contain specific types", T);
        return false;
      }
      if (isString(x.type!) && isBytesOrRunes(u)) return true;
      if (!constConvertibleTo(u, null)) {
        if (isInteger(x.type!) && isInteger(u)) {
          // see comment above on constant conversion
          cause.msg = this.sprintf("constant %s overflows %s (in %s)", x.val, u, T);
        } else {
          cause.msg = this.sprintf("cannot convert %s to type %s (in %s)", x, u, T);
        }
        return false;
      }
      return true;
    });
    x.mode = OperandMode.Value; // type parameters are not constants
  } else if (convertibleTo(this, x, T, cause)) {
    // non-constant conversion
    ok = true;
    x.mode = OperandMode.Value;
  }

  if (!ok) {
    if (cause.msg !== "") {
      this.errorf(x, "cannot convert %s to type %s: %s", x, T, cause.msg);
    } else {
      this.errorf(x, "cannot convert %s to type %s", x, T);
    }
    x.mode = OperandMode.Invalid;
    return;
  }

  // The conversion argument types are final. For untyped values the conversion provides the
  // type, per the spec: "A constant may be given a type explicitly by a constant declaration
  // or conversion,...".
  if (isUntyped(x.type!)) {
    let final = T;
    // - For conversions to interfaces, except for untyped nil arguments, use the argument's
    //   default type.
    // - For conversions of untyped constants to non-constant types, also use the default
    //   type (e.g., []byte("foo") should report string not []byte as type for "foo").
    // - Converting a constant integer to a string keeps the argument's type.
    if (x.type === Typ[BasicKind.UntypedNil]) {
      // ok
    } else if (isNonTypeParamInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type!);
    } else if (x.mode === OperandMode.Constant && isInteger(x.type!) && allString(T)) {
      final = x.type!;
    }
    this.updateExprType(x.expr!, final, true);
  }

  x.type = T;
};

/**
 * Reports whether T(x) is valid for a non-constant x (the spec's conversion rules). On
 * failure, cause.msg may receive the reason.
 */
export function convertibleTo(check: Checker, x: Operand, T: Type, cause: { msg: string } | null): boolean {
  // "x is assignable to T"
  if (assignableTo(check, x, T, cause)) return true;

  const origT = T;
  const V = unalias(x.type!);
  T = unalias(T);
  const Vu = under(V);
  const Tu = under(T);
  const Vp = V.tkind === TypeKind.TypeParam ? V : null;
  const Tp = T.tkind === TypeKind.TypeParam ? T : null;

  // "V and T have identical underlying types if tags are ignored and V and T are not type
  // parameters"
  if (identicalIgnoreTags(Vu, Tu) && Vp === null && Tp === null) return true;

  // "V and T are unnamed pointer types and their pointer base types have identical
  // underlying types if tags are ignored and their pointer base types are not type
  // parameters"
  if (V.tkind === TypeKind.Pointer && T.tkind === TypeKind.Pointer) {
    if (identicalIgnoreTags(under(V.base), under(T.base)) && !isTypeParam(V.base) && !isTypeParam(T.base)) return true;
  }

  // "V and T are both integer or floating point types"
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;

  // "V and T are both complex types"
  if (isComplex(Vu) && isComplex(Tu)) return true;

  // "V is an integer or a slice of bytes or runes and T is a string type"
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;

  // "V is a string and T is a slice of bytes or runes"
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;

  // package unsafe:
  // "any pointer or value of underlying type uintptr can be converted into a unsafe.Pointer"
  if ((isPointer(Vu) || isUintptr(Vu)) && isUnsafePointer(Tu)) return true;
  // "and vice versa"
  if (isUnsafePointer(Vu) && (isPointer(Tu) || isUintptr(Tu))) return true;

  // "V is a slice, T is an array or pointer-to-array type, and the slice and array types
  // have identical element types."
  if (Vu.tkind === TypeKind.Slice) {
    if (Tu.tkind === TypeKind.Array) {
      if (identical(Vu.elem, Tu.elem)) {
        if (check.allowVersion(x, "go1.20")) return true;
        if (cause !== null) cause.msg = "conversion of slice to array requires go1.20 or later";
        return false;
      }
    } else if (Tu.tkind === TypeKind.Pointer) {
      const a = under(Tu.base);
      if (a.tkind === TypeKind.Array && identical(Vu.elem, a.elem)) {
        if (check.allowVersion(x, "go1.17")) return true;
        if (cause !== null) cause.msg = "conversion of slice to array pointer requires go1.17 or later";
        return false;
      }
    }
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

  // generic cases with specific type terms (generic operands cannot be constants, so we can
  // ignore x.val)
  if (Vp !== null && Tp !== null) {
    const y = x.clone(); // don't clobber x
    return tparamTypeSet(Vp).is((V: TypeTerm | null) => {
      if (V === null) return false; // no specific types
      y.type = V.type;
      return tparamTypeSet(Tp).is((T: TypeTerm | null) => {
        if (T === null) return false; // no specific types
        if (!convertibleTo(check, y, T.type!, cause)) {
          errorf("cannot convert %s (in %s) to type %s (in %s)", V.type, Vp, T.type, Tp);
          return false;
        }
        return true;
      });
    });
  }
  if (Vp !== null) {
    const y = x.clone(); // don't clobber x
    return tparamTypeSet(Vp).is((V: TypeTerm | null) => {
      if (V === null) return false; // no specific types
      y.type = V.type;
      if (!convertibleTo(check, y, T, cause)) {
        errorf("cannot convert %s (in %s) to type %s", V.type, Vp, origT);
        return false;
      }
      return true;
    });
  }
  return tparamTypeSet(Tp!).is((T: TypeTerm | null) => {
    if (T === null) return false; // no specific types
    if (!convertibleTo(check, x, T.type!, cause)) {
      errorf("cannot convert %s to type %s (in %s)", x.type, T.type, Tp);
      return false;
    }
    return true;
  });
}

export type { Basic };
