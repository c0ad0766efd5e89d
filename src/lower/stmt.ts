// Lowering of Go statements: blocks, declarations, if, for (three-clause and range over
// integers, strings, arrays, slices, maps and functions), switch and type switch (as JS
// `switch (true)`, whose fall-through and default rules match Go's), labels, break/continue,
// return and defer.

import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import {
  Stmt, NodeKind, BlockStmt, IfStmt, ForStmt, SwitchStmt, RangeClause, ReturnStmt, CallStmt, BranchStmt,
  Token, Expr, Name, unparen, unpackListExpr, LabeledStmt, CaseClause, TypeSwitchGuard, Operator, CallExpr, SimpleStmt,
} from "../syntax/index.js";
import { Type, TypeKind, Var, Signature, BasicKind, Builtin, BuiltinId, under, Func } from "../types/index.js";
import { OperandMode } from "../types/operand.js";
import { FuncLowerer } from "./func.js";
import { UnsupportedError } from "./call.js";
import { R, rep } from "./ops.js";
import { arityClass } from "./blocking.js";

declare module "./func.js" {
  interface FuncLowerer {
    block(list: readonly Stmt[]): void;
    /** Lowers statements into a new list (a nested JS block). */
    nested(f: () => void): J.Stmt[];
    stmt(s: Stmt, label?: string): void;
    simpleStmt(s: Stmt | SimpleStmt): void;
  }
}

const P = FuncLowerer.prototype;

P.nested = function (this: FuncLowerer, f: () => void): J.Stmt[] {
  const saved = this.out;
  this.out = [];
  try {
    f();
    return this.out;
  } finally {
    this.out = saved;
  }
};

P.block = function (this: FuncLowerer, list: readonly Stmt[]): void {
  const targets = this.gotoLabels;
  if (targets.size === 0 || !list.some((s) => s.kind === NodeKind.LabeledStmt && targets.has(s.label.value))) {
    for (const s of list) this.stmt(s);
    return;
  }
  gotoBlock(this, list);
};

/**
 * A statement list with goto targets becomes a state machine: a loop around a switch on a
 * program counter, one case per label. goto L sets the counter and continues the loop.
 * Variables declared directly in the list are hoisted, since each jump enters a new scope.
 */
function gotoBlock(fl: FuncLowerer, list: readonly Stmt[]): void {
  const pc = fl.names.fresh("$pc"), loop = fl.names.fresh("L$goto");
  const segments: Stmt[][] = [[]];
  list.forEach((s) => {
    if (s.kind === NodeKind.LabeledStmt && fl.gotoLabels.has(s.label.value)) {
      fl.gotoTargets.set(s.label.value, { pc, loop, index: segments.length });
      segments.push([]);
    }
    segments[segments.length - 1]!.push(s);
  });
  const hoisted: string[] = [];
  const cases: J.Case[] = segments.map((seg, i) => {
    let body = fl.nested(() => { for (const s of seg) fl.stmt(s); });
    body = body.map((st) => {
      if (st.kind !== J.K.Var) return st;
      const assigns: J.Expr[] = [];
      for (const d of st.decls) {
        hoisted.push(d.name);
        if (d.init !== undefined) assigns.push(J.assign(J.ident(d.name), d.init));
      }
      return assigns.length === 0 ? J.empty() : J.exprStmt(assigns.length === 1 ? assigns[0]! : J.seq(assigns));
    });
    return J.case_(J.num(i), body);
  });
  if (hoisted.length > 0) fl.emit(J.varDecl(J.DeclKind.Let, hoisted.map((name) => ({ name }))));
  fl.emit(J.let_(pc, J.num(0)));
  fl.emit(J.labeled(loop, J.for_(undefined, undefined, undefined, J.block([J.switch_(J.ident(pc), cases), J.break_(loop)]))));
}

declare module "./func.js" {
  interface FuncLowerer {
    /** Labels some goto jumps to, in the function being lowered. */
    gotoLabels: Set<string>;
    gotoTargets: Map<string, { pc: string; loop: string; index: number }>;
  }
}
Object.defineProperty(P, "gotoLabels", {
  get(this: FuncLowerer & { _gl?: Set<string> }) {
    if (this._gl === undefined) {
      const set = new Set<string>();
      const visit = (n: unknown): void => {
        if (n === null || typeof n !== "object") return;
        if (Array.isArray(n)) { for (const x of n) visit(x); return; }
        const node = n as { kind?: NodeKind; tok?: Token; label?: Name | null };
        if (node.kind === NodeKind.BranchStmt && node.tok === Token.Goto && node.label) set.add(node.label.value);
        for (const k in n as object) {
          if (k === "kind" || k === "pos") continue;
          const v = (n as Record<string, unknown>)[k];
          if (v !== null && typeof v === "object") visit(v);
        }
      };
      if (this.decl?.body) visit(this.decl.body.list);
      this._gl = set;
    }
    return this._gl;
  },
});
Object.defineProperty(P, "gotoTargets", { get(this: { _gt?: Map<string, unknown> }) { return (this._gt ??= new Map()); } });

P.simpleStmt = function (this: FuncLowerer, s: Stmt | SimpleStmt): void {
  if (s.kind === NodeKind.RangeClause) throw new InternalError("range clause as a simple statement");
  this.stmt(s);
};

P.stmt = function (this: FuncLowerer, s: Stmt, label?: string): void {
  switch (s.kind) {
    case NodeKind.EmptyStmt: return;
    case NodeKind.BlockStmt: this.emit(J.block(this.nested(() => this.block(s.list)))); return;
    case NodeKind.ExprStmt: {
      this.emit(J.exprStmt(this.expr(s.x), s.pos));
      return;
    }
    case NodeKind.AssignStmt: this.assignStmt(s); return;
    case NodeKind.DeclStmt:
      for (const d of s.declList) {
        if (d.kind === NodeKind.VarDecl) this.varDecl(d);
        // Constants are inlined and local types are declared globally on use.
      }
      return;
    case NodeKind.IfStmt: this.emit(ifStmt(this, s)); return;
    case NodeKind.ForStmt: forStmt(this, s, label); return;
    case NodeKind.SwitchStmt: switchStmt(this, s, label); return;
    case NodeKind.LabeledStmt: labeledStmt(this, s); return;
    case NodeKind.BranchStmt: branchStmt(this, s); return;
    case NodeKind.ReturnStmt: returnStmt(this, s); return;
    case NodeKind.CallStmt:
      if (s.tok === Token.Defer) { this.deferStmt(s); return; }
      goStmt(this, s);
      return;
    case NodeKind.SendStmt: {
      const ct = under(this.typeOf(s.chan)) as { elem: Type };
      const pre: J.Expr[] = [];
      const c = this.once(this.expr(s.chan), pre);
      const v = this.once(this.value(s.value, ct.elem), pre);
      for (const p of pre) this.emit(J.exprStmt(p));
      // The non-blocking half first: a send that completes at once makes no generator.
      this.emit(J.if_(J.not(J.call(this.rt("chansendNB"), [c, v])),
        J.exprStmt(J.yield_(J.call(this.rt("chansend"), [c, v], s.pos), true), s.pos), undefined, s.pos));
      return;
    }
    case NodeKind.SelectStmt: selectStmt(this, s, label); return;
    default: throw new InternalError(`statement kind ${(s as Stmt).kind}`);
  }
};

function ifStmt(fl: FuncLowerer, s: IfStmt): J.Stmt {
  const body = fl.nested(() => {
    if (s.init !== null) fl.simpleStmt(s.init);
    const then = J.block(fl.nested(() => fl.block(s.then.list)));
    let els: J.Stmt | undefined;
    if (s.else_ !== null) {
      els = s.else_.kind === NodeKind.IfStmt ? ifStmt(fl, s.else_) : J.block(fl.nested(() => fl.block((s.else_ as BlockStmt).list)));
    }
    fl.emit(J.if_(fl.expr(s.cond!), then, els, s.pos));
  });
  return body.length === 1 ? body[0]! : J.block(body);
}

function labeledStmt(fl: FuncLowerer, s: LabeledStmt): void {
  const name = fl.names.fresh(`L$${s.label.value}`);
  fl.labels.set(s.label.value, name);
  const inner = s.stmt;
  if (inner.kind === NodeKind.ForStmt || inner.kind === NodeKind.SwitchStmt) {
    fl.stmt(inner, name);
    return;
  }
  if (inner.kind === NodeKind.SelectStmt) { fl.stmt(inner, name); return; }
  const body = fl.nested(() => fl.stmt(inner));
  fl.emit(J.labeled(name, J.block(body)));
}

function branchStmt(fl: FuncLowerer, s: BranchStmt): void {
  const label = s.label !== null ? fl.labels.get(s.label.value) : undefined;
  const stack = fl.breakables;
  switch (s.tok) {
    case Token.Break: case Token.Continue: {
      const isBreak = s.tok === Token.Break;
      // The statement the branch leaves: the labeled one, or the innermost loop (continue)
      // or loop/switch/select (break).
      let i = stack.length - 1;
      for (; i >= 0; i--) {
        const b = stack[i]!;
        if (label !== undefined ? b.label === label : isBreak || b.kind !== "switch") break;
      }
      const target = stack[i];
      // Leaving a range-over-func body for a statement outside it: the yield function
      // records which branch (a state code of its own) and stops the iteration; after the
      // iterator returns, the branch is taken from there (rangeFunc).
      for (let j = stack.length - 1; j > i; j--) {
        const rf = stack[j]!;
        if (rf.kind !== "rangefunc") continue;
        rf.exits ??= [];
        const code = RF_EXITS + rf.exits.length;
        rf.exits.push({ code, stmt: s });
        fl.emit(J.exprStmt(J.assign(J.ident(rf.state!), J.num(code))));
        fl.emit(J.return_(J.bool(false), s.pos));
        return;
      }
      if (target !== undefined && target.kind === "rangefunc") {
        if (isBreak) {
          fl.emit(J.exprStmt(J.assign(J.ident(target.state!), J.num(1))));
          fl.emit(J.return_(J.bool(false), s.pos));
        } else fl.emit(J.return_(J.bool(true), s.pos));
        return;
      }
      // Branches name their target: a goto state machine may sit between them and it.
      if (isBreak) { fl.emit(J.break_(target?.label ?? label, s.pos)); return; }
      const cont = target !== undefined ? fl.continueLabels.get(target.label) : undefined;
      if (cont !== undefined) { fl.emit(J.break_(cont, s.pos)); return; }
      fl.emit(J.continue_(target?.label ?? label, s.pos));
      return;
    }
    case Token.Fallthrough: return; // the JS switch falls through by itself
    case Token.Goto: {
      const t = fl.gotoTargets.get(s.label!.value);
      if (t === undefined) throw new UnsupportedError(s.pos, "goto into this position");
      fl.emit(J.exprStmt(J.assign(J.ident(t.pc), J.num(t.index))));
      fl.emit(J.continue_(t.loop, s.pos));
      return;
    }
    default: throw new InternalError(`branch ${s.tok}`);
  }
}

interface Breakable {
  label: string;
  kind: "loop" | "switch" | "rangefunc";
  /** A range-over-func loop's state variable: 0 running, 1 broken, 2 returning, 3 done, RF_EXITS + k its k-th exit. */
  state?: string;
  /** Branches from its body to statements outside it, taken after the iterator returns. */
  exits?: { code: number; stmt: BranchStmt }[];
}

const RF_EXITS = 4;

declare module "./func.js" {
  interface FuncLowerer {
    breakables: Breakable[];
    continueLabels: Map<string, string>;
  }
}
Object.defineProperty(P, "breakables", { get(this: { _bs?: Breakable[] }) { return (this._bs ??= []); } });
Object.defineProperty(P, "continueLabels", { get(this: { _cl?: Map<string, string> }) { return (this._cl ??= new Map()); } });

// ---- for ----

/**
 * The variable of a counting loop `for i := A; i < B; i++` whose increment can be a plain JS
 * `i++`: an int variable declared by the loop, starting at a constant, len/cap, or another such
 * counter plus or minus a constant, compared against an integer, and not assigned or
 * addressed in the body. It then always holds a small number, so i + 1 is exact.
 */
function countingLoopVar(fl: FuncLowerer, s: ForStmt): Var | null {
  if (s.init === null || s.init.kind !== NodeKind.AssignStmt || s.init.op !== Operator.Def) return null;
  if (s.post === null || s.post.kind !== NodeKind.AssignStmt || s.post.rhs !== null || s.post.op !== Operator.Add) return null;
  if (s.cond === null || s.cond.kind !== NodeKind.Operation || (s.cond.op !== Operator.Lss && s.cond.op !== Operator.Leq)) return null;
  const lhs = unpackListExpr(s.init.lhs), rhs = unpackListExpr(s.init.rhs);
  if (lhs.length !== 1 || rhs.length !== 1) return null;
  const v = fl.info.defs.get(unparen(lhs[0]!) as Name);
  if (!(v instanceof Var) || fl.isBoxed(v) || rep(v.type!) !== R.I64) return null;
  const postX = unparen(s.post.lhs);
  if (postX.kind !== NodeKind.Name || fl.info.uses.get(postX) !== v) return null;
  const cx = unparen(s.cond.x);
  if (cx.kind !== NodeKind.Name || fl.info.uses.get(cx) !== v) return null;
  if (!smallBound(fl, s.cond.y!) || !smallStart(fl, rhs[0]!)) return null;
  if (assignsVar(fl, s.body, v) || assignsVar(fl, s.cond, v)) return null;
  return v;
}

const SAFE_BOUND = 2 ** 52;

function isLenCall(fl: FuncLowerer, e: Expr): boolean {
  e = unparen(e);
  if (e.kind !== NodeKind.CallExpr) return false;
  const f = unparen(e.fun);
  const o = f.kind === NodeKind.Name ? fl.info.uses.get(f) : undefined;
  return o instanceof Builtin && (o.id_ === BuiltinId.Len || o.id_ === BuiltinId.Cap);
}

function constNumber(fl: FuncLowerer, e: Expr): number | null {
  const tv = fl.info.types.get(e);
  if (!tv || tv.value === null) return null;
  const v = constantNumber(tv.value);
  return v;
}

/**
 * Any integer bound will do: the counter starts as a small number and only grows by one per
 * iteration, so it cannot reach 2^53 (where i + 1 would stop being exact) in any real run.
 */
function smallBound(fl: FuncLowerer, e: Expr): boolean {
  const c = constNumber(fl, e);
  if (c !== null) return Math.abs(c) < SAFE_BOUND;
  if (isLenCall(fl, e)) return true;
  const r = rep(fl.typeOf(e));
  return r >= R.I8 && r <= R.U64;
}

function smallStart(fl: FuncLowerer, e: Expr): boolean {
  const c = constNumber(fl, e);
  if (c !== null) return Math.abs(c) < SAFE_BOUND;
  if (isLenCall(fl, e)) return true;
  e = unparen(e);
  if (e.kind === NodeKind.Name) {
    const o = fl.info.uses.get(e);
    return o instanceof Var && fl.safeCounters.has(o);
  }
  if (e.kind === NodeKind.Operation && e.y !== null && (e.op === Operator.Add || e.op === Operator.Sub)) {
    const cy = constNumber(fl, e.y);
    return cy !== null && Math.abs(cy) < 1024 && smallStart(fl, e.x);
  }
  return false;
}

/** Whether anything in n assigns v, takes its address or declares over it (closures included). */
function assignsVar(fl: FuncLowerer, n: unknown, v: Var): boolean {
  if (n === null || typeof n !== "object") return false;
  if (Array.isArray(n)) return n.some((x) => assignsVar(fl, x, v));
  const node = n as { kind?: NodeKind };
  if (node.kind === NodeKind.AssignStmt) {
    const a = n as { lhs: Expr; op: Operator };
    for (const l of unpackListExpr(a.lhs)) {
      const x = unparen(l);
      if (x.kind === NodeKind.Name && fl.info.uses.get(x) === v) return true;
    }
  } else if (node.kind === NodeKind.RangeClause) {
    const rc = n as { lhs: Expr | null };
    for (const l of unpackListExpr(rc.lhs)) {
      const x = unparen(l);
      if (x.kind === NodeKind.Name && fl.info.uses.get(x) === v) return true;
    }
  } else if (node.kind === NodeKind.Operation) {
    const op = n as { op: Operator; x: Expr; y: unknown };
    if (op.op === Operator.And && op.y === null) {
      const x = unparen(op.x);
      if (x.kind === NodeKind.Name && fl.info.uses.get(x) === v) return true;
    }
  }
  for (const k in n as object) {
    if (k === "kind" || k === "pos") continue;
    const c = (n as Record<string, unknown>)[k];
    if (c !== null && typeof c === "object" && assignsVar(fl, c, v)) return true;
  }
  return false;
}

declare module "./func.js" {
  interface FuncLowerer {
    /** Counters of enclosing counting loops (they hold small numbers). */
    safeCounters: Set<Var>;
  }
}
Object.defineProperty(P, "safeCounters", { get(this: { _sc?: Set<Var> }) { return (this._sc ??= new Set()); } });

function forStmt(fl: FuncLowerer, s: ForStmt, label?: string): void {
  if (s.init !== null && s.init.kind === NodeKind.RangeClause) { rangeStmt(fl, s, s.init, label); return; }
  const name = label ?? fl.names.fresh("L$for");
  fl.breakables.push({ label: name, kind: "loop" });
  try {
    const out = fl.nested(() => {
      let init: J.Var | J.Expr | undefined;
      const initStmts = s.init !== null ? fl.nested(() => fl.simpleStmt(s.init!)) : [];
      // A single `let` declaration goes in the loop header, so closures see a fresh variable per iteration.
      if (initStmts.length === 1 && initStmts[0]!.kind === J.K.Var) init = initStmts[0] as J.Var;
      else for (const st of initStmts) fl.emit(st);
      let post: J.Expr | undefined;
      let postStmts: J.Stmt[] = [];
      const counter = countingLoopVar(fl, s);
      if (counter !== null) fl.safeCounters.add(counter);
      if (s.post !== null) {
        const pe = counter !== null
          ? J.update(true, false, J.ident(fl.locals.get(counter)!))
          : s.post.kind === NodeKind.AssignStmt ? fl.assignExpr(s.post) : s.post.kind === NodeKind.ExprStmt ? fl.expr(s.post.x) : null;
        if (pe !== null) post = pe;
        else postStmts = fl.nested(() => fl.simpleStmt(s.post!));
      }
      // Boxed loop variables get a new box per iteration (Go 1.22 semantics).
      const reboxes: J.Expr[] = [];
      if (init !== undefined && s.init !== null && s.init.kind === NodeKind.AssignStmt && s.init.op === Operator.Def) {
        for (const l of unpackListExpr(s.init.lhs)) {
          const v = fl.info.defs.get(unparen(l) as Name);
          if (v instanceof Var && fl.isBoxed(v)) {
            const n = fl.locals.get(v)!;
            reboxes.push(J.assign(J.ident(n), J.new_(fl.rt("Box"), [J.dot(J.ident(n), "v")])));
          }
        }
      }
      if (reboxes.length > 0) post = post ? J.seq([...reboxes, post]) : J.seq(reboxes);
      const cond = s.cond !== null ? fl.expr(s.cond) : undefined;
      // A loop waiting on an atomic value yields when its time slice is over (preemption).
      const spin = fl.frame.gen && fl.pc.blocking.spinLoops.has(s)
        ? [J.if_(J.call(fl.rt("preemptRequested"), []), J.exprStmt(J.yield_(J.call(fl.rt("gosched"), []), true)))]
        : [];
      let body = [...spin, ...fl.nested(() => fl.block(s.body.list))];
      if (postStmts.length > 0) {
        const cont = fl.names.fresh("C$for");
        fl.continueLabels.set(name, cont);
        // (continue statements were lowered already: re-lower with the label known)
        body = [...spin, ...fl.nested(() => fl.block(s.body.list))];
        body = [J.labeled(cont, J.block(body)), ...postStmts];
      }
      fl.emit(J.labeled(name, J.for_(init, cond, post, J.block(body)), s.pos));
    });
    fl.emit(out.length === 1 ? out[0]! : J.block(out));
  } finally {
    fl.breakables.pop();
  }
}

function rangeStmt(fl: FuncLowerer, s: ForStmt, rc: RangeClause, label?: string): void {
  const name = label ?? fl.names.fresh("L$range");
  const xt = fl.typeOf(rc.x);
  const u = under(xt);
  const lhs = unpackListExpr(rc.lhs);
  const key = lhs[0] && !(unparen(lhs[0]).kind === NodeKind.Name && (unparen(lhs[0]) as Name).value === "_") ? lhs[0] : null;
  const val = lhs[1] && !(unparen(lhs[1]).kind === NodeKind.Name && (unparen(lhs[1]) as Name).value === "_") ? lhs[1] : null;
  fl.breakables.push({ label: name, kind: "loop" });
  try {
    const out = fl.nested(() => {
      /** Binds the iteration values to the Go variables at the top of the body. */
      const bind = (target: Expr | null, v: J.Expr, vt: Type): J.Stmt[] => {
        if (target === null) return [];
        return fl.nested(() => {
          if (rc.def) {
            const o = fl.info.defs.get(unparen(target) as Name);
            if (!(o instanceof Var)) return;
            const n = fl.declareLocal(o);
            const val = fl.implicit(v, vt, fl.subst(o.type!), false);
            fl.emit(J.let_(n, fl.isBoxed(o) ? J.new_(fl.rt("Box"), [val]) : val));
          } else {
            const pre: J.Expr[] = [];
            const lv = fl.lvalue(target, pre);
            if (lv) pre.push(lv.set(fl.implicit(v, vt, lv.type, false)));
            for (const p of pre) fl.emit(J.exprStmt(p));
          }
        });
      };
      /** key and value together: for assignments (not :=), both locations are evaluated before either is set. */
      const bind2 = (kv: J.Expr, kt: Type, vv: J.Expr, vt: Type): J.Stmt[] => {
        if (rc.def || key === null || val === null) return [...bind(key, kv, kt), ...bind(val, vv, vt)];
        return fl.nested(() => {
          const pre: J.Expr[] = [];
          const kl = fl.lvalue(key, pre, true), vl = fl.lvalue(val, pre, true);
          if (kl) pre.push(kl.set(fl.implicit(kv, kt, kl.type, false)));
          if (vl) pre.push(vl.set(fl.implicit(vv, vt, vl.type, false)));
          for (const p of pre) fl.emit(J.exprStmt(p));
        });
      };
      const body = (): J.Stmt[] => fl.nested(() => fl.block(s.body.list));
      const loopVar = (base: string): string => fl.names.fresh(base);
      if (u.tkind === TypeKind.Basic && u.kind !== BasicKind.String && u.kind !== BasicKind.UntypedString) {
        // range over an integer
        const i = loopVar("$i"), n = loopVar("$n");
        fl.emit(J.const_(n, fl.expr(rc.x)));
        const b = [...bind(key, J.ident(i), xt), ...body()];
        fl.emit(J.labeled(name, J.for_(J.let_(i, J.num(0)), J.binary(J.BinOp.Lt, J.ident(i), J.ident(n)), J.update(true, false, J.ident(i)), J.block(b))));
        return;
      }
      if (u.tkind === TypeKind.Basic) {
        // range over a string: runes decoded from UTF-8
        const str = loopVar("$s"), i = loopVar("$i"), r = loopVar("$r"), w = loopVar("$w");
        fl.emit(J.const_(str, fl.expr(rc.x)));
        const decode = J.if_(J.binary(J.BinOp.Lt, J.assign(J.ident(r), J.call(J.dot(J.ident(str), "charCodeAt"), [J.ident(i)])), J.num(0x80)),
          J.exprStmt(J.assign(J.ident(w), J.num(1))),
          J.exprStmt(J.assign(J.array([J.ident(r), J.ident(w)]), J.call(fl.rt("decodeRune"), [J.ident(str), J.ident(i)]))));
        const b = [decode, ...bind2(J.ident(i), INT(), J.ident(r), RUNE()), ...body()];
        fl.emit(J.labeled(name, J.for_(J.varDecl(J.DeclKind.Let, [{ name: i, init: J.num(0) }, { name: r, init: J.num(0) }, { name: w, init: J.num(0) }]),
          J.binary(J.BinOp.Lt, J.ident(i), J.dot(J.ident(str), "length")), J.assign(J.ident(i), J.ident(w), J.BinOp.Add), J.block(b))));
        return;
      }
      if (u.tkind === TypeKind.Slice || u.tkind === TypeKind.Array || u.tkind === TypeKind.Pointer) {
        const a = loopVar("$a"), i = loopVar("$i"), n = loopVar("$n");
        let arr: J.Expr, off: J.Expr = J.num(0), len: J.Expr, et: Type;
        if (u.tkind === TypeKind.Slice) {
          const sv = loopVar("$sl");
          fl.emit(J.const_(sv, fl.expr(rc.x)));
          arr = J.dot(J.ident(sv), "a"); off = J.dot(J.ident(sv), "o"); len = J.dot(J.ident(sv), "n"); et = u.elem;
        } else if (u.tkind === TypeKind.Array) {
          // The range expression is evaluated once; an array value is copied when its elements are used.
          const x = val !== null ? fl.value(rc.x, xt) : (isSideEffectFree(rc.x) ? J.nul() : fl.expr(rc.x));
          arr = x; len = J.num(Number(u.len)); et = u.elem;
        } else {
          const at = under(u.base) as { len: bigint; elem: Type };
          arr = val !== null ? J.call(fl.rt("deref"), [fl.expr(rc.x)]) : fl.expr(rc.x);
          len = J.num(Number(at.len)); et = at.elem;
        }
        fl.emit(J.const_(a, arr));
        fl.emit(J.const_(n, len));
        const elem = J.index(J.ident(a), off.kind === J.K.Num ? J.ident(i) : J.binary(J.BinOp.Add, off, J.ident(i)));
        const b = [...bind2(J.ident(i), INT(), elem, et), ...body()];
        fl.emit(J.labeled(name, J.for_(J.let_(i, J.num(0)), J.binary(J.BinOp.Lt, J.ident(i), J.ident(n)), J.update(true, false, J.ident(i)), J.block(b))));
        return;
      }
      if (u.tkind === TypeKind.Map) {
        const it = loopVar("$it");
        const b = [...bind2(J.dot(J.ident(it), "k"), u.key, J.dot(J.ident(it), "v"), u.elem), ...body()];
        fl.emit(J.labeled(name, J.for_(J.const_(it, J.call(fl.rt("mapIter"), [fl.expr(rc.x)])), J.call(J.dot(J.ident(it), "next")), undefined, J.block(b))));
        return;
      }
      if (u.tkind === TypeKind.Signature) { rangeFunc(fl, s, rc, u, key, val, name, bind); return; }
      if (u.tkind === TypeKind.Chan) {
        const c = loopVar("$c"), r = loopVar("$r");
        fl.emit(J.const_(c, fl.expr(rc.x)));
        const recv = J.let_(r, J.call(fl.rt("chanrecv2NB"), [J.ident(c)]));
        const slow = J.if_(J.binary(J.BinOp.StrictEq, J.ident(r), J.nul()), J.exprStmt(J.assign(J.ident(r), J.yield_(J.call(fl.rt("chanrecv2"), [J.ident(c)]), true))));
        const b = [recv, slow, J.if_(J.not(J.index(J.ident(r), J.num(1))), J.break_()), ...bind(key, J.index(J.ident(r), J.num(0)), u.elem), ...body()];
        fl.emit(J.labeled(name, J.for_(undefined, undefined, undefined, J.block(b))));
        return;
      }
      throw new InternalError(`range over ${u.tkind}`);
    });
    fl.emit(out.length === 1 ? out[0]! : J.block(out));
  } finally {
    fl.breakables.pop();
  }
}

function isSideEffectFree(e: Expr): boolean {
  e = unparen(e);
  return e.kind === NodeKind.Name;
}

/**
 * range over a function (Go 1.23 iterators): the loop body becomes the yield function.
 * break and continue become returns from it; a return from the enclosing function (or a
 * branch to an outer label) is recorded, the iteration stopped, and carried out after.
 */
function rangeFunc(
  fl: FuncLowerer, s: ForStmt, rc: RangeClause, sig: Signature, key: Expr | null, val: Expr | null, name: string,
  bind: (target: Expr | null, v: J.Expr, vt: Type) => J.Stmt[],
): void {
  void rc;
  fl.rangeFuncDeferHead(s);
  const params = sig.params.vars;
  const yieldSig = under(params[0]!.type!) as Signature;
  const ps = yieldSig.params.vars.map((_, i) => fl.names.fresh(`$y${i}`));
  const b: J.Stmt[] = [];
  if (ps.length > 0) b.push(...bind(key, J.ident(ps[0]!), fl.subst(yieldSig.params.vars[0]!.type!)));
  if (ps.length > 1) b.push(...bind(val, J.ident(ps[1]!), fl.subst(yieldSig.params.vars[1]!.type!)));
  const state = fl.names.fresh("$rf");
  fl.emit(J.let_(state, J.num(0)));
  // Lower the body in a context where break/continue/return are rewritten.
  const saved = fl.rangeFuncCtx;
  fl.rangeFuncCtx = { state, loop: name, returns: [] };
  const top = fl.breakables[fl.breakables.length - 1]!;
  top.kind = "rangefunc";
  top.state = state;
  let body: J.Stmt[];
  try {
    body = fl.nested(() => fl.block(s.body.list));
  } finally {
    fl.rangeFuncCtx = saved;
  }
  // A body that may block is a generator, and so is any iterator of its class: the
  // iterator is then called through callDyn (blocking.ts decides both).
  const blocks = fl.pc.blocking.mayBlock(s);
  const yieldFn = J.func(undefined, ps, [
    J.if_(J.binary(J.BinOp.StrictNe, J.ident(state), J.num(0)), J.exprStmt(J.call(fl.rt("panicRangeFunc"), []))),
    J.labeled(name, J.block([...b, ...body])),
    J.return_(J.bool(true)),
  ], blocks ? { generator: true } : {});
  const rawIter = under(fl.tv(rc.x).type) as Signature;
  if (fl.frame.gen && (blocks || fl.pc.blocking.classBlocks(arityClass(rawIter)))) {
    fl.emit(J.exprStmt(J.yield_(J.call(fl.rt("callDyn"), [fl.expr(rc.x), J.array([yieldFn])]), true)));
  } else {
    fl.emit(J.exprStmt(J.call(fl.expr(rc.x), [yieldFn])));
  }
  // After the iterator returns: carry out a return from inside the body (inside an outer
  // range-over-func body, by passing it on to that loop).
  const ret = saved !== null
    ? [J.exprStmt(J.assign(J.ident(saved.state), J.num(2))), J.return_(J.bool(false))]
    : fl.resultReturnOrDefer();
  fl.emit(J.if_(J.binary(J.BinOp.StrictEq, J.ident(state), J.num(2)), J.block(ret)));
  // Branches out of the body, taken here, where the loop itself is no longer in the way.
  if (top.exits !== undefined) {
    const me = fl.breakables.pop()!;
    try {
      for (const x of top.exits) {
        const taken = fl.nested(() => branchStmt(fl, x.stmt));
        fl.emit(J.if_(J.binary(J.BinOp.StrictEq, J.ident(state), J.num(x.code)), J.block(taken)));
      }
    } finally {
      fl.breakables.push(me);
    }
  }
  fl.emit(J.exprStmt(J.assign(J.ident(state), J.num(3))));
}

declare module "./func.js" {
  interface FuncLowerer {
    rangeFuncCtx: { state: string; loop: string; returns: unknown[] } | null;
    resultReturnOrDefer(): J.Stmt[];
  }
}
P.rangeFuncCtx = null;

P.resultReturnOrDefer = function (this: FuncLowerer): J.Stmt[] {
  const f = this.frame;
  if (f.defers !== null) return [...this.deferExit(), ...this.resultReturn()];
  return this.resultReturn();
};

// ---- switch ----

function switchStmt(fl: FuncLowerer, s: SwitchStmt, label0?: string): void {
  const label = label0 ?? fl.names.fresh("L$sw");
  fl.breakables.push({ label, kind: "switch" });
  try {
    switchStmt1(fl, s, label);
  } finally {
    fl.breakables.pop();
  }
}

function switchStmt1(fl: FuncLowerer, s: SwitchStmt, label: string): void {
  const out = fl.nested(() => {
    if (s.init !== null) fl.simpleStmt(s.init);
    if (s.tag !== null && s.tag.kind === NodeKind.TypeSwitchGuard) { typeSwitch(fl, s, s.tag, label); return; }
    let tag: J.Expr | null = null;
    let tagType: Type | null = null;
    if (s.tag !== null) {
      tagType = fl.typeOf(s.tag);
      const tv = fl.tv(s.tag);
      if (tv.mode === OperandMode.Constant) tagType = defaultOfType(tagType);
      const t = fl.names.fresh("$tag");
      fl.emit(J.const_(t, fl.value(s.tag, tagType)));
      tag = J.ident(t);
    }
    const cases: J.Case[] = [];
    for (const cc of s.body) {
      const exprs = unpackListExpr(cc.cases);
      const body = fl.nested(() => fl.block(cc.body));
      if (!endsInFallthrough(cc)) body.push(J.break_());
      if (cc.cases === null) { cases.push(J.case_(undefined, body)); continue; }
      exprs.forEach((x, i) => {
        const xt = fl.typeOf(x);
        const test = tag !== null
          ? fl.compare(Operator.Eql, tag, tagType!, fl.expr(x), xt)
          : under(xt).tkind === TypeKind.Interface
            ? fl.compare(Operator.Eql, fl.expr(x), xt, J.bool(true), TYP.bool)
            : fl.expr(x);
        cases.push(J.case_(test, i === exprs.length - 1 ? body : []));
      });
    }
    const sw = J.switch_(J.bool(true), cases, s.pos);
    fl.emit(J.labeled(label, sw));
  });
  fl.emit(out.length === 1 ? out[0]! : J.block(out));
}

function endsInFallthrough(cc: CaseClause): boolean {
  const last = cc.body[cc.body.length - 1];
  return last !== undefined && last.kind === NodeKind.BranchStmt && last.tok === Token.Fallthrough;
}

function defaultOfType(t: Type): Type {
  return defaultOf(t);
}
import { defaultOf, TYP } from "./expr.js";
import * as Cst from "../constant/index.js";

function constantNumber(v: Cst.Value): number | null {
  if (v.kind !== Cst.ValueKind.Int) return null;
  return Number(Cst.val(v) as bigint);
}
export { callParts };
function INT(): Type { return TYP.int; }
function RUNE(): Type { return TYP.int32; }

function typeSwitch(fl: FuncLowerer, s: SwitchStmt, g: TypeSwitchGuard, label?: string): void {
  const x = fl.names.fresh("$x");
  fl.emit(J.const_(x, fl.expr(g.x)));
  const xt = fl.typeOf(g.x);
  const cases: J.Case[] = [];
  for (const cc of s.body) {
    const exprs = unpackListExpr(cc.cases);
    const sym = fl.info.implicits.get(cc) as Var | undefined;
    const body = fl.nested(() => {
      if (sym && g.lhs !== null) {
        const vt = fl.subst(sym.type!);
        const n = fl.declareLocal(sym);
        const single = exprs.length === 1 && !(fl.tv(exprs[0]!).mode === OperandMode.NilValue || isNilName(fl, exprs[0]!));
        let v: J.Expr = J.ident(x);
        if (single && under(vt).tkind !== TypeKind.Interface) v = J.dot(J.ident(x), "v");
        fl.emit(J.let_(n, fl.isBoxed(sym) ? J.new_(fl.rt("Box"), [v]) : v));
      }
      fl.block(cc.body);
      fl.emit(J.break_());
    });
    if (cc.cases === null) { cases.push(J.case_(undefined, body)); continue; }
    exprs.forEach((e, i) => {
      let test: J.Expr;
      if (isNilName(fl, e)) test = J.binary(J.BinOp.StrictEq, J.ident(x), J.nul());
      else {
        const T = fl.typeOf(e);
        if (under(T).tkind === TypeKind.Interface) test = J.call(fl.rt("implementsIface"), [J.ident(x), fl.desc(T)]);
        else test = J.logical(J.BinOp.LogAnd, J.binary(J.BinOp.StrictNe, J.ident(x), J.nul()), J.binary(J.BinOp.StrictEq, J.dot(J.ident(x), "t"), fl.desc(T)));
      }
      cases.push(J.case_(test, i === exprs.length - 1 ? body : []));
    });
  }
  void xt;
  const sw = J.switch_(J.bool(true), cases, s.pos);
  fl.emit(label ? J.labeled(label, sw) : sw);
}


function isNilName(fl: FuncLowerer, e: Expr): boolean {
  const tv = fl.info.types.get(e);
  return tv !== undefined && tv.mode === OperandMode.NilValue || (tv !== undefined && tv.type.tkind === TypeKind.Basic && tv.type.kind === BasicKind.UntypedNil);
}

// ---- return and defer ----

function returnStmt(fl: FuncLowerer, s: ReturnStmt): void {
  const rf = fl.rangeFuncCtx;
  const f = fl.frame;
  const sig = f.sig!;
  const results = sig.results.vars;
  const exprs = unpackListExpr(s.results);
  if (f.wideResult !== null && rf === null && f.defers === null && f.results === null && exprs.length === 1) {
    fl.wideReturn(exprs[0]!);
    return;
  }
  let vals: J.Expr[] = [];
  if (exprs.length === 1 && results.length > 1) {
    const tv = fl.tupleValues(exprs[0]!, results.length);
    for (const p of tv.pre) fl.emit(J.exprStmt(p));
    vals = tv.vals.map((v, i) => fl.implicit(v, tv.types[i]!, fl.subst(results[i]!.type!), true));
  } else {
    vals = exprs.map((e, i) => fl.value(e, fl.subst(results[i]!.type!)));
  }
  if (rf !== null) {
    // return inside a range-over-func body: store results, stop the iteration.
    if (f.results === null && results.length > 0) throw new UnsupportedError(s.pos, "return with values inside a range-over-func loop of a function without named results");
    if (vals.length > 0) assignResults(fl, vals);
    fl.emit(J.exprStmt(J.assign(J.ident(rf.state), J.num(2))));
    fl.emit(J.return_(J.bool(false)));
    return;
  }
  if (f.defers !== null || (f.results !== null && vals.length === 0)) {
    if (vals.length > 0) assignResults(fl, vals);
    for (const st of fl.resultReturnOrDefer()) fl.emit(st);
    return;
  }
  if (vals.length === 0) { fl.emit(J.return_(undefined, s.pos)); return; }
  fl.emit(J.return_(vals.length === 1 ? vals[0]! : J.array(vals), s.pos));
}

function assignResults(fl: FuncLowerer, vals: J.Expr[]): void {
  const names = fl.frame.results!;
  const sig = fl.frame.sig!;
  if (vals.length > 1) {
    const tmps = vals.map((v) => { const t = fl.tmp(); fl.emit(J.exprStmt(J.assign(J.ident(t), v))); return J.ident(t); });
    vals = tmps;
  }
  vals.forEach((v, i) => {
    const rv = sig.results.vars[i]!;
    const target = fl.locals.get(rv) === names[i] && fl.isBoxed(rv) ? J.dot(J.ident(names[i]!), "v") : J.ident(names[i]!);
    fl.emit(J.exprStmt(J.assign(target, v)));
  });
}

/** The function and arguments of a go or defer call, evaluated now (builtins through a closure). */
function callParts(fl: FuncLowerer, call: CallExpr): { fn: J.Expr; args: J.Expr[] } {
  const ftv = fl.tv(call.fun);
  if (ftv.mode === OperandMode.Builtin || ftv.mode === OperandMode.TypExpr) {
    // The arguments are evaluated now into constants the deferred closure reads.
    for (const a of call.argList) {
      const n = fl.names.fresh("$da");
      fl.emit(J.const_(n, fl.expr(a)));
      fl.overrides.set(a, J.ident(n));
    }
    const body = fl.expr(call);
    for (const a of call.argList) fl.overrides.delete(a);
    return { fn: J.arrow([], [J.exprStmt(body)]), args: [] };
  }
  const fun = unparen(call.fun);
  const sig = under(fl.typeOf(call.fun)) as Signature;
  if (fun.kind === NodeKind.SelectorExpr) {
    const sel = fl.info.selections.get(fun);
    if (sel && sel.kind === 1) {
      const mc = fl.methodCall(fun, sel);
      for (const p of mc.pre) fl.emit(J.exprStmt(p));
      return { fn: mc.fn, args: [mc.recv, ...fl.callArgs(call, sig)] };
    }
  }
  return { fn: fl.expr(call.fun), args: fl.callArgs(call, sig) };
}

function goStmt(fl: FuncLowerer, s: CallStmt): void {
  const call = unparen(s.call) as CallExpr;
  const { fn, args } = callParts(fl, call);
  // The site: which go statement made the goroutine, for the "created by" lines of dumps.
  const site = fl.pc.goSite(s.pos, fl.frame.goName);
  fl.emit(J.exprStmt(J.call(fl.rt("go"), site < 0 ? [fn, J.array(args)] : [fn, J.array(args), J.num(site)]), s.pos));
}

function selectStmt(fl: FuncLowerer, s: import("../syntax/index.js").SelectStmt, label0?: string): void {
  const label = label0 ?? fl.names.fresh("L$sel");
  fl.breakables.push({ label, kind: "switch" });
  try {
    selectStmt1(fl, s, label);
  } finally {
    fl.breakables.pop();
  }
}

function selectStmt1(fl: FuncLowerer, s: import("../syntax/index.js").SelectStmt, label: string): void {
  const out = fl.nested(() => {
    const cases: J.Expr[] = [];
    let hasDefault = false;
    const bodies: { index: number; clause: import("../syntax/index.js").CommClause }[] = [];
    for (const cc of s.body) {
      if (cc.comm === null) { hasDefault = true; bodies.push({ index: -1, clause: cc }); continue; }
      const comm = cc.comm;
      if (comm.kind === NodeKind.SendStmt) {
        const ct = under(fl.typeOf(comm.chan)) as { elem: Type };
        cases.push(J.array([J.num(1), fl.expr(comm.chan), fl.value(comm.value, ct.elem)]));
      } else {
        // x := <-c, x, ok = <-c, <-c
        const recv = comm.kind === NodeKind.ExprStmt ? comm.x : (comm as import("../syntax/index.js").AssignStmt).rhs!;
        const op = unparen(recv) as import("../syntax/index.js").Operation;
        cases.push(J.array([J.num(2), fl.expr(op.x), J.undef()]));
      }
      bodies.push({ index: cases.length - 1, clause: cc });
    }
    const r = fl.names.fresh("$sel");
    if (cases.length === 0 && !hasDefault) {
      fl.emit(J.exprStmt(J.yield_(J.call(fl.rt("blockForever"), [], s.pos), true)));
      return;
    }
    fl.emit(J.const_(r, J.yield_(J.call(fl.rt("selectgo"), [J.array(cases), J.bool(hasDefault)], s.pos), true)));
    const jcases: J.Case[] = [];
    for (const { index, clause } of bodies) {
      const body = fl.nested(() => {
        const comm = clause.comm;
        if (comm !== null && comm.kind === NodeKind.AssignStmt) {
          const lhs = unpackListExpr(comm.lhs);
          const recvOp = unparen(comm.rhs!) as import("../syntax/index.js").Operation;
          const et = (under(fl.typeOf(recvOp.x)) as { elem: Type }).elem;
          const vals: [J.Expr, Type][] = [[J.index(J.ident(r), J.num(1)), et], [J.index(J.ident(r), J.num(2)), TYP.bool]];
          lhs.forEach((l, i) => {
            const target = unparen(l);
            if (target.kind === NodeKind.Name && target.value === "_") return;
            if (comm.op === Operator.Def) {
              const o = fl.info.defs.get(target as Name);
              if (!(o instanceof Var)) return;
              const n = fl.declareLocal(o);
              const v = fl.implicit(vals[i]![0], vals[i]![1], fl.subst(o.type!), true);
              fl.emit(J.let_(n, fl.isBoxed(o) ? J.new_(fl.rt("Box"), [v]) : v));
            } else {
              const pre: J.Expr[] = [];
              const lv = fl.lvalue(target, pre);
              if (lv) pre.push(lv.set(fl.implicit(vals[i]![0], vals[i]![1], lv.type, true)));
              for (const p of pre) fl.emit(J.exprStmt(p));
            }
          });
        }
        fl.block(clause.body);
        fl.emit(J.break_());
      });
      jcases.push(J.case_(J.num(index), body));
    }
    const sw = J.switch_(J.index(J.ident(r), J.num(0)), jcases);
    fl.emit(J.labeled(label, sw));
  });
  fl.emit(out.length === 1 ? out[0]! : J.block(out));
}

export { Func, R, rep };
