// Terminating statements (types2's return.go): the spec's rules that decide whether a
// function with results needs a final "missing return" error.
//
// The rules are syntactic except for one fact only the checker knows: whether a call is a
// call of the predeclared panic. builtins.ts records such calls in env.isPanic while the body
// is checked, so isTerminating runs after the body's statements.

import { Checker } from "./check.js";
import { CaseClause, CommClause, NodeKind, Stmt, Token, unparen } from "../syntax/index.js";

declare module "./check.js" {
  interface Checker {
    isTerminatingList(list: readonly Stmt[], label: string): boolean;
    isTerminatingSwitch(body: readonly CaseClause[], label: string): boolean;
  }
}

/**
 * Reports whether s is a terminating statement. If s is labeled, label is the label's name
 * (a `break L` inside then leaves s); otherwise label is "".
 */
Checker.prototype.isTerminating = function (this: Checker, s: Stmt, label: string): boolean {
  switch (s.kind) {
    case NodeKind.DeclStmt: case NodeKind.EmptyStmt: case NodeKind.SendStmt:
    case NodeKind.AssignStmt: case NodeKind.CallStmt:
      return false;

    case NodeKind.LabeledStmt:
      return this.isTerminating(s.stmt, s.label.value);

    case NodeKind.ExprStmt: {
      // A call of the predeclared (possibly parenthesized) panic function terminates.
      const x = unparen(s.x);
      return x.kind === NodeKind.CallExpr && this.env.isPanic !== null && this.env.isPanic.has(x);
    }

    case NodeKind.ReturnStmt:
      return true;

    case NodeKind.BranchStmt:
      return s.tok === Token.Goto || s.tok === Token.Fallthrough;

    case NodeKind.BlockStmt:
      return this.isTerminatingList(s.list, "");

    case NodeKind.IfStmt:
      return s.else_ !== null && this.isTerminating(s.then, "") && this.isTerminating(s.else_, "");

    case NodeKind.SwitchStmt:
      return this.isTerminatingSwitch(s.body, label);

    case NodeKind.SelectStmt:
      for (const cc of s.body) {
        if (!this.isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
      }
      return true;

    case NodeKind.ForStmt:
      // A range loop always ends, so it is never terminating (go.dev/issue/49003).
      if (s.init !== null && s.init.kind === NodeKind.RangeClause) return false;
      return s.cond === null && !hasBreak(s.body, label, true);
  }
  return false;
};

/** The last non-empty statement of list terminates (trailing empty statements are allowed). */
Checker.prototype.isTerminatingList = function (this: Checker, list: readonly Stmt[], label: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    const s = list[i]!;
    if (s.kind !== NodeKind.EmptyStmt) return this.isTerminating(s, label);
  }
  return false; // all statements are empty
};

/** A switch terminates if it has a default case and every clause terminates without a break. */
Checker.prototype.isTerminatingSwitch = function (this: Checker, body: readonly CaseClause[], label: string): boolean {
  let hasDefault = false;
  for (const cc of body) {
    if (cc.cases === null) hasDefault = true;
    if (!this.isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
  }
  return hasDefault;
};

/**
 * Reports whether s is or contains a break statement referring to the statement labeled
 * label, or (if implicit) an unlabeled break of the closest enclosing breakable statement.
 * Breaks inside nested breakable statements only count when they name the label.
 */
export function hasBreak(s: Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case NodeKind.LabeledStmt:
      return hasBreak(s.stmt, label, implicit);

    case NodeKind.BranchStmt:
      if (s.tok === Token.Break) {
        if (s.label === null) return implicit;
        if (s.label.value === label) return true;
      }
      return false;

    case NodeKind.BlockStmt:
      return hasBreakList(s.list, label, implicit);

    case NodeKind.IfStmt:
      return hasBreak(s.then, label, implicit) || (s.else_ !== null && hasBreak(s.else_, label, implicit));

    case NodeKind.SwitchStmt:
      return label !== "" && hasBreakCaseList(s.body, label);

    case NodeKind.SelectStmt:
      return label !== "" && hasBreakCommList(s.body, label);

    case NodeKind.ForStmt:
      return label !== "" && hasBreak(s.body, label, false);
  }
  return false;
}

export function hasBreakList(list: readonly Stmt[], label: string, implicit: boolean): boolean {
  for (const s of list) if (hasBreak(s, label, implicit)) return true;
  return false;
}

function hasBreakCaseList(list: readonly CaseClause[], label: string): boolean {
  for (const c of list) if (hasBreakList(c.body, label, false)) return true;
  return false;
}

function hasBreakCommList(list: readonly CommClause[], label: string): boolean {
  for (const c of list) if (hasBreakList(c.body, label, false)) return true;
  return false;
}
