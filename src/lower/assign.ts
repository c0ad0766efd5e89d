// Assignable locations ("lvalues") and assignment statements: plain, tuple (Go's two-phase
// order: index operands and right-hand sides first, then stores left to right), op-assign
// (the location is evaluated once), ++/--, comma-ok forms and variable declarations.

import * as J from "../js/index.js";
import { hasCall } from "./call.js";
import { InternalError } from "../base/index.js";
import { AssignStmt, Expr, NodeKind, Operator, unparen, unpackListExpr, VarDecl, Name } from "../syntax/index.js";
import { Type, TypeKind, Var, under } from "../types/index.js";
import { OperandMode } from "../types/operand.js";
import { FuncLowerer } from "./func.js";
import { arith, rep, shift } from "./ops.js";
import { fieldProp } from "./typedesc.js";
import { pairLValue } from "./pairs.js";

export interface LValue {
  type: Type;
  get(): J.Expr;
  set(v: J.Expr): J.Expr;
}

declare module "./func.js" {
  interface FuncLowerer {
    /** A location; expressions its address depends on are evaluated into `pre` now. */
    lvalue(e: Expr, pre: J.Expr[], snapshot?: boolean): LValue | null;
    assignStmt(s: AssignStmt): void;
    /** The assignment as one JS expression (for loop post statements), or null. */
    assignExpr(s: AssignStmt): J.Expr | null;
    varDecl(d: VarDecl): void;
    packageVarInit(lhs: Var[], rhs: Expr): void;
    /** Stores of the values of a multi-valued expression (call, comma-ok) into locations. */
    tupleValues(rhs: Expr, n: number): { pre: J.Expr[]; vals: J.Expr[]; types: Type[] };
  }
}

const P = FuncLowerer.prototype;

/** An assignment into an existing struct or array value keeps the object (pointers to it stay valid). */
function storeInPlace(fl: FuncLowerer, t: Type, target: J.Expr, v: J.Expr): J.Expr {
  const u = under(t);
  if (u.tkind === TypeKind.Struct) return J.call(J.dot(target, "$set"), [v]);
  // By the element type: an element that is an object is a struct or array to copy into,
  // or a pointer to one, which the store replaces.
  if (u.tkind === TypeKind.Array) return J.call(fl.rt("assignInto"), [fl.desc(t), target, v]);
  return J.assign(target, v);
}

function isObjType(t: Type): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Struct || u.tkind === TypeKind.Array;
}

P.lvalue = function (this: FuncLowerer, e: Expr, pre: J.Expr[], snapshot = false): LValue | null {
  e = unparen(e);
  // In a tuple assignment the operands of the locations are evaluated before any store, so
  // even plain variables they read are copied (p, *p = f()).
  const once = (x: J.Expr): J.Expr => {
    if (!snapshot || x.kind === J.K.Num || x.kind === J.K.Str) return this.once(x, pre);
    const t = this.tmp();
    pre.push(J.assign(J.ident(t), x));
    return J.ident(t);
  };
  if (e.kind === NodeKind.Name && e.value === "_") return null;
  const t = this.typeOf(e);
  const simple = (target: J.Expr): LValue => ({
    type: t,
    get: () => target,
    set: (v) => (isObjType(t) ? storeInPlace(this, t, target, v) : J.assign(target, v)),
  });
  switch (e.kind) {
    case NodeKind.Name: {
      const o = this.objOf(e);
      if (!(o instanceof Var)) throw new InternalError(`assignment to ${e.value}`);
      const pv = this.pairVars.get(o);
      if (pv !== undefined) return pairLValue(this, pv, t);
      return simple(this.varRef(o));
    }
    case NodeKind.SelectorExpr: {
      const sel = this.info.selections.get(e);
      if (sel === undefined) {
        const o = this.objOf(e.sel);
        if (o instanceof Var) return simple(this.varRef(o));
        throw new InternalError("assignment to qualified non-variable");
      }
      const path = sel.index.slice(0, -1), last = sel.index[sel.index.length - 1]!;
      const [obj0, ot] = this.fieldPath(this.expr(e.x), this.typeOf(e.x), path);
      let su = under(ot);
      if (su.tkind === TypeKind.Pointer) su = under(su.base);
      const obj = once(obj0);
      return simple(J.dot(obj, fieldProp(su as never, last)));
    }
    case NodeKind.IndexExpr: {
      const xt = under(this.typeOf(e.x));
      if (xt.tkind === TypeKind.Map) {
        const m = once(this.expr(e.x));
        const k = once(this.value(e.index, xt.key));
        const tmp = this.tmp();
        return {
          type: t,
          get: () => J.cond(J.binary(J.BinOp.StrictEq, J.assign(J.ident(tmp), J.call(this.rt("mapGet"), [m, k])), J.undef()), this.zero(xt.elem), J.ident(tmp)),
          set: (v) => J.call(this.rt("mapSet"), [m, k, v]),
        };
      }
      if (xt.tkind === TypeKind.Slice) {
        const s = once(this.expr(e.x));
        if (snapshot) {
          // In a tuple assignment the index is checked when its element is stored.
          const i = once(this.expr(e.index));
          const target = (): J.Expr => J.index(J.dot(s, "a"), J.binary(J.BinOp.Add, J.dot(s, "o"), J.call(this.rt("idx"), [i, J.dot(s, "n")])));
          return { type: t, get: target, set: (v) => (isObjType(t) ? storeInPlace(this, t, target(), v) : J.assign(target(), v)) };
        }
        const i = once(J.binary(J.BinOp.Add, J.dot(s, "o"), J.call(this.rt("idx"), [this.expr(e.index), J.dot(s, "n")])));
        return simple(J.index(J.dot(s, "a"), i));
      }
      if (xt.tkind === TypeKind.Array || xt.tkind === TypeKind.Pointer) {
        const len = xt.tkind === TypeKind.Array ? xt.len : (under(xt.base) as { len: bigint }).len;
        const a = once(this.expr(e.x));
        if (snapshot) {
          const i = once(this.expr(e.index));
          const target = (): J.Expr => J.index(a, J.call(this.rt("idx"), [i, J.num(Number(len))]));
          return { type: t, get: target, set: (v) => (isObjType(t) ? storeInPlace(this, t, target(), v) : J.assign(target(), v)) };
        }
        const i = once(J.call(this.rt("idx"), [this.expr(e.index), J.num(Number(len))]));
        return simple(J.index(a, i));
      }
      throw new InternalError(`assignment to index of ${xt.tkind}`);
    }
    case NodeKind.Operation: {
      if (e.op === Operator.Mul && e.y === null) {
        const p = once(this.expr(e.x));
        if (isObjType(t)) {
          return { type: t, get: () => J.call(this.rt("deref"), [p]), set: (v) => storeInPlace(this, t, J.call(this.rt("deref"), [p]), v) };
        }
        return simple(J.dot(p, "v"));
      }
      break;
    }
    default: break;
  }
  throw new InternalError(`assignment to expression kind ${e.kind}`);
};

P.assignExpr = function (this: FuncLowerer, s: AssignStmt): J.Expr | null {
  const lhs = unpackListExpr(s.lhs);
  if (lhs.length !== 1 || s.op === Operator.Def) return null;
  const pa = this.pairAssign(s);
  if (pa !== null) return pa;
  const pre: J.Expr[] = [];
  const lv = this.lvalue(lhs[0]!, pre);
  if (lv === null) return null;
  let v: J.Expr;
  const target = unparen(lhs[0]!);
  const tv = target.kind === NodeKind.Name ? this.objOf(target) : undefined;
  const smallVar = tv instanceof Var && this.smallVars.has(tv) ? tv : null;
  if (smallVar !== null && s.op !== Operator.None && s.op !== Operator.Shl && s.op !== Operator.Shr) {
    // x++, x += y on a small integer variable (bounds.ts).
    const rv = s.rhs === null ? J.num(1) : this.once(this.value(s.rhs, lv.type), pre);
    const small = this.smallArith(s.op, smallVar, s.rhs, lv.get(), rv);
    if (small !== null) {
      pre.push(lv.set(small));
      return pre.length === 1 ? pre[0]! : J.seq(pre);
    }
    v = arith((n) => this.rt(n), s.op, rep(lv.type), lv.get(), rv);
  } else if (s.rhs === null) {
    // x++ / x--
    const r = rep(lv.type);
    v = arith((n) => this.rt(n), s.op, r, lv.get(), r === 0 ? J.num(1) : oneOf(this, lv.type));
  } else if (s.op === Operator.None) {
    v = this.value(s.rhs, lv.type);
  } else if (s.op === Operator.Shl || s.op === Operator.Shr) {
    const [count0, c] = this.shiftCount(s.rhs);
    const count = c === null ? this.once(count0, pre) : count0;
    v = shift((n) => this.rt(n), s.op === Operator.Shl, rep(lv.type), lv.get(), count, c);
  } else {
    // gc evaluates a call or receive on the right before it reads the variable: s += <-ch
    // adds to s as it is after the receive.
    const rv = hasCall(s.rhs) ? this.once(this.value(s.rhs, lv.type), pre) : this.value(s.rhs, lv.type);
    v = arith((n) => this.rt(n), s.op, rep(lv.type), lv.get(), rv);
  }
  pre.push(lv.set(v));
  return pre.length === 1 ? pre[0]! : J.seq(pre);
};

/** The constant 1 of a numeric type (for ++ and --). */
function oneOf(fl: FuncLowerer, t: Type): J.Expr {
  const r = rep(t);
  if (r === 12 /* C64 */ || r === 13 /* C128 */) return J.new_(fl.rt("Complex"), [J.num(1), J.num(0)]);
  return J.num(1);
}

P.assignStmt = function (this: FuncLowerer, s: AssignStmt): void {
  const lhs = unpackListExpr(s.lhs);
  const rhs = unpackListExpr(s.rhs);
  if (s.op === Operator.Def) {
    defineStmt(this, lhs, rhs, s);
    return;
  }
  if (lhs.length === 1 && (s.rhs === null || rhs.length === 1)) {
    const rhs0 = rhs[0];
    if (unparen(lhs[0]!).kind === NodeKind.Name && (unparen(lhs[0]!) as Name).value === "_") {
      if (rhs0 !== undefined) this.emit(J.exprStmt(this.expr(rhs0)));
      return;
    }
    this.emit(J.exprStmt(this.assignExpr(s)!, s.pos));
    return;
  }
  // Tuple assignment.
  const pre: J.Expr[] = [];
  const lvs = lhs.map((l) => this.lvalue(l, pre, true));
  let vals: J.Expr[];
  if (rhs.length === 1 && lhs.length > 1) {
    const tv = this.tupleValues(rhs[0]!, lhs.length);
    pre.push(...tv.pre);
    vals = tv.vals.map((v, i) => (lvs[i] ? this.implicit(v, tv.types[i]!, lvs[i]!.type, true) : v));
  } else {
    vals = rhs.map((r, i) => {
      const v = lvs[i] ? this.value(r, lvs[i]!.type) : this.expr(r);
      const t = this.tmp();
      pre.push(J.assign(J.ident(t), v));
      return J.ident(t);
    });
  }
  lvs.forEach((lv, i) => { if (lv) pre.push(lv.set(vals[i]!)); });
  for (const p of pre) this.emit(J.exprStmt(p));
};

P.tupleValues = function (this: FuncLowerer, rhs: Expr, n: number) {
  const pre: J.Expr[] = [];
  const tv = this.tv(rhs);
  const t = this.tmp();
  const r = unparen(rhs);
  let e: J.Expr;
  let types: Type[];
  const commaOk = r.kind === NodeKind.IndexExpr || r.kind === NodeKind.AssertExpr || (r.kind === NodeKind.Operation && r.op === Operator.Recv);
  if (tv.type.tkind === TypeKind.Tuple && !commaOk) {
    e = this.expr(r);
    types = tv.type.vars.map((v) => this.subst(v.type!));
  } else if (commaOk || tv.mode === OperandMode.CommaOk || tv.mode === OperandMode.MapIndex) {
    types = [this.subst(tv.type.tkind === TypeKind.Tuple ? tv.type.vars[0]!.type! : tv.type), BOOL()];
    if (r.kind === NodeKind.IndexExpr) {
      const mt = under(this.typeOf(r.x)) as { key: Type; elem: Type };
      e = J.call(this.rt("mapGet2"), [this.expr(r.x), this.value(r.index, mt.key), this.zero(mt.elem)]);
    } else if (r.kind === NodeKind.AssertExpr) {
      e = this.assertExpr(r, true);
    } else if (r.kind === NodeKind.Operation && r.op === Operator.Recv) {
      e = this.recvExpr(r, true);
    } else throw new InternalError(`comma-ok form of kind ${r.kind}`);
  } else throw new InternalError("tuple assignment from a single value");
  pre.push(J.assign(J.ident(t), e));
  const vals: J.Expr[] = [];
  for (let i = 0; i < n; i++) vals.push(J.index(J.ident(t), J.num(i)));
  return { pre, vals, types };
};

import { Typ, BasicKind } from "../types/index.js";
function BOOL(): Type { return Typ[BasicKind.Bool]!; }

/** x, y := ... : new variables are declared with let (fresh per loop iteration, as Go 1.22 wants). */
function defineStmt(fl: FuncLowerer, lhs: readonly Expr[], rhs: readonly Expr[], s: AssignStmt): void {
  const targets = lhs.map((l) => {
    const n = unparen(l) as Name;
    const def = fl.info.defs.get(n);
    if (def instanceof Var) return { v: def, fresh: true };
    const used = fl.info.uses.get(n);
    return { v: used instanceof Var ? used : null, fresh: false };
  });
  if (lhs.length === 1 && rhs.length === 1 && targets[0]!.fresh && targets[0]!.v !== null && fl.pairVars.has(targets[0]!.v)) {
    fl.pairDeclare(targets[0]!.v, rhs[0]!, s.pos);
    return;
  }
  let vals: J.Expr[];
  const pre: J.Expr[] = [];
  if (rhs.length === 1 && lhs.length > 1) {
    const tv = fl.tupleValues(rhs[0]!, lhs.length);
    pre.push(...tv.pre);
    vals = tv.vals.map((v, i) => (targets[i]!.v ? fl.implicit(v, tv.types[i]!, fl.subst(targets[i]!.v!.type!), true) : v));
  } else if (lhs.length === 1) {
    vals = [targets[0]!.v ? fl.value(rhs[0]!, fl.subst(targets[0]!.v!.type!)) : fl.expr(rhs[0]!)];
  } else {
    vals = rhs.map((r, i) => {
      const v = targets[i]!.v ? fl.value(r, fl.subst(targets[i]!.v!.type!)) : fl.expr(r);
      const t = fl.tmp();
      pre.push(J.assign(J.ident(t), v));
      return J.ident(t);
    });
  }
  for (const p of pre) fl.emit(J.exprStmt(p));
  targets.forEach((tg, i) => {
    const v = vals[i]!;
    if (tg.v === null || tg.v.name === "_") { if (lhs.length === 1 || rhs.length !== 1) fl.emit(J.exprStmt(v)); return; }
    if (tg.fresh) {
      const name = fl.declareLocal(tg.v);
      fl.emit(J.let_(name, fl.isBoxed(tg.v) ? J.new_(fl.rt("Box"), [v]) : v, s.pos));
    } else {
      const t = fl.subst(tg.v.type!);
      const ref = fl.varRef(tg.v);
      fl.emit(J.exprStmt(isObjType(t) ? storeInPlace(fl, t, ref, v) : J.assign(ref, v)));
    }
  });
}

P.varDecl = function (this: FuncLowerer, d: VarDecl): void {
  const names = d.nameList;
  const vars = names.map((n) => this.info.defs.get(n) as Var | null | undefined);
  const values = unpackListExpr(d.values);
  if ((values.length === 0 || values.length === vars.length) && vars.some((v) => v && this.pairVars.has(v))) {
    // One variable at a time: the values are evaluated left to right, and none can refer to
    // a variable of the same declaration.
    vars.forEach((v, i) => {
      const x = values.length === 0 ? null : values[i]!;
      if (v && this.pairVars.has(v)) { this.pairDeclare(v, x, d.pos); return; }
      if (!v || v.name === "_") { if (x !== null) this.emit(J.exprStmt(this.expr(x))); return; }
      const val = x === null ? this.zero(v.type!) : this.value(x, this.subst(v.type!));
      const name = this.declareLocal(v);
      this.emit(J.let_(name, this.isBoxed(v) ? J.new_(this.rt("Box"), [val]) : val, d.pos));
    });
    return;
  }
  let vals: (J.Expr | null)[];
  if (values.length === 0) {
    vals = vars.map((v) => (v ? this.zero(v.type!) : null));
  } else if (values.length === 1 && names.length > 1) {
    const tv = this.tupleValues(values[0]!, names.length);
    for (const p of tv.pre) this.emit(J.exprStmt(p));
    vals = tv.vals.map((v, i) => (vars[i] ? this.implicit(v, tv.types[i]!, this.subst(vars[i]!.type!), true) : v));
  } else {
    vals = values.map((x, i) => (vars[i] ? this.value(x, this.subst(vars[i]!.type!)) : this.expr(x)));
    if (names.length > 1) {
      vals = vals.map((v) => {
        const t = this.tmp();
        this.emit(J.exprStmt(J.assign(J.ident(t), v!)));
        return J.ident(t);
      });
    }
  }
  vars.forEach((v, i) => {
    const val = vals[i]!;
    if (!v || v.name === "_") { if (values.length > 0 && !(values.length === 1 && names.length > 1)) this.emit(J.exprStmt(val)); return; }
    const name = this.declareLocal(v);
    this.emit(J.let_(name, this.isBoxed(v) ? J.new_(this.rt("Box"), [val]) : val, d.pos));
  });
};

P.packageVarInit = function (this: FuncLowerer, lhs: Var[], rhs: Expr): void {
  if (lhs.length === 1) {
    const v = lhs[0]!;
    const val = this.value(rhs, v.type!);
    if (v.name === "_") { this.emit(J.exprStmt(val)); return; }
    this.emit(J.exprStmt(J.assign(this.varRef(v), val)));
    return;
  }
  const tv = this.tupleValues(rhs, lhs.length);
  for (const p of tv.pre) this.emit(J.exprStmt(p));
  lhs.forEach((v, i) => {
    if (v.name === "_") return;
    this.emit(J.exprStmt(J.assign(this.varRef(v), this.implicit(tv.vals[i]!, tv.types[i]!, v.type!, true))));
  });
};
