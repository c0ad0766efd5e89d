// Assignments and initializations (types2's assignments.go): assignability in a context,
// constant and variable initialization, n:n and n:1 assignments, short variable
// declarations and the count-mismatch errors.
//
// The context string ("assignment", "argument", "return statement", "variable declaration",
// "range clause", "send", ...) only shapes the error messages, as in types2: "cannot use x
// (variable of type int) as string value in assignment".

import type { Pos } from "../source/index.js";
import type { Value } from "../constant/index.js";
import { Expr, Name, NodeKind, Stmt, exprString, unparen } from "../syntax/index.js";
import { AssignContext, At, Checker, Target, UntypedCode } from "./check.js";
import { Basic, BasicKind, Type, TypeKind, under } from "./type.js";
import { Const, GoObj, ObjKind, Var } from "./object.js";
import { Operand, OperandMode, assignableTo } from "./operand.js";
import { Typ } from "./universe.js";
import {
  defaultType, isNonTypeParamInterface, isNumeric, isUntyped, isValid,
} from "./predicates.js";
import { endPos } from "./stmt.js";

declare module "./check.js" {
  interface Checker {
    lhsVar(lhs: Expr): Type | null;
    assignVar(lhs: Expr, rhs: Expr | null, x: Operand | null, context: AssignContext): void;
    assignError(rhs: readonly Expr[], l: number, r: number): void;
    typesSummary(list: readonly (Type | null)[], variadic: boolean): string;
  }
}

/** The object name denotes at the current position of the environment (types2's check.lookup). */
export function lookupName(check: Checker, name: string): GoObj | null {
  const scope = check.env.scope;
  if (scope === null) return null;
  const r = scope.lookupParent(name, check.env.pos);
  return r === null ? null : r[1];
}

/** A target for generic function values assigned to a variable of function type (types2's newTarget). */
export function newTarget(typ: Type | null, desc: string): Target | null {
  if (typ !== null) {
    const u = under(typ);
    if (u.tkind === TypeKind.Signature) return { sig: u, desc };
  }
  return null;
}

/**
 * Checks that x can be assigned to a variable of type T (T === null: the blank identifier),
 * converting an untyped x to T or its default type. On failure, reports an error and
 * invalidates x.
 */
Checker.prototype.assignment = function (this: Checker, x: Operand, T: Type | null, context: AssignContext): void {
  this.singleValue(x);

  switch (x.mode) {
    case OperandMode.Invalid:
      return; // error reported before
    case OperandMode.NilValue:
    case OperandMode.Constant: case OperandMode.Variable: case OperandMode.MapIndex:
    case OperandMode.Value: case OperandMode.CommaOk: case OperandMode.CommaErr:
      break;
    default:
      // e.g. a type or a built-in used as a value (other problems reported elsewhere)
      this.errorf(x, "cannot assign %s to %s in %s", x, T, context);
      x.mode = OperandMode.Invalid;
      return;
  }

  if (isUntyped(x.type!)) {
    let target: Type | null = T;
    // spec: "If an untyped constant is assigned to a variable of interface type or the blank
    // identifier, the constant is first converted to type bool, rune, int, float64,
    // complex128 or string respectively, ..."
    if (x.isNil()) {
      if (T === null) {
        this.errorf(x, "use of untyped nil in %s", context);
        x.mode = OperandMode.Invalid;
        return;
      }
    } else if (T === null || isNonTypeParamInterface(T)) {
      target = defaultType(x.type!);
    }
    const r = this.implicitTypeAndValue(x, target!);
    if (!r.ok || r.type === null) {
      let msg = this.sprintf("cannot use %s as %s value in %s", x, target, context);
      if (r.code === UntypedCode.TruncatedFloat) msg += " (truncated)";
      else if (r.code === UntypedCode.NumericOverflow) msg += " (overflows)";
      this.errorf(x, "%s", msg);
      x.mode = OperandMode.Invalid;
      return;
    }
    if (r.val !== null) {
      x.val = r.val;
      updateExprVal(this, x.expr, r.val);
    }
    if (r.type !== x.type) {
      x.type = r.type;
      if (x.expr !== null) this.updateExprType(x.expr, r.type, false);
    }
  }
  // x.type is typed

  // Without instantiation, a generic function value is not assignable to a variable.
  const u = under(x.type!);
  if (u.tkind === TypeKind.Signature && u.tparams !== null && u.tparams.length > 0) {
    this.errorf(x, "cannot use generic function %s without instantiation in %s", x, context);
    x.mode = OperandMode.Invalid;
    return;
  }

  // spec: "If a left-hand side is the blank identifier, any typed or non-constant value
  // except for the predeclared identifier nil may be assigned to it."
  if (T === null) return;

  const cause = { msg: "" };
  if (!assignableTo(this, x, T, cause)) {
    if (cause.msg !== "") {
      this.errorf(x, "cannot use %s as %s value in %s: %s", x, T, context, cause.msg);
    } else {
      this.errorf(x, "cannot use %s as %s value in %s", x, T, context);
    }
    x.mode = OperandMode.Invalid;
  }
};

/** Records a new constant value for an expression that is still untyped (types2's updateExprVal). */
function updateExprVal(check: Checker, x: Expr | null, val: Value): void {
  if (x === null) return;
  const info = check.untyped.get(x);
  if (info !== undefined) info.val = val;
}

Checker.prototype.initConst = function (this: Checker, lhs: Const, x: Operand): void {
  if (x.mode === OperandMode.Invalid || !isValid(x.type!) || (lhs.type !== null && !isValid(lhs.type))) {
    if (lhs.type === null) lhs.type = Typ[BasicKind.Invalid]!;
    return;
  }

  // rhs must be a constant
  if (x.mode !== OperandMode.Constant) {
    this.errorf(x, "%s is not constant", x);
    if (lhs.type === null) lhs.type = Typ[BasicKind.Invalid]!;
    return;
  }

  // A left-hand side without a type yet takes x's type.
  if (lhs.type === null) lhs.type = x.type;

  this.assignment(x, lhs.type, "constant declaration");
  if ((x.mode as OperandMode) === OperandMode.Invalid) return;

  lhs.val = x.val!;
};

/**
 * Checks the initialization lhs = x in a variable declaration. A lhs without a type gets x's
 * (default) type, or the invalid type after an error. On failure, x is invalidated.
 */
Checker.prototype.initVar = function (this: Checker, lhs: Var, x: Operand, context: AssignContext): void {
  if (x.mode === OperandMode.Invalid || !isValid(x.type!) || (lhs.type !== null && !isValid(lhs.type))) {
    if (lhs.type === null) lhs.type = Typ[BasicKind.Invalid]!;
    x.mode = OperandMode.Invalid;
    return;
  }

  // If lhs doesn't have a type yet, use the type of x.
  if (lhs.type === null) {
    let typ = x.type!;
    if (isUntyped(typ)) {
      // convert untyped types to default types
      if (typ === Typ[BasicKind.UntypedNil]) {
        this.errorf(x, "use of untyped nil in %s", context);
        lhs.type = Typ[BasicKind.Invalid]!;
        x.mode = OperandMode.Invalid;
        return;
      }
      typ = defaultType(typ);
    }
    lhs.type = typ;
  }

  this.assignment(x, lhs.type, context);
};

/**
 * Checks a lhs expression of an assignment and returns its type: null for the blank
 * identifier, the invalid type for an invalid lhs. Assigning to a variable is not a use of
 * it, so a lhs identifier's "used" mark is left as it was.
 */
Checker.prototype.lhsVar = function (this: Checker, lhs: Expr): Type | null {
  // Is the left-hand side an identifier (parentheses allowed)?
  const e = unparen(lhs);
  const ident: Name | null = e.kind === NodeKind.Name ? e : null;

  // Don't evaluate lhs if it is the blank identifier.
  if (ident !== null && ident.value === "_") {
    this.recordDef(ident, null);
    return null;
  }

  // If the lhs is an identifier denoting a variable v, this reference is not a 'use' of v.
  // Variables of other packages (dot-imported) are left alone.
  let v: Var | null = null;
  let vUsed = false;
  if (ident !== null) {
    const obj = lookupName(this, ident.value);
    if (obj !== null && obj.okind === ObjKind.Var && obj.pkg === this.pkg) {
      v = obj;
      vUsed = v.used;
    }
  }

  const x = new Operand();
  this.expr(null, x, lhs);

  if (v !== null) v.used = vUsed; // restore v.used

  if (x.mode === OperandMode.Invalid || !isValid(x.type!)) return Typ[BasicKind.Invalid]!;

  // spec: "Each left-hand side operand must be addressable, a map index expression, or the
  // blank identifier. Operands may be parenthesized."
  switch (x.mode) {
    case OperandMode.Variable: case OperandMode.MapIndex:
      break;
    default: {
      const xe = x.expr;
      if (xe !== null && xe.kind === NodeKind.SelectorExpr) {
        const op = new Operand();
        this.expr(null, op, xe.x);
        if (op.mode === OperandMode.MapIndex) {
          this.errorf(x, "cannot assign to struct field %s in map", xe);
          return Typ[BasicKind.Invalid]!;
        }
      }
      this.errorf(x, "cannot assign to %s (neither addressable nor a map index expression)", x.expr);
      return Typ[BasicKind.Invalid]!;
    }
  }

  return x.type;
};

/**
 * Checks the assignment lhs = rhs (x === null), or lhs = x (x !== null, the already evaluated
 * rhs, in which case rhs is ignored). On failure with x given, x is invalidated.
 */
Checker.prototype.assignVar = function (this: Checker, lhs: Expr, rhs: Expr | null, x: Operand | null, context: AssignContext): void {
  const T = this.lhsVar(lhs); // null if lhs is _
  if (T !== null && !isValid(T)) {
    if (x !== null) x.mode = OperandMode.Invalid;
    else this.use(rhs);
    return;
  }

  if (x === null) {
    let target: Target | null = null;
    if (T !== null && under(T).tkind === TypeKind.Signature) target = newTarget(T, exprString(lhs));
    x = new Operand();
    this.expr(target, x, rhs!);
  }

  if (T === null && context === "assignment") context = "assignment to _ identifier";
  this.assignment(x, T, context);
};

/**
 * "(t1, t2, ...)" for the types of a count mismatch: untyped numbers print as "number",
 * other untyped kinds without "untyped", invalid types as "unknown type".
 */
Checker.prototype.typesSummary = function (this: Checker, list: readonly (Type | null)[], variadic: boolean): string {
  const res: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    let s = "";
    if (t === null || !isValid(t)) {
      s = "unknown type";
    } else if (isUntyped(t)) {
      // "have number, want float64" reads better than "have untyped int, want float64"
      s = isNumeric(t) ? "number" : (t as Basic).name.replaceAll("untyped ", "");
    } else if (variadic && i === list.length - 1) {
      const u = t.tkind === TypeKind.Slice ? t.elem : t;
      s = this.sprintf("...%s", u);
    }
    if (s === "") s = this.sprintf("%s", t);
    res.push(s);
  }
  return "(" + res.join(", ") + ")";
};

function measure(x: number, unit: string): string {
  return `${x} ${x !== 1 ? unit + "s" : unit}`;
}

Checker.prototype.assignError = function (this: Checker, rhs: readonly Expr[], l: number, r: number): void {
  const vars = measure(l, "variable");
  const vals = measure(r, "value");
  const rhs0 = rhs[0]!;

  if (rhs.length === 1) {
    const call = unparen(rhs0);
    if (call.kind === NodeKind.CallExpr) {
      this.errorf(rhs0, "assignment mismatch: %s but %s returns %s", vars, call.fun, vals);
      return;
    }
  }
  this.errorf(rhs0, "assignment mismatch: %s but %s", vars, vals);
};

Checker.prototype.returnError = function (this: Checker, at: At, lhs: readonly Var[], rhs: readonly Operand[]): void {
  const l = lhs.length, r = rhs.length;
  let qualifier = "not enough";
  if (r > l) {
    at = rhs[l]!; // report at first extra value
    qualifier = "too many";
  } else if (r > 0) {
    at = rhs[r - 1]!; // report at last value
  }
  this.newError()
    .addf(at, "%s return values", qualifier)
    .addf(0, "have %s", this.typesSummary(rhs.map((x) => x.type), false))
    .addf(0, "want %s", this.typesSummary(lhs.map((v) => v.type), false))
    .report();
};

/**
 * Checks the initialization of variables lhs with the expressions origRHS; with returnStmt
 * set, the implicit assignment of a return statement's results to the result parameters.
 */
Checker.prototype.initVars = function (this: Checker, lhs: Var[], origRHS: readonly Expr[], returnStmt: Stmt | null): void {
  const context = returnStmt !== null ? "return statement" : "assignment";
  const l = lhs.length;
  let r = origRHS.length;

  // If l === 1 and the rhs is a single call, don't handle it as an n:n mapping, for a
  // better error message.
  const isCall = r === 1 && unparen(origRHS[0]!).kind === NodeKind.CallExpr;

  // With an n:n mapping, each value is assigned to its variable.
  if (l === r && !isCall) {
    for (let i = 0; i < l; i++) {
      const v = lhs[i]!;
      let desc = v.name;
      if (returnStmt !== null && desc === "") desc = "result variable";
      const x = new Operand();
      this.expr(newTarget(v.type, desc), x, origRHS[i]!);
      this.initVar(v, x, context);
    }
    return;
  }

  // Otherwise the rhs must be a single expression with 2 or more values.
  if (r !== 1) {
    // Only report a mismatch if there are no other errors on the rhs.
    if (this.use(...origRHS)) {
      if (returnStmt !== null) {
        const rhs = this.exprList(origRHS);
        this.returnError(returnStmt, lhs, rhs);
      } else {
        this.assignError(origRHS, l, r);
      }
    }
    // ensure that lhs variables have a type
    for (const v of lhs) if (v.type === null) v.type = Typ[BasicKind.Invalid]!;
    return;
  }

  const { list: rhs, commaOk } = this.multiExpr(origRHS[0]!, l === 2 && returnStmt === null);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) this.initVar(lhs[i]!, rhs[i]!, context);
    // Only record the comma-ok expression if both initializations succeeded (go.dev/issue/59371).
    if (commaOk && rhs[0]!.mode !== OperandMode.Invalid && rhs[1]!.mode !== OperandMode.Invalid) {
      this.recordCommaOkTypes(origRHS[0]!, [rhs[0]!, rhs[1]!]);
    }
    return;
  }

  // In all other cases we have an assignment mismatch; report it only if the rhs is valid.
  if (rhs[0]!.mode !== OperandMode.Invalid) {
    if (returnStmt !== null) this.returnError(returnStmt, lhs, rhs);
    else this.assignError(origRHS, l, r);
  }
  // ensure that lhs variables have a type
  for (const v of lhs) if (v.type === null) v.type = Typ[BasicKind.Invalid]!;
  // origRHS[0] was already evaluated
};

/** Checks the assignment of the expressions origRHS to the lhs expressions. */
Checker.prototype.assignVars = function (this: Checker, lhs: readonly Expr[], origRHS: readonly Expr[]): void {
  const l = lhs.length;
  let r = origRHS.length;

  // If l === 1 and the rhs is a single call, don't handle it as an n:n mapping, for a
  // better error message.
  const isCall = r === 1 && unparen(origRHS[0]!).kind === NodeKind.CallExpr;

  // With an n:n mapping, each value is assigned to its variable.
  if (l === r && !isCall) {
    for (let i = 0; i < l; i++) this.assignVar(lhs[i]!, origRHS[i]!, null, "assignment");
    return;
  }

  // Otherwise the rhs must be a single expression with 2 or more values.
  if (r !== 1) {
    // Only report a mismatch if there are no other errors on the lhs or rhs.
    const okLHS = this.useLHS(...lhs);
    const okRHS = this.use(...origRHS);
    if (okLHS && okRHS) this.assignError(origRHS, l, r);
    return;
  }

  const { list: rhs, commaOk } = this.multiExpr(origRHS[0]!, l === 2);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) this.assignVar(lhs[i]!, null, rhs[i]!, "assignment");
    // Only record the comma-ok expression if both assignments succeeded (go.dev/issue/59371).
    if (commaOk && rhs[0]!.mode !== OperandMode.Invalid && rhs[1]!.mode !== OperandMode.Invalid) {
      this.recordCommaOkTypes(origRHS[0]!, [rhs[0]!, rhs[1]!]);
    }
    return;
  }

  // In all other cases we have an assignment mismatch; report it only if the rhs is valid.
  if (rhs[0]!.mode !== OperandMode.Invalid) this.assignError(origRHS, l, r);
  this.useLHS(...lhs);
  // origRHS[0] was already evaluated
};

/** Checks the short variable declaration lhs := rhs at pos. */
Checker.prototype.shortVarDecl = function (this: Checker, pos: At, lhs: readonly Expr[], rhs: readonly Expr[]): void {
  const top = this.delayedCount;
  const scope = this.env.scope!;

  // collect lhs variables
  const seen = new Set<string>();
  const lhsVars: (Var | null)[] = new Array(lhs.length).fill(null);
  const newVars: Var[] = [];
  let hasErr = false;
  for (let i = 0; i < lhs.length; i++) {
    const e = lhs[i]!;
    if (e.kind !== NodeKind.Name) {
      this.useLHS(e);
      this.errorf(e, "non-name %s on left side of :=", e);
      hasErr = true;
      continue;
    }
    const ident = e;
    const name = ident.value;
    if (name !== "_") {
      if (seen.has(name)) {
        this.errorf(e, "%s repeated on left side of :=", e);
        hasErr = true;
        continue;
      }
      seen.add(name);
    }

    // A redeclared name denotes the existing variable. The new variables' scope starts after
    // the declaration, so look in the current scope only and declare them at the end.
    const alt = scope.lookup(name);
    if (alt !== undefined) {
      this.recordUse(ident, alt);
      // redeclared object must be a variable
      if (alt.okind === ObjKind.Var) {
        lhsVars[i] = alt;
      } else {
        this.errorf(e, "cannot assign to %s", e);
        hasErr = true;
      }
      continue;
    }

    // declare new variable
    const obj = new Var(ident.pos, this.pkg, name, null);
    lhsVars[i] = obj;
    if (name !== "_") newVars.push(obj);
    this.recordDef(ident, obj);
  }

  // create dummy variables where the lhs is invalid
  const vars = lhsVars.map((v, i) => v ?? new Var(lhs[i]!.pos, this.pkg, "_", null));

  this.initVars(vars, rhs, null);

  // check function literals of the right-hand side before the new variables come into scope
  this.processDelayed(top);

  if (newVars.length === 0 && !hasErr) {
    this.softErrorf(pos, "no new variables on left side of :=");
    return;
  }

  // spec: "The scope of a constant or variable identifier declared inside a function begins
  // at the end of the ConstSpec or VarSpec (ShortVarDecl for short variable declarations)
  // and ends at the end of the innermost containing block."
  const scopePos: Pos = endPos(rhs[rhs.length - 1]!);
  for (const obj of newVars) this.declare(scope, null, obj, scopePos); // recordDef already called
};
