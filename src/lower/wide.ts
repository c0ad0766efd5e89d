// The wide calling convention of functions with int64/uint64 parameters or results, and the
// syntax facts word-pair lowering (pairs.ts) decides by. Kept apart from pairs.ts so that the
// program compiler can ask about it without importing the function lowerer.

import * as J from "../js/index.js";
import { Expr, NodeKind, CallExpr, FuncDecl, Token, unparen } from "../syntax/index.js";
import { Type, TypeKind, BasicKind, Signature, Info, under } from "../types/index.js";
import { R, rep } from "./ops.js";
import type { FuncLowerer } from "./func.js";

/** The signedness of a type kept in pairs: null when it is not int64 or a 64-bit unsigned type. */
export function pairKind(t: Type): "s" | "u" | null {
  const r = rep(t);
  if (r === R.U64) return "u";
  const u = under(t);
  if (r === R.I64 && u.tkind === TypeKind.Basic && u.kind === BasicKind.Int64) return "s";
  return null;
}


/** Visits every syntax node under n; literal bodies are visited with inLit set. */
export function walk(n: unknown, f: (node: { kind: NodeKind } & Record<string, unknown>, inLit: boolean) => void, inLit = false): void {
  if (n === null || typeof n !== "object") return;
  if (Array.isArray(n)) { for (const x of n) walk(x, f, inLit); return; }
  const node = n as { kind?: NodeKind } & Record<string, unknown>;
  if (node.kind === undefined) return;
  f(node as { kind: NodeKind } & Record<string, unknown>, inLit);
  const lit = inLit || node.kind === NodeKind.FuncLit;
  for (const k in node) {
    if (k === "kind" || k === "pos") continue;
    const v = node[k];
    if (v !== null && typeof v === "object") walk(v, f, lit);
  }
}

// ---- the wide calling convention ----
//
// A declared function with int64/uint64 parameters or an int64/uint64 result is also
// compiled in a wide form, f$w: each such parameter comes as two arguments (high, low) and
// such a result is left in PAIR, so that a caller doing pair arithmetic neither packs nor
// unpacks (no bigint per call). Direct calls use f$w; f itself becomes a wrapper for every
// other use (function values, go and defer statements, method tables), and is left out of
// tracebacks so a panic shows one frame. Functions with defer statements, recover, named
// results, range-over-func loops or variadic parameters, and functions that may block, keep
// the ordinary form only.

export type PairKind = "s" | "u";
export interface WideABI { name: string; params: (PairKind | null)[]; result: PairKind | null }

/** Whether a declared function (plain, non-generic, with a body) may take the wide form. */
export function wideEligible(d: FuncDecl, sig: Signature, info: Info, mayBlock: boolean): { params: (PairKind | null)[]; result: PairKind | null } | null {
  if (d.body === null || sig.recv !== null || mayBlock || sig.variadic) return null;
  if ((sig.tparams && sig.tparams.length > 0) || d.name.value === "main" || d.name.value === "init") return null;
  const results = sig.results.vars;
  if (results.length > 0 && results[0]!.name !== "") return null;
  const params = sig.params.vars.map((p) => pairKind(p.type!));
  const result = results.length === 1 ? pairKind(results[0]!.type!) : null;
  if (result === null && !params.some((p) => p !== null)) return null;
  let ok = true;
  walk(d.body.list, (n, inLit) => {
    if (!ok || inLit) return;
    if (n.kind === NodeKind.CallStmt && n.tok === DEFER) ok = false;
    else if (n.kind === NodeKind.CallExpr) {
      const f = unparen((n as unknown as CallExpr).fun);
      if (f.kind === NodeKind.Name && f.value === "recover") ok = false;
    } else if (n.kind === NodeKind.RangeClause) {
      const t = info.types.get(n.x as Expr)?.type;
      if (t && under(t).tkind === TypeKind.Signature) ok = false;
    }
  });
  return ok ? { params, result } : null;
}

const DEFER: number = Token.Defer;

/** The ordinary form of a wide function: unpacks, calls f$w, packs. */
export function wideWrapper(fl: FuncLowerer, name: string, w: WideABI, nparams: number): J.Stmt {
  const params: string[] = [];
  const args: J.Expr[] = [];
  for (let i = 0; i < nparams; i++) {
    const p = `p${i}`;
    params.push(p);
    if (w.params[i] !== null) args.push(J.call(fl.rt("hiOf"), [J.ident(p)]), J.call(fl.rt("loOf"), [J.ident(p)]));
    else args.push(J.ident(p));
  }
  const call = J.call(J.ident(w.name), args);
  const R0 = fl.rt("PAIR");
  const body = w.result === null
    ? [J.return_(call)]
    : [J.exprStmt(call), J.return_(fl.packPair({ h: J.index(R0, J.num(0)), l: J.index(R0, J.num(1)) }, w.result === "s"))];
  return J.funcDecl(name, params, body);
}
