// Lowering of calls: function and method calls (static, through interfaces, through function
// values), argument passing with variadic packing, builtins, conversions, method values and
// method expressions, and the wrappers that adjust receivers in method tables.

import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import { CallExpr, Expr, NodeKind, SelectorExpr, unparen, Operation } from "../syntax/index.js";
import {
  Type, TypeKind, BasicKind, Func, Signature, Named, Builtin, BuiltinId, Var, Pointer, under, unalias,
} from "../types/index.js";
import { Selection, SelectionKind } from "../types/check.js";
import { OperandMode } from "../types/operand.js";
import { lookupFieldOrMethod } from "../types/lookup.js";
import { FuncLowerer } from "./func.js";
import { R, rep, convertNumber, isInt } from "./ops.js";
import { fieldProp, sigWithoutRecv } from "./typedesc.js";
import { defaultOf } from "./expr.js";
import { origin, arityClass } from "./blocking.js";

declare module "./func.js" {
  interface FuncLowerer {
    callExpr(e: CallExpr): J.Expr;
    /** The lowered arguments of a call to a function of signature sig. */
    callArgs(e: CallExpr, sig: Signature): J.Expr[];
    /** The callee and receiver-first arguments of a method call x.M(...). */
    methodCall(fun: SelectorExpr, sel: Selection): { fn: J.Expr; recv: J.Expr; pre: J.Expr[] };
    methodValue(e: SelectorExpr, sel: Selection): J.Expr;
    methodExpr(e: SelectorExpr, sel: Selection): J.Expr;
    conversion(x: Expr, to: Type): J.Expr;
    convertValue(x: J.Expr, from: Type, to: Type, fresh: boolean): J.Expr;
    builtinCall(e: CallExpr, id: BuiltinId): J.Expr;
    callBlocks(e: CallExpr): "no" | "static" | "dynamic";
    /** A method wrapper, and the function it calls directly (null when it dispatches dynamically). */
    methodWrapperDecl(name: string, recv: Type, entry: { obj: Func; index: number[]; indirect: boolean }): { decl: J.Stmt; target: J.Expr | null };
    recvExpr(e: Operation, commaOk: boolean): J.Expr;
    concreteSelection(e: SelectorExpr, sel: Selection): Selection;
    /** The key of a method in method tables. */
    methodKey(m: Func): string;
  }
}

const P = FuncLowerer.prototype;

P.methodKey = function (m: Func): string {
  return m.exported() ? m.name : `${m.pkg?.path ?? ""}.${m.name}`;
};

function memberOf(obj: J.Expr, key: string): J.Expr {
  return J.isIdentifierName(key) ? J.dot(obj, key) : J.index(obj, J.str(key));
}

P.callExpr = function (this: FuncLowerer, e: CallExpr): J.Expr {
  const ftv = this.tv(e.fun);
  if (ftv.mode === OperandMode.TypExpr) return this.conversion(e.argList[0]!, this.typeOf(e.fun));
  if (ftv.mode === OperandMode.Builtin) {
    const f = unparen(e.fun);
    const o = f.kind === NodeKind.Name ? this.objOf(f) : f.kind === NodeKind.SelectorExpr ? this.objOf(f.sel) : undefined;
    if (!(o instanceof Builtin)) throw new InternalError("builtin without object");
    return this.builtinCall(e, o.id_);
  }
  const wc = this.wideCall(e);
  if (wc !== null) {
    const R0 = this.rt("PAIR");
    const tail = wc.result === null ? [wc.call] : [wc.call, this.packPair({ h: J.index(R0, J.num(0)), l: J.index(R0, J.num(1)) }, wc.result === "s")];
    const all = [...wc.pre, ...tail];
    return all.length === 1 ? all[0]! : J.seq(all);
  }
  const fun = unparen(e.fun);
  const sig = under(this.typeOf(e.fun)) as Signature;
  const how = this.callBlocks(e);
  const finish = (fn: J.Expr, args: J.Expr[]): J.Expr => {
    if (how === "no") return J.call(fn, args, e.pos);
    if (!this.frame.gen) throw new InternalError(`a call that may block (${how}) in ${this.frame.selfName ?? "a package initializer"}, compiled as plain`);
    if (how === "static") return J.yield_(J.call(fn, args, e.pos), true);
    return J.yield_(J.call(this.rt("callDyn"), [fn, J.array(args)], e.pos), true);
  };
  if (fun.kind === NodeKind.SelectorExpr) {
    const sel = this.info.selections.get(fun);
    if (sel && sel.kind === SelectionKind.MethodVal) {
      const { fn, recv, pre } = this.methodCall(fun, sel);
      const call = finish(fn, [recv, ...this.callArgs(e, sig)]);
      return pre.length > 0 ? J.seq([...pre, call]) : call;
    }
  }
  return finish(this.expr(e.fun), this.callArgs(e, sig));
};

P.callBlocks = function (this: FuncLowerer, e: CallExpr): "no" | "static" | "dynamic" {
  const b = this.pc.blocking;
  if (b.trivial) return "no";
  let fun = unparen(e.fun);
  if (fun.kind === NodeKind.FuncLit) return b.mayBlock(fun) ? "static" : "no";
  if (fun.kind === NodeKind.IndexExpr) fun = unparen(fun.x);
  if (fun.kind === NodeKind.Name) {
    const o = this.objOf(fun);
    if (o instanceof Func) return b.mayBlock(origin(o)) ? "static" : "no";
  } else if (fun.kind === NodeKind.SelectorExpr) {
    const sel = this.info.selections.get(fun);
    if (sel === undefined) {
      const o = this.objOf(fun.sel);
      if (o instanceof Func) return b.mayBlock(origin(o)) ? "static" : "no";
    } else if (sel.kind === SelectionKind.MethodVal) {
      const m = sel.obj as Func;
      const [, xt] = this.fieldPath(J.nul(), this.typeOf(fun.x), sel.index.slice(0, -1));
      if (under(xt).tkind === TypeKind.Interface) return b.classBlocks(`m:${m.name}`) ? "dynamic" : "no";
      const recvSig = (m.type as Signature).recv;
      const rtype = recvSig ? unalias(recvSig.type!) : null;
      // A method of an interface (a type parameter's constraint, in generic code) is what
      // the analysis saw: a dynamic call by name.
      if (rtype === null || under(rtype).tkind === TypeKind.Interface) return b.classBlocks(`m:${m.name}`) ? "dynamic" : "no";
      return b.mayBlock(origin(m)) || b.mayBlock(origin(declaredMethod(m))) ? "static" : "no";
    }
  }
  // The class is computed on the unsubstituted type, as the analysis saw it.
  return b.classBlocks(arityClass(under(this.tv(e.fun).type) as Signature)) ? "dynamic" : "no";
};

/** The declared method behind a method of an instantiated type (same name on the generic type). */
function declaredMethod(m: Func): Func {
  const recv = (m.type as Signature).recv;
  if (!recv) return m;
  let rt = unalias(recv.type!);
  if (rt.tkind === TypeKind.Pointer) rt = unalias(rt.base);
  if (rt.tkind !== TypeKind.Named || rt.orig === null) return m;
  return rt.orig.methods.find((x) => x.name === m.name) ?? m;
}
export { declaredMethod };

P.callArgs = function (this: FuncLowerer, e: CallExpr, sig: Signature): J.Expr[] {
  const params = sig.params.vars;
  const args = e.argList;
  // f(g()) with g returning several values.
  if (args.length === 1 && params.length > 1 || (args.length === 1 && this.tv(args[0]!).type.tkind === TypeKind.Tuple)) {
    const tt = this.tv(args[0]!).type;
    if (tt.tkind === TypeKind.Tuple) {
      const t = this.tmp();
      const first = J.assign(J.ident(t), this.expr(args[0]!));
      const vals: J.Expr[] = tt.vars.map((v, i) => J.index(J.ident(t), J.num(i)));
      const typed = vals.map((v, i) => this.implicit(v, this.subst(tt.vars[i]!.type!), paramType(this, sig, i, tt.vars.length), true));
      const packed = packVariadic(this, sig, typed, tt.vars.length, false);
      packed[0] = J.seq([first, packed[0]!]);
      return packed;
    }
  }
  const vals: J.Expr[] = [];
  for (let i = 0; i < args.length; i++) {
    if (sig.variadic && !e.hasDots && i >= params.length - 1) {
      vals.push(this.value(args[i]!, (under(this.subst(params[params.length - 1]!.type!)) as { elem: Type }).elem));
    } else {
      vals.push(this.value(args[i]!, this.subst(params[Math.min(i, params.length - 1)]!.type!)));
    }
  }
  // gc's order: arguments with calls are evaluated first, left to right, into temporaries;
  // the other arguments (variables, fields, constants) are read when the call is made.
  const calls = args.map((a) => hasCall(a));
  if (calls.some((c) => c) && calls.some((c, i) => !c && !isConstArg(this, args[i]!))) {
    const pre: J.Expr[] = [];
    for (let i = 0; i < vals.length; i++) {
      if (!calls[i]) continue;
      const t = this.tmp();
      pre.push(J.assign(J.ident(t), vals[i]!));
      vals[i] = J.ident(t);
    }
    if (vals.length > 0 && pre.length > 0) vals[0] = J.seq([...pre, vals[0]!]);
  }
  return packVariadic(this, sig, vals, args.length, e.hasDots);
};

function isConstArg(fl: FuncLowerer, a: Expr): boolean {
  const tv = fl.info.types.get(a);
  return tv !== undefined && tv.value !== null;
}

/** Whether an expression has a call or a receive in it (outside function literals). */
export function hasCall(e: unknown): boolean {
  if (e === null || typeof e !== "object") return false;
  if (Array.isArray(e)) return e.some(hasCall);
  const n = e as { kind?: NodeKind; op?: unknown; y?: unknown };
  if (n.kind === NodeKind.FuncLit) return false;
  if (n.kind === NodeKind.CallExpr) return true;
  if (n.kind === NodeKind.Operation && n.op === OperatorRecv && n.y === null) return true;
  for (const k in e as object) {
    if (k === "kind" || k === "pos") continue;
    const v = (e as Record<string, unknown>)[k];
    if (v !== null && typeof v === "object" && hasCall(v)) return true;
  }
  return false;
}
import { Operator } from "../syntax/index.js";
const OperatorRecv = Operator.Recv;

function paramType(fl: FuncLowerer, sig: Signature, i: number, _n: number): Type {
  const params = sig.params.vars;
  if (sig.variadic && i >= params.length - 1) return (under(fl.subst(params[params.length - 1]!.type!)) as { elem: Type }).elem;
  return fl.subst(params[i]!.type!);
}

function packVariadic(fl: FuncLowerer, sig: Signature, vals: J.Expr[], _n: number, hasDots: boolean): J.Expr[] {
  if (!sig.variadic || hasDots) return vals;
  const np = sig.params.vars.length;
  const fixed = vals.slice(0, np - 1);
  const rest = vals.slice(np - 1);
  const st = fl.subst(sig.params.vars[np - 1]!.type!);
  fixed.push(rest.length === 0 ? fl.rt("nilSlice") : fl.sliceLitOf(st, rest));
  return fixed;
}

// ---- methods ----

P.methodCall = function (this: FuncLowerer, fun: SelectorExpr, sel0: Selection) {
  const sel = this.concreteSelection(fun, sel0);
  const m = sel.obj as Func;
  const pre: J.Expr[] = [];
  const path = sel.index.slice(0, -1);
  let [x, xt] = this.fieldPath(this.expr(fun.x), this.typeOf(fun.x), path);
  if (under(xt).tkind === TypeKind.Interface) {
    const v = this.once(x, pre);
    return { fn: memberOf(J.dot(J.dot(v, "t"), "m"), this.methodKey(m)), recv: J.dot(v, "v"), pre };
  }
  const msig = m.type as Signature;
  const ptrRecv = unalias(msig.recv!.type!).tkind === TypeKind.Pointer;
  const isPtr = under(xt).tkind === TypeKind.Pointer;
  const base = isPtr ? (under(xt) as Pointer).base : xt;
  const named = unalias(base) as Named;
  if (named.tkind !== TypeKind.Named) throw new InternalError("method receiver is not a named type");
  const fn = this.pc.methodRef(named, m);
  const bu = under(base);
  const isObj = bu.tkind === TypeKind.Struct || bu.tkind === TypeKind.Array;
  let recv: J.Expr;
  if (ptrRecv) {
    if (isPtr || isObj) recv = x;
    else if (path.length === 0) recv = this.addressOf(fun.x);
    else {
      // &x.f.g for a non-struct embedded field: a reference to the field.
      const [obj, ot] = this.fieldPath(this.expr(fun.x), this.typeOf(fun.x), path.slice(0, -1));
      let su = under(ot);
      if (su.tkind === TypeKind.Pointer) su = under(su.base);
      recv = J.call(this.rt("fieldRef"), [obj, J.str(fieldProp(su as never, path[path.length - 1]!))]);
    }
  } else if (isPtr) {
    recv = isObj ? this.pc.cloneExpr(base, J.call(this.rt("deref"), [x])) : J.dot(x, "v");
  } else {
    recv = isObj && !(path.length === 0 && this.isFresh(fun.x)) ? this.pc.cloneExpr(base, x) : x;
  }
  return { fn, recv, pre };
};

P.methodValue = function (this: FuncLowerer, e: SelectorExpr, sel0: Selection): J.Expr {
  const sel = this.concreteSelection(e, sel0);
  const m = sel.obj as Func;
  const path = sel.index.slice(0, -1);
  const [, xt] = this.fieldPath(J.nul(), this.typeOf(e.x), path);
  if (under(xt).tkind === TypeKind.Interface) {
    const [x] = this.fieldPath(this.expr(e.x), this.typeOf(e.x), path);
    return J.call(this.rt("ifaceMethodValue"), [x, J.str(this.methodKey(m))]);
  }
  const { fn, recv, pre } = this.methodCall(e, sel);
  const bound = J.call(this.rt("bindMethod"), [fn, recv]);
  return pre.length > 0 ? J.seq([...pre, bound]) : bound;
};

P.methodExpr = function (this: FuncLowerer, e: SelectorExpr, sel0: Selection): J.Expr {
  // T.M on a type parameter: the method as the type argument has it (maybe promoted).
  const sel = this.concreteSelection(e, sel0);
  const m = sel.obj as Func;
  const recvT = this.typeOf(e.x);
  if (under(recvT).tkind === TypeKind.Interface) {
    return J.call(this.rt("ifaceMethodExpr"), [J.str(this.methodKey(m))]);
  }
  const msig = m.type as Signature;
  const ptrRecv = unalias(msig.recv!.type!).tkind === TypeKind.Pointer;
  const isPtr = under(recvT).tkind === TypeKind.Pointer;
  if (sel.index.length === 1 && ptrRecv === isPtr) {
    const base = isPtr ? (under(recvT) as Pointer).base : recvT;
    return this.pc.methodRef(unalias(base) as Named, m);
  }
  return this.pc.methodWrapper(recvT, { obj: m, index: sel.index, indirect: sel.indirect });
};

/**
 * In an instance of a generic function, a method selected on a type parameter is looked up
 * again on the type argument (where it may be promoted through embedded fields).
 */
P.concreteSelection = function (this: FuncLowerer, e: SelectorExpr, sel: Selection): Selection {
  if (this.smap.size === 0) return sel;
  const raw = this.tv(e.x).type;
  if (!mentionsTypeParam(raw)) return sel;
  const t = this.subst(raw);
  const addressable = true;
  const r = lookupFieldOrMethod(t, addressable, (sel.obj as Func).pkg, sel.obj.name);
  if (r.obj === null || !r.index) return sel;
  return new Selection(sel.kind, t, r.obj, r.index, r.indirect);
};

function mentionsTypeParam(t: Type): boolean {
  const u = unalias(t);
  if (u.tkind === TypeKind.TypeParam) return true;
  if (u.tkind === TypeKind.Pointer) return mentionsTypeParam(u.base);
  return false;
}

P.methodWrapperDecl = function (this: FuncLowerer, name: string, recv: Type, entry: { obj: Func; index: number[]; indirect: boolean }): { decl: J.Stmt; target: J.Expr | null } {
  const m = entry.obj;
  const msig = m.type as Signature;
  const params = msig.params.vars.map((_, i) => `a${i}`);
  const path = entry.index.slice(0, -1);
  let [x, xt] = this.fieldPath(J.ident("r"), recv, path);
  if (under(xt).tkind === TypeKind.Interface) {
    const fnx = memberOf(J.dot(J.dot(x, "t"), "m"), this.methodKey(m));
    const args = [J.dot(x, "v"), ...params.map((p) => J.ident(p))];
    if (this.pc.blocking.classBlocks(`m:${m.name}`)) {
      return { decl: J.funcDecl(name, ["r", ...params], [J.return_(J.yield_(J.call(this.rt("callDyn"), [fnx, J.array(args)]), true))], { generator: true }), target: null };
    }
    return { decl: J.funcDecl(name, ["r", ...params], [J.return_(J.call(fnx, args))]), target: null };
  }
  const ptrRecv = unalias(msig.recv!.type!).tkind === TypeKind.Pointer;
  const isPtr = under(xt).tkind === TypeKind.Pointer;
  const base = isPtr ? (under(xt) as Pointer).base : xt;
  const bu = under(base);
  const isObj = bu.tkind === TypeKind.Struct || bu.tkind === TypeKind.Array;
  let rv: J.Expr;
  let nilCheck: J.Stmt | null = null;
  if (ptrRecv) {
    // Objects are their own pointers and a pointer field holds the pointer; an embedded
    // field of another kind is addressed by a reference.
    if (!isPtr && !isObj && path.length > 0) {
      const [obj, ot] = this.fieldPath(J.ident("r"), recv, path.slice(0, -1));
      let su = under(ot);
      if (su.tkind === TypeKind.Pointer) su = under(su.base);
      rv = J.call(this.rt("fieldRef"), [obj, J.str(fieldProp(su as never, path[path.length - 1]!))]);
    } else rv = x;
  } else if (isPtr) {
    rv = isObj ? this.pc.cloneExpr(base, x) : J.dot(x, "v");
    // A value method called through a nil pointer: gc's wrapper panics with its own message.
    const bn = unalias(base) as Named;
    nilCheck = J.if_(J.binary(J.BinOp.StrictEq, x, J.nul()), J.exprStmt(J.call(this.rt("panicWrap"), [
      J.str(bn.obj.pkg?.name ?? ""), J.str(bn.obj.name), J.str(m.name)])));
  } else {
    rv = isObj ? this.pc.cloneExpr(base, x) : x;
  }
  const fn = this.pc.methodRef(unalias(base) as Named, m);
  const blocks = this.pc.blocking.mayBlock(origin(m)) || this.pc.blocking.mayBlock(origin(declaredMethod(m)));
  const call = J.call(fn, [rv, ...params.map((p) => J.ident(p))]);
  const decl = J.funcDecl(name, ["r", ...params], [...(nilCheck ? [nilCheck] : []), J.return_(blocks ? J.yield_(call, true) : call)], blocks ? { generator: true } : {});
  return { decl, target: fn };
};

// ---- conversions ----

P.conversion = function (this: FuncLowerer, x: Expr, to: Type): J.Expr {
  const tv = this.tv(x);
  const from = this.typeOf(x);
  const uc = this.unsafeConversion(x, from, this.subst(to));
  if (uc !== null) return uc;
  const pc = this.pairConversion(x, from, this.subst(to));
  if (pc !== null) return pc;
  return this.convertValue(this.expr(x), tv.mode === OperandMode.Constant ? defaultOf(from) : from, this.subst(to), this.isFresh(x));
};

P.convertValue = function (this: FuncLowerer, x: J.Expr, from: Type, to: Type, fresh: boolean): J.Expr {
  const fu = under(from), tu = under(to);
  if (tu.tkind === TypeKind.Interface) return this.implicit(x, from, to, fresh);
  if (fu.tkind === TypeKind.Basic && fu.kind === BasicKind.UntypedNil) return this.zero(to);
  const fr = rep(from), tr = rep(to);
  if (tr === R.Str) {
    if (isInt(fr)) return J.call(this.rt("runeToString"), [x]);
    if (fu.tkind === TypeKind.Slice) {
      const er = rep(fu.elem);
      return J.call(this.rt(er === R.U8 ? "bytesToString" : "runesToString"), [x]);
    }
    return x;
  }
  if (fr === R.Str && tu.tkind === TypeKind.Slice) {
    return J.call(this.rt(rep(tu.elem) === R.U8 ? "stringToBytes" : "stringToRunes"), [x]);
  }
  if (tr !== R.Other && fr !== R.Other && tr !== R.Bool) return convertNumber((n) => this.rt(n), fr, tr, x);
  if (fu.tkind === TypeKind.Slice && tu.tkind === TypeKind.Array) {
    return J.call(this.rt("sliceToArray"), [x, J.num(Number(tu.len)), this.desc(tu.elem)]);
  }
  if (fu.tkind === TypeKind.Slice && tu.tkind === TypeKind.Pointer) {
    return J.call(this.rt("sliceToArrayPtr"), [x, J.num(Number((under(tu.base) as { len: bigint }).len))]);
  }
  if (!fresh && (tu.tkind === TypeKind.Struct || tu.tkind === TypeKind.Array)) return this.pc.cloneExpr(to, x);
  return x;
};

// ---- builtins ----

P.builtinCall = function (this: FuncLowerer, e: CallExpr, id: BuiltinId): J.Expr {
  const args = e.argList;
  const rt = (n: string): J.Expr => this.rt(n);
  // append(f()), complex(f()), copy(f()): the values of a multi-valued call.
  const tt = args.length === 1 ? this.tv(args[0]!).type : null;
  if (tt !== null && tt.tkind === TypeKind.Tuple && id !== BuiltinId.Print && id !== BuiltinId.Println) {
    const t = this.tmp();
    const first = J.assign(J.ident(t), this.expr(args[0]!));
    const v = (i: number): J.Expr => J.index(J.ident(t), J.num(i));
    let r: J.Expr;
    switch (id) {
      case BuiltinId.Append: {
        const elem = (under(this.typeOf(e)) as { elem: Type }).elem;
        const vals = tt.vars.slice(1).map((x, i) => this.implicit(v(i + 1), this.subst(x.type!), elem, true));
        r = J.call(rt("appendN"), [v(0), this.desc(elem), J.array(vals)]);
        break;
      }
      case BuiltinId.Complex: {
        const c = J.new_(rt("Complex"), [v(0), v(1)]);
        r = rep(this.typeOf(e)) === R.C64 ? J.call(rt("complex64"), [c]) : c;
        break;
      }
      case BuiltinId.Copy: {
        const st = under(this.subst(tt.vars[1]!.type!));
        r = J.call(rt(st.tkind === TypeKind.Basic ? "copyString" : "copySlice"), [v(0), v(1)]);
        break;
      }
      case BuiltinId.Delete:
        r = J.call(rt("mapDelete"), [v(0), this.implicit(v(1), this.subst(tt.vars[1]!.type!), (under(this.subst(tt.vars[0]!.type!)) as { key: Type }).key, true)]);
        break;
      default: throw new InternalError(`builtin ${id} of a multi-valued call`);
    }
    return J.seq([first, r]);
  }
  switch (id) {
    case BuiltinId.Len: case BuiltinId.Cap: {
      const xt = this.typeOf(args[0]!);
      const u = under(xt);
      const x = this.expr(args[0]!);
      if (u.tkind === TypeKind.Basic) return J.dot(x, "length");
      if (u.tkind === TypeKind.Slice) return J.dot(x, id === BuiltinId.Len ? "n" : "c");
      if (u.tkind === TypeKind.Array) return J.seq([x, J.num(Number(u.len))]);
      if (u.tkind === TypeKind.Pointer) return J.seq([x, J.num(Number((under(u.base) as { len: bigint }).len))]);
      if (u.tkind === TypeKind.Map) return J.call(rt("mapLen"), [x]);
      if (u.tkind === TypeKind.Chan) return J.call(rt(id === BuiltinId.Len ? "chanLen" : "chanCap"), [x]);
      throw new InternalError(`len of ${u.tkind}`);
    }
    case BuiltinId.Append: {
      const st = this.typeOf(e);
      const elem = (under(st) as { elem: Type }).elem;
      const s = this.expr(args[0]!);
      if (args.length === 1) return s;
      if (e.hasDots) {
        const at = under(this.typeOf(args[1]!));
        if (at.tkind === TypeKind.Basic) return J.call(rt("appendString"), [s, this.expr(args[1]!)]);
        return J.call(rt("appendSlice"), [s, this.desc(elem), this.expr(args[1]!)]);
      }
      const vals = args.slice(1).map((a) => this.value(a, elem));
      if (vals.length === 1) return J.call(rt("append1"), [s, this.desc(elem), vals[0]!]);
      return J.call(rt("appendN"), [s, this.desc(elem), J.array(vals)]);
    }
    case BuiltinId.Copy: {
      const st = under(this.typeOf(args[1]!));
      if (st.tkind === TypeKind.Basic) return J.call(rt("copyString"), [this.expr(args[0]!), this.expr(args[1]!)]);
      const eu = under((st as { elem: Type }).elem);
      const extra = eu.tkind === TypeKind.Struct || eu.tkind === TypeKind.Array ? [this.desc((st as { elem: Type }).elem)] : [];
      return J.call(rt("copySlice"), [this.expr(args[0]!), this.expr(args[1]!), ...extra]);
    }
    case BuiltinId.Delete: {
      const mt = under(this.typeOf(args[0]!)) as { key: Type };
      return J.call(rt("mapDelete"), [this.expr(args[0]!), this.value(args[1]!, mt.key)]);
    }
    case BuiltinId.Make: {
      const t = this.typeOf(args[0]!);
      const u = under(t);
      const rest = args.slice(1).map((a) => this.expr(a));
      if (u.tkind === TypeKind.Slice) return J.call(rt("makeSlice"), [this.desc(u.elem), ...rest]);
      if (u.tkind === TypeKind.Map) return J.call(rt("makeMap"), [this.desc(u.key), this.desc(u.elem), ...rest]);
      if (u.tkind === TypeKind.Chan) return J.call(rt("makeChan"), [this.desc(u.elem), ...rest]);
      throw new InternalError(`make of ${u.tkind}`);
    }
    case BuiltinId.New: {
      const t = this.typeOf(args[0]!);
      const u = under(t);
      const z = this.zero(t);
      if (u.tkind === TypeKind.Struct || u.tkind === TypeKind.Array) return z;
      return J.new_(rt("Box"), [z]);
    }
    case BuiltinId.Panic:
      return J.call(rt("gopanic"), [this.value(args[0]!, EMPTY_IFACE())], e.pos);
    case BuiltinId.Recover:
    {
      const self = this.frame.selfName;
      if (self === null) return J.call(rt("gorecover"), [J.ident("undefined")]);
      this.frame.recoverVar ??= this.names.fresh("$rc");
      return J.call(rt("gorecover"), [J.ident(self), J.ident(this.frame.recoverVar)]);
    }
    case BuiltinId.Print: case BuiltinId.Println: {
      let parts: J.Expr[];
      const at = args.length === 1 ? this.tv(args[0]!).type : null;
      if (at !== null && at.tkind === TypeKind.Tuple) {
        // print(f()) with f returning several values.
        const t = this.tmp();
        parts = at.vars.map((v, i) => printValue(this, J.index(J.ident(t), J.num(i)), this.subst(v.type!)));
        parts[0] = J.seq([J.assign(J.ident(t), this.expr(args[0]!)), parts[0]!]);
      } else parts = args.map((a) => printArg(this, a));
      const sep = id === BuiltinId.Println;
      let s: J.Expr | null = null;
      parts.forEach((p, i) => {
        if (s === null) s = p;
        else s = J.binary(J.BinOp.Add, sep ? J.binary(J.BinOp.Add, s, J.str(" ")) : s, p);
        void i;
      });
      if (sep) s = s === null ? J.str("\n") : J.binary(J.BinOp.Add, s, J.str("\n"));
      return J.call(rt("printStderr"), [s ?? J.str("")]);
    }
    case BuiltinId.Complex: {
      const t = this.typeOf(e);
      const c = J.new_(rt("Complex"), [this.expr(args[0]!), this.expr(args[1]!)]);
      return rep(t) === R.C64 ? J.call(rt("complex64"), [c]) : c;
    }
    case BuiltinId.Real: return J.dot(this.expr(args[0]!), "re");
    case BuiltinId.Imag: return J.dot(this.expr(args[0]!), "im");
    case BuiltinId.Close: return J.call(rt("chanClose"), [this.expr(args[0]!)]);
    case BuiltinId.Clear: {
      const u = under(this.typeOf(args[0]!));
      if (u.tkind === TypeKind.Map) return J.call(rt("mapClear"), [this.expr(args[0]!)]);
      return J.call(rt("sliceClear"), [this.expr(args[0]!), this.desc((u as { elem: Type }).elem)]);
    }
    case BuiltinId.Min: case BuiltinId.Max: {
      const t = this.typeOf(e);
      const r = rep(t);
      const vals = args.map((a) => this.value(a, t));
      if (vals.length === 1) return vals[0]!;
      if (r === R.F64 || r === R.F32 || (r >= R.I8 && r <= R.U32)) {
        return J.call(J.dot(J.ident("Math"), id === BuiltinId.Min ? "min" : "max"), vals);
      }
      return J.call(rt(id === BuiltinId.Min ? "minOrdered" : "maxOrdered"), vals);
    }
    case BuiltinId.Add: case BuiltinId.Alignof: case BuiltinId.Offsetof: case BuiltinId.Sizeof:
    case BuiltinId.Slice: case BuiltinId.SliceData: case BuiltinId.String: case BuiltinId.StringData:
      return this.unsafeBuiltin(e, id);
    default:
      throw new InternalError(`builtin ${id} not lowered`);
  }
};

let emptyIface: Type | null = null;
function EMPTY_IFACE(): Type {
  if (emptyIface === null) emptyIface = new InterfaceCtor([], []);
  return emptyIface;
}
import { Interface as InterfaceCtor } from "../types/index.js";

/** One operand of print/println as gc's runtime prints it. */
function printArg(fl: FuncLowerer, a: Expr): J.Expr {
  let t = fl.typeOf(a);
  const tv = fl.tv(a);
  if (tv.mode === OperandMode.Constant) t = defaultOf(t);
  return printValue(fl, fl.value(a, t), t);
}

function printValue(fl: FuncLowerer, x: J.Expr, t: Type): J.Expr {
  const u = under(t);
  const rt = (n: string): J.Expr => fl.rt(n);
  switch (u.tkind) {
    case TypeKind.Basic: {
      const r = rep(t);
      switch (r) {
        case R.Bool: return J.call(rt("printbool"), [x]);
        case R.Str: return x;
        case R.I8: case R.I16: case R.I32: case R.I64: return J.call(rt("printint"), [x]);
        case R.U8: case R.U16: case R.U32: case R.U64: return J.call(rt("printuint"), [x]);
        case R.F32: case R.F64: return J.call(rt("printfloat"), [x]);
        case R.C64: case R.C128: return J.call(rt("printcomplexValue"), [x]);
        default:
          if (u.kind === BasicKind.UntypedNil) return J.str("nil");
          return J.call(rt("printpointer"), [J.call(rt("addrOf"), [x])]);
      }
    }
    case TypeKind.Slice: return J.call(rt("printsliceValue"), [x]);
    case TypeKind.Interface: return J.call(rt("printifaceValue"), [x, J.bool((u as { methods: unknown[] }).methods.length === 0 && ((u as { embeddeds: unknown[] }).embeddeds.length === 0))]);
    default: return J.call(rt("printpointer"), [J.call(rt("addrOf"), [x])]);
  }
}

// ---- channels (goroutines are not supported yet) ----

P.recvExpr = function (this: FuncLowerer, e: Operation, commaOk: boolean): J.Expr {
  // The non-blocking half first: a receive that completes at once makes no generator.
  const pre: J.Expr[] = [];
  const c = this.once(this.expr(e.x), pre);
  const t = J.ident(this.tmp());
  const fast = J.assign(t, J.call(this.rt(commaOk ? "chanrecv2NB" : "chanrecvNB"), [c]));
  const miss = commaOk ? J.nul() : this.rt("WOULDBLOCK");
  const slow = J.yield_(J.call(this.rt(commaOk ? "chanrecv2" : "chanrecv"), [c], e.pos), true);
  return J.seq([...pre, J.cond(J.binary(J.BinOp.StrictNe, fast, miss), t, slow)]);
};

/** A construct gots cannot compile yet: reported as a compile error, not a crash. */
export class UnsupportedError extends Error {
  /** `explanation`, when given, is the whole explanation (for what gots will never support), else "`what` is not supported yet". */
  constructor(readonly pos: number, readonly what: string, readonly explanation = "") {
    super(explanation !== "" ? explanation : `${what} is not supported yet`);
  }
}

export { Var };
