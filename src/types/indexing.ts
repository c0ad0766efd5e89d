// Index and slice expressions (types2's index.go): indexing of strings, arrays, pointers to
// arrays, slices, maps and type parameters; slicing; generic function instantiation syntax
// f[T] (recognized here, instantiated by call.ts's funcInst); and the checks of index values.

import type { Expr, IndexExpr, SliceExpr } from "../syntax/index.js";
import { NodeKind } from "../syntax/index.js";
import * as constant from "../constant/index.js";
import { Checker } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { BasicKind, INVALID, Slice, Type, TypeKind, under } from "./type.js";
import { Typ, universeByte } from "./universe.js";
import { allInteger, identical, isString, isTypeParam, isUntyped, isValid } from "./predicates.js";
import { coreString } from "./under.js";
import { typeSetOf } from "./typeset.js";
import { representableConst, ValueKind } from "./const.js";
import { invalidArg, invalidOp } from "./expr.js";

/**
 * Checks the index expression e. Returns true if e is a function instantiation f[T]; then x
 * is the uninstantiated generic function and the caller instantiates it.
 */
Checker.prototype.indexExpr = function (this: Checker, x: Operand, e: IndexExpr): boolean {
  this.exprOrType(x, e.x, true);
  // x may be generic

  switch (x.mode) {
    case OperandMode.Invalid:
      this.use(e.index);
      return false;

    case OperandMode.TypExpr:
      // type instantiation
      x.mode = OperandMode.Invalid;
      // (types2 evaluates e.x a second time here, as varType re-checks the whole expression.)
      x.type = this.varType(e);
      if (isValid(x.type)) x.mode = OperandMode.TypExpr;
      return false;

    case OperandMode.Value: {
      const sig = under(x.type!);
      if (sig.tkind === TypeKind.Signature && sig.tparams !== null && sig.tparams.length > 0) {
        return true; // function instantiation
      }
    }
  }

  // x is not expected to be generic here; check anyway
  this.nonGeneric(null, x);
  if ((x.mode as OperandMode) === OperandMode.Invalid) return false;

  // ordinary index expression
  let valid = false;
  let length = -1n; // valid if >= 0
  const typ = under(x.type!);
  switch (typ.tkind) {
    case TypeKind.Basic:
      if (isString(typ)) {
        valid = true;
        if (x.mode === OperandMode.Constant) length = BigInt(constant.stringVal(x.val!).length);
        // an indexed string always yields a byte value (not a constant) even if the string and
        // the index are constant
        x.mode = OperandMode.Value;
        x.type = universeByte; // use 'byte' name
      }
      break;

    case TypeKind.Array:
      valid = true;
      length = typ.len;
      if (x.mode !== OperandMode.Variable) x.mode = OperandMode.Value;
      x.type = typ.elem;
      break;

    case TypeKind.Pointer: {
      const a = under(typ.base);
      if (a.tkind === TypeKind.Array) {
        valid = true;
        length = a.len;
        x.mode = OperandMode.Variable;
        x.type = a.elem;
      }
      break;
    }

    case TypeKind.Slice:
      valid = true;
      x.mode = OperandMode.Variable;
      x.type = typ.elem;
      break;

    case TypeKind.Map: {
      const index = singleIndex(this, e);
      if (index === null) {
        x.mode = OperandMode.Invalid;
        return false;
      }
      const key = new Operand();
      this.expr(null, key, index);
      this.assignment(key, typ.key, "map index");
      // the element type is known even if the index was bad: carry on
      x.mode = OperandMode.MapIndex;
      x.type = typ.elem;
      x.expr = e;
      return false;
    }

    case TypeKind.Interface: {
      if (!isTypeParam(x.type!)) break;
      let key: Type | null = null, elem: Type | null = null; // key !== null: we must have all maps
      let mode = OperandMode.Variable; // non-maps result mode
      const ok = typeSetOf(typ).underIs((u) => {
        let l = -1n; // valid if >= 0
        let k: Type | null = null, el: Type | null = null; // k is only set for maps
        if (u !== null) {
          switch (u.tkind) {
            case TypeKind.Basic:
              if (isString(u)) {
                el = universeByte;
                mode = OperandMode.Value;
              }
              break;
            case TypeKind.Array:
              l = u.len;
              el = u.elem;
              if (x.mode !== OperandMode.Variable) mode = OperandMode.Value;
              break;
            case TypeKind.Pointer: {
              const a = under(u.base);
              if (a.tkind === TypeKind.Array) {
                l = a.len;
                el = a.elem;
              }
              break;
            }
            case TypeKind.Slice:
              el = u.elem;
              break;
            case TypeKind.Map:
              k = u.key;
              el = u.elem;
              break;
          }
        }
        if (el === null) return false;
        if (elem === null) {
          // first type
          length = l;
          key = k;
          elem = el;
          return true;
        }
        // all map keys must be identical (incl. all nil): we cannot mix maps with other types
        if (key === null ? k !== null : k === null || !identical(key, k)) return false;
        // all element types must be identical
        if (!identical(elem, el)) return false;
        // track the minimal length for arrays, if any
        if (l >= 0n && l < length) length = l;
        return true;
      });
      if (ok) {
        // A map index must be assignable to the key type.
        if (key !== null) {
          const index = singleIndex(this, e);
          if (index === null) {
            x.mode = OperandMode.Invalid;
            return false;
          }
          const k = new Operand();
          this.expr(null, k, index);
          this.assignment(k, key, "map index");
          // the element type is known even if the index was bad: carry on
          x.mode = OperandMode.MapIndex;
          x.type = elem;
          x.expr = e;
          return false;
        }
        // no maps
        valid = true;
        x.mode = mode;
        x.type = elem;
      }
      break;
    }
  }

  if (!valid) {
    this.errorf(e.pos, invalidOp + "cannot index %s", x);
    this.use(e.index);
    x.mode = OperandMode.Invalid;
    return false;
  }

  const index = singleIndex(this, e);
  if (index === null) {
    x.mode = OperandMode.Invalid;
    return false;
  }

  // In pathological (invalid) cases (e.g.: type T1 [][[]T1{}[0][0]]T0) the element type may
  // be accessed before it's set. Make sure we have a valid type.
  if (x.type === null) x.type = INVALID;

  this.index(index, length);
  return false;
};

Checker.prototype.sliceExpr = function (this: Checker, x: Operand, e: SliceExpr): void {
  this.expr(null, x, e.x);
  if (x.mode === OperandMode.Invalid) {
    this.use(...e.index);
    return;
  }

  let valid = false;
  let length = -1n; // valid if >= 0
  const u = coreString(x.type!);
  if (u === null) {
    this.errorf(x, invalidOp + "cannot slice %s: %s has no core type", x, x.type);
    x.mode = OperandMode.Invalid;
    return;
  }
  switch (u.tkind) {
    case TypeKind.Basic:
      if (isString(u)) {
        if (e.full) {
          const at = e.index[2] ?? e; // e.index[2] should be present but be careful
          this.errorf(at, invalidOp + "3-index slice of string");
          x.mode = OperandMode.Invalid;
          return;
        }
        valid = true;
        if (x.mode === OperandMode.Constant) length = BigInt(constant.stringVal(x.val!).length);
        // spec: "For untyped string operands the result is a non-constant value of type string."
        if (isUntyped(x.type!)) x.type = Typ[BasicKind.String]!;
      }
      break;

    case TypeKind.Array:
      valid = true;
      length = u.len;
      if (x.mode !== OperandMode.Variable) {
        this.errorf(x, invalidOp + "%s (slice of unaddressable value)", x);
        x.mode = OperandMode.Invalid;
        return;
      }
      x.type = new Slice(u.elem);
      break;

    case TypeKind.Pointer: {
      const a = under(u.base);
      if (a.tkind === TypeKind.Array) {
        valid = true;
        length = a.len;
        x.type = new Slice(a.elem);
      }
      break;
    }

    case TypeKind.Slice:
      valid = true;
      // x.type doesn't change
      break;
  }

  if (!valid) {
    this.errorf(x, invalidOp + "cannot slice %s", x);
    x.mode = OperandMode.Invalid;
    return;
  }

  x.mode = OperandMode.Value;

  // spec: "Only the first index may be omitted; it defaults to 0."
  if (e.full && (e.index[1] === null || e.index[2] === null)) {
    this.errorf(e, "invalid syntax tree: 2nd and 3rd index required in 3-index slice");
    x.mode = OperandMode.Invalid;
    return;
  }

  // check indices
  const ind: bigint[] = [];
  for (let i = 0; i < 3; i++) {
    const expr = e.index[i] ?? null;
    let v = -1n;
    if (expr !== null) {
      // The "capacity" is only known statically for strings, arrays, and pointers to arrays,
      // and it is the same as the length for those types.
      let max = -1n;
      if (length >= 0n) max = length + 1n;
      const r = this.index(expr, max);
      if (r.val >= 0n) v = r.val;
    } else if (i === 0) {
      // default is 0 for the first index
      v = 0n;
    } else if (length >= 0n) {
      // default is length (== capacity) otherwise
      v = length;
    }
    ind.push(v);
  }

  // constant indices must be in range (index already checks that existing indices >= 0)
  outer:
  for (let i = 0; i < ind.length - 1; i++) {
    const xi = ind[i]!;
    if (xi > 0n) {
      for (let j = i + 1; j < ind.length; j++) {
        const y = ind[j]!;
        if (y >= 0n && y < xi) {
          // y was set from the expression e.index[j] (so it is not null).
          this.errorf(e.index[j]!, "invalid slice indices: %d < %d", y, xi);
          break outer; // only report one error, ok to continue
        }
      }
    }
  }
};

/** The single index of e; reports an error for a missing index or several indices. */
function singleIndex(check: Checker, e: IndexExpr): Expr | null {
  let index: Expr = e.index;
  if (index.kind === NodeKind.ListExpr) {
    const n = index.elemList.length;
    if (n <= 1) {
      check.errorf(e, "invalid syntax tree: invalid use of ListExpr for index expression %v with %d indices", e, n);
      return null;
    }
    check.errorf(index.elemList[1]!, invalidOp + "more than one index");
    index = index.elemList[0]!; // continue with first index
  }
  return index;
}

/**
 * Checks an index expression; max >= 0 is its upper bound. The result type is not invalid if
 * the index is valid (its possibly named integer type); val >= 0 is its constant value.
 */
Checker.prototype.index = function (this: Checker, index: Expr, max: bigint): { type: Type | null; val: bigint } {
  const x = new Operand();
  this.expr(null, x, index);
  if (!this.isValidIndex(x, "index", false)) return { type: INVALID, val: -1n };

  if (x.mode !== OperandMode.Constant) return { type: x.type, val: -1n };

  if (x.val!.kind === ValueKind.Unknown) return { type: INVALID, val: -1n };

  const [v] = constant.int64Val(x.val!);
  if (max >= 0n && v >= max) {
    this.errorf(x, invalidArg + "index %s out of bounds [0:%d]", x.val!.toString(), max);
    return { type: INVALID, val: -1n };
  }

  // 0 <= v [ && v < max ]
  return { type: x.type, val: v };
};

/**
 * Checks that x is a valid index (what: "index", "length", ...): an integer, and if
 * constant, non-negative (unless allowNegative) and representable as an int.
 */
Checker.prototype.isValidIndex = function (this: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === OperandMode.Invalid) return false;

  // spec: "a constant index that is untyped is given type int"
  this.convertUntyped(x, Typ[BasicKind.Int]!);
  if ((x.mode as OperandMode) === OperandMode.Invalid) return false;

  // spec: "the index x must be of integer type or an untyped constant"
  if (!allInteger(x.type!)) {
    this.errorf(x, invalidArg + "%s %s must be integer", what, x);
    return false;
  }

  if (x.mode === OperandMode.Constant) {
    // spec: "a constant index must be non-negative ..."
    if (!allowNegative && constant.sign(x.val!) < 0) {
      this.errorf(x, invalidArg + "%s %s must not be negative", what, x);
      return false;
    }
    // spec: "... and representable by a value of type int"
    const rounded = { v: x.val! };
    if (!representableConst(x.val!, Typ[BasicKind.Int]!, rounded)) {
      this.errorf(x, invalidArg + "%s %s overflows int", what, x);
      return false;
    }
    x.val = rounded.v;
  }

  return true;
};

declare module "./check.js" {
  interface Checker {
    isValidIndex(x: Operand, what: string, allowNegative: boolean): boolean;
  }
}
