// Label and branch checks of the type checker (types2's labels.go and its unlabeled-branch
// checks). gc never uses them — its parser checks branches (see src/syntax/branches.ts), so
// it runs the checker with ignoreBranchErrors — but types2's own test data expects them, with
// types2's wording ("label L declared and not used", "goto L jumps into block").

import type { Pos } from "../source/index.js";
import { BlockStmt, BranchStmt, LabeledStmt, NodeKind, Operator, Stmt, Token } from "../syntax/index.js";
import { Checker, StmtContext } from "./check.js";
import { Label } from "./object.js";

declare module "./check.js" {
  interface Checker {
    /** Checks the labeled branches of a function body (only when branch errors are wanted). */
    labels(body: BlockStmt): void;
    /** Checks an unlabeled break, continue or fallthrough against its statement context. */
    branchStmtContext(s: BranchStmt, ctxt: number): void;
  }
}

interface Block {
  parent: Block | null;
  lstmt: LabeledStmt | null; // labeled statement this block belongs to
  labels: Map<string, LabeledStmt> | null;
}

function gotoTarget(b: Block | null, name: string): LabeledStmt | null {
  for (let s = b; s !== null; s = s.parent) {
    const t = s.labels?.get(name);
    if (t !== undefined) return t;
  }
  return null;
}

function enclosingTarget(b: Block | null, name: string): LabeledStmt | null {
  for (let s = b; s !== null; s = s.parent) {
    if (s.lstmt !== null && s.lstmt.label.value === name) return s.lstmt;
  }
  return null;
}

Checker.prototype.branchStmtContext = function (this: Checker, s: BranchStmt, ctxt: number): void {
  switch (s.tok) {
    case Token.Break:
      if ((ctxt & StmtContext.BreakOk) === 0) this.errorf(s, "break is not in a loop, switch, or select");
      break;
    case Token.Continue:
      if ((ctxt & StmtContext.ContinueOk) === 0) this.errorf(s, "continue is not in a loop");
      break;
    case Token.Fallthrough:
      if ((ctxt & StmtContext.FallthroughOk) === 0) {
        let msg = "fallthrough statement out of place";
        if ((ctxt & StmtContext.FinalSwitchCase) !== 0) msg = "cannot fallthrough final case in switch";
        else if ((ctxt & StmtContext.InTypeSwitch) !== 0) msg = "cannot fallthrough in type switch";
        this.errorf(s, "%s", msg);
      }
      break;
  }
};

Checker.prototype.labels = function (this: Checker, body: BlockStmt): void {
  const all = new Map<string, Label>();
  const lineOf = (pos: Pos) => (this.fset?.position(pos)?.line ?? 0);

  const blockBranches = (parent: Block | null, lstmt: LabeledStmt | null, list: readonly Stmt[]): BranchStmt[] => {
    const b: Block = { parent, lstmt, labels: null };
    let varDeclPos: Pos = 0;
    let fwdJumps: BranchStmt[] = [];
    let badJumps: BranchStmt[] = [];

    const recordVarDecl = (pos: Pos) => {
      varDeclPos = pos;
      badJumps = fwdJumps.slice();
    };

    const stmtBranches = (s: Stmt): void => {
      switch (s.kind) {
        case NodeKind.DeclStmt:
          for (const d of s.declList) if (d.kind === NodeKind.VarDecl) recordVarDecl(d.pos);
          return;

        case NodeKind.LabeledStmt: {
          const name = s.label.value;
          if (name !== "_") {
            const lbl = new Label(s.label.pos, this.pkg, name);
            const alt = all.get(name);
            if (alt !== undefined) {
              const err = this.newError().addf(lbl, "label %s already declared", name).addAltDecl(alt);
              err.soft = true;
              err.report();
            } else {
              all.set(name, lbl);
              if (b.labels === null) b.labels = new Map();
              b.labels.set(name, s);
              this.recordDef(s.label, lbl);
            }
            const keep: BranchStmt[] = [];
            for (const jmp of fwdJumps) {
              if (jmp.label!.value === name) {
                lbl.used = true;
                this.recordUse(jmp.label!, lbl);
                if (varDeclPos !== 0 && badJumps.includes(jmp)) {
                  this.softErrorf(jmp.label!, "goto %s jumps over variable declaration at line %d", name, lineOf(varDeclPos));
                }
              } else {
                keep.push(jmp);
              }
            }
            fwdJumps = keep;
            lstmt = s;
          }
          stmtBranches(s.stmt);
          return;
        }

        case NodeKind.BranchStmt: {
          if (s.label === null) return; // checked with the statement's context
          const name = s.label.value;
          switch (s.tok) {
            case Token.Break: {
              const t = enclosingTarget(b, name);
              const k = t?.stmt.kind;
              if (!(k === NodeKind.SwitchStmt || k === NodeKind.SelectStmt || k === NodeKind.ForStmt)) {
                this.errorf(s.label, "invalid break label %s", name);
                return;
              }
              break;
            }
            case Token.Continue: {
              const t = enclosingTarget(b, name);
              if (t?.stmt.kind !== NodeKind.ForStmt) {
                this.errorf(s.label, "invalid continue label %s", name);
                return;
              }
              break;
            }
            case Token.Goto:
              if (gotoTarget(b, name) === null) {
                fwdJumps.push(s);
                return;
              }
              break;
            default:
              return;
          }
          const obj = all.get(name);
          if (obj !== undefined) {
            obj.used = true;
            this.recordUse(s.label, obj);
          }
          return;
        }

        case NodeKind.AssignStmt:
          if (s.op === Operator.Def) recordVarDecl(s.pos);
          return;

        case NodeKind.BlockStmt:
          fwdJumps.push(...blockBranches(b, lstmt, s.list));
          return;

        case NodeKind.IfStmt:
          stmtBranches(s.then);
          if (s.else_ !== null) stmtBranches(s.else_);
          return;

        case NodeKind.SwitchStmt: {
          const inner: Block = { parent: b, lstmt, labels: null };
          for (const cc of s.body) fwdJumps.push(...blockBranches(inner, null, cc.body));
          return;
        }

        case NodeKind.SelectStmt: {
          const inner: Block = { parent: b, lstmt, labels: null };
          for (const cc of s.body) fwdJumps.push(...blockBranches(inner, null, cc.body));
          return;
        }

        case NodeKind.ForStmt:
          stmtBranches(s.body);
          return;
      }
    };

    for (const s of list) stmtBranches(s);
    return fwdJumps;
  };

  const fwdJumps = blockBranches(null, null, body.list);
  for (const jmp of fwdJumps) {
    const name = jmp.label!.value;
    const alt = all.get(name);
    if (alt !== undefined) {
      alt.used = true; // avoid another error
      this.errorf(jmp.label!, "goto %s jumps into block", name);
    } else {
      this.errorf(jmp.label!, "label %s not declared", name);
    }
  }
  for (const lbl of all.values()) {
    if (!lbl.used) this.softErrorf(lbl.pos, "label %s declared and not used", lbl.name);
  }
};
