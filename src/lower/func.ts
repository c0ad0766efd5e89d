// Lowering of one Go function (or package initializer, or method wrapper) to a JS function.
// The per-construct methods live in expr.ts, call.ts, stmt.ts and assign.ts, which add them
// to FuncLowerer.prototype; the `interface FuncLowerer` declarations there are the contract.
//
// Frames: every JS function being built (the Go function and each function literal inside it)
// has a Frame with its temporaries and defer state. Temporaries are declared at the top of
// their JS function so expressions can use them without emitting statements.

import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import { FuncDecl, FuncLit, Expr, NodeKind, Name, BlockStmt } from "../syntax/index.js";
import {
  Info, Type, TypeKind, BasicKind, Signature, Var, Func, GoObj, Named, under, unalias, Tuple,
} from "../types/index.js";
import { SubstMap } from "../types/subst.js";
import type { TypeAndValue } from "../types/check.js";
import { jsIdent, NameScope } from "./names.js";
import type { LowerPackage, ProgramCompiler } from "./program.js";
import { ProgramCompiler as PC } from "./program.js";
import type { DeferFrame } from "./defer.js";
import type { WideABI } from "./wide.js";
import { walk } from "./wide.js";

export interface Frame {
  parent: Frame | null;
  temps: string[];
  freeTemps: string[];
  sig: Signature | null;
  /** The JS names of the results (named results, or synthesized when defers need them). */
  results: string[] | null;
  /** The defer strategy and its state, when the function has defer statements. */
  defers: DeferFrame | null;
  /** The function's own JS name, for recover()'s "called directly by a deferred call" test. */
  selfName: string | null;
  /** The JS function is a generator (the Go function may block): calls may use yield*. */
  gen: boolean;
  /** The Go name of the function (main.f, main.f.func1), and how many literals it holds so far. */
  goName: string | null;
  lits: number;
  /** A function literal (its literals are named f.func1.1, not f.func1.func1). */
  isLit: boolean;
  /** The wide form of a function returning a pair (pairs.ts): results go to PAIR. */
  wideResult: "s" | "u" | null;
  /** Set by a recover() call: the variable holding claimDefer's answer at entry. */
  recoverVar: string | null;
}

export class FuncLowerer {
  readonly info: Info;
  readonly locals = new Map<Var, string>();
  frame: Frame = newFrame(null, null);
  /** Statements being emitted (the current block). */
  out: J.Stmt[] = [];
  /** Go labels to JS labels. */
  readonly labels = new Map<string, string>();
  /** The Go name and kind for the next frame lowerFunc makes. */
  private declGoName: string | null = null;
  /** The wide form the next lowerFunc makes (its own parameters only, not its literals'). */
  private pendingWide: WideABI | null = null;
  private litFrame = false;

  constructor(
    readonly pc: ProgramCompiler,
    readonly pkg: LowerPackage,
    readonly decl: FuncDecl | null,
    readonly smap: SubstMap,
    readonly names: NameScope,
  ) {
    this.info = pkg.info;
  }

  // ---- type facts ----

  tv(e: Expr): TypeAndValue {
    const tv = this.info.types.get(e);
    if (!tv) throw new InternalError(`no type recorded for expression at ${e.pos}`);
    return tv;
  }

  typeOf(e: Expr): Type {
    return this.subst(this.tv(e).type);
  }

  subst(t: Type): Type {
    return PC.subst(t, this.smap);
  }

  objOf(n: Name): GoObj | undefined {
    return this.info.uses.get(n) ?? this.info.defs.get(n) ?? undefined;
  }

  rt(name: string): J.Ident {
    return this.pc.rt(name);
  }

  desc(t: Type): J.Expr {
    return this.pc.types.desc(this.subst(t));
  }

  // ---- temporaries ----

  tmp(): string {
    const f = this.frame;
    const n = f.freeTemps.pop() ?? this.names.fresh("$t");
    if (!f.temps.includes(n)) f.temps.push(n);
    return n;
  }

  /** e evaluated once: e itself when it is a plain identifier, else assigned to a temporary. */
  once(e: J.Expr, pre: J.Expr[]): J.Expr {
    if (e.kind === J.K.Ident || e.kind === J.K.Num || e.kind === J.K.Str || e.kind === J.K.This) return e;
    const t = this.tmp();
    pre.push(J.assign(J.ident(t), e));
    return J.ident(t);
  }

  emit(s: J.Stmt): void {
    this.out.push(s);
  }

  // ---- local variables ----

  /** Declares a local variable object, giving it a unique JS name. */
  declareLocal(v: Var): string {
    let n = this.locals.get(v);
    if (n !== undefined) return n;
    n = this.names.fresh(v.name === "_" || v.name === "" ? "$_" : jsIdent(v.name));
    this.locals.set(v, n);
    return n;
  }

  isBoxed(v: Var): boolean {
    return this.pc.boxed.has(v);
  }

  /** The JS expression for reading or writing variable v (a Box's `.v` if boxed). */
  varRef(v: Var): J.Expr {
    let base: J.Expr;
    const local = this.locals.get(v);
    if (local !== undefined) base = J.ident(local);
    else if (v.parent !== null && v.parent === v.pkg?.scope) base = J.ident(this.pc.objName(v));
    else base = J.ident(this.declareLocal(v));
    return this.isBoxed(v) ? J.dot(base, "v") : base;
  }

  // ---- functions ----

  /** The declaration of this lowerer's Go function under the given JS name. */
  funcDecl(name: string, wide: WideABI | null = null): J.Stmt {
    const d = this.decl!;
    const obj = this.info.defs.get(d.name) as Func;
    const sig = obj.type as Signature;
    const params: Var[] = [];
    if (sig.recv !== null) params.push(sig.recv);
    params.push(...sig.params.vars);
    const gen = this.pc.blocking.mayBlock(obj);
    this.declGoName = obj.pkg !== null ? PC.goNameOf(obj) : null;
    this.choosePairs(params, d.body!);
    this.chooseSmallVars([...params, ...sig.results.vars], d.body!);
    this.pendingWide = wide;
    const fn = this.lowerFunc(name, sig, params, d.body!, name, gen, sig.results.vars);
    let body = fn.body;
    if (d.pragmas.some((p) => p.text === "go:uintptrescapes")) {
      // gc keeps what uintptr arguments point to alive until the call returns (runtime/unsafe.ts: leases).
      const pins = this.names.fresh("$pins");
      body = [J.let_(pins, J.call(this.rt("takeLeases"), [])), J.try_(body, undefined, undefined, [J.exprStmt(J.call(this.rt("dropLeases"), [J.ident(pins)]))])];
    }
    return J.funcDecl(name, fn.params, body, gen ? { generator: true } : {}, d.pos);
  }

  /** A function literal as a JS function expression. */
  funcLit(lit: FuncLit): J.Expr {
    const sig = this.typeOf(lit) as Signature;
    const rawSig = this.tv(lit).type as Signature;
    // gc's name for the literal: f.func1 inside function f, f.func1.1 inside that literal. Its
    // JS name is unique in the program, so that tracebacks can map it back.
    const outer = this.frame;
    const k = ++outer.lits;
    const goName = outer.goName === null ? null : outer.isLit ? `${outer.goName}.${k}` : `${outer.goName}.func${k}`;
    const self = goName === null ? this.names.fresh("$f") : this.pc.globalNames.fresh(jsIdent(goName.slice(goName.lastIndexOf("/") + 1).replace(/[.()*[\]]/g, "$")));
    if (goName !== null) this.pc.closureNames.set(self, goName);
    const saved = this.frame, savedOut = this.out;
    try {
      const gen = this.pc.blocking.mayBlock(lit);
      this.declGoName = goName;
      this.litFrame = true;
      const fn = this.lowerFunc(self, sig, [...rawSig.params.vars], lit.body, self, gen, rawSig.results.vars);
      const f = J.func(self, fn.params, fn.body, gen ? { generator: true } : {}, lit.pos);
      // A literal using no variable of an enclosing function is made once, as gc makes it a
      // static closure. Made anew at each evaluation, it would hold the JS context of the
      // enclosing call, which V8 shares among all closures the call makes: the variables
      // other closures captured would stay alive as long as this one (a finalizer, say).
      if (this.capturesNothing(lit)) return J.ident(this.pc.staticConst(self + "$", f));
      return f;
    } finally {
      this.frame = saved;
      this.out = savedOut;
    }
  }

  /** Whether a function literal uses no local variable of the functions around it. */
  private capturesNothing(lit: FuncLit): boolean {
    const end = lit.body.rbrace;
    let captures = false;
    walk(lit.body, (n) => {
      if (captures || n.kind !== NodeKind.Name) return;
      const v = this.info.uses.get(n as unknown as Name);
      if (!(v instanceof Var) || v.isField) return;
      if (v.parent === null || v.parent === v.pkg?.scope || v.parent.parent === null) return;
      if (v.pos < lit.pos || v.pos > end) captures = true;
    });
    return !captures;
  }

  /**
   * The parameters and body of a function. Boxed parameters are re-bound in a Box on entry;
   * functions with defer statements run their body in a try block with the deferred calls
   * run by the runtime on return and on panic.
   */
  private lowerFunc(_name: string, sig: Signature, params: Var[], body: BlockStmt, self: string, gen: boolean, rawResults: readonly Var[]): { params: string[]; body: J.Stmt[] } {
    const outer = this.frame;
    this.frame = newFrame(outer, sig);
    this.frame.selfName = self;
    this.frame.gen = gen;
    this.frame.goName = this.declGoName;
    this.frame.isLit = this.litFrame;
    this.declGoName = null;
    this.litFrame = false;
    const wide = this.pendingWide;
    this.pendingWide = null;
    this.frame.wideResult = wide?.result ?? null;
    const jsParams: string[] = [];
    const prologue: J.Stmt[] = [];
    for (const [i, p] of params.entries()) {
      const wk = wide?.params[i] ?? null;
      if (wk !== null) {
        const pv = this.pairVars.get(p);
        if (pv !== undefined) { jsParams.push(pv.h, pv.l); continue; }
        // A wide parameter the body does no pair arithmetic on is packed once on entry.
        const n = this.declareLocal(p);
        const h = this.names.fresh(n + "$h"), l = this.names.fresh(n + "$l");
        jsParams.push(h, l);
        const v = this.packPair({ h: J.ident(h), l: J.ident(l) }, wk === "s");
        prologue.push(this.isBoxed(p) ? J.const_(n, J.new_(this.rt("Box"), [v])) : J.let_(n, v));
        continue;
      }
      const n = this.declareLocal(p);
      if (this.isBoxed(p)) {
        const raw = this.names.fresh(n + "$p");
        jsParams.push(raw);
        prologue.push(J.const_(n, J.new_(this.rt("Box"), [J.ident(raw)])));
      } else jsParams.push(n);
      const pv = this.pairVars.get(p);
      if (pv !== undefined) {
        prologue.push(J.varDecl(J.DeclKind.Let, [
          { name: pv.h, init: J.call(this.rt("hiOf"), [J.ident(n)]) },
          { name: pv.l, init: J.call(this.rt("loOf"), [J.ident(n)]) },
        ]));
      }
    }
    const df = this.deferFrame(body, rawResults);
    const results = sig.results.vars;
    const named = results.length > 0 && results[0]!.name !== "" ;
    if (named || ((df !== null || containsRangeFunc(this.info, body)) && results.length > 0)) {
      const names: string[] = [];
      for (const r of results) {
        const n = named && r.name !== "_" ? this.declareLocal(r) : this.names.fresh("$r");
        const zero = FuncLowerer.zeroValue(this.pc, this.subst(r.type!));
        prologue.push(J.let_(n, this.isBoxed(r) ? J.new_(this.rt("Box"), [zero]) : zero));
        names.push(n);
      }
      this.frame.results = names;
    }
    this.frame.defers = df;
    this.out = [];
    this.block(body.list);
    let stmts = this.out;
    if (df !== null) {
      const last = stmts[stmts.length - 1];
      if (last === undefined || (last.kind !== J.K.Return && last.kind !== J.K.Throw)) stmts.push(...this.deferExit(), ...this.resultReturn());
      stmts = this.deferWrap(stmts, this.resultReturn());
    }
    const temps = this.frame.temps;
    // A function calling recover() first finds out whether the running deferred call is
    // this very call of it (runtime claimDefer).
    const rv = this.frame.recoverVar;
    if (rv !== null) prologue.unshift(J.const_(rv, J.call(this.rt("claimDefer"), [J.ident(self)])));
    const all = [...(temps.length > 0 ? [J.varDecl(J.DeclKind.Let, temps.map((t) => ({ name: t })))] : []), ...prologue, ...stmts];
    this.frame = outer;
    return { params: jsParams, body: all };
  }

  /** `yield* e` inside a generator frame, e itself otherwise (e then must not be a generator call). */
  maybeYield(e: J.Expr): J.Expr {
    return this.frame.gen ? J.yield_(e, true) : e;
  }

  /** `return` of the current result variables (after a recovered panic or at the end). */
  resultReturn(): J.Stmt[] {
    const r = this.frame.results;
    if (r === null || r.length === 0) return [J.return_()];
    const vals = r.map((n, i) => this.resultVarValue(n, i));
    return [J.return_(vals.length === 1 ? vals[0]! : J.array(vals))];
  }

  private resultVarValue(n: string, i: number): J.Expr {
    const rv = this.frame.sig!.results.vars[i]!;
    return this.locals.get(rv) === n && this.isBoxed(rv) ? J.dot(J.ident(n), "v") : J.ident(n);
  }

  /** Statements of package-level variable initialization, in the checker's order. */
  packageInitBody(): J.Stmt[] {
    this.frame = newFrame(null, null);
    this.frame.gen = this.pc.blocking.mayBlock(`init:${this.pkg.path}`);
    this.out = [];
    for (const init of this.info.initOrder) this.packageVarInit(init.lhs, init.rhs);
    const temps = this.frame.temps;
    return [...(temps.length > 0 ? [J.varDecl(J.DeclKind.Let, temps.map((t) => ({ name: t })))] : []), ...this.out];
  }

  // ---- zero values ----

  static zeroValue(pc: ProgramCompiler, t: Type): J.Expr {
    const u = under(t);
    switch (u.tkind) {
      case TypeKind.Basic:
        switch (u.kind) {
          case BasicKind.Bool: case BasicKind.UntypedBool: return J.bool(false);
          case BasicKind.String: case BasicKind.UntypedString: return J.str("");
          case BasicKind.Complex64: case BasicKind.Complex128: case BasicKind.UntypedComplex:
            return pc.rt("zeroComplex");
          case BasicKind.UnsafePointer: case BasicKind.UntypedNil: return J.nul();
          default: return J.num(0);
        }
      case TypeKind.Slice: return pc.rt("nilSlice");
      case TypeKind.Struct: {
        const cls = pc.structClass(u);
        return J.new_(J.ident(cls), u.fields.map((f) => FuncLowerer.zeroValue(pc, f.type!)));
      }
      case TypeKind.Array: return J.call(pc.rt("makeArray"), [pc.types.desc(u.elem), J.num(Number(u.len))]);
      default: return J.nul();
    }
  }

  zero(t: Type): J.Expr {
    return FuncLowerer.zeroValue(this.pc, this.subst(t));
  }
}

function newFrame(parent: Frame | null, sig: Signature | null): Frame {
  return { parent, temps: [], freeTemps: [], sig, results: null, defers: null, selfName: null, gen: false, goName: null, lits: 0, isLit: false, wideResult: null, recoverVar: null };
}

import { Token } from "../syntax/index.js";

/** Whether a body has a range-over-func loop (whose returns go through result variables). */
function containsRangeFunc(info: Info, body: BlockStmt): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    const node = n as { kind?: NodeKind; x?: Expr };
    if (node.kind === NodeKind.FuncLit) return;
    if (node.kind === NodeKind.RangeClause) {
      const t = info.types.get(node.x!)?.type;
      if (t && under(t).tkind === TypeKind.Signature) { found = true; return; }
    }
    for (const k in n as object) {
      if (k === "kind" || k === "pos") continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(v);
    }
  };
  visit(body.list);
  return found;
}
const DEFER_TOKEN: number = Token.Defer;

export type { Tuple, Named, unalias };
