// Checks labels and branch statements in a function body, as gc's parser does when asked to
// (and gc always asks): misplaced break, continue and fallthrough; labeled break and continue
// whose label is not an enclosing statement of the right kind; undefined, unused and duplicate
// labels; gotos that jump over variable declarations or into blocks.
//
// The statement each branch transfers control to is recorded in a side table (targets);
// the tree itself is not modified.

import { Source, formatPosition, Pos } from "../source/index.js";
import {
  BlockStmt, BranchStmt, Expr, ForStmt, LabeledStmt, NodeKind, SelectStmt, Stmt, SwitchStmt,
} from "./nodes.js";
import { Operator, Token } from "./token.js";
import { exprString } from "./printer.js";

type ErrorHandler = (pos: Pos, msg: string) => void;
type Targets = Map<unknown, unknown>;

interface Label {
  parent: Block;      // block containing the label declaration
  lstmt: LabeledStmt; // the statement declaring the label
  used: boolean;
}

interface Block {
  parent: Block | null;
  start: Pos;
  lstmt: LabeledStmt | null; // labeled statement associated with this block
}

interface Ctxt {
  breaks: ForStmt | SwitchStmt | SelectStmt | null;
  continues: ForStmt | null;
  caseIndex: number; // index of the case in the immediately enclosing switch, or -1
}

const INVALID = Symbol("invalid target");

// Most blocks have no forward gotos: they share this empty list, which is never modified
// (join and the goto case copy before adding).
const EMPTY: BranchStmt[] = [];

function join(a: BranchStmt[], b: BranchStmt[]): BranchStmt[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b === EMPTY ? EMPTY : b.slice();
  return a.concat(b);
}

export function checkBranches(body: BlockStmt, errh: ErrorHandler, source: Source, targets: Targets | null): void {
  const labels = new Map<string, Label>();
  const posString = (pos: Pos): string => {
    const off = pos - source.base;
    const rel = source.position(off);
    const lc = source.lineCol(off);
    const s = formatPosition(rel);
    if (rel.filename !== source.filename || rel.line !== lc.line || rel.col !== lc.col) {
      return `${s}[${formatPosition({ filename: source.filename, ...lc })}]`;
    }
    return s;
  };
  const setTarget = (s: BranchStmt, t: Stmt) => { if (targets) targets.set(s, t); };

  function declare(b: Block, s: LabeledStmt): Label {
    const name = s.label.value;
    const alt = labels.get(name);
    if (alt !== undefined) {
      errh(s.label.pos, `label ${name} already defined at ${posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    labels.set(name, l);
    return l;
  }

  // The labeled statement named name declared in b or an enclosing block, or null.
  function gotoTarget(b: Block | null, name: string): LabeledStmt | null {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true; // even if it's not a valid target
      for (; b !== null; b = b.parent) if (l.parent === b) return l.lstmt;
    }
    return null;
  }

  // The innermost enclosing labeled statement named name; null if the label is not defined,
  // INVALID if it is defined but does not label an enclosing statement.
  function enclosingTarget(b: Block | null, name: string): LabeledStmt | null | typeof INVALID {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true; // even if it's not a valid target (see test/fixedbugs/bug136.go)
      for (; b !== null; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
      return INVALID;
    }
    return null;
  }

  function blockBranches(parent: Block | null, ctxt: Ctxt, lstmt: LabeledStmt | null, start: Pos, body: readonly Stmt[]): BranchStmt[] {
    const b: Block = { parent, start, lstmt };
    let varPos: Pos = 0;
    let varName: Expr | null = null;
    let fwdGotos: BranchStmt[] = EMPTY;
    let badGotos: BranchStmt[] = EMPTY;

    // A fallthrough counts as the last statement even when empty statements follow it.
    let n = body.length;
    while (n > 0 && body[n - 1]!.kind === NodeKind.EmptyStmt) n--;

    for (let stmtIndex = 0; stmtIndex < n; stmtIndex++) {
      let stmt: Stmt = body[stmtIndex]!;
      lstmt = null;
      let inner: Ctxt | null = null; // set for statements with nested blocks
      let recordPos: Pos = 0, recordName: Expr | null = null;
      for (;;) {
        switch (stmt.kind) {
          case NodeKind.DeclStmt:
            for (const d of stmt.declList) {
              if (d.kind === NodeKind.VarDecl) {
                recordPos = d.pos;
                recordName = d.nameList[0]!;
                break; // the first VarDecl will do
              }
            }
            break;

          case NodeKind.LabeledStmt: {
            const s = stmt;
            const name = s.label.value;
            if (name !== "_") {
              const l = declare(b, s);
              // resolve matching forward gotos
              if (fwdGotos.length > 0) {
                const keep: BranchStmt[] = [];
                for (const fwd of fwdGotos) {
                  if (fwd.label!.value === name) {
                    setTarget(fwd, s);
                    l.used = true;
                    if (varPos !== 0 && badGotos.includes(fwd)) {
                      errh(fwd.label!.pos, `goto ${name} jumps over declaration of ${exprString(varName!)} at ${posString(varPos)}`);
                    }
                  } else {
                    keep.push(fwd);
                  }
                }
                fwdGotos = keep;
              }
              lstmt = s;
            }
            // process the labeled statement
            stmt = s.stmt;
            continue;
          }

          case NodeKind.BranchStmt: {
            const s = stmt;
            if (s.label === null) {
              // unlabeled branch statement
              switch (s.tok) {
                case Token.Break:
                  if (ctxt.breaks !== null) setTarget(s, ctxt.breaks);
                  else errh(s.pos, "break is not in a loop, switch, or select");
                  break;
                case Token.Continue:
                  if (ctxt.continues !== null) setTarget(s, ctxt.continues);
                  else errh(s.pos, "continue is not in a loop");
                  break;
                case Token.Fallthrough: {
                  let msg: string | null = "fallthrough statement out of place";
                  const t = ctxt.breaks;
                  if (t !== null && t.kind === NodeKind.SwitchStmt) {
                    if (t.tag !== null && t.tag.kind === NodeKind.TypeSwitchGuard) {
                      msg = "cannot fallthrough in type switch";
                    } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                      // a fallthrough inside a nested block, or followed by other statements
                    } else if (ctxt.caseIndex + 1 === t.body.length) {
                      msg = "cannot fallthrough final case in switch";
                    } else {
                      msg = null; // fallthrough ok
                    }
                  }
                  if (msg !== null) errh(s.pos, msg);
                  break;
                }
                default:
                  // goto always has a label (the parser guarantees it)
                  break;
              }
              break;
            }

            // labeled branch statement
            const name = s.label.value;
            switch (s.tok) {
              case Token.Break: {
                // The label must be that of an enclosing for, switch or select statement.
                const t = enclosingTarget(b, name);
                if (t !== null) {
                  const ts = t === INVALID ? null : t.stmt;
                  if (ts !== null && (ts.kind === NodeKind.SwitchStmt || ts.kind === NodeKind.SelectStmt || ts.kind === NodeKind.ForStmt)) {
                    setTarget(s, ts);
                  } else {
                    errh(s.label.pos, `invalid break label ${name}`);
                  }
                } else {
                  errh(s.label.pos, `break label not defined: ${name}`);
                }
                break;
              }
              case Token.Continue: {
                // The label must be that of an enclosing for statement.
                const t = enclosingTarget(b, name);
                if (t !== null) {
                  const ts = t === INVALID ? null : t.stmt;
                  if (ts !== null && ts.kind === NodeKind.ForStmt) setTarget(s, ts);
                  else errh(s.label.pos, `invalid continue label ${name}`);
                } else {
                  errh(s.label.pos, `continue label not defined: ${name}`);
                }
                break;
              }
              case Token.Goto: {
                const t = gotoTarget(b, name);
                if (t !== null) setTarget(s, t);
                else {
                  // the label may be declared later
                  if (fwdGotos === EMPTY) fwdGotos = [];
                  fwdGotos.push(s);
                }
                break;
              }
            }
            break;
          }

          case NodeKind.AssignStmt:
            if (stmt.op === Operator.Def) {
              recordPos = stmt.pos;
              recordName = stmt.lhs;
            }
            break;

          case NodeKind.BlockStmt:
            inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
            fwdGotos = join(fwdGotos, blockBranches(b, inner, lstmt, stmt.pos, stmt.list));
            break;

          case NodeKind.IfStmt:
            inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
            fwdGotos = join(fwdGotos, blockBranches(b, inner, lstmt, stmt.then.pos, stmt.then.list));
            if (stmt.else_ !== null) fwdGotos = join(fwdGotos, blockBranches(b, inner, lstmt, stmt.else_.pos, [stmt.else_]));
            break;

          case NodeKind.ForStmt:
            inner = { breaks: stmt, continues: stmt, caseIndex: -1 };
            fwdGotos = join(fwdGotos, blockBranches(b, inner, lstmt, stmt.body.pos, stmt.body.list));
            break;

          case NodeKind.SwitchStmt: {
            const s = stmt;
            for (let i = 0; i < s.body.length; i++) {
              const cc = s.body[i]!;
              fwdGotos = join(fwdGotos, blockBranches(b, { breaks: s, continues: ctxt.continues, caseIndex: i }, lstmt, cc.pos, cc.body));
            }
            break;
          }

          case NodeKind.SelectStmt: {
            const s = stmt;
            for (const cc of s.body) {
              fwdGotos = join(fwdGotos, blockBranches(b, { breaks: s, continues: ctxt.continues, caseIndex: -1 }, lstmt, cc.pos, cc.body));
            }
            break;
          }
        }
        break;
      }
      if (recordName !== null) {
        // Any forward goto so far jumps over this declaration: it may still be fine if it
        // jumps out of the block, which we don't know yet.
        varPos = recordPos;
        varName = recordName;
        badGotos = fwdGotos.length > 0 ? fwdGotos.slice() : EMPTY;
      }
    }
    return fwdGotos;
  }

  const fwdGotos = blockBranches(null, { breaks: null, continues: null, caseIndex: -1 }, null, body.pos, body.list);

  // Forward gotos left over found no label: it is undefined, or inside a block they can't
  // jump into.
  for (const fwd of fwdGotos) {
    const name = fwd.label!.value;
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true; // avoid a "defined and not used" error
      errh(fwd.label!.pos, `goto ${name} jumps into block starting at ${posString(l.parent.start)}`);
    } else {
      errh(fwd.label!.pos, `label ${name} not defined`);
    }
  }

  // spec: "It is illegal to define a label that is never used."
  for (const l of labels.values()) {
    if (!l.used) errh(l.lstmt.label.pos, `label ${l.lstmt.label.value} defined and not used`);
  }
}
