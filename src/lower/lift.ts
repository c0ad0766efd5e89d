// Lifting of generator closures to the top level (closure conversion for may-block function
// literals).
//
// V8 gives every generator *function object* its own prototype and initial map the first time
// it makes a generator. A Go function literal that may block becomes a JS generator function
// expression, so `go func() { ... }()` in a loop made a fresh generator function per goroutine,
// and each one paid for a new prototype and map, and left every generator call site
// megamorphic: spawning a goroutine cost microseconds. Lifted, the literal is one generator
// function declared once at the top level that takes the variables it captures as leading
// parameters; `go lit(args)` passes them directly and any other use of the literal becomes a
// small arrow that supplies them.
//
// Passing captured variables by value is only right when none of them is ever reassigned
// after its declaration, so:
// - before lowering, boxCapturedVars puts each variable a may-block literal captures and the
//   program assigns into a Box (as address-taken variables are), so the binding itself never
//   changes (a three-clause loop's own post statement does not count: it updates the next
//   iteration's copy, in Go as in JS);
// - after lowering, liftGenerators checks on the generated JS that every captured binding is
//   really never reassigned, and leaves a literal where it is when any is, or when it refers
//   to itself (recover's direct-call test compares the deferred value with it), or uses
//   `this`/`arguments`.

import * as J from "../js/index.js";
import {
  Expr, FuncLit, NodeKind, Name, unparen, unpackListExpr, AssignStmt, ForStmt, RangeClause, Operator,
} from "../syntax/index.js";
import { Info, Var, TypeKind, under } from "../types/index.js";

// ---- before lowering: box the variables lifted literals capture and the program assigns ----

/**
 * Adds to `boxed` every local variable that a function literal satisfying `mayBlock` captures
 * and that some statement assigns after its declaration. Structs and arrays are left alone:
 * assigning them copies into the same object.
 */
export function boxCapturedVars(info: Info, decls: readonly unknown[], mayBlock: (lit: FuncLit) => boolean, boxed: Set<Var>): void {
  const assigned = new Set<Var>();
  const lits: FuncLit[] = [];
  const localVar = (n: Expr): Var | null => {
    const x = unparen(n);
    if (x.kind !== NodeKind.Name) return null;
    const o = info.uses.get(x) ?? null;
    return o instanceof Var && !o.isField && o.parent !== o.pkg?.scope ? o : null;
  };
  const visit = (n: unknown, exempt: ReadonlySet<Var> | null): void => {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x, exempt); return; }
    const node = n as { kind?: NodeKind };
    if (node.kind === undefined) return;
    switch (node.kind) {
      case NodeKind.FuncLit:
        if (mayBlock(n as FuncLit)) lits.push(n as FuncLit);
        break;
      case NodeKind.AssignStmt: {
        const a = n as AssignStmt;
        for (const l of unpackListExpr(a.lhs)) {
          // `:=` assigns the names it does not declare anew.
          if (a.op === DEF && info.defs.get(l as Name) !== undefined) continue;
          const v = localVar(l);
          if (v !== null && !(exempt?.has(v) ?? false)) assigned.add(v);
        }
        break;
      }
      case NodeKind.RangeClause: {
        const r = n as RangeClause;
        if (!r.def && r.lhs !== null) for (const l of unpackListExpr(r.lhs)) { const v = localVar(l); if (v !== null) assigned.add(v); }
        break;
      }
      case NodeKind.ForStmt: {
        const f = n as ForStmt;
        visit(f.init, exempt); visit(f.cond, exempt); visit(f.body, exempt);
        // The post statement steps the loop's own variables, per iteration copies in Go 1.22.
        const own = new Set<Var>(exempt ?? []);
        if (f.init !== null && f.init.kind === NodeKind.AssignStmt && f.init.op === DEF) {
          for (const l of unpackListExpr(f.init.lhs)) { const o = info.defs.get(l as Name); if (o instanceof Var) own.add(o); }
        }
        visit(f.post, own);
        return;
      }
    }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v, exempt);
    }
  };
  visit(decls, null);
  for (const lit of lits) {
    for (const v of captures(info, lit)) {
      if (!assigned.has(v)) continue;
      const u = under(v.type!);
      if (u.tkind === TypeKind.Struct || u.tkind === TypeKind.Array) continue;
      boxed.add(v);
    }
  }
}

const capturedCache = new WeakMap<Info, Set<Var>>();

/** Every local variable of a package that some function literal captures (cached per package). */
export function capturedVars(info: Info, files: readonly unknown[]): ReadonlySet<Var> {
  let s = capturedCache.get(info);
  if (s !== undefined) return s;
  const all = new Set<Var>();
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    if ((n as { kind?: NodeKind }).kind === NodeKind.FuncLit) for (const v of captures(info, n as FuncLit)) all.add(v);
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v);
    }
  };
  visit(files);
  s = all;
  capturedCache.set(info, s);
  return s;
}

/** The local variables declared outside lit that lit (or a literal inside it) refers to. */
function captures(info: Info, lit: FuncLit): Set<Var> {
  const used = new Set<Var>(), defined = new Set<Var>();
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    const node = n as { kind?: NodeKind };
    if (node.kind === NodeKind.Name) {
      const d = info.defs.get(n as Name);
      if (d instanceof Var) defined.add(d);
      const u = info.uses.get(n as Name);
      if (u instanceof Var && !u.isField && u.parent !== u.pkg?.scope) used.add(u);
      return;
    }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v);
    }
  };
  visit(lit);
  for (const d of defined) used.delete(d);
  return used;
}

const DEF: number = Operator.Def;

// ---- after lowering: lift the generator function expressions that qualify ----

interface Binding {
  readonly name: string;
  /** Index in the function stack of the function whose scope declares it. */
  readonly fn: number;
  reassigned: boolean;
  /** A loop variable declared by this for statement's initializer. */
  readonly forLoop: J.For | null;
  /** The function expression this binding names (its own name, visible inside it). */
  readonly selfOf: J.Func | null;
}

interface FnInfo {
  free: Map<string, Binding>;
  selfRef: boolean;
  usesThis: boolean;
}

class Scope {
  readonly names = new Map<string, Binding>();
  constructor(readonly parent: Scope | null) {}
  lookup(n: string): Binding | undefined {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const b = s.names.get(n);
      if (b !== undefined) return b;
    }
    return undefined;
  }
}

/** Scope analysis of one top-level function: free bindings of each nested function. */
class Analyzer {
  readonly fns = new Map<J.Func | J.Arrow | J.FuncParts, FnInfo>();
  private readonly stack: FnInfo[] = [];
  private scope: Scope | null = null;
  private forUpdate: J.For | null = null;

  declare(name: string, forLoop: J.For | null = null, selfOf: J.Func | null = null): void {
    this.scope!.names.set(name, { name, fn: this.stack.length - 1, reassigned: false, forLoop, selfOf });
  }

  func(node: J.Func | J.Arrow | J.FuncParts, params: string[], body: J.Stmt[] | J.Expr, selfName: string | undefined, selfNode: J.Func | null): void {
    const info: FnInfo = { free: new Map(), selfRef: false, usesThis: false };
    this.fns.set(node, info);
    const saved = this.scope;
    this.stack.push(info);
    this.scope = new Scope(saved);
    if (selfName !== undefined) this.declare(selfName, null, selfNode);
    this.scope = new Scope(this.scope);
    for (const p of params) this.declare(p);
    if (Array.isArray(body)) {
      this.hoistVars(body);
      this.stmts(body);
    } else this.expr(body);
    this.scope = saved;
    this.stack.pop();
  }

  /** `var` declarations anywhere in a function body (outside nested functions) are function-scoped. */
  private hoistVars(body: J.Stmt[]): void {
    const visit = (s: J.Stmt | undefined): void => {
      if (s === undefined) return;
      switch (s.kind) {
        case J.K.Var: if (s.declKind === J.DeclKind.Var) for (const d of s.decls) this.declare(d.name); break;
        case J.K.Block: s.body.forEach(visit); break;
        case J.K.If: visit(s.then); visit(s.else); break;
        case J.K.For: if (s.init !== undefined && s.init.kind === J.K.Var) visit(s.init); visit(s.body); break;
        case J.K.ForOf: case J.K.ForIn: if (s.left.kind === J.K.Var) visit(s.left); visit(s.body); break;
        case J.K.While: case J.K.DoWhile: case J.K.Labeled: visit(s.body); break;
        case J.K.Try: s.block.forEach(visit); s.handler?.forEach(visit); s.finalizer?.forEach(visit); break;
        case J.K.Switch: for (const c of s.cases) c.body.forEach(visit); break;
        default: break;
      }
    };
    body.forEach(visit);
  }

  /** Statements of one block: its let/const/function/class names are visible in all of it. */
  stmts(list: J.Stmt[]): void {
    for (const s of list) {
      if (s.kind === J.K.Var && s.declKind !== J.DeclKind.Var) for (const d of s.decls) this.declare(d.name);
      else if (s.kind === J.K.FuncDecl || s.kind === J.K.ClassDecl) this.declare(s.name);
    }
    for (const s of list) this.stmt(s);
  }

  private block(list: J.Stmt[]): void {
    const saved = this.scope;
    this.scope = new Scope(saved);
    this.stmts(list);
    this.scope = saved;
  }

  private stmt(s: J.Stmt): void {
    switch (s.kind) {
      case J.K.Var: for (const d of s.decls) if (d.init !== undefined) this.expr(d.init); return;
      case J.K.ExprStmt: this.expr(s.expr); return;
      case J.K.Block: this.block(s.body); return;
      case J.K.If: this.expr(s.test); this.sub(s.then); if (s.else !== undefined) this.sub(s.else); return;
      case J.K.For: {
        const saved = this.scope;
        this.scope = new Scope(saved);
        if (s.init !== undefined) {
          if (s.init.kind === J.K.Var) {
            for (const d of s.init.decls) this.declare(d.name, s.init.declKind === J.DeclKind.Var ? null : s);
            this.stmt(s.init);
          } else this.expr(s.init);
        }
        if (s.test !== undefined) this.expr(s.test);
        this.sub(s.body);
        if (s.update !== undefined) {
          const savedU = this.forUpdate;
          this.forUpdate = s;
          this.expr(s.update);
          this.forUpdate = savedU;
        }
        this.scope = saved;
        return;
      }
      case J.K.ForOf: case J.K.ForIn: {
        this.expr(s.right);
        const saved = this.scope;
        this.scope = new Scope(saved);
        if (s.left.kind === J.K.Var) for (const d of s.left.decls) this.declare(d.name);
        else this.target(s.left);
        this.sub(s.body);
        this.scope = saved;
        return;
      }
      case J.K.While: this.expr(s.test); this.sub(s.body); return;
      case J.K.DoWhile: this.sub(s.body); this.expr(s.test); return;
      case J.K.Labeled: this.stmt(s.body); return;
      case J.K.Return: if (s.arg !== undefined) this.expr(s.arg); return;
      case J.K.Throw: this.expr(s.arg); return;
      case J.K.Try: {
        this.block(s.block);
        if (s.handler !== undefined) {
          const saved = this.scope;
          this.scope = new Scope(saved);
          if (s.param !== undefined) this.declare(s.param);
          this.stmts(s.handler);
          this.scope = saved;
        }
        if (s.finalizer !== undefined) this.block(s.finalizer);
        return;
      }
      case J.K.Switch: {
        this.expr(s.disc);
        const saved = this.scope;
        this.scope = new Scope(saved);
        const all = s.cases.flatMap((c) => c.body);
        for (const st of all) {
          if (st.kind === J.K.Var && st.declKind !== J.DeclKind.Var) for (const d of st.decls) this.declare(d.name);
          else if (st.kind === J.K.FuncDecl || st.kind === J.K.ClassDecl) this.declare(st.name);
        }
        for (const c of s.cases) { if (c.test !== undefined) this.expr(c.test); for (const st of c.body) this.stmt(st); }
        this.scope = saved;
        return;
      }
      case J.K.FuncDecl: this.func(s, s.params, s.body, undefined, null); return;
      case J.K.ClassDecl:
        if (s.superClass !== undefined) this.expr(s.superClass);
        for (const m of s.members) { if (typeof m.name !== "string") this.expr(m.name); this.func(m.fn, m.fn.params, m.fn.body, undefined, null); }
        return;
      default: return;
    }
  }

  /** A statement in a position where JS gives it a scope of its own when it declares. */
  private sub(s: J.Stmt): void {
    if (s.kind === J.K.Block) { this.block(s.body); return; }
    this.block([s]);
  }

  private ref(name: string): Binding | undefined {
    const b = this.scope!.lookup(name);
    if (b === undefined) return undefined;
    if (name === "arguments") this.thisUsed();
    const top = this.stack.length - 1;
    for (let i = b.fn + 1; i <= top; i++) {
      const f = this.stack[i]!;
      f.free.set(name, b);
    }
    // A literal naming itself (recover's direct-call test, recursion) stays where it is.
    if (b.selfOf !== null) this.stack[b.fn]!.selfRef = true;
    return b;
  }

  private thisUsed(): void {
    for (const f of this.stack) f.usesThis = true;
  }

  /** An assignment target: identifiers in it are reassigned. */
  private target(t: J.Expr): void {
    switch (t.kind) {
      case J.K.Ident: {
        const b = this.ref(t.name);
        if (b !== undefined && !(this.forUpdate !== null && b.forLoop === this.forUpdate)) b.reassigned = true;
        return;
      }
      case J.K.Array: for (const e of t.elems) this.target(e.kind === J.K.Spread ? e.arg : e); return;
      case J.K.Object:
        for (const p of t.props) {
          if (typeof p.key !== "string") this.expr(p.key);
          if (p.value !== undefined) this.target(p.value);
        }
        return;
      case J.K.Assign: this.target(t.left); this.expr(t.right); return; // a default value
      default: this.expr(t); return;
    }
  }

  expr(e: J.Expr): void {
    switch (e.kind) {
      case J.K.Ident: this.ref(e.name); return;
      case J.K.This: case J.K.Super: this.thisUsed(); return;
      case J.K.Array: for (const x of e.elems) this.expr(x); return;
      case J.K.Object:
        for (const p of e.props) {
          if (typeof p.key !== "string") this.expr(p.key);
          if (p.value !== undefined) this.expr(p.value);
          if (p.fn !== undefined) this.func(p.fn, p.fn.params, p.fn.body, undefined, null);
        }
        return;
      case J.K.Dot: this.expr(e.target); return;
      case J.K.Index: this.expr(e.target); this.expr(e.index); return;
      case J.K.Call: case J.K.New: this.expr(e.target); for (const a of e.args) this.expr(a); return;
      case J.K.Unary: this.expr(e.arg); return;
      case J.K.Update: this.target(e.arg); return;
      case J.K.Binary: this.expr(e.left); this.expr(e.right); return;
      case J.K.Cond: this.expr(e.test); this.expr(e.yes); this.expr(e.no); return;
      case J.K.Assign: this.target(e.left); this.expr(e.right); return;
      case J.K.Seq: for (const x of e.exprs) this.expr(x); return;
      case J.K.Arrow: this.func(e, e.params, e.body, undefined, null); return;
      case J.K.Func: this.func(e, e.params, e.body, e.name, e); return;
      case J.K.Yield: if (e.arg !== undefined) this.expr(e.arg); return;
      case J.K.Await: case J.K.Spread: this.expr(e.arg); return;
      default: return;
    }
  }
}

/**
 * Lifts the qualifying generator function expressions nested in the given top-level
 * declarations; returns the declarations with the lifted functions appended. `goName` is the
 * local name of the runtime's go function (null when the program has no go statement).
 */
export function liftGenerators(decls: J.Stmt[], goName: string | null): J.Stmt[] {
  const out: J.Stmt[] = [];
  const lifted: J.Stmt[] = [];
  for (const d of decls) {
    if (d.kind !== J.K.FuncDecl) { out.push(d); continue; }
    const a = new Analyzer();
    a.func(d, d.params, d.body, undefined, null);
    const liftable = new Map<J.Func, string[]>();
    for (const [node, info] of a.fns) {
      if (node === d || (node as J.Node).kind !== J.K.Func) continue;
      const f = node as J.Func;
      if (!f.generator || f.async || f.rest || f.name === undefined || info.selfRef || info.usesThis) continue;
      const free = [...info.free.values()];
      if (free.some((b) => b.reassigned)) continue;
      const names = free.map((b) => b.name);
      if (new Set([...names, ...f.params]).size !== names.length + f.params.length) continue;
      liftable.set(f, names);
    }
    if (liftable.size === 0) { out.push(d); continue; }
    const rewrite = (n: unknown): unknown => {
      if (n === null || typeof n !== "object") return n;
      if (Array.isArray(n)) return n.map(rewrite);
      const o = n as Record<string, unknown>;
      const fl = liftable.get(n as J.Func);
      if (fl !== undefined) {
        const f = n as J.Func;
        lift(f, fl);
        // Any other use of the literal: a closure supplying the captured values.
        return J.arrow(f.params, J.call(J.ident(f.name!), [...fl.map((x) => J.ident(x)), ...f.params.map((p) => J.ident(p))]), f.pos);
      }
      if (goName !== null && o.kind === J.K.Call) {
        const c = n as J.Call;
        const f0 = c.args[0] as J.Func | undefined;
        const fl0 = f0 !== undefined ? liftable.get(f0) : undefined;
        if (c.target.kind === J.K.Ident && c.target.name === goName && fl0 !== undefined && c.args.length >= 2 && c.args[1]!.kind === J.K.Array) {
          // go lit(args): the lifted generator function itself, with the captured values first.
          lift(f0!, fl0);
          const args = (rewrite(c.args[1]) as J.ArrayLit).elems;
          return { ...c, args: [J.ident(f0!.name!), J.array([...fl0.map((x) => J.ident(x)), ...args]), ...c.args.slice(2)] };
        }
      }
      const copy: Record<string, unknown> = {};
      for (const k in o) copy[k] = rewrite(o[k]);
      return copy;
    };
    const lift = (f: J.Func, free: string[]): void => {
      const body = rewrite(f.body) as J.Stmt[];
      lifted.push(J.funcDecl(f.name!, [...free, ...f.params], body, { generator: true }, f.pos));
    };
    out.push(rewrite(d) as J.Stmt);
  }
  return [...out, ...lifted];
}
