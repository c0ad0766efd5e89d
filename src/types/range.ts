// Range loops (the range part of types2's stmt.go): what may be ranged over — strings,
// arrays and pointers to arrays, slices, maps, receivable channels, integers (go1.22) and
// iterator functions func(yield func(K, V) bool) (go1.23) — and the iteration variables,
// declared with := or assigned with =.

import type { Pos } from "../source/index.js";
import { Expr, ForStmt, NodeKind, RangeClause } from "../syntax/index.js";
import { At, Checker } from "./check.js";
import { BasicKind, ChanDir, Signature, Type, TypeKind, under, unalias } from "./type.js";
import { Var } from "./object.js";
import { Operand, OperandMode } from "./operand.js";
import { Typ, universeRune } from "./universe.js";
import { isBoolean, isInteger, isString } from "./predicates.js";
import { coreType } from "./under.js";

/** *[n]T → [n]T (the array a pointer to an array points to); other types unchanged. */
export function arrayPtrDeref(t: Type): Type {
  const p = unalias(t);
  if (p.tkind === TypeKind.Pointer) {
    const a = under(p.base);
    if (a.tkind === TypeKind.Array) return a;
  }
  return t;
}

export interface RangeKeyVal {
  key: Type | null; // null: no key
  val: Type | null; // null: no value
  cause: string;    // why ranging is not permitted, if known
  ok: boolean;
}

/**
 * The key and value types produced by ranging over a value of type typ. allowVersion (if
 * given) checks the language version needed for integers and functions. When ranging is not
 * permitted, ok is false and cause may explain why.
 */
export function rangeKeyVal(typ: Type, allowVersion: ((v: string) => boolean) | null): RangeKeyVal {
  const bad = (cause: string): RangeKeyVal => ({ key: Typ[BasicKind.Invalid]!, val: Typ[BasicKind.Invalid]!, cause, ok: false });
  const toSig = (t: Type): Signature | null => {
    const c = coreType(t);
    return c !== null && c.tkind === TypeKind.Signature ? c : null;
  };

  const orig = typ;
  const c = coreType(typ);
  if (c === null) return bad("no core type");
  const t = arrayPtrDeref(c);
  switch (t.tkind) {
    case TypeKind.Basic:
      if (isString(t)) return { key: Typ[BasicKind.Int]!, val: universeRune, cause: "", ok: true }; // use 'rune' name
      if (isInteger(t)) {
        if (allowVersion !== null && !allowVersion("go1.22")) return bad("requires go1.22 or later");
        return { key: orig, val: null, cause: "", ok: true };
      }
      break;
    case TypeKind.Array:
    case TypeKind.Slice:
      return { key: Typ[BasicKind.Int]!, val: t.elem, cause: "", ok: true };
    case TypeKind.Map:
      return { key: t.key, val: t.elem, cause: "", ok: true };
    case TypeKind.Chan:
      if (t.dir === ChanDir.SendOnly) return bad("receive from send-only channel");
      return { key: t.elem, val: null, cause: "", ok: true };
    case TypeKind.Signature: {
      if (allowVersion !== null && !allowVersion("go1.23")) return bad("requires go1.23 or later");
      if (t.params.length !== 1) return bad("func must be func(yield func(...) bool): wrong argument count");
      const cb = toSig(t.params.at(0).type!);
      if (cb === null) return bad("func must be func(yield func(...) bool): argument is not func");
      if (t.results.length !== 0) return bad("func must be func(yield func(...) bool): unexpected results");
      if (cb.params.length > 2) return bad("func must be func(yield func(...) bool): yield func has too many parameters");
      if (cb.results.length !== 1 || !isBoolean(cb.results.at(0).type!)) {
        return bad("func must be func(yield func(...) bool): yield func does not return bool");
      }
      const key = cb.params.length >= 1 ? cb.params.at(0).type : null;
      const val = cb.params.length >= 2 ? cb.params.at(1).type : null;
      return { key, val, cause: "", ok: true };
    }
  }
  return { key: null, val: null, cause: "", ok: false };
}

Checker.prototype.rangeStmt = function (this: Checker, inner: number, s: ForStmt, rclause: RangeClause): void {
  let sKey: Expr | null = rclause.lhs; // possibly null
  let sValue: Expr | null = null;
  let sExtra: Expr | null = null;
  if (sKey !== null && sKey.kind === NodeKind.ListExpr) {
    const list = sKey.elemList;
    if (list.length < 2) {
      this.errorf(s, "invalid lhs in range clause");
      return;
    }
    sKey = list[0]!;
    sValue = list[1]!;
    if (list.length > 2) sExtra = list[2]!; // delay error reporting until we know more
  }
  const isDef = rclause.def;
  const rangeVar = rclause.x;
  const noNewVarPos: At = s;

  // check expression to iterate over
  const x = new Operand();
  this.expr(null, x, rangeVar);

  // determine key/value types
  let key: Type | null = null, val: Type | null = null;
  if (x.mode !== OperandMode.Invalid) {
    // A type parameter can be ranged over when it has a core type.
    const r = rangeKeyVal(x.type!, (v) => this.allowVersion(x.expr!, v));
    if (!r.ok && r.cause !== "") {
      this.softErrorf(x, "cannot range over %s: %s", x, r.cause);
    } else if (!r.ok) {
      this.softErrorf(x, "cannot range over %s", x);
    } else if (r.key === null && sKey !== null) {
      this.softErrorf(sKey, "range over %s permits no iteration variables", x);
    } else if (r.val === null && sValue !== null) {
      this.softErrorf(sValue, "range over %s permits only one iteration variable", x);
    } else if (sExtra !== null) {
      this.softErrorf(sExtra, "range clause permits at most two iteration variables");
    }
    key = r.key;
    val = r.val;
  }

  // Open the for-statement block scope now, after the range clause. Iteration variables
  // declared with := need to go in this scope (go.dev/issue/51437).
  this.openScope(s, "range");

  // the iteration variables: declared or assigned
  const lhs: (Expr | null)[] = [sKey, sValue]; // may be null
  const rhs: (Type | null)[] = [key, val];     // may be null

  const rangeOverInt = x.type !== null && isInteger(x.type);
  const invalid = Typ[BasicKind.Invalid]!;

  if (isDef) {
    // short variable declaration
    const vars: Var[] = [];
    for (let i = 0; i < 2; i++) {
      const e = lhs[i]!;
      if (e === null) continue;

      // determine lhs variable
      let obj: Var;
      if (e.kind === NodeKind.Name) {
        // declare new variable
        obj = new Var(e.pos, this.pkg, e.value, null);
        this.recordDef(e, obj);
        // _ variables don't count as new variables
        if (e.value !== "_") vars.push(obj);
      } else {
        this.errorf(e, "cannot declare %s", e);
        obj = new Var(e.pos, this.pkg, "_", null); // dummy variable
      }

      // initialize lhs iteration variable, if any
      const typ = rhs[i]!;
      if (typ === null || typ === invalid) {
        // typ === invalid can happen if allowVersion fails
        obj.type = invalid;
        obj.used = true; // don't complain about unused variable
        continue;
      }

      if (rangeOverInt) {
        this.initVar(obj, x, "range clause");
      } else {
        const y = new Operand();
        y.mode = OperandMode.Value;
        y.expr = e; // we don't have a better rhs expression to use here
        y.type = typ;
        this.initVar(obj, y, "assignment"); // error is on variable, use "assignment" not "range clause"
      }
    }

    // declare variables
    if (vars.length > 0) {
      const scopePos: Pos = s.body.pos;
      for (const obj of vars) this.declare(this.env.scope!, null, obj, scopePos); // recordDef already called
    } else {
      this.errorf(noNewVarPos, "no new variables on left side of :=");
    }
  } else if (sKey !== null) {
    // ordinary assignment
    for (let i = 0; i < 2; i++) {
      const e = lhs[i]!;
      if (e === null) continue;

      // assign to lhs iteration variable, if any
      const typ = rhs[i]!;
      if (typ === null || typ === invalid) continue;

      if (rangeOverInt) {
        this.assignVar(e, null, x, "range clause");
        // If x was untyped, the assignment gave it a type, which must be an integer
        // (go.dev/issues/67027).
        if (x.mode !== OperandMode.Invalid && !isInteger(x.type!)) {
          this.softErrorf(e, "cannot use iteration variable of type %s", x.type);
        }
      } else {
        const y = new Operand();
        y.mode = OperandMode.Value;
        y.expr = e; // we don't have a better rhs expression to use here
        y.type = typ;
        this.assignVar(e, null, y, "assignment"); // error is on variable, use "assignment" not "range clause"
      }
    }
  } else if (rangeOverInt) {
    // Without iteration variables, a (possibly untyped) integer range expression must still
    // be valid: check the assignment _ = x, which converts an untyped x to its default type.
    this.assignment(x, null, "range clause");
  }

  this.stmt(inner, s.body);
  this.closeScope();
};
