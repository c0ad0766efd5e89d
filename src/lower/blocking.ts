// Which functions may block (design decision 2): a function that may block compiles to a
// generator, called with `yield*`; every other function stays a plain JS function.
//
// A function may block when its body has a channel operation, a select or a range over a
// channel, calls a native that blocks (natives that are generator functions), calls a
// function that may block, or makes a dynamic call of a "class" that may block. Dynamic
// calls are grouped: calls of function values by signature ("sig:func(int) bool"), interface and
// type-parameter method calls by method name ("m:Name"). A class may block when some
// function that may block is used as a value of that class (function literals, functions
// and methods mentioned outside call position, every method for its name). The result is a
// fixed point over the whole program.

import {
  Expr, FuncDecl, FuncLit, NodeKind, Operator, CallExpr, Name, SelectorExpr, Token, unparen, Stmt, ForStmt,
} from "../syntax/index.js";
import { Func, Signature, TypeKind, Builtin, TypeName, Var, under, unalias } from "../types/index.js";
import { capturedVars } from "./lift.js";
import { typeString } from "../types/typestring.js";
import { SelectionKind } from "../types/check.js";
import { OperandMode } from "../types/operand.js";
import type { LowerPackage } from "./program.js";

/** A function: declared, a literal, an initializer, or a range-over-func loop (its body is the yield function). */
type FnNode = Func | FuncLit | ForStmt | string;

const DEBUG = typeof process !== "undefined" && !!process.env?.GOTS_DEBUG_BLOCKING;

interface Facts {
  direct: boolean;
  /** Functions called statically (function literals called in place included). */
  callees: Set<Func | FuncLit | ForStmt>;
  classes: Set<string>;
  /** Function literals inside, and functions mentioned as values: reachable if this is. */
  refs: Set<FnNode>;
}

function newFacts(): Facts {
  return { direct: false, callees: new Set(), classes: new Set(), refs: new Set() };
}

export class BlockingAnalysis {
  private readonly facts = new Map<FnNode, Facts>();
  /** Classes each function is a value of. */
  private readonly valueOf = new Map<FnNode, Set<string>>();
  private readonly blocking = new Set<FnNode>();
  private readonly blockingClasses = new Set<string>();
  /** Set when no function can block (no channel operations or blocking natives at all). */
  trivial = true;
  /**
   * Loops that wait on an atomic value (`for !flag.Load() {}`): they give other goroutines a
   * turn when their time slice is over, as gc's asynchronous preemption lets them, so their
   * function is a blocking one.
   */
  readonly spinLoops = new Set<Stmt>();
  /**
   * Whether the program's own packages start goroutines: then their loops that can run
   * unboundedly (see preemptible) also give other goroutines a turn when their slice is over.
   */
  private preemptUserLoops = false;

  constructor(private readonly isBlockingNative: (f: Func) => boolean, private readonly isStandard: (path: string) => boolean = () => false) {}

  mayBlock(n: FnNode): boolean {
    return this.blocking.has(n);
  }

  classBlocks(c: string): boolean {
    return this.blockingClasses.has(c);
  }

  analyze(pkgs: readonly LowerPackage[]): void {
    this.preemptUserLoops = pkgs.some((p) => !this.isStandard(p.path) && hasGoStmt(p.files));
    for (const p of pkgs) {
      // Package-level variable initializers run in the package's initializer.
      const initFacts: Facts = newFacts();
      this.facts.set(`init:${p.path}`, initFacts);
      for (const f of p.files) for (const d of f.declList) {
        if (d.kind === NodeKind.VarDecl && d.values !== null) this.walk(p, d.values, initFacts);
        if (d.kind !== NodeKind.FuncDecl) continue;
        const obj = p.info.defs.get(d.name);
        if (!(obj instanceof Func)) continue;
        const sig = obj.type as Signature;
        if (sig.recv !== null) this.addValue(obj, `m:${obj.name}`);
        if (d.body === null) {
          this.facts.set(obj, { ...newFacts(), direct: this.isBlockingNative(obj) });
          continue;
        }
        this.walkFunc(p, obj, d);
      }
    }
    // Only functions reachable from the program's roots contribute to dynamic-call classes:
    // main.main, init functions and variable initializers, and every method (any of them
    // may be called through an interface).
    const reach = new Set<FnNode>();
    const work: FnNode[] = [];
    const mark = (n: FnNode): void => { if (!reach.has(n)) { reach.add(n); work.push(n); } };
    for (const [n] of this.facts) {
      if (typeof n === "string") mark(n);
      else if (n instanceof Func && ((n.type as Signature).recv !== null || n.name === "init" || (n.name === "main" && n.pkg?.name === "main"))) mark(n);
    }
    while (work.length > 0) {
      const f = this.facts.get(work.pop()!);
      if (!f) continue;
      for (const c of f.callees) mark(c instanceof Func ? origin(c) : c);
      for (const r of f.refs) mark(r);
    }
    for (const n of [...this.valueOf.keys()]) if (!reach.has(n)) this.valueOf.delete(n);
    let changed = true;
    while (changed) {
      changed = false;
      for (const [n, f] of this.facts) {
        if (this.blocking.has(n)) continue;
        let b = f.direct;
        if (!b) for (const c of f.callees) if (this.blocking.has(c instanceof Func ? origin(c) : c)) { b = true; break; }
        if (!b) for (const c of f.classes) if (this.blockingClasses.has(c)) { b = true; break; }
        if (b) {
          this.blocking.add(n);
          this.trivial = false;
          for (const c of this.valueOf.get(n) ?? []) {
            if (DEBUG && !this.blockingClasses.has(c)) console.error(`blocking class ${c} because of`, typeof n === "string" ? n : n instanceof Func ? n.pkg?.path + "." + n.name : `func literal at ${n.pos}`);
            this.blockingClasses.add(c);
          }
          changed = true;
        }
      }
    }
  }

  private addValue(n: FnNode, cls: string, sig?: Signature): void {
    let s = this.valueOf.get(n);
    if (s === undefined) { s = new Set(); this.valueOf.set(n, s); }
    s.add(cls);
    // A value of a concrete signature may also be called from generic code.
    if (sig !== undefined) s.add(wildcardClass(sig));
  }

  private walkFunc(p: LowerPackage, obj: Func, d: FuncDecl): void {
    const facts: Facts = newFacts();
    this.facts.set(obj, facts);
    this.walk(p, d.body!.list, facts);
  }

  private walk(p: LowerPackage, root: unknown, facts: Facts): void {
    const info = p.info;
    const callees = new Set<Expr>();
    const visit = (n: unknown): void => {
      if (n === null || typeof n !== "object") return;
      if (Array.isArray(n)) { for (const x of n) visit(x); return; }
      const node = n as { kind?: NodeKind };
      if (node.kind === undefined) return;
      switch (node.kind) {
        case NodeKind.FuncLit: {
          const lit = n as FuncLit;
          const lf: Facts = newFacts();
          this.facts.set(lit, lf);
          facts.refs.add(lit);
          const sig = info.types.get(lit)?.type as Signature | undefined;
          // A literal called in place, deferred or started as a goroutine is no value others call.
          if (sig && !callees.has(lit)) this.addValue(lit, arityClass(sig), sig);
          this.walk(p, lit.body.list, lf);
          return;
        }
        case NodeKind.SendStmt: case NodeKind.SelectStmt:
          facts.direct = true;
          break;
        case NodeKind.Operation: {
          const op = n as { op: Operator; y: unknown };
          if (op.op === Operator.Recv && op.y === null) facts.direct = true;
          break;
        }
        case NodeKind.RangeClause: {
          const rc = n as { x: Expr };
          const t = info.types.get(rc.x)?.type;
          if (t && under(t).tkind === TypeKind.Chan) facts.direct = true;
          break;
        }
        case NodeKind.CallStmt: {
          // go f(x): the call runs in a new goroutine; its operands are evaluated here.
          const cs = n as { tok: Token; call: CallExpr };
          if (cs.tok === Token.Go) {
            const call = unparen(cs.call) as CallExpr;
            callees.add(unparen(call.fun));
            visit(call.fun);
            visit(call.argList);
            // The goroutine's function is a value for the runtime.
            const f = unparen(call.fun);
            const o = f.kind === NodeKind.Name ? info.uses.get(f) : f.kind === NodeKind.SelectorExpr ? info.uses.get(f.sel) : undefined;
            if (o instanceof Func) facts.refs.add(origin(o));
            return;
          }
          break;
        }
        case NodeKind.CallExpr: {
          const call = n as CallExpr;
          const fun = unparen(call.fun);
          const ftv = info.types.get(call.fun);
          if (ftv && (ftv.mode === OperandMode.TypExpr || ftv.mode === OperandMode.Builtin)) break;
          callees.add(fun);
          this.callTarget(p, fun, facts);
          break;
        }
        case NodeKind.Name: case NodeKind.SelectorExpr: {
          // A selector's name is not an expression of its own: only its operand is walked.
          if (callees.has(n as Expr)) {
            if (node.kind === NodeKind.SelectorExpr) visit((n as SelectorExpr).x);
            return;
          }
          const nm = node.kind === NodeKind.Name ? (n as Name) : (n as SelectorExpr).sel;
          const o = info.uses.get(nm);
          if (o instanceof Func) {
            const sel = node.kind === NodeKind.SelectorExpr ? info.selections.get(n as SelectorExpr) : undefined;
            const sig = (sel ? info.types.get(n as Expr)?.type : o.type) as Signature | undefined;
            if (sig && sig.tkind === TypeKind.Signature) this.addValue(origin(o), arityClass(sig), sig);
            facts.refs.add(origin(o));
          }
          if (node.kind === NodeKind.SelectorExpr) { visit((n as SelectorExpr).x); return; }
          break;
        }
        case NodeKind.ForStmt: {
          const fs = n as { init: { kind: NodeKind } | null; cond: Expr | null };
          if (fs.init !== null && fs.init.kind === NodeKind.RangeClause) {
            const rc = fs.init as unknown as { x: Expr; lhs: unknown };
            const t = info.types.get(rc.x)?.type;
            if (t !== undefined && under(t).tkind === TypeKind.Signature) {
              // Range over a function: the body is the yield function the iterator calls,
              // a value of the yield signature's class; the iterator is called through its
              // own class. A body that blocks makes both generators (and this function).
              const iter = under(t) as Signature;
              const ysig = under(iter.params.vars[0]!.type!) as Signature;
              const loop = n as ForStmt;
              const bf: Facts = newFacts();
              this.facts.set(loop, bf);
              facts.refs.add(loop);
              facts.callees.add(loop);
              this.addValue(loop, arityClass(ysig), ysig);
              facts.classes.add(arityClass(iter));
              visit(rc.x);
              visit(rc.lhs);
              this.walk(p, (fs as unknown as ForStmt).body.list, bf);
              return;
            }
          }
          const user = this.preemptUserLoops && !this.isStandard(p.path);
          if ((fs.init === null || fs.init.kind !== NodeKind.RangeClause) && (fs.cond !== null && readsAtomic(info, fs.cond) || user && preemptible(info, n as ForStmt, capturedVars(info, p.files)))) {
            facts.direct = true;
            this.spinLoops.add(n as Stmt);
          }
          break;
        }
        default: break;
      }
      for (const k in n as object) {
        if (k === "kind" || k === "pos") continue;
        const v = (n as Record<string, unknown>)[k];
        if (v !== null && typeof v === "object") visit(v);
      }
    };
    visit(root);
  }

  private callTarget(p: LowerPackage, fun: Expr, facts: Facts): void {
    const info = p.info;
    if (fun.kind === NodeKind.FuncLit) {
      // Called in place: a static call of the literal (walked as its own function).
      facts.callees.add(fun);
      return;
    }
    if (fun.kind === NodeKind.IndexExpr) fun = unparen(fun.x); // explicit instantiation
    if (fun.kind === NodeKind.Name) {
      const o = info.uses.get(fun);
      if (o instanceof Func) { facts.callees.add(o); return; }
    } else if (fun.kind === NodeKind.SelectorExpr) {
      const sel = info.selections.get(fun);
      if (sel === undefined) {
        const o = info.uses.get(fun.sel);
        if (o instanceof Func) { facts.callees.add(o); return; }
      } else if (sel.kind === SelectionKind.MethodVal) {
        const m = sel.obj as Func;
        // The receiver's static type decides: interfaces and type parameters dispatch dynamically.
        let rt = unalias(sel.recv);
        if (rt.tkind === TypeKind.Pointer) rt = unalias(rt.base);
        for (const _ of sel.index.slice(0, -1)) { rt = rt; }
        const recvSig = (m.type as Signature).recv;
        const rtype = recvSig ? unalias(recvSig.type!) : null;
        const dynamic = rtype === null || under(rtype).tkind === TypeKind.Interface || rtype.tkind === TypeKind.TypeParam
          || (rtype.tkind === TypeKind.Pointer && unalias(rtype.base).tkind === TypeKind.TypeParam);
        if (dynamic) facts.classes.add(`m:${m.name}`);
        else facts.callees.add(m);
        return;
      }
    }
    const t = info.types.get(fun)?.type;
    if (t && under(t).tkind === TypeKind.Signature) facts.classes.add(arityClass(under(t) as Signature));
    else facts.classes.add("sig:?");
  }
}

/** The generic declaration of an instantiated function or method. */
export function origin(f: Func): Func {
  let o = f;
  while (o.origin !== null && o.origin !== o) o = o.origin;
  return o;
}

/** The class of calls through function values of this signature: the signature's type. */
export function arityClass(sig: Signature): string {
  // Calls through a type that mentions type parameters (in generic code) may call a value of
  // any instance: they use the class of every signature of that arity.
  if (mentionsTypeParams(sig)) return wildcardClass(sig);
  // Parameter names do not matter: func(x int) and func(int) are one type.
  const ts = (vs: readonly { type: unknown }[]): string => vs.map((v) => typeString(v.type as never)).join(",");
  return `sig:(${ts(sig.params.vars)}${sig.variadic ? "..." : ""})(${ts(sig.results.vars)})`;
}

function wildcardClass(sig: Signature): string {
  return `sig:*${sig.params.vars.length}/${sig.results.vars.length}`;
}

function mentionsTypeParams(t: unknown, depth = 0): boolean {
  if (depth > 8 || t === null || typeof t !== "object") return false;
  const x = t as { tkind?: TypeKind; params?: { vars: { type: unknown }[] }; results?: { vars: { type: unknown }[] }; elem?: unknown; base?: unknown; key?: unknown; targs?: unknown[] | null };
  switch (x.tkind) {
    case TypeKind.TypeParam: return true;
    case TypeKind.Signature:
      return [...x.params!.vars, ...x.results!.vars].some((v) => mentionsTypeParams(v.type, depth + 1));
    case TypeKind.Pointer: return mentionsTypeParams(x.base, depth + 1);
    case TypeKind.Slice: case TypeKind.Array: case TypeKind.Chan: return mentionsTypeParams(x.elem, depth + 1);
    case TypeKind.Map: return mentionsTypeParams(x.key, depth + 1) || mentionsTypeParams(x.elem, depth + 1);
    case TypeKind.Named: return (x.targs ?? []).some((a) => mentionsTypeParams(a, depth + 1));
    default: return false;
  }
}

export type { Stmt, TypeName, Builtin };

/** Whether an expression calls a function or method of sync/atomic (outside function literals). */
/** Whether some file has a go statement. */
function hasGoStmt(files: readonly unknown[]): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    const node = n as { kind?: NodeKind; tok?: Token };
    if (node.kind === NodeKind.CallStmt && node.tok === Token.Go) { found = true; return; }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v);
    }
  };
  visit(files);
  return found;
}

/**
 * A loop that may run until another goroutine changes something: one without a condition
 * (`for { ... }`), or a `for cond { ... }` whose condition reads more than the function's own
 * uncaptured locals (a package variable, a captured variable, a call). gc preempts any
 * goroutine after 10 ms; gots checks at these loops' back edges, which is what keeps a
 * spinning goroutine from starving the others. Counted loops and loops over local state are
 * computations that end by themselves, and stay plain.
 */
function preemptible(info: import("../types/index.js").Info, fs: ForStmt, captured: ReadonlySet<Var>): boolean {
  if (fs.cond === null) return true;
  if (fs.init !== null || fs.post !== null) return false;
  let shared = false;
  const visit = (n: unknown): void => {
    if (shared || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    const node = n as { kind?: NodeKind };
    switch (node.kind) {
      case NodeKind.FuncLit: shared = true; return;
      case NodeKind.CallExpr: {
        const f = info.types.get(unparen((n as CallExpr).fun));
        // Conversions and builtins (len, cap) read only their operands.
        if (f === undefined || (f.mode !== OperandMode.TypExpr && f.mode !== OperandMode.Builtin)) { shared = true; return; }
        break;
      }
      case NodeKind.Name: {
        const o = info.uses.get(n as Name);
        if (o instanceof Var && !o.isField && (o.parent === o.pkg?.scope || captured.has(o))) shared = true;
        return;
      }
      default: break;
    }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v);
    }
  };
  visit(fs.cond);
  return shared;
}

function readsAtomic(info: import("../types/index.js").Info, e: Expr): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    const node = n as { kind?: NodeKind };
    if (node.kind === NodeKind.FuncLit) return;
    if (node.kind === NodeKind.CallExpr) {
      const f = unparen((n as CallExpr).fun);
      const nm = f.kind === NodeKind.SelectorExpr ? f.sel : f.kind === NodeKind.Name ? f : null;
      const o = nm !== null ? info.uses.get(nm) : undefined;
      if (o instanceof Func && o.pkg?.path === "sync/atomic") { found = true; return; }
    }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v);
    }
  };
  visit(e);
  return found;
}
