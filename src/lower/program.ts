// The whole-program part of lowering: JS names for package-level objects, struct classes,
// type descriptors, instantiation of generic functions (gots monomorphizes: one JS function
// per instance), natives of the standard library, package initialization and the entry call.
//
// Output shape (one JS function body taking the runtime object `$rt`):
//   const $add64 = $rt.add64, ...;         runtime exports the code uses
//   class $S0 {...} ... const $T0 = ...;    struct classes and type descriptors
//   let main$x = 0; function main$f() {}    package-level variables and functions
//   function $init$main() {...}             variable initializers and init funcs, per package
//   return $rt.runMain([...inits], main$main);

import type { DeferOptions } from "../defer/index.js";
import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import { File, FuncDecl, NodeKind, VarDecl, Expr } from "../syntax/index.js";
import {
  Info, Package, Type, TypeKind, Named, Struct, Signature, Func, Var, GoObj, TypeName, Const, TypeParam, under, unalias,
} from "../types/index.js";
import { makeSubstMap, subst, SubstMap } from "../types/subst.js";
import { TypeRegistry, fieldProp, typeStr } from "./typedesc.js";
import { jsIdent, NameScope } from "./names.js";
import { FuncLowerer } from "./func.js";
import { BlockingAnalysis } from "./blocking.js";
import { wideEligible, wideWrapper, type WideABI } from "./wide.js";

export interface LowerPackage {
  path: string;
  pkg: Package;
  info: Info;
  files: readonly File[];
}

const defaultDeferOptions: DeferOptions = { noOpen: false };

export interface LowerOptions {
  /** Standard-library functions implemented natively: "pkgpath.Func" or "pkgpath.Type.Method". */
  hasNative(key: string): boolean;
  /** Natives that may block (generator functions). */
  isBlockingNative?(key: string): boolean;
  /** The defer options (-N, -d=noopendefer) of a package; open-coding is on by default. */
  deferOptions?(pkgPath: string): DeferOptions;
  /** Whether a package is part of the standard library (its loops are not preempted). */
  isStandard?(pkgPath: string): boolean;
  /** runtime/debug.ReadBuildInfo's text (src/buildinfo.ts), when the program links runtime/debug. */
  buildInfo?: string;
  /** A position as `file:line`, for the "created by" lines of goroutine dumps. */
  sitePosition?(pos: number): string | undefined;
}

/** A generic function or method to emit for one list of type arguments. */
interface Instance {
  name: string;
  decl: FuncDecl;
  pkg: LowerPackage;
  smap: SubstMap;
}

export class ProgramCompiler {
  readonly types: TypeRegistry;
  private readonly rtUsed = new Map<string, string>();
  readonly globalNames = new NameScope();
  private readonly objNames = new Map<GoObj, string>();
  private readonly pkgPrefix = new Map<Package, string>();
  private readonly structClasses = new Map<string, string>();
  private readonly classDecls: J.Stmt[] = [];
  readonly funcDecls: J.Stmt[] = [];
  private readonly nativeDecls: J.Stmt[] = [];
  private readonly varDecls: J.Stmt[] = [];
  private readonly instances = new Map<string, Instance>();
  private readonly instQueue: Instance[] = [];
  /** FuncDecl of each declared function and method object, with its package. */
  private readonly declOf = new Map<Func, { decl: FuncDecl; pkg: LowerPackage }>();
  private readonly pkgOf = new Map<Package, LowerPackage>();
  readonly wrappers = new Map<string, string>();
  /** Variables whose address is taken somewhere (they live in a Box). */
  readonly boxed = new Set<Var>();
  readonly blocking: BlockingAnalysis;

  /** The defer options of a package's functions. */
  deferOptionsFor(pkgPath: string): DeferOptions {
    return this.opts.deferOptions?.(pkgPath) ?? defaultDeferOptions;
  }

  constructor(readonly pkgs: readonly LowerPackage[], readonly opts: LowerOptions) {
    this.blocking = new BlockingAnalysis((f) => {
      const key = this.nativeKey(f);
      return key !== null && (opts.isBlockingNative?.(key) ?? false);
    }, (path) => opts.isStandard?.(path) ?? false);
    this.types = new TypeRegistry({
      rt: (n) => this.rt(n),
      methodFunc: (recv, m) => this.methodRef(recv, m),
      methodWrapper: (recv, e) => this.methodWrapper(recv, e),
      structClass: (s) => this.structClass(s),
    });
  }

  /** A runtime export, bound once to a local constant in the prologue. */
  rt(name: string): J.Ident {
    let local = this.rtUsed.get(name);
    if (local === undefined) {
      local = "$" + name;
      this.rtUsed.set(name, local);
    }
    return J.ident(local);
  }

  pkgFor(p: Package): LowerPackage {
    const lp = this.pkgOf.get(p);
    if (!lp) throw new InternalError(`package ${p.path} is not part of the program`);
    return lp;
  }

  private prefix(p: Package): string {
    let s = this.pkgPrefix.get(p);
    if (s === undefined) {
      s = this.globalNames.fresh(jsIdent(p.name));
      this.pkgPrefix.set(p, s);
    }
    return s;
  }

  /** The JS name of a package-level variable, constant-free function or method. */
  objName(o: GoObj): string {
    let n = this.objNames.get(o);
    if (n !== undefined) return n;
    const pkg = o.pkg;
    if (pkg === null) throw new InternalError(`no package for ${o.name}`);
    let base = `${this.prefix(pkg)}$${jsIdent(o.name)}`;
    if (o instanceof Func) {
      const recv = (o.type as Signature).recv;
      if (recv !== null) {
        let rt = unalias(recv.type!);
        if (rt.tkind === TypeKind.Pointer) rt = unalias(rt.base);
        const rn = rt.tkind === TypeKind.Named ? (rt.orig ?? rt).obj.name : "recv";
        base = `${this.prefix(pkg)}$${jsIdent(rn)}$${jsIdent(o.name)}`;
      }
    }
    n = this.globalNames.fresh(base);
    this.objNames.set(o, n);
    return n;
  }

  /** The struct class of a struct type: one per identical struct type. */
  structClass(s: Struct): string {
    const key = this.types.key(s);
    let name = this.structClasses.get(key);
    if (name !== undefined) return name;
    name = `$S${this.structClasses.size}`;
    this.structClasses.set(key, name);
    const props = s.fields.map((_, i) => fieldProp(s, i));
    const params = props.map((_, i) => `f${i}`);
    const ctorBody = props.map((p, i) => J.exprStmt(J.assign(J.dot(J.this_(), p), J.ident(params[i]!))));
    // $clone: Go's value copy. Nested structs and arrays are copied too.
    const cloneArgs = s.fields.map((f, i) => this.cloneExpr(f.type!, J.dot(J.this_(), props[i]!)));
    // $set: assignment into this existing value (pointers to it stay valid).
    const setBody = s.fields.map((f, i) => J.exprStmt(J.assign(J.dot(J.this_(), props[i]!), this.cloneExpr(f.type!, J.dot(J.ident("o"), props[i]!)))));
    this.classDecls.push(J.classDecl(name, undefined, [
      { kind: J.MemberKind.Method, name: "constructor", fn: { params, body: ctorBody } },
      { kind: J.MemberKind.Method, name: "$clone", fn: { params: [], body: [J.return_(J.new_(J.ident(name), cloneArgs))] } },
      { kind: J.MemberKind.Method, name: "$set", fn: { params: ["o"], body: setBody } },
    ]));
    return name;
  }

  /** A copy of a value of type t (for structs and arrays; the value itself otherwise). */
  cloneExpr(t: Type, v: J.Expr): J.Expr {
    const u = under(t);
    if (u.tkind === TypeKind.Struct) return J.call(J.dot(v, "$clone"));
    if (u.tkind === TypeKind.Array) return J.call(J.dot(this.types.desc(t), "clone"), [v]);
    return v;
  }

  /** The function implementing method m of named type recv (an instance's own copy for generic types). */
  methodRef(recv: Named, m: Func): J.Expr {
    const orig = recv.orig ?? recv;
    // The declared method of the generic type.
    const om = orig.methods.find((x) => x.name === m.name) ?? m;
    if (recv.targs && recv.targs.length > 0) {
      // The method body refers to its receiver's type parameters, not the type's own.
      const rparams = (om.type as Signature).rparams ?? orig.tparams ?? [];
      return J.ident(this.instantiate(om, rparams, recv.targs));
    }
    return this.funcRef(om);
  }

  /** A reference to a non-generic function or method object (natives included). */
  funcRef(f: Func): J.Expr {
    return J.ident(this.objName(f));
  }

  /** Each method wrapper's target, set on the wrapper (`w.$w = f`) once every function is declared. */
  private readonly wrapperMarks: J.Stmt[] = [];

  /** Program-level constants made by the lowering (defer homes), declared after the runtime bindings. */
  private readonly staticDecls: J.Stmt[] = [];

  /** A program-level constant initialized once with init; returns its name. */
  staticConst(base: string, init: J.Expr): string {
    const n = this.globalNames.fresh(base);
    this.staticDecls.push(J.const_(n, init));
    return n;
  }

  /** Whether gots emitted some instance of a generic declaration (gc compiles only those). */
  isInstantiated(decl: FuncDecl): boolean {
    for (const inst of this.instances.values()) if (inst.decl === decl) return true;
    return false;
  }

  /** The instance of a generic function or method for the given type arguments. */
  instantiate(f: Func, tparams: readonly TypeParam[], targs: readonly Type[]): string {
    const key = `${this.objName(f)}[${targs.map((t) => this.types.key(t)).join(",")}]`;
    const hit = this.instances.get(key);
    if (hit) return hit.name;
    const d = this.declOf.get(f);
    if (!d) throw new InternalError(`no declaration for generic ${f.name}`);
    const inst: Instance = {
      name: this.globalNames.fresh(this.objName(f)),
      decl: d.decl, pkg: d.pkg, smap: makeSubstMap(tparams as TypeParam[], targs as Type[]),
    };
    this.instances.set(key, inst);
    this.instQueue.push(inst);
    return inst.name;
  }

  /** Wrappers for method-table entries whose receiver needs adjusting (promotion, copies, derefs). */
  methodWrapper(recv: Type, e: { obj: Func; index: number[]; indirect: boolean }): J.Expr {
    const key = `${this.types.key(recv)}.${e.obj.id()}`;
    let name = this.wrappers.get(key);
    if (name !== undefined) return J.ident(name);
    name = this.globalNames.fresh(`$wrap$${jsIdent(e.obj.name)}`);
    this.wrappers.set(key, name);
    const fl = new FuncLowerer(this, this.pkgFor(e.obj.pkg!), null, new Map(), new NameScope());
    const { decl, target } = fl.methodWrapperDecl(name, recv, e);
    this.funcDecls.push(decl);
    // The method the wrapper calls, which recover() sees as the deferred call when the
    // wrapper is deferred (gc's wrappers are transparent to recover).
    if (target !== null) this.wrapperMarks.push(J.exprStmt(J.assign(J.dot(J.ident(name), "$w"), target)));
    return J.ident(name);
  }

  /** A substituted type (identity outside generic code). */
  static subst(t: Type, smap: SubstMap): Type {
    if (smap.size === 0) return t;
    return subst(null, 0, t, smap, null, null);
  }

  /** Function literals' JS names and their Go names (main.main.func1), for tracebacks. */
  readonly closureNames = new Map<string, string>();

  /** Go names of generated functions by JS name, for tracebacks ("main.f", "main.(*T).M", "main.f.func1"). */
  goNames(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [o, js] of this.objNames) {
      if (!(o instanceof Func) || o.pkg === null) continue;
      // A function with a wide form is traced by that form; its wrapper frame is left out.
      const w = this.wideForms.get(o);
      out[w ? w.name : js] = ProgramCompiler.goNameOf(o);
    }
    for (const [js, go] of this.closureNames) out[js] = go;
    return out;
  }

  /** A declared function's name as gc's tracebacks print it. */
  static goNameOf(o: Func): string {
    const sig = o.type as Signature;
    let name = `${o.pkg!.path}.${o.name}`;
    if (sig.recv !== null) {
      let rt = unalias(sig.recv.type!);
      const ptr = rt.tkind === TypeKind.Pointer;
      if (rt.tkind === TypeKind.Pointer) rt = unalias(rt.base);
      const tn = rt.tkind === TypeKind.Named ? rt.obj.name : "?";
      name = `${o.pkg!.path}.${ptr ? `(*${tn})` : tn}.${o.name}`;
    }
    return name;
  }

  private readonly goSites: [string, string][] = [];
  private readonly goSiteIndex = new Map<string, number>();

  /**
   * The index of a go statement in the program's site table (-1 when its position is
   * unknown): the function holding the statement and its position, which gc's "created by"
   * lines show.
   */
  goSite(pos: number, funcName: string | null): number {
    const where = this.opts.sitePosition?.(pos);
    if (where === undefined) return -1;
    const key = `${funcName ?? ""} ${where}`;
    let i = this.goSiteIndex.get(key);
    if (i === undefined) {
      i = this.goSites.length;
      this.goSites.push([funcName ?? "", where]);
      this.goSiteIndex.set(key, i);
    }
    return i;
  }

  // ---- the program ----

  compile(mainPkg: LowerPackage): J.Program {
    for (const p of this.pkgs) {
      this.pkgOf.set(p.pkg, p);
      for (const f of p.files) for (const d of f.declList) {
        if (d.kind === NodeKind.FuncDecl) {
          const obj = p.info.defs.get(d.name);
          if (obj instanceof Func) this.declOf.set(obj, { decl: d, pkg: p });
        }
      }
    }
    for (const p of this.pkgs) this.findBoxed(p);
    this.blocking.analyze(this.pkgs);
    for (const p of this.pkgs) for (const f of p.files) boxCapturedVars(p.info, f.declList, (l) => this.blocking.mayBlock(l), this.boxed);

    const inits: J.Expr[] = [];
    for (const p of this.pkgs) {
      this.declarePackage(p);
      const init = this.packageInit(p);
      if (init !== null) inits.push(J.ident(init));
    }
    this.drainInstances();

    const mainObj = mainPkg.pkg.scope.lookup("main");
    if (!(mainObj instanceof Func)) throw new InternalError("package main has no main function");
    const osLinked = this.pkgs.some((p) => p.path === "os");
    const runOpts = [J.prop("osLinked", J.bool(osLinked))];
    if (this.opts.buildInfo !== undefined) runOpts.push(J.prop("buildInfo", J.str(this.opts.buildInfo)));
    if (this.goSites.length > 0) runOpts.push(J.prop("goSites", J.array(this.goSites.map(([f, w]) => J.array([J.str(f), J.str(w)])))));
    const entry = J.return_(J.call(this.rt("runMain"), [J.array(inits), this.funcRef(mainObj), J.object(runOpts)]));

    // Type descriptors may be created while emitting any function, so they are collected last.
    const prologue: J.Stmt[] = [];
    const rtDecls = [...this.rtUsed].map(([name, local]) => ({ name: local, init: J.dot(J.ident("$rt"), name) as J.Expr }));
    if (rtDecls.length > 0) prologue.push(J.varDecl(J.DeclKind.Const, rtDecls));
    return J.program([
      J.exprStmt(J.str("use strict")),
      ...prologue,
      ...this.staticDecls,
      ...this.nativeDecls,
      ...this.classDecls,
      ...this.types.decls,
      ...this.types.completions,
      ...this.varDecls,
      ...liftGenerators(this.funcDecls, this.rtUsed.get("go") ?? null),
      ...this.wrapperMarks,
      entry,
    ]);
  }

  private drainInstances(): void {
    while (this.instQueue.length > 0) {
      const inst = this.instQueue.shift()!;
      const fl = new FuncLowerer(this, inst.pkg, inst.decl, inst.smap, new NameScope());
      this.funcDecls.push(fl.funcDecl(inst.name));
    }
  }

  private declarePackage(p: LowerPackage): void {
    for (const f of p.files) for (const d of f.declList) {
      if (d.kind === NodeKind.FuncDecl) this.declareFunc(p, d);
      else if (d.kind === NodeKind.VarDecl) this.declareVars(p, d);
    }
  }

  private declareFunc(p: LowerPackage, d: FuncDecl): void {
    const obj = p.info.defs.get(d.name);
    if (!(obj instanceof Func)) return;
    if (d.name.value === "_" ) return;
    const sig = obj.type as Signature;
    // Generic functions and methods of generic types are emitted per instance, on demand.
    if ((sig.tparams && sig.tparams.length > 0) || (sig.rparams && sig.rparams.length > 0)) return;
    const name = this.objName(obj);
    if (d.body === null) {
      // Natives are constants, so they go before anything (method tables) that refers to them.
      this.nativeDecls.push(this.nativeDecl(p, obj, name));
      return;
    }
    const fl = new FuncLowerer(this, p, d, new Map(), new NameScope());
    const wide = this.wideABI(obj);
    this.funcDecls.push(fl.funcDecl(wide?.name ?? name, wide));
    if (wide !== null) this.funcDecls.push(wideWrapper(fl, name, wide, sig.params.vars.length));
  }

  private readonly wideForms = new Map<Func, WideABI | null>();

  /** The wide form of a declared function (pairs.ts), or null when it has none. */
  wideABI(f: Func): WideABI | null {
    let w = this.wideForms.get(f);
    if (w !== undefined) return w;
    w = null;
    const d = this.declOf.get(f);
    if (d !== undefined) {
      const e = wideEligible(d.decl, f.type as Signature, d.pkg.info, this.blocking.mayBlock(f));
      if (e !== null) w = { name: this.globalNames.fresh(this.objName(f) + "$w"), ...e };
    }
    this.wideForms.set(f, w);
    return w;
  }

  /** "path.Func" or "path.Type.Method" for a function of the program. */
  nativeKey(obj: Func): string | null {
    const sig = obj.type as Signature;
    if (obj.pkg === null) return null;
    let key = `${obj.pkg.path}.${obj.name}`;
    if (sig.recv !== null) {
      let rt = unalias(sig.recv.type!);
      if (rt.tkind === TypeKind.Pointer) rt = unalias(rt.base);
      key = `${obj.pkg.path}.${(rt as Named).obj.name}.${obj.name}`;
    }
    return key;
  }

  private nativeDecl(p: LowerPackage, obj: Func, name: string): J.Stmt {
    const sig = obj.type as Signature;
    const key = this.nativeKey(obj)!;
    if (!this.opts.hasNative(key)) {
      // A body-less function without a native: calling it is a link error in gc; here it
      // panics when called, with a message naming it, so unrelated programs still run.
      return J.funcDecl(name, [], [J.throw_(J.new_(J.ident("Error"), [J.str(`gots: missing function body: ${key}`)]))]);
    }
    const nativeName = sig.recv !== null ? key.slice(p.path.length + 1).replace(".", "$") : obj.name;
    return J.varDecl(J.DeclKind.Const, [{ name, init: J.index(J.index(J.dot(J.ident("$rt"), "natives"), J.str(p.path)), J.str(nativeName)) }]);
  }

  private declareVars(p: LowerPackage, d: VarDecl): void {
    for (const n of d.nameList) {
      const obj = p.info.defs.get(n);
      if (!(obj instanceof Var)) continue;
      const name = this.objName(obj);
      const zero = FuncLowerer.zeroValue(this, obj.type!);
      this.varDecls.push(J.let_(name, this.boxed.has(obj) ? J.new_(this.rt("Box"), [zero]) : zero));
    }
  }

  /** Variable initializers in dependency order, then init functions in file order. */
  private packageInit(p: LowerPackage): string | null {
    const fl = new FuncLowerer(this, p, null, new Map(), new NameScope());
    const body = fl.packageInitBody();
    const inits: J.Stmt[] = [];
    for (const f of p.files) for (const d of f.declList) {
      if (d.kind === NodeKind.FuncDecl && d.recv === null && d.name.value === "init" && d.body !== null) {
        const obj = p.info.defs.get(d.name);
        if (obj instanceof Func) inits.push(J.exprStmt(J.call(J.ident(this.objName(obj)))));
      }
    }
    if (body.length === 0 && inits.length === 0) return null;
    const name = this.globalNames.fresh(`$init$${this.prefix(p.pkg)}`);
    // init functions that may block make the initializer a generator too.
    const gen = this.blocking.mayBlock(`init:${p.path}`) || inits.length > 0 && this.initsBlock(p);
    const initCalls = gen ? inits.map((st) => J.exprStmt(J.yield_(J.call(this.rt("callDyn"), [(((st as J.ExprStmt).expr) as J.Call).target, J.array([])]), true))) : inits;
    this.funcDecls.push(J.funcDecl(name, [], [...body, ...initCalls], gen ? { generator: true } : {}));
    return name;
  }

  private initsBlock(p: LowerPackage): boolean {
    for (const f of p.files) for (const d of f.declList) {
      if (d.kind === NodeKind.FuncDecl && d.recv === null && d.name.value === "init") {
        const obj = p.info.defs.get(d.name);
        if (obj instanceof Func && this.blocking.mayBlock(obj)) return true;
      }
    }
    return false;
  }

  // ---- address-taken variables ----

  private findBoxed(p: LowerPackage): void {
    const info = p.info;
    const markAddr = (x: Expr): void => {
      while (x.kind === NodeKind.ParenExpr) x = x.x;
      if (x.kind !== NodeKind.Name) return;
      const o = info.uses.get(x) ?? info.defs.get(x);
      if (!(o instanceof Var) || o.isField) return;
      const u = under(o.type!);
      // Structs and arrays are objects already: their address is the object.
      if (u.tkind === TypeKind.Struct || u.tkind === TypeKind.Array) return;
      this.boxed.add(o);
    };
    const visit = (n: unknown): void => {
      if (n === null || typeof n !== "object") return;
      if (Array.isArray(n)) { for (const x of n) visit(x); return; }
      const node = n as { kind?: NodeKind };
      if (node.kind === undefined) return;
      if (node.kind === NodeKind.Operation) {
        const op = n as { op: number; x: Expr; y: Expr | null };
        if (op.y === null && op.op === AND_OP) markAddr(op.x);
      } else if (node.kind === NodeKind.SelectorExpr) {
        const se = n as unknown as import("../syntax/index.js").SelectorExpr;
        const sel = info.selections.get(se);
        if (sel && sel.kind === 1 /* MethodVal */) {
          const sig = sel.obj.type as Signature;
          if (sig.recv && unalias(sig.recv.type!).tkind === TypeKind.Pointer && !sel.indirect && sel.index.length === 1) {
            const rt = unalias(sel.recv);
            if (rt.tkind !== TypeKind.Pointer) markAddr(se.x);
          }
        }
      }
      for (const k in n as object) {
        if (k === "kind" || k === "pos") continue;
        const v = (n as Record<string, unknown>)[k];
        if (v !== null && typeof v === "object") visit(v);
      }
    };
    for (const f of p.files) visit(f.declList);
  }
}

import { Operator } from "../syntax/index.js";
import { boxCapturedVars, liftGenerators } from "./lift.js";
const AND_OP: number = Operator.And;

export { typeStr, TypeName, Const };

