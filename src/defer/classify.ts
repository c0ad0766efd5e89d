// Which of gc's three defer strategies each defer statement gets (open-coded, stack-allocated
// or heap-allocated), decided as gc 1.23 decides (specification: docs/defer.md):
//
//  1. Dead code is dropped first, as gc's front end drops it: the branch of an `if` whose
//     condition is a constant, and the statements after a terminating statement (return,
//     goto, panic, an if or block that terminates) that come after the list's last label.
//     Dropped defers and returns do not exist for the rest of the decision.
//  2. Each defer statement has a loop depth: `for` bodies are one deeper; a label that a later
//     goto jumps back to ("looping label") makes the rest of its statement list one deeper;
//     if/switch/select bodies restore the depth when they end, a bare block does not.
//     A defer deeper than the function body, or inside a range-over-func loop body, needs a
//     heap record.
//  3. A function is open-coded when it has defers and none of: more than 8 defer statements,
//     a defer needing a heap record, a defer in a range-over-func body, a named result moved
//     to the heap, returns × defers > 15, or open-coding turned off (-N, -d=noopendefer).
//  4. Otherwise each defer is stack-allocated, except those needing a heap record.
//
// Function literals are functions of their own. A range-over-func loop body is a function
// literal in gc's rewrite, but its defers belong to the enclosing function.

import { Pos } from "../source/index.js";
import {
  BlockStmt, CallExpr, CallStmt, Expr, ForStmt, FuncLit, IfStmt, LabeledStmt, Name, NodeKind, Operation,
  Operator, Stmt, Token, unparen,
} from "../syntax/index.js";
import { Builtin, BuiltinId, Info, TypeKind, Var, under } from "../types/index.js";
import { BoolVal } from "../constant/value.js";

export const enum DeferKind { OpenCoded, Stack, Heap }

export const kindText = ["open-coded", "stack-allocated", "heap-allocated"] as const;

/** The decision for one defer statement. */
export interface DeferDecision {
  readonly kind: DeferKind;
  /** Why, in words ("inside the for loop at line 12"). */
  readonly reason: string;
  /** Inside a range-over-func loop body: the record goes on that loop's list (gc's deferprocat). */
  readonly rangeFuncLoop: ForStmt | null;
}

/** The decision for one function (declaration or literal). */
export interface FuncDefers {
  readonly open: boolean;
  readonly defers: Map<CallStmt, DeferDecision>;
  /** Outermost range-over-func loops whose bodies defer: each execution pushes a list head. */
  readonly rangeFuncHeads: Set<ForStmt>;
  readonly numDefers: number;
  readonly numReturns: number;
}

export interface DeferOptions {
  /** -N or -d=noopendefer: no function is open-coded. */
  readonly noOpen: boolean;
  /** The flag to name in reasons ("-N" or "-d=noopendefer"). */
  readonly noOpenFlag?: string;
}

export const maxOpenDefers = 8;
const maxReturnsTimesDefers = 15;

type LineOf = (p: Pos) => number;

interface DeferSite {
  stmt: CallStmt;
  /** Why it needs a heap record, or null. */
  heap: string | null;
  rangeFuncLoop: ForStmt | null;
}

/**
 * Classifies the defers of one function body. `results` are the function's result variables
 * (named or not); `lits` collects the function literals met, which are classified separately.
 */
export function classifyBody(body: BlockStmt, results: readonly Var[], info: Info, lineOf: LineOf, opts: DeferOptions, lits: FuncLit[]): FuncDefers {
  const w = new Walker(info, lineOf, lits);
  const live = w.liveList(body.list);
  w.findLoopingLabels(live);
  w.stmts(live);
  const defers = new Map<CallStmt, DeferDecision>();
  const n = w.sites.length;
  let notOpen: string | null = null;
  if (n === 0) return { open: false, defers, rangeFuncHeads: w.heads, numDefers: 0, numReturns: w.returns };
  const firstHeap = w.sites.find((s) => s.heap !== null);
  if (opts.noOpen) notOpen = `open-coding is disabled (${opts.noOpenFlag ?? "-N"})`;
  else if (n > maxOpenDefers) notOpen = `${n} defer statements, open-coding allows ${maxOpenDefers}`;
  else if (firstHeap !== undefined) notOpen = `the defer at line ${lineOf(firstHeap.stmt.pos)} is ${firstHeap.heap}, so none is open-coded`;
  else if (w.rangeFuncDefer !== null) notOpen = `the function has a defer inside the range-over-func loop at line ${lineOf(w.rangeFuncDefer.pos)}`;
  else {
    const esc = escapingResult(body, results, info, lineOf);
    if (esc !== null) notOpen = esc;
    else if (w.returns * n > maxReturnsTimesDefers) notOpen = `${plural(w.returns, "return")} × ${plural(n, "defer")} = ${w.returns * n} > ${maxReturnsTimesDefers}`;
  }
  for (const s of w.sites) {
    let d: DeferDecision;
    if (notOpen === null) {
      const reason = `${plural(n, "defer statement")} (at most ${maxOpenDefers}), none in a loop, ${plural(w.returns, "return")} × ${plural(n, "defer")} = ${w.returns * n} ≤ ${maxReturnsTimesDefers}`;
      d = { kind: DeferKind.OpenCoded, reason, rangeFuncLoop: null };
    }
    else if (s.heap !== null) d = { kind: DeferKind.Heap, reason: s.heap, rangeFuncLoop: s.rangeFuncLoop };
    else d = { kind: DeferKind.Stack, reason: notOpen, rangeFuncLoop: null };
    defers.set(s.stmt, d);
  }
  return { open: notOpen === null, defers, rangeFuncHeads: w.heads, numDefers: n, numReturns: w.returns };
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

class Walker {
  readonly sites: DeferSite[] = [];
  returns = 0;
  /** The first range-over-func loop found with a defer in its body. */
  rangeFuncDefer: ForStmt | null = null;
  readonly heads = new Set<ForStmt>();
  private readonly looping = new Map<string, { label: LabeledStmt; gotoPos: Pos }>();
  /** Why the current statement is deeper than the function body (innermost last). */
  private depth: string[] = [];
  /** The range-over-func loops enclosing the current statement (outermost first). */
  private rangeFuncs: ForStmt[] = [];
  /** A return inside the current outermost range-over-func loop's body was seen. */
  private rangeFuncReturn = false;

  constructor(readonly info: Info, readonly lineOf: LineOf, readonly lits: FuncLit[]) {}

  // ---- dead code (gc's front end drops it before anything else looks) ----

  /** The statements of a list that survive gc's dead-code removal. */
  liveList(list: readonly Stmt[]): Stmt[] {
    let lastLabel = -1;
    list.forEach((s, i) => { if (s.kind === NodeKind.LabeledStmt) lastLabel = i; });
    const out: Stmt[] = [];
    let dead = false;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (dead && i > lastLabel && s.kind !== NodeKind.LabeledStmt) continue;
      out.push(s);
      dead = this.terminates(s);
    }
    return out;
  }

  private terminates(s: Stmt | null): boolean {
    if (s === null) return false;
    switch (s.kind) {
      case NodeKind.BranchStmt: return s.tok === Token.Goto;
      case NodeKind.ReturnStmt: return true;
      case NodeKind.ExprStmt: {
        const x = unparen(s.x);
        return x.kind === NodeKind.CallExpr && this.isBuiltin(x, BuiltinId.Panic);
      }
      case NodeKind.IfStmt: {
        const c = this.staticBool(s.cond);
        return (c < 0 || this.terminates(s.then)) && (c > 0 || this.terminates(s.else_));
      }
      case NodeKind.BlockStmt: {
        for (let i = s.list.length - 1; i >= 0; i--) if (s.list[i]!.kind !== NodeKind.EmptyStmt) return this.terminates(s.list[i]!);
        return false;
      }
    }
    return false;
  }

  private isBuiltin(call: CallExpr, id: BuiltinId): boolean {
    const f = unparen(call.fun);
    if (f.kind !== NodeKind.Name) return false;
    const o = this.info.uses.get(f);
    return o instanceof Builtin && o.id_ === id;
  }

  /** +1 / -1 for a condition gc's front end treats as constant true / false, else 0 (its rules, including its treatment of `!`). */
  staticBool(e: Expr | null): number {
    if (e === null) return 0;
    const v = this.info.types.get(e)?.value;
    if (v instanceof BoolVal) return v.b ? 1 : -1;
    if (e.kind === NodeKind.ParenExpr) return 0;
    if (e.kind !== NodeKind.Operation) return 0;
    const op = e as Operation;
    if (op.op === Operator.Not && op.y === null) return this.staticBool(op.x);
    if (op.op === Operator.AndAnd) {
      const x = this.staticBool(op.x);
      if (x < 0) return x;
      const y = this.staticBool(op.y);
      if (x > 0 || y < 0) return y;
    } else if (op.op === Operator.OrOr) {
      const x = this.staticBool(op.x);
      if (x > 0) return x;
      const y = this.staticBool(op.y);
      if (x < 0 || y > 0) return y;
    }
    return 0;
  }

  // ---- labels a later goto jumps back to ----

  findLoopingLabels(live: readonly Stmt[]): void {
    const seen = new Map<string, LabeledStmt>();
    const visitList = (list: readonly Stmt[]): void => { for (const s of list) visit(s); };
    const visit = (s: Stmt | null): void => {
      if (s === null) return;
      switch (s.kind) {
        case NodeKind.LabeledStmt:
          if (s.label.value !== "_") seen.set(s.label.value, s);
          visit(s.stmt);
          return;
        case NodeKind.BranchStmt:
          if (s.tok === Token.Goto && s.label !== null) {
            const l = seen.get(s.label.value);
            if (l !== undefined && !this.looping.has(s.label.value)) this.looping.set(s.label.value, { label: l, gotoPos: s.pos });
          }
          return;
        case NodeKind.BlockStmt: visitList(this.liveList(s.list)); return;
        case NodeKind.IfStmt: {
          const c = this.staticBool(s.cond);
          if (c >= 0) visitList(this.liveList(s.then.list));
          if (c <= 0) visit(s.else_);
          return;
        }
        case NodeKind.ForStmt: visitList(this.liveList(s.body.list)); return;
        case NodeKind.SwitchStmt: for (const c of s.body) visitList(this.liveList(c.body)); return;
        case NodeKind.SelectStmt: for (const c of s.body) visitList(this.liveList(c.body)); return;
      }
    };
    visitList(live);
  }

  // ---- the walk ----

  /** A statement list; the depth it reaches is kept (gc's escape analysis `stmts`). */
  stmts(list: readonly Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  /** A body whose depth is restored at its end (gc's `block`). */
  private block(list: readonly Stmt[]): void {
    const saved = this.depth.length;
    this.stmts(this.liveList(list));
    this.depth.length = saved;
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case NodeKind.LabeledStmt: {
        const l = this.looping.get(s.label.value);
        if (l !== undefined && this.rangeFuncs.length === 0) {
          this.depth.push(`after the label ${s.label.value} at line ${this.lineOf(s.pos)}, which the goto at line ${this.lineOf(l.gotoPos)} jumps back to`);
        }
        this.stmt(s.stmt);
        return;
      }
      case NodeKind.BlockStmt: this.stmts(this.liveList(s.list)); return;
      case NodeKind.IfStmt: this.ifStmt(s); return;
      case NodeKind.ForStmt: this.forStmt(s); return;
      case NodeKind.SwitchStmt:
        if (s.init) this.exprs(s.init);
        if (s.tag) this.exprs(s.tag);
        for (const c of s.body) {
          if (c.cases) this.exprs(c.cases);
          this.block(c.body);
        }
        return;
      case NodeKind.SelectStmt:
        for (const c of s.body) {
          if (c.comm) this.exprs(c.comm);
          this.block(c.body);
        }
        return;
      case NodeKind.ReturnStmt:
        // A return inside a range-over-func body returns from the body's function literal;
        // the rewrite adds one return after the outermost loop (counted there).
        if (this.rangeFuncs.length === 0) this.returns++;
        else this.rangeFuncReturn = true;
        if (s.results) this.exprs(s.results);
        return;
      case NodeKind.CallStmt:
        if (s.tok === Token.Defer) this.deferStmt(s);
        this.exprs(s.call);
        return;
      default:
        this.exprs(s);
    }
  }

  private ifStmt(s: IfStmt): void {
    if (s.init) this.exprs(s.init);
    if (s.cond) this.exprs(s.cond);
    const c = this.staticBool(s.cond);
    if (c >= 0) this.block(s.then.list);
    if (c <= 0 && s.else_ !== null) {
      const saved = this.depth.length;
      this.stmt(s.else_);
      this.depth.length = saved;
    }
  }

  private forStmt(s: ForStmt): void {
    const init = s.init;
    if (init !== null && init.kind === NodeKind.RangeClause) {
      this.exprs(init.x);
      const t = this.info.types.get(init.x)?.type;
      if (t !== undefined && under(t).tkind === TypeKind.Signature) {
        // Range over a function: the body is a function literal in gc's rewrite.
        const outer = this.rangeFuncs.length === 0;
        if (outer) this.rangeFuncReturn = false;
        this.rangeFuncs.push(s);
        const saved = this.depth;
        this.depth = [];
        try {
          this.stmts(this.liveList(s.body.list));
        } finally {
          this.depth = saved;
          this.rangeFuncs.pop();
        }
        if (outer && this.rangeFuncReturn) this.returns++;
        return;
      }
    } else if (init !== null) this.exprs(init);
    this.depth.push(`inside the for loop at line ${this.lineOf(s.pos)}`);
    const saved = this.depth.length - 1;
    if (s.cond) this.exprs(s.cond);
    if (s.post) this.exprs(s.post);
    this.stmts(this.liveList(s.body.list));
    this.depth.length = saved;
  }

  private deferStmt(s: CallStmt): void {
    if (this.rangeFuncs.length > 0) {
      const outermost = this.rangeFuncs[0]!;
      const inner = this.rangeFuncs[this.rangeFuncs.length - 1]!;
      this.heads.add(outermost);
      if (this.rangeFuncDefer === null) this.rangeFuncDefer = inner;
      this.sites.push({ stmt: s, heap: `inside the body of the range-over-func loop at line ${this.lineOf(inner.pos)}`, rangeFuncLoop: outermost });
      return;
    }
    const why = this.depth.length > 0 ? this.depth[this.depth.length - 1]! : null;
    this.sites.push({ stmt: s, heap: why, rangeFuncLoop: null });
  }

  /** Finds the function literals in a node (not descending into them). */
  private exprs(n: unknown): void {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) this.exprs(x); return; }
    const node = n as { kind?: NodeKind };
    if (node.kind === NodeKind.FuncLit) { this.lits.push(n as FuncLit); return; }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") this.exprs(v);
    }
  }
}

/**
 * Why a named result lives on the heap in gc (its address or a closure capturing it escapes
 * the frame), or null. gc decides by escape analysis; this follows its common outcomes: an
 * address `&r` that is not dereferenced on the spot escapes, and so does a function literal
 * referring to r unless it is called in place or deferred.
 */
function escapingResult(body: BlockStmt, results: readonly Var[], info: Info, lineOf: LineOf): string | null {
  const named = new Set(results.filter((r) => r.name !== "" && r.name !== "_"));
  if (named.size === 0) return null;
  let found: string | null = null;
  const refersTo = (n: unknown): Var | null => {
    let hit: Var | null = null;
    const v = (x: unknown): void => {
      if (hit !== null || x === null || typeof x !== "object") return;
      if (Array.isArray(x)) { for (const y of x) v(y); return; }
      const node = x as { kind?: NodeKind };
      if (node.kind === NodeKind.Name) {
        const o = info.uses.get(x as Name);
        if (o instanceof Var && named.has(o)) hit = o;
        return;
      }
      for (const k in x as object) {
        if (k === "kind" || k === "pos") continue;
        const c = (x as Record<string, unknown>)[k];
        if (c !== null && typeof c === "object") v(c);
      }
    };
    v(n);
    return hit;
  };
  const root = (e: Expr): Var | null => {
    let x = unparen(e);
    while (x.kind === NodeKind.SelectorExpr || x.kind === NodeKind.IndexExpr) {
      if (x.kind === NodeKind.SelectorExpr) {
        const t = info.types.get(x.x)?.type;
        if (t !== undefined && under(t).tkind === TypeKind.Pointer) return null;
        x = unparen(x.x);
      } else {
        const t = info.types.get(x.x)?.type;
        if (t === undefined || under(t).tkind !== TypeKind.Array) return null;
        x = unparen(x.x);
      }
    }
    if (x.kind !== NodeKind.Name) return null;
    const o = info.uses.get(x);
    return o instanceof Var && named.has(o) ? o : null;
  };
  // Parents that keep a function literal or an address on the frame.
  // Literal bodies being walked (literals called in place or deferred): a literal they return
  // is called right there too, not stored.
  let litDepth = 0;
  const visit = (n: unknown, parent: unknown): void => {
    if (found !== null || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x, parent); return; }
    const node = n as { kind?: NodeKind };
    if (node.kind === NodeKind.Operation) {
      const op = n as Operation;
      if (op.op === Operator.And && op.y === null) {
        const r = root(op.x);
        const p = parent as { kind?: NodeKind; op?: Operator; y?: unknown } | null;
        const derefNow = p !== null && p.kind === NodeKind.Operation && p.op === Operator.Mul && p.y === null;
        if (r !== null && !derefNow) { found = `result ${r.name} is moved to the heap (its address is taken at line ${lineOf(op.pos)})`; return; }
      }
    }
    if (node.kind === NodeKind.FuncLit) {
      const p = parent as { kind?: NodeKind; fun?: unknown; tok?: Token } | null;
      const inPlace = p !== null && ((p.kind === NodeKind.CallExpr && unparen(p.fun as Expr) === n) || (p.kind === NodeKind.CallStmt && p.tok === Token.Defer) ||
        (p.kind === NodeKind.ReturnStmt && litDepth > 0));
      if (!inPlace) {
        const r = refersTo((n as FuncLit).body);
        if (r !== null) { found = `result ${r.name} is moved to the heap (captured by the function literal at line ${lineOf((n as FuncLit).pos)})`; return; }
      }
      // A literal called in place or deferred: its body is part of this frame's story.
      litDepth++;
      visit((n as FuncLit).body, n);
      litDepth--;
      return;
    }
    if (node.kind === NodeKind.CallStmt && (n as CallStmt).tok === Token.Defer) {
      // defer func(){...}(): the literal is the deferred call's function.
      const call = unparen((n as CallStmt).call) as CallExpr;
      if (call.kind === NodeKind.CallExpr && unparen(call.fun).kind === NodeKind.FuncLit) {
        visit(unparen(call.fun), n);
        visit(call.argList, call);
        return;
      }
    }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v, n);
    }
  };
  visit(body.list, null);
  return found;
}
