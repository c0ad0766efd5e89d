// Package defer: gc's choice of defer strategy for every function of a package (classify.ts),
// shared by the code generator (src/lower), `gots build -gcflags=-d=defer` and `gots defers`.

import { CallStmt, File, FuncDecl, FuncLit, NodeKind, Operator } from "../syntax/index.js";
import { Info, Signature, Func } from "../types/index.js";
import { Pos } from "../source/index.js";
import { classifyBody, DeferDecision, DeferOptions, FuncDefers } from "./classify.js";

export { DeferKind, kindText, maxOpenDefers } from "./classify.js";
export type { DeferDecision, DeferOptions, FuncDefers } from "./classify.js";

export interface PackageDefers {
  /** Per function body: declarations and literals (literals in dead code are absent). */
  readonly funcs: Map<FuncDecl | FuncLit, FuncDefers>;
  /** Every defer statement in live code, in source order. */
  readonly sites: { pos: Pos; stmt: CallStmt; decision: DeferDecision; func: FuncDecl | FuncLit; funcName: string }[];
}

/**
 * Classifies every function of a package. `include` picks the declarations gc compiles (a
 * generic function only when instantiated); the literals inside them follow.
 */
export function classifyPackage(
  files: readonly File[], info: Info, lineOf: (p: Pos) => number, opts: DeferOptions,
  include: (d: FuncDecl) => boolean = () => true,
): PackageDefers {
  const funcs = new Map<FuncDecl | FuncLit, FuncDefers>();
  const sites: PackageDefers["sites"] = [];
  const one = (fn: FuncDecl | FuncLit, sig: Signature | undefined, funcName: string): void => {
    const body = fn.body;
    if (body === null) return;
    const lits: FuncLit[] = [];
    const fd = classifyBody(body, sig?.results.vars ?? [], info, lineOf, opts, lits);
    funcs.set(fn, fd);
    for (const [stmt, decision] of fd.defers) sites.push({ pos: stmt.pos, stmt, decision, func: fn, funcName });
    // Function literals are named as gc names them: f.func1, f.func2, and f.func1.1 inside those.
    lits.forEach((lit, i) => one(lit, info.types.get(lit)?.type as Signature | undefined, fn.kind === NodeKind.FuncDecl ? `${funcName}.func${i + 1}` : `${funcName}.${i + 1}`));
  };
  for (const f of files) {
    for (const d of f.declList) {
      if (d.kind !== NodeKind.FuncDecl || !include(d)) continue;
      const o = info.defs.get(d.name);
      one(d, o instanceof Func ? (o.type as Signature) : undefined, declName(d, info));
    }
  }
  sites.sort((a, b) => a.pos - b.pos);
  return { funcs, sites };
}

/** A declared function's name as gc's tracebacks print it, without the package: f, T.M, (*T).M. */
function declName(d: FuncDecl, info: Info): string {
  if (d.recv === null) return d.name.value;
  let t = d.recv.type;
  let ptr = false;
  if (t !== null && t.kind === NodeKind.Operation && t.op === Operator.Mul && t.y === null) { ptr = true; t = t.x; }
  while (t !== null && (t.kind === NodeKind.IndexExpr || t.kind === NodeKind.ParenExpr)) t = t.x;
  const base = t !== null && t.kind === NodeKind.Name ? t.value : "?";
  void info;
  return ptr ? `(*${base}).${d.name.value}` : `${base}.${d.name.value}`;
}
