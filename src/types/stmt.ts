// Statements (types2's stmt.go): function bodies, the unused-variable check, and every
// statement kind. Switches and type switches are in stmt_switch.ts, range loops in range.ts.
//
// Scopes: blocks, if/for/switch statements and each case or comm clause open a scope whose
// extent runs from the node's position to its end (a clause's scope ends where the next
// clause begins), so that lookups by position and "declared and not used" match gc.
//
// Branch statements and labels are not checked here: gc checks them in the parser and runs
// types2 with IgnoreBranchErrors.

import type { Pos } from "../source/index.js";
import type { Value } from "../constant/index.js";
import {
  BlockStmt, CallStmt, CaseClause, CommClause, Expr, ExprStmt, ForStmt, Node, NodeKind, Operator, ReturnStmt,
  SelectStmt, SendStmt, SimpleStmt, Stmt, Token, AssignStmt, unpackListExpr, unparen, operatorString,
} from "../syntax/index.js";
import { Checker, DeclInfo, ExprKind, StmtContext, newEnvironment } from "./check.js";
import { Chan, ChanDir, Signature, TypeKind } from "./type.js";
import { Var, ObjKind } from "./object.js";
import { Operand, OperandMode } from "./operand.js";
import { Scope } from "./scope.js";
import { allBoolean, allNumeric } from "./predicates.js";
import { coreType } from "./under.js";
import { lookupName } from "./assignments.js";
import "./stmt_switch.js";
import "./range.js";

declare module "./check.js" {
  interface Checker {
    openScopeUntil(node: Node, end: Pos, comment: string): void;
    suspendedCall(keyword: string, call: Expr): void;
    stmtInternal(ctxt: number, s: Stmt): void;
  }
}

const invalidOp = "invalid operation: ";

/**
 * Checks a function body in a fresh environment whose scope is the signature's (where the
 * parameters live), then the termination rule and unused variables.
 */
Checker.prototype.funcBody = function (
  this: Checker, decl: DeclInfo | null, name: string, sig: Signature, body: BlockStmt, iota: Value | null,
): void {
  void name;
  const env = newEnvironment();
  env.decl = decl;
  env.scope = sig.scope;
  env.iota = iota;
  env.sig = sig;
  // builtins.ts records panic calls here (only in functions with results, which need the
  // termination check); creating the set up front keeps it shared by nested environments.
  if (sig.results.length > 0) env.isPanic = new Set();
  const old = this.env;
  this.env = env;
  try {
    this.stmtList(0, body.list);

    // Labels are checked by gc's parser; types2's own checks run only when asked for.
    if (this.env.hasLabel && this.conf.ignoreBranchErrors === false) this.labels(body);

    if (sig.results.length > 0 && !this.isTerminating(body, "")) {
      this.errorf(body.rbrace, "missing return");
    }

    // spec: "Implementation restriction: A compiler may make it illegal to declare a variable
    // inside a function body if the variable is never used."
    this.usage(sig.scope!);
  } finally {
    this.env = old;
  }
};

/**
 * Reports the unused variables of scope and its nested block scopes, in source order.
 * Function literal scopes are skipped: their own funcBody reports them.
 */
Checker.prototype.usage = function (this: Checker, scope: Scope): void {
  const unused: Var[] = [];
  for (const elem of scope.objects()) {
    if (elem.okind === ObjKind.Var && !elem.used) unused.push(elem);
  }
  unused.sort((a, b) => a.pos - b.pos);
  for (const v of unused) this.softErrorf(v.pos, "declared and not used: %s", v.name);

  for (const child of scope.children) {
    if (!child.isFunc) this.usage(child);
  }
};

Checker.prototype.simpleStmt = function (this: Checker, s: SimpleStmt | null): void {
  if (s !== null) this.stmt(0, s as Stmt);
};

/** Checks a statement list; only its last statement (ignoring trailing empty ones) may fall through. */
Checker.prototype.stmtList = function (this: Checker, ctxt: number, list: readonly Stmt[]): void {
  const ok = (ctxt & StmtContext.FallthroughOk) !== 0;
  const inner = ctxt & ~StmtContext.FallthroughOk;
  // trailing empty statements are "invisible" to fallthrough analysis
  let n = list.length;
  while (n > 0 && list[n - 1]!.kind === NodeKind.EmptyStmt) n--;
  for (let i = 0; i < n; i++) {
    let c = inner;
    if (ok && i + 1 === n) c |= StmtContext.FallthroughOk;
    this.stmt(c, list[i]!);
  }
};

/** Reports "multiple defaults" at every default clause after the first. */
export function multipleDefaults(check: Checker, list: readonly (CaseClause | CommClause)[]): void {
  let first: CaseClause | CommClause | null = null;
  for (const c of list) {
    const isDefault = c.kind === NodeKind.CaseClause ? c.cases === null : c.comm === null;
    if (!isDefault) continue;
    if (first !== null) {
      check.errorf(c, "multiple defaults (first at %s)", check.posString(first.pos));
    } else {
      first = c;
    }
  }
}

Checker.prototype.openScope = function (this: Checker, node: Node, comment: string): void {
  this.openScopeUntil(node, endPos(node), comment);
};

Checker.prototype.openScopeUntil = function (this: Checker, node: Node, end: Pos, comment: string): void {
  const scope = new Scope(this.env.scope, node.pos, end, comment);
  this.recordScope(node, scope);
  this.env.scope = scope;
};

Checker.prototype.closeScope = function (this: Checker): void {
  this.env.scope = this.env.scope!.parent;
};

/** Checks the call of a go or defer statement: it must be a call, and not of a function whose result is dropped. */
Checker.prototype.suspendedCall = function (this: Checker, keyword: string, call: Expr): void {
  if (call.kind !== NodeKind.CallExpr) {
    this.errorf(call, "expression in %s must be function call", keyword);
    this.use(call);
    return;
  }

  const x = new Operand();
  let msg: string;
  switch (this.rawExpr(null, x, call, null, false)) {
    case ExprKind.Conversion:
      msg = "requires function call, not conversion";
      break;
    case ExprKind.Expression:
      msg = "discards result of";
      break;
    default:
      return;
  }
  this.errorf(x, "%s %s %s", keyword, msg, x);
};

/** Checks statement s; function literals collected while checking it are checked right after. */
Checker.prototype.stmt = function (this: Checker, ctxt: number, s: Stmt): void {
  const top = this.delayedCount;
  this.stmtInternal(ctxt, s);
  // check the function literals seen so far while their scope is still current
  this.processDelayed(top);
};

Checker.prototype.stmtInternal = function (this: Checker, ctxt: number, s: Stmt): void {
  // reset context for statements of inner blocks
  let inner = ctxt & ~(StmtContext.FallthroughOk | StmtContext.FinalSwitchCase | StmtContext.InTypeSwitch);

  switch (s.kind) {
    case NodeKind.EmptyStmt:
      return;

    case NodeKind.DeclStmt:
      this.declStmt(s.declList);
      return;

    case NodeKind.LabeledStmt:
      this.env.hasLabel = true;
      this.stmt(ctxt, s.stmt);
      return;

    case NodeKind.ExprStmt:
      exprStmt(this, s);
      return;

    case NodeKind.SendStmt:
      sendStmt(this, s);
      return;

    case NodeKind.AssignStmt:
      assignStmt(this, s);
      return;

    case NodeKind.CallStmt:
      callStmt(this, s);
      return;

    case NodeKind.ReturnStmt:
      returnStmt(this, s);
      return;

    case NodeKind.BranchStmt:
      // Labels and misplaced branches are checked by the parser (gc runs types2 with
      // IgnoreBranchErrors); only note that the function uses labels.
      if (s.label !== null) this.env.hasLabel = true;
      else if (this.conf.ignoreBranchErrors === false) this.branchStmtContext(s, ctxt);
      return;

    case NodeKind.BlockStmt:
      this.openScope(s, "block");
      this.stmtList(inner, s.list);
      this.closeScope();
      return;

    case NodeKind.IfStmt: {
      this.openScope(s, "if");
      this.simpleStmt(s.init);
      if (s.cond !== null) {
        const x = new Operand();
        this.expr(null, x, s.cond);
        if (x.mode !== OperandMode.Invalid && !allBoolean(x.type!)) {
          this.errorf(s.cond, "non-boolean condition in if statement");
        }
      }
      this.stmt(inner, s.then);
      if (s.else_ !== null) this.stmt(inner, s.else_);
      this.closeScope();
      return;
    }

    case NodeKind.SwitchStmt:
      inner |= StmtContext.BreakOk;
      this.openScope(s, "switch");
      this.simpleStmt(s.init);
      if (s.tag !== null && s.tag.kind === NodeKind.TypeSwitchGuard) {
        this.typeSwitchStmt(inner | StmtContext.InTypeSwitch, s, s.tag);
      } else {
        this.switchStmt(inner, s);
      }
      this.closeScope();
      return;

    case NodeKind.SelectStmt:
      selectStmt(this, inner | StmtContext.BreakOk, s);
      return;

    case NodeKind.ForStmt:
      inner |= StmtContext.BreakOk | StmtContext.ContinueOk;
      if (s.init !== null && s.init.kind === NodeKind.RangeClause) {
        this.rangeStmt(inner, s, s.init);
        return;
      }
      forStmt(this, inner, s);
      return;
  }
};

function exprStmt(check: Checker, s: ExprStmt): void {
  // spec: "With the exception of specific built-in functions, function and method calls and
  // receive operations can appear in statement context. Such statements may be
  // parenthesized."
  const x = new Operand();
  const kind = check.rawExpr(null, x, s.x, null, false);
  let msg: string;
  switch (x.mode) {
    case OperandMode.Builtin:
      msg = "must be called";
      break;
    case OperandMode.TypExpr:
      msg = "is not an expression";
      break;
    default:
      if (kind === ExprKind.Statement) return;
      msg = "is not used";
  }
  check.errorf(x, "%s %s", x, msg);
}

function sendStmt(check: Checker, s: SendStmt): void {
  const ch = new Operand(), val = new Operand();
  check.expr(null, ch, s.chan);
  check.expr(null, val, s.value);
  if (ch.mode === OperandMode.Invalid || val.mode === OperandMode.Invalid) return;
  const u = coreType(ch.type!);
  if (u === null) {
    check.errorf(s, invalidOp + "cannot send to %s: no core type", ch);
    return;
  }
  if (u.tkind !== TypeKind.Chan) {
    check.errorf(s, invalidOp + "cannot send to non-channel %s", ch);
    return;
  }
  const uch: Chan = u;
  if (uch.dir === ChanDir.RecvOnly) {
    check.errorf(s, invalidOp + "cannot send to receive-only channel %s", ch);
    return;
  }
  check.assignment(val, uch.elem, "send");
}

function assignStmt(check: Checker, s: AssignStmt): void {
  if (s.rhs === null) {
    // x++ or x-- (s.lhs must be single-valued)
    const x = new Operand();
    check.expr(null, x, s.lhs);
    if (x.mode === OperandMode.Invalid) return;
    if (!allNumeric(x.type!)) {
      const op = operatorString(s.op);
      check.errorf(s.lhs, invalidOp + "%s%s%s (non-numeric type %s)", s.lhs, op, op, x.type);
      return;
    }
    check.assignVar(s.lhs, null, x, "assignment");
    return;
  }

  const lhs = unpackListExpr(s.lhs);
  const rhs = unpackListExpr(s.rhs);
  switch (s.op) {
    case Operator.None:
      check.assignVars(lhs, rhs);
      return;
    case Operator.Def:
      check.shortVarDecl(s.pos, lhs, rhs);
      return;
  }

  // assignment operations
  if (lhs.length !== 1 || rhs.length !== 1) {
    check.errorf(s, "assignment operation %s requires single-valued expressions", operatorString(s.op));
    return;
  }

  const x = new Operand();
  check.binary(x, null, lhs[0]!, rhs[0]!, s.op);
  check.assignVar(lhs[0]!, null, x, "assignment");
}

function callStmt(check: Checker, s: CallStmt): void {
  check.suspendedCall(s.tok === Token.Defer ? "defer" : "go", s.call);
}

function returnStmt(check: Checker, s: ReturnStmt): void {
  const res = check.env.sig!.results;
  // A return without results is allowed in a function with named results (if one is
  // named, all are).
  const results = unpackListExpr(s.results);
  if (results.length === 0 && res.length > 0 && res.vars[0]!.name !== "") {
    // spec: "Implementation restriction: A compiler may disallow an empty expression list in
    // a "return" statement if a different entity (constant, type, or variable) with the same
    // name as a result parameter is in scope at the place of the return."
    for (const obj of res.vars) {
      const alt = lookupName(check, obj.name);
      if (alt !== null && alt !== obj) {
        check.newError()
          .addf(s, "result parameter %s not in scope at return", obj.name)
          .addf(alt, "inner declaration of %s", obj)
          .report();
        // ok to continue
      }
    }
  } else {
    check.initVars(res.length > 0 ? res.vars.slice() : [], results, s);
  }
}

function selectStmt(check: Checker, inner: number, s: SelectStmt): void {
  multipleDefaults(check, s.body);

  for (let i = 0; i < s.body.length; i++) {
    const clause = s.body[i]!;

    // clause.comm must be a send statement, a receive (possibly with assignment), or
    // missing (default case)
    let valid = false;
    let rhs: Expr | null = null; // rhs of a receive statement
    const comm = clause.comm;
    if (comm === null || comm.kind === NodeKind.SendStmt) {
      valid = true;
    } else if (comm.kind === NodeKind.AssignStmt) {
      if (comm.rhs !== null && comm.rhs.kind !== NodeKind.ListExpr) rhs = comm.rhs;
    } else if (comm.kind === NodeKind.ExprStmt) {
      rhs = comm.x;
    }

    // if present, rhs must be a receive operation
    if (rhs !== null) {
      const x = unparen(rhs);
      if (x.kind === NodeKind.Operation && x.y === null && x.op === Operator.Recv) valid = true;
    }

    if (!valid) {
      // gc's StartPos of an expression statement is its own position (that of its
      // expression: the '(' of a call), not the start of the expression.
      const at = comm!.kind === NodeKind.ExprStmt ? comm!.pos : comm!;
      check.errorf(at, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    const end = i + 1 < s.body.length ? s.body[i + 1]!.pos : s.rbrace;
    check.openScopeUntil(clause, end, "case");
    if (comm !== null) check.stmt(inner, comm as Stmt);
    check.stmtList(inner, clause.body);
    check.closeScope();
  }
}

function forStmt(check: Checker, inner: number, s: ForStmt): void {
  check.openScope(s, "for");
  check.simpleStmt(s.init);
  if (s.cond !== null) {
    const x = new Operand();
    check.expr(null, x, s.cond);
    if (x.mode !== OperandMode.Invalid && !allBoolean(x.type!)) {
      check.errorf(s.cond, "non-boolean condition in for statement");
    }
  }
  check.simpleStmt(s.post);
  // spec: "The init statement may be a short variable declaration, but the post statement
  // must not." The parser reported the error; avoid follow-up errors.
  const post = s.post;
  if (post !== null && post.kind === NodeKind.AssignStmt && post.op === Operator.Def) {
    check.use(post.lhs);
  }
  check.stmt(inner, s.body);
  check.closeScope();
}

// ---------------------------------------------------------------------------------------------
// End positions (gc's syntax.EndPos), for scope extents

/**
 * The position just after n's last token, approximately, as gc's syntax.EndPos computes it
 * (identifiers and literals end after their text; blocks, switches and composite literals
 * at their closing brace).
 */
export function endPos(n: Node): Pos {
  let m: Node = n;
  for (;;) {
    switch (m.kind) {
      case NodeKind.File: return m.eof;

      // declarations
      case NodeKind.ImportDecl:
        if (m.path === null) return m.pos;
        m = m.path; continue;
      case NodeKind.ConstDecl: case NodeKind.VarDecl:
        if (m.values !== null) { m = m.values; continue; }
        if (m.type !== null) { m = m.type; continue; }
        if (m.nameList.length > 0) { m = m.nameList[m.nameList.length - 1]!; continue; }
        return m.pos;
      case NodeKind.TypeDecl: m = m.type; continue;
      case NodeKind.FuncDecl:
        if (m.body !== null) { m = m.body; continue; }
        m = m.type; continue;

      // expressions
      case NodeKind.BadExpr: return m.pos;
      case NodeKind.Name: return m.pos + m.value.length;
      case NodeKind.BasicLit: return m.pos + m.value.length;
      case NodeKind.CompositeLit: return m.rbrace;
      case NodeKind.KeyValueExpr: m = m.value; continue;
      case NodeKind.FuncLit: m = m.body; continue;
      case NodeKind.ParenExpr: m = m.x; continue;
      case NodeKind.SelectorExpr: m = m.sel; continue;
      case NodeKind.IndexExpr: m = m.index; continue;
      // gc's loop over the indices ends at X in every case (its `continue` only continues
      // the inner loop), so a slice expression "ends" at its operand's end.
      case NodeKind.SliceExpr: m = m.x; continue;
      case NodeKind.AssertExpr: m = m.type; continue;
      case NodeKind.TypeSwitchGuard: m = m.x; continue;
      case NodeKind.Operation:
        if (m.y !== null) { m = m.y; continue; }
        m = m.x; continue;
      case NodeKind.CallExpr:
        if (m.argList.length > 0) { m = m.argList[m.argList.length - 1]!; continue; }
        m = m.fun; continue;
      case NodeKind.ListExpr:
        if (m.elemList.length > 0) { m = m.elemList[m.elemList.length - 1]!; continue; }
        return m.pos;

      // types
      case NodeKind.ArrayType: m = m.elem; continue;
      case NodeKind.SliceType: m = m.elem; continue;
      case NodeKind.DotsType: m = m.elem; continue;
      case NodeKind.StructType:
        if (m.fieldList.length > 0) { m = m.fieldList[m.fieldList.length - 1]!; continue; }
        return m.pos;
      case NodeKind.Field: m = m.type; continue;
      case NodeKind.InterfaceType:
        if (m.methodList.length > 0) { m = m.methodList[m.methodList.length - 1]!; continue; }
        return m.pos;
      case NodeKind.FuncType:
        if (m.resultList.length > 0) { m = m.resultList[m.resultList.length - 1]!; continue; }
        if (m.paramList.length > 0) { m = m.paramList[m.paramList.length - 1]!; continue; }
        return m.pos;
      case NodeKind.MapType: m = m.value; continue;
      case NodeKind.ChanType: m = m.elem; continue;

      // statements
      case NodeKind.EmptyStmt: return m.pos;
      case NodeKind.LabeledStmt: m = m.stmt; continue;
      case NodeKind.BlockStmt: return m.rbrace;
      case NodeKind.ExprStmt: m = m.x; continue;
      case NodeKind.SendStmt: m = m.value; continue;
      case NodeKind.DeclStmt:
        if (m.declList.length > 0) { m = m.declList[m.declList.length - 1]!; continue; }
        return m.pos;
      case NodeKind.AssignStmt:
        if (m.rhs === null) return endPos(m.lhs) + 2; // x++ or x--
        m = m.rhs; continue;
      case NodeKind.BranchStmt:
        if (m.label !== null) { m = m.label; continue; }
        return m.pos;
      case NodeKind.CallStmt: m = m.call; continue;
      case NodeKind.ReturnStmt:
        if (m.results !== null) { m = m.results; continue; }
        return m.pos;
      case NodeKind.IfStmt:
        if (m.else_ !== null) { m = m.else_; continue; }
        m = m.then; continue;
      case NodeKind.ForStmt: m = m.body; continue;
      case NodeKind.SwitchStmt: return m.rbrace;
      case NodeKind.SelectStmt: return m.rbrace;

      // helper nodes
      case NodeKind.RangeClause: m = m.x; continue;
      case NodeKind.CaseClause: case NodeKind.CommClause:
        if (m.body.length > 0) { m = m.body[m.body.length - 1]!; continue; }
        return m.colon;

      default:
        return (m as { pos: Pos }).pos;
    }
  }
}
