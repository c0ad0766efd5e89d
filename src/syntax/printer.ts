// Prints syntax trees as Go source on one line, the way gc's syntax.String does (its
// "short form"): function bodies and composite literal contents shrink to {…}. Error messages
// of the parser and the type checker quote expressions in this form, so its spacing matters:
// binary operators get blanks, unary ones don't, lists are ", "-separated.

import { unreachable } from "../base/index.js";
import { ChanDir, Expr, Field, FuncType, Node, NodeKind, Stmt, unparen } from "./nodes.js";
import { Operator, Token, operatorString, tokenString } from "./token.js";

/** An expression in gc's short form. */
/** "{…}" as a byte string: the ellipsis is U+2026, whose UTF-8 bytes are E2 80 A6. */
const ELLIPSIS_BRACES = "{\xe2\x80\xa6}";

export function exprString(x: Expr): string {
  const out: string[] = [];
  printExpr(out, x);
  return out.join("");
}

/** Any node (expression or simple statement) in gc's short form. */
export function nodeString(n: Node): string {
  const out: string[] = [];
  printNode(out, n);
  return out.join("");
}

function printExprList(out: string[], list: readonly Expr[]): void {
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.push(", ");
    printExpr(out, list[i]!);
  }
}

function printExpr(out: string[], x: Expr): void {
  switch (x.kind) {
    case NodeKind.BadExpr: out.push("<bad expr>"); return;
    case NodeKind.Name: out.push(x.value); return;
    case NodeKind.BasicLit: out.push(x.value); return;
    case NodeKind.FuncLit:
      printExpr(out, x.type);
      out.push(" ", x.body.list.length > 0 ? ELLIPSIS_BRACES : "{}");
      return;
    case NodeKind.CompositeLit:
      if (x.type !== null) printExpr(out, x.type);
      out.push(x.elemList.length > 0 ? ELLIPSIS_BRACES : "{}");
      return;
    case NodeKind.ParenExpr:
      out.push("(");
      printExpr(out, x.x);
      out.push(")");
      return;
    case NodeKind.SelectorExpr:
      printExpr(out, x.x);
      out.push(".", x.sel.value);
      return;
    case NodeKind.IndexExpr:
      printExpr(out, x.x);
      out.push("[");
      printExpr(out, x.index);
      out.push("]");
      return;
    case NodeKind.SliceExpr: {
      printExpr(out, x.x);
      out.push("[");
      const [i, j, k] = x.index;
      if (i !== null) printExpr(out, i);
      out.push(":");
      if (j !== null) printExpr(out, j);
      if (k !== null) { out.push(":"); printExpr(out, k); }
      out.push("]");
      return;
    }
    case NodeKind.AssertExpr:
      printExpr(out, x.x);
      out.push(".(");
      printExpr(out, x.type);
      out.push(")");
      return;
    case NodeKind.TypeSwitchGuard:
      if (x.lhs !== null) out.push(x.lhs.value, " := ");
      printExpr(out, x.x);
      out.push(".(type)");
      return;
    case NodeKind.CallExpr:
      printExpr(out, x.fun);
      out.push("(");
      printExprList(out, x.argList);
      if (x.hasDots) out.push("...");
      out.push(")");
      return;
    case NodeKind.Operation:
      if (x.y === null) {
        out.push(operatorString(x.op));
        printExpr(out, x.x);
      } else {
        printExpr(out, x.x);
        out.push(" ", operatorString(x.op), " ");
        printExpr(out, x.y);
      }
      return;
    case NodeKind.KeyValueExpr:
      printExpr(out, x.key);
      out.push(": ");
      printExpr(out, x.value);
      return;
    case NodeKind.ListExpr:
      printExprList(out, x.elemList);
      return;
    case NodeKind.ArrayType:
      out.push("[");
      if (x.len === null) out.push("..."); else printExpr(out, x.len);
      out.push("]");
      printExpr(out, x.elem);
      return;
    case NodeKind.SliceType:
      out.push("[]");
      printExpr(out, x.elem);
      return;
    case NodeKind.DotsType:
      out.push("...");
      printExpr(out, x.elem);
      return;
    case NodeKind.StructType:
      out.push("struct{");
      printFieldList(out, x.fieldList, x.tagList);
      out.push("}");
      return;
    case NodeKind.FuncType:
      out.push("func");
      printSignature(out, x);
      return;
    case NodeKind.InterfaceType:
      out.push("interface{");
      for (let i = 0; i < x.methodList.length; i++) {
        if (i > 0) out.push("; ");
        const m = x.methodList[i]!;
        if (m.name !== null) {
          out.push(m.name.value);
          printSignature(out, m.type as FuncType);
        } else {
          printExpr(out, m.type);
        }
      }
      out.push("}");
      return;
    case NodeKind.MapType:
      out.push("map[");
      printExpr(out, x.key);
      out.push("]");
      printExpr(out, x.value);
      return;
    case NodeKind.ChanType: {
      if (x.dir === ChanDir.RecvOnly) out.push("<-");
      out.push("chan");
      if (x.dir === ChanDir.SendOnly) out.push("<-");
      out.push(" ");
      const e = x.elem;
      if (x.dir === ChanDir.Both && e.kind === NodeKind.ChanType && e.dir === ChanDir.RecvOnly) {
        // don't print chan (<-chan T) as chan <-chan T
        out.push("(");
        printExpr(out, e);
        out.push(")");
      } else {
        printExpr(out, e);
      }
      return;
    }
  }
  unreachable(x, "printExpr");
}

function printFieldList(out: string[], fields: readonly Field[], tags: readonly (unknown)[]): void {
  // Consecutive fields sharing one type node were declared together: print them as a group.
  let i0 = 0;
  let first = true;
  const flush = (i: number, j: number) => {
    if (!first) out.push("; ");
    first = false;
    const f = fields[i]!;
    if (i + 1 === j && f.name === null) {
      printExpr(out, f.type);
    } else {
      for (let k = i; k < j; k++) {
        if (k > i) out.push(", ");
        out.push(fields[k]!.name!.value);
      }
      out.push(" ");
      printExpr(out, f.type);
    }
    const tag = tags[i] as Expr | null | undefined;
    if (tag) { out.push(" "); printExpr(out, tag); }
  };
  for (let i = 1; i <= fields.length; i++) {
    const f = fields[i];
    if (f === undefined || f.name === null || f.type !== fields[i - 1]!.type || fields[i - 1]!.name === null) {
      flush(i0, i);
      i0 = i;
    }
  }
}

function printSignature(out: string[], sig: FuncType): void {
  printParameterList(out, sig.paramList);
  const rl = sig.resultList;
  if (rl.length > 0) {
    out.push(" ");
    if (rl.length === 1 && rl[0]!.name === null) printExpr(out, rl[0]!.type);
    else printParameterList(out, rl);
  }
}

function printParameterList(out: string[], list: readonly Field[]): void {
  out.push("(");
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.push(", ");
    const f = list[i]!;
    if (f.name !== null) {
      out.push(f.name.value);
      const f1 = list[i + 1];
      if (f1 !== undefined && f1.name !== null && f1.type === f.type) continue; // shared type
      out.push(" ");
    }
    printExpr(out, unparen(f.type));
  }
  out.push(")");
}

function printNode(out: string[], n: Node): void {
  switch (n.kind) {
    case NodeKind.ExprStmt: printExpr(out, n.x); return;
    case NodeKind.SendStmt:
      printExpr(out, n.chan);
      out.push(" <- ");
      printExpr(out, n.value);
      return;
    case NodeKind.AssignStmt:
      printExpr(out, n.lhs);
      if (n.rhs === null) {
        out.push(operatorString(n.op), operatorString(n.op));
      } else {
        out.push(" ", n.op === Operator.None ? "" : operatorString(n.op), "= ");
        printExpr(out, n.rhs);
      }
      return;
    case NodeKind.RangeClause:
      if (n.lhs !== null) {
        printExpr(out, n.lhs);
        out.push(n.def ? " := " : " = ");
      }
      out.push("range ");
      printExpr(out, n.x);
      return;
    case NodeKind.EmptyStmt: return;
    case NodeKind.CallStmt:
      out.push(tokenString(n.tok), " ");
      printExpr(out, n.call);
      return;
    case NodeKind.ReturnStmt:
      out.push("return");
      if (n.results !== null) { out.push(" "); printExpr(out, n.results); }
      return;
    case NodeKind.BranchStmt:
      out.push(tokenString(n.tok));
      if (n.label !== null) out.push(" ", n.label.value);
      return;
    case NodeKind.BlockStmt:
      out.push(n.list.length > 0 ? ELLIPSIS_BRACES : "{}");
      return;
    case NodeKind.Field:
      if (n.name !== null) out.push(n.name.value, " ");
      printExpr(out, n.type);
      return;
    default:
      if (isExpr(n)) { printExpr(out, n); return; }
      // Other statements and declarations are not quoted in messages; name their kind.
      out.push(`<${NodeKind[n.kind]}>`);
  }
}

function isExpr(n: Node): n is Expr {
  return n.kind >= NodeKind.BadExpr && n.kind <= NodeKind.ChanType && n.kind !== NodeKind.Field;
}

export type { Stmt, Token };
