// Expression switches and type switches (the switch part of types2's stmt.go): the tag,
// case values with duplicate detection, case types, and the type switch's implicitly
// declared per-clause variable.

import type { Pos } from "../source/index.js";
import type { Value } from "../constant/index.js";
import { Kind as ValueKind, float64Val, int64Val, stringVal, uint64Val, makeBool } from "../constant/index.js";
import { Expr, Name, Operator, SwitchStmt, TypeSwitchGuard, unpackListExpr } from "../syntax/index.js";
import { Checker, StmtContext } from "./check.js";
import { BasicKind, Type } from "./type.js";
import { Var } from "./object.js";
import { Operand, OperandMode } from "./operand.js";
import { Typ } from "./universe.js";
import { comparableType, hasNil, identical, isInterface, isTypeParam, isValid } from "./predicates.js";
import { endPos, multipleDefaults } from "./stmt.js";

declare module "./check.js" {
  interface Checker {
    caseTypes(x: Operand | null, types: readonly Expr[], seen: Map<Type | null, Expr>): Type | null;
  }
}

/**
 * The key under which a constant case value is checked for duplicates, or undefined. Like gc,
 * only integer, floating-point (exactly representable as float64) and string values are
 * checked. Keys of different kinds never collide (bigint, number, string).
 */
function goVal(val: Value | null): bigint | number | string | undefined {
  if (val === null) return undefined;
  switch (val.kind) {
    case ValueKind.Int: {
      const [i, ok] = int64Val(val);
      if (ok) return i;
      const [u, uok] = uint64Val(val);
      if (uok) return u;
      return undefined;
    }
    case ValueKind.Float: {
      const [f, ok] = float64Val(val);
      return ok ? f : undefined;
    }
    case ValueKind.String:
      return stringVal(val);
  }
  return undefined;
}

/** A case value seen before: its position (the expression's own position) and type. */
interface ValueType {
  pos: Pos;
  type: Type;
}

Checker.prototype.switchStmt = function (this: Checker, inner: number, s: SwitchStmt): void {
  // init statement already handled

  const x = new Operand();
  if (s.tag !== null) {
    this.expr(null, x, s.tag);
    // By checking assignment of x to an invisible temporary (as a compiler would), we get all
    // the relevant checks.
    this.assignment(x, null, "switch expression");
    if (x.mode !== OperandMode.Invalid && !comparableType(x.type!, true, null, null) && !hasNil(x.type!)) {
      this.errorf(x, "cannot switch on %s (%s is not comparable)", x, x.type);
      x.mode = OperandMode.Invalid;
    }
  } else {
    // spec: "A missing switch expression is equivalent to the boolean value true."
    x.mode = OperandMode.Constant;
    x.type = Typ[BasicKind.Bool]!;
    x.val = makeBool(true);
    const pos = s.body.length > 0 ? s.body[0]!.pos : s.rbrace;
    x.expr = new Name(pos, "true");
  }

  multipleDefaults(this, s.body);

  const seen = new Map<unknown, unknown>(); // case values → ValueType[]
  for (let i = 0; i < s.body.length; i++) {
    const clause = s.body[i]!;
    let end = s.rbrace;
    let c = inner;
    if (i + 1 < s.body.length) {
      end = s.body[i + 1]!.pos;
      c |= StmtContext.FallthroughOk;
    } else {
      c |= StmtContext.FinalSwitchCase;
    }
    this.caseValues(x, unpackListExpr(clause.cases), seen);
    this.openScopeUntil(clause, end, "case");
    this.stmtList(c, clause.body);
    this.closeScope();
  }
};

/** Checks the case values of an expression switch against the tag x, reporting duplicate constants. */
Checker.prototype.caseValues = function (this: Checker, x: Operand, values: readonly Expr[], seen: Map<unknown, unknown>): void {
  L: for (const e of values) {
    const v = new Operand();
    this.expr(null, v, e);
    if (x.mode === OperandMode.Invalid || v.mode === OperandMode.Invalid) continue;
    this.convertUntyped(v, x.type!);
    if ((v.mode as OperandMode) === OperandMode.Invalid) continue;
    // Order matters: by comparing v against x, error positions are at the case values.
    const res = v.clone(); // keep original v unchanged
    this.comparison(res, x, Operator.Eql, true);
    if (res.mode === OperandMode.Invalid) continue;
    if (v.mode !== OperandMode.Constant) continue; // we're done
    // look for duplicate values
    const val = goVal(v.val);
    if (val === undefined) continue;
    let list = seen.get(val) as ValueType[] | undefined;
    if (list !== undefined) {
      // look for duplicate types for a given value (the lists are very short)
      for (const vt of list) {
        if (identical(v.type!, vt.type)) {
          this.newError()
            .addf(v, "duplicate case %s in expression switch", v)
            .addf(vt.pos, "previous case")
            .report();
          continue L;
        }
      }
    } else {
      list = [];
      seen.set(val, list);
    }
    list.push({ pos: v.expr !== null ? v.expr.pos : 0, type: v.type! });
  }
};

/**
 * Checks the type expressions of a type switch case, reporting duplicates (seen maps types,
 * or null for nil, to their case expressions), and that each type is possible for the
 * switch operand x (null if invalid). Returns the type of the last expression; null if it
 * denotes the predeclared nil.
 */
Checker.prototype.caseTypes = function (this: Checker, x: Operand | null, types: readonly Expr[], seen: Map<Type | null, Expr>): Type | null {
  let T: Type | null = null;
  L: for (const e of types) {
    // The spec allows the value nil instead of a type.
    if (this.isNil(e)) {
      T = null;
      this.expr(null, new Operand(), e); // run e through expr so we get the usual Info recordings
    } else {
      T = this.varType(e);
      if (!isValid(T)) continue;
    }
    // look for duplicate types (type switches tend to be small)
    for (const [t, other] of seen) {
      if ((T === null && t === null) || (T !== null && t !== null && identical(T, t))) {
        // the message says "case", since a case may be nil rather than a type
        const Ts = T === null ? "nil" : this.typeStr(T);
        this.newError()
          .addf(e, "duplicate case %s in type switch", Ts)
          .addf(other, "previous case")
          .report();
        continue L;
      }
    }
    seen.set(T, e);
    if (x !== null && T !== null) this.typeAssertion(e, x, T, true);
  }
  return T;
};

Checker.prototype.typeSwitchStmt = function (this: Checker, inner: number, s: SwitchStmt, guard: TypeSwitchGuard): void {
  // init statement already handled

  // A type switch guard must be of the form:
  //
  //     TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .

  // check lhs, if any
  let lhs: Name | null = guard.lhs;
  if (lhs !== null) {
    if (lhs.value === "_") {
      // a guard that declares only _ ("_ := x.(type)") declares nothing
      this.softErrorf(lhs, "no new variable on left side of :=");
      lhs = null; // avoid declared and not used error below
    } else {
      this.recordDef(lhs, null); // lhs variable is implicitly declared in each cause clause
    }
  }

  // check rhs
  let sx: Operand | null = null; // switch expression the cases are compared against; null if invalid
  {
    const x = new Operand();
    this.expr(null, x, guard.x);
    if (x.mode !== OperandMode.Invalid) {
      if (isTypeParam(x.type!)) {
        this.errorf(x, "cannot use type switch on type parameter value %s", x);
      } else if (isInterface(x.type!)) {
        sx = x;
      } else {
        this.errorf(x, "%s is not an interface", x);
      }
    }
  }

  multipleDefaults(this, s.body);

  const lhsVars: Var[] = []; // the implicitly declared lhs variables
  const seen = new Map<Type | null, Expr>(); // seen types → their case expressions
  for (let i = 0; i < s.body.length; i++) {
    const clause = s.body[i]!;
    const end = i + 1 < s.body.length ? s.body[i + 1]!.pos : s.rbrace;
    // Check each type in this type switch case.
    const cases = unpackListExpr(clause.cases);
    let T = this.caseTypes(sx, cases, seen);
    this.openScopeUntil(clause, end, "case");
    // With a guard variable, each clause declares its own copy in the clause's scope.
    if (lhs !== null) {
      // spec: "The TypeSwitchGuard may include a short variable declaration. When that form
      // is used, the variable is declared at the beginning of the implicit block in each
      // clause. In clauses with a case listing exactly one type, the variable has that type;
      // otherwise, the variable has the type of the expression in the TypeSwitchGuard."
      if (cases.length !== 1 || T === null) {
        T = sx !== null ? sx.type! : Typ[BasicKind.Invalid]!;
      }
      const obj = new Var(lhs.pos, this.pkg, lhs.value, T);
      // The variable's scope starts after the case's types (at the clause for default).
      const scopePos = cases.length > 0 ? endPos(cases[cases.length - 1]!) : clause.pos;
      this.declare(this.env.scope!, null, obj, scopePos);
      this.recordImplicit(clause, obj);
      // For "declared and not used", all lhs variables act as one: if any one of them is
      // used, all of them are.
      lhsVars.push(obj);
    }
    this.stmtList(inner, clause.body);
    this.closeScope();
  }

  // If lhs exists, at least one lhs variable must have been used. (check.usage looks at one
  // scope at a time, so it can't decide this.)
  if (lhs !== null) {
    let used = false;
    for (const v of lhsVars) {
      if (v.used) used = true;
      v.used = true; // avoid a usage error when checking the entire function
    }
    if (!used) this.softErrorf(lhs, "%s declared and not used", lhs.value);
  }
};
