// Lowering of Go expressions: names, constants, selectors, index and slice expressions,
// composite literals, function literals, unary and binary operators, type assertions.
// Calls and conversions are in call.ts.

import * as J from "../js/index.js";
import { hasCall } from "./call.js";
import { InternalError } from "../base/index.js";
import {
  Expr, NodeKind, Name, Operator, SelectorExpr, IndexExpr, SliceExpr, CompositeLit, Operation,
  AssertExpr, KeyValueExpr, unparen,
} from "../syntax/index.js";
import {
  Type, TypeKind, BasicKind, Var, Func, Const, Nil, TypeName, Builtin, Named, Signature, Struct,
  PkgName, under, unalias,
} from "../types/index.js";
import { SelectionKind } from "../types/check.js";
import * as C from "../constant/index.js";
import { OperandMode } from "../types/operand.js";
import { FuncLowerer } from "./func.js";
import { R, rep, arith, shift, negate, complement, isWide, isInt } from "./ops.js";
import { fieldProp } from "./typedesc.js";
import "./pairs.js";
import "./bounds.js";

declare module "./func.js" {
  interface FuncLowerer {
    /** Expressions already evaluated (into constants) whose lowering is fixed. */
    overrides: Map<Expr, J.Expr>;
    expr(e: Expr): J.Expr;
    /** e as a value to store in a location of type `to`: converted, and copied when it is a struct or array that may be shared. */
    value(e: Expr, to: Type): J.Expr;
    /** A JS value of Go type `from` converted implicitly to type `to` (interfaces, nil). */
    implicit(x: J.Expr, from: Type, to: Type, fresh: boolean): J.Expr;
    isFresh(e: Expr): boolean;
    constValue(v: C.Value, t: Type): J.Expr;
    selector(e: SelectorExpr): J.Expr;
    /** The embedded-field path of a selection applied to x (of type t); returns the final operand and its type. */
    fieldPath(x: J.Expr, t: Type, path: readonly number[]): [J.Expr, Type];
    indexExpr(e: IndexExpr): J.Expr;
    sliceExpr(e: SliceExpr): J.Expr;
    compositeLit(e: CompositeLit, t?: Type): J.Expr;
    unaryExpr(e: Operation): J.Expr;
    binaryExpr(e: Operation): J.Expr;
    binaryExpr1(e: Operation): J.Expr;
    compare(op: Operator, x: J.Expr, xt: Type, y: J.Expr, yt: Type): J.Expr;
    addressOf(x: Expr): J.Expr;
    assertExpr(e: AssertExpr, commaOk: boolean): J.Expr;
    shiftCount(e: Expr): [J.Expr, number | null];
    /** A slice of the given slice type over a fresh JS array of element values. */
    sliceLitOf(t: Type, elems: J.Expr[]): J.Expr;
    arrayLitOf(elem: Type, elems: J.Expr[]): J.Expr;
  }
}

const P = FuncLowerer.prototype;
Object.defineProperty(P, "overrides", { get(this: { _ov?: Map<Expr, J.Expr> }) { return (this._ov ??= new Map()); } });

P.expr = function (this: FuncLowerer, e: Expr): J.Expr {
  const ov = this.overrides.get(e);
  if (ov !== undefined) return ov;
  const tv = this.info.types.get(e);
  if (tv && tv.value !== null && tv.mode === OperandMode.Constant) return this.constValue(tv.value, this.subst(tv.type));
  switch (e.kind) {
    case NodeKind.ParenExpr: return this.expr(e.x);
    case NodeKind.Name: return nameExpr(this, e);
    case NodeKind.BasicLit: throw new InternalError("non-constant basic literal");
    case NodeKind.CompositeLit: return this.compositeLit(e);
    case NodeKind.FuncLit: return this.funcLit(e);
    case NodeKind.SelectorExpr: return this.selector(e);
    case NodeKind.IndexExpr: return this.indexExpr(e);
    case NodeKind.SliceExpr: return this.sliceExpr(e);
    case NodeKind.AssertExpr: return this.assertExpr(e, false);
    case NodeKind.CallExpr: return this.callExpr(e);
    case NodeKind.Operation: {
      const pe = this.pairOperation(e);
      if (pe !== null) return pe;
      if (e.y === null) return this.unaryExpr(e);
      return this.binaryExpr(e);
    }
    case NodeKind.KeyValueExpr: throw new InternalError("key-value outside a composite literal");
    default: throw new InternalError(`expression kind ${e.kind} not lowered`);
  }
};

function nameExpr(fl: FuncLowerer, e: Name): J.Expr {
  const o = fl.objOf(e);
  if (o === undefined) throw new InternalError(`unresolved name ${e.value}`);
  if (o instanceof Var) {
    const pv = fl.pairVars.get(o);
    if (pv !== undefined) return fl.packPair({ h: J.ident(pv.h), l: J.ident(pv.l) }, pv.signed);
    return fl.varRef(o);
  }
  if (o instanceof Func) return funcValue(fl, e, o);
  if (o instanceof Nil) return fl.zero(fl.typeOf(e));
  if (o instanceof Const) return fl.constValue(o.val!, fl.subst(o.type!));
  throw new InternalError(`name ${e.value} of kind ${o.constructor.name} used as a value`);
}

/** A function used as a value or callee: its JS name, or its instance's for generic functions. */
export function funcValue(fl: FuncLowerer, e: Name | SelectorExpr, o: Func): J.Expr {
  const nameNode = e.kind === NodeKind.Name ? e : e.sel;
  const inst = fl.info.instances.get(nameNode);
  const sig = o.type as Signature;
  if (inst && sig.tparams && sig.tparams.length > 0) {
    return J.ident(fl.pc.instantiate(o, sig.tparams, inst.typeArgs.map((t) => fl.subst(t))));
  }
  return fl.pc.funcRef(o);
}

P.constValue = function (this: FuncLowerer, v: C.Value, t: Type): J.Expr {
  const r = rep(t);
  switch (v.kind) {
    case C.ValueKind.Bool: return J.bool(C.boolVal(v));
    case C.ValueKind.String: return J.str(C.stringVal(v));
    default: break;
  }
  switch (r) {
    case R.I64: case R.U64: {
      const b = C.val(C.toInt(v)) as bigint;
      return Number.isSafeInteger(Number(b)) && BigInt(Number(b)) === b ? J.num(Number(b)) : J.bigint(b);
    }
    case R.I8: case R.I16: case R.I32: case R.U8: case R.U16: case R.U32:
      return J.num(Number(C.val(C.toInt(v)) as bigint));
    case R.F32: return J.num(C.float32Val(C.toFloat(v))[0]);
    case R.F64: return J.num(C.float64Val(C.toFloat(v))[0]);
    case R.C64: case R.C128: {
      const c = C.toComplex(v);
      let re = C.float64Val(C.real(c))[0], im = C.float64Val(C.imag(c))[0];
      if (r === R.C64) { re = C.float32Val(C.real(c))[0]; im = C.float32Val(C.imag(c))[0]; }
      return J.new_(this.rt("Complex"), [J.num(re), J.num(im)]);
    }
    case R.Bool: return J.bool(C.boolVal(v));
    case R.Str: return J.str(C.stringVal(v));
    default:
      throw new InternalError(`constant of type kind ${r}`);
  }
};

// ---- values and implicit conversions ----

P.isFresh = function (this: FuncLowerer, e: Expr): boolean {
  e = unparen(e);
  switch (e.kind) {
    case NodeKind.CompositeLit: case NodeKind.FuncLit: case NodeKind.BasicLit: return true;
    case NodeKind.CallExpr: {
      const ftv = this.info.types.get(e.fun);
      // A conversion of a shared value is still shared.
      if (ftv && ftv.mode === OperandMode.TypExpr) return e.argList.length === 1 && this.isFresh(e.argList[0]!);
      return true;
    }
    case NodeKind.Operation: return e.y !== null || e.op !== Operator.Mul;
    case NodeKind.AssertExpr: return false;
    default: return false;
  }
};

P.value = function (this: FuncLowerer, e: Expr, to: Type): J.Expr {
  const from = this.typeOf(e);
  const x = this.expr(e);
  return this.implicit(x, from, to, this.isFresh(e));
};

P.implicit = function (this: FuncLowerer, x: J.Expr, from: Type, to: Type, fresh: boolean): J.Expr {
  to = this.subst(to);
  const fu = under(from), tu = under(to);
  if (fu.tkind === TypeKind.Basic && fu.kind === BasicKind.UntypedNil) return this.zero(to);
  if (tu.tkind === TypeKind.Interface && fu.tkind !== TypeKind.Interface) {
    const v = fresh ? x : this.pc.cloneExpr(from, x);
    return J.new_(this.rt("Iface"), [this.desc(defaultOf(from)), v]);
  }
  if (!fresh && (fu.tkind === TypeKind.Struct || fu.tkind === TypeKind.Array)) return this.pc.cloneExpr(from, x);
  return x;
};

/** The default type of an untyped constant type. */
function defaultOf(t: Type): Type {
  const u = unalias(t);
  if (u.tkind !== TypeKind.Basic) return t;
  switch (u.kind) {
    case BasicKind.UntypedBool: return TYP.bool;
    case BasicKind.UntypedInt: return TYP.int;
    case BasicKind.UntypedRune: return TYP.int32;
    case BasicKind.UntypedFloat: return TYP.float64;
    case BasicKind.UntypedComplex: return TYP.complex128;
    case BasicKind.UntypedString: return TYP.string;
    default: return t;
  }
}

import { Typ } from "../types/index.js";
const TYP = {
  get bool() { return Typ[BasicKind.Bool]!; },
  get int() { return Typ[BasicKind.Int]!; },
  get int32() { return Typ[BasicKind.Int32]!; },
  get float64() { return Typ[BasicKind.Float64]!; },
  get complex128() { return Typ[BasicKind.Complex128]!; },
  get string() { return Typ[BasicKind.String]!; },
};
export { defaultOf, TYP };

// ---- selectors ----

P.selector = function (this: FuncLowerer, e: SelectorExpr): J.Expr {
  const sel = this.info.selections.get(e);
  if (sel === undefined) {
    // A qualified identifier: pkg.Name.
    const o = this.objOf(e.sel);
    if (o instanceof Var) return this.varRef(o);
    if (o instanceof Func) return funcValue(this, e, o);
    if (o instanceof Const) return this.constValue(o.val!, o.type!);
    throw new InternalError(`qualified identifier ${e.sel.value}`);
  }
  switch (sel.kind) {
    case SelectionKind.FieldVal: {
      const [x, _t] = this.fieldPath(this.expr(e.x), this.typeOf(e.x), sel.index);
      return x;
    }
    case SelectionKind.MethodVal: return this.methodValue(e, sel);
    case SelectionKind.MethodExpr: return this.methodExpr(e, sel);
  }
};

P.fieldPath = function (this: FuncLowerer, x: J.Expr, t: Type, path: readonly number[]): [J.Expr, Type] {
  let cur = x, ct = this.subst(t);
  for (const i of path) {
    let u = under(ct);
    if (u.tkind === TypeKind.Pointer) { ct = u.base; u = under(ct); }
    if (u.tkind !== TypeKind.Struct) throw new InternalError(`field path through ${u.tkind}`);
    cur = J.dot(cur, fieldProp(u, i));
    ct = this.subst(u.fields[i]!.type!);
  }
  return [cur, ct];
};

// ---- index and slice expressions ----

P.indexExpr = function (this: FuncLowerer, e: IndexExpr): J.Expr {
  const xtv = this.tv(e.x);
  // Instantiation of a generic function: f[int].
  if (xtv.type.tkind === TypeKind.Signature && (xtv.type as Signature).tparams) {
    const base = unparen(e.x);
    const o = base.kind === NodeKind.Name ? this.objOf(base) : base.kind === NodeKind.SelectorExpr ? this.objOf(base.sel) : undefined;
    if (o instanceof Func) return funcValue(this, base as Name | SelectorExpr, o);
  }
  const xt = this.typeOf(e.x);
  const u = under(xt);
  switch (u.tkind) {
    case TypeKind.Basic: {
      // string
      const pre: J.Expr[] = [];
      const s = this.once(this.expr(e.x), pre);
      const i = indexValue(this, e.index, J.dot(s, "length"));
      pre.push(J.call(J.dot(s, "charCodeAt"), [i]));
      return pre.length === 1 ? pre[0]! : J.seq(pre);
    }
    case TypeKind.Array: {
      const pre: J.Expr[] = [];
      const a = this.once(this.expr(e.x), pre);
      pre.push(J.index(a, indexValue(this, e.index, J.num(Number(u.len)))));
      return pre.length === 1 ? pre[0]! : J.seq(pre);
    }
    case TypeKind.Pointer: {
      const pre: J.Expr[] = [];
      const a = this.once(this.expr(e.x), pre);
      const at = under(u.base) as { len: bigint };
      // A nil array pointer must fault even when the index is constant.
      pre.push(J.index(a, indexValue(this, e.index, J.num(Number(at.len)), a)));
      return pre.length === 1 ? pre[0]! : J.seq(pre);
    }
    case TypeKind.Slice: {
      const pre: J.Expr[] = [];
      const s = this.once(this.expr(e.x), pre);
      pre.push(J.index(J.dot(s, "a"), J.binary(J.BinOp.Add, J.dot(s, "o"), indexValue(this, e.index, J.dot(s, "n")))));
      return pre.length === 1 ? pre[0]! : J.seq(pre);
    }
    case TypeKind.Map: {
      const t = this.tmp();
      const get = J.call(this.rt("mapGet"), [this.expr(e.x), this.value(e.index, u.key)]);
      return J.cond(J.binary(J.BinOp.StrictEq, J.assign(J.ident(t), get), J.undef()), this.zero(u.elem), J.ident(t));
    }
    default: throw new InternalError(`index of ${u.tkind}`);
  }
};

/** The checked index as a JS number: constant indices were checked by the type checker. */
function indexValue(fl: FuncLowerer, idx: Expr, len: J.Expr, nilCheck?: J.Expr): J.Expr {
  const tv = fl.tv(idx);
  if (tv.value !== null && len.kind === J.K.Num) {
    const i = J.num(Number(C.val(C.toInt(tv.value)) as bigint));
    return nilCheck ? J.seq([J.dot(nilCheck, "length"), i]) : i;
  }
  return J.call(fl.rt("idx"), [fl.expr(idx), len]);
}

P.sliceExpr = function (this: FuncLowerer, e: SliceExpr): J.Expr {
  const xt = this.typeOf(e.x);
  const u = under(xt);
  const arg = (x: Expr | null): J.Expr => (x === null ? J.undef() : this.expr(x));
  const [lo, hi, max] = [arg(e.index[0]), arg(e.index[1]), arg(e.index[2])];
  const args = e.full ? [lo, hi, max] : e.index[1] !== null ? [lo, hi] : e.index[0] !== null ? [lo] : [];
  switch (u.tkind) {
    case TypeKind.Basic: return J.call(this.rt("sliceString"), [this.expr(e.x), ...args]);
    case TypeKind.Slice: {
      // Struct and array elements beyond the length may not be built yet (runtime/slice.ts grow).
      const eu = under(u.elem);
      const agg = eu.tkind === TypeKind.Struct || eu.tkind === TypeKind.Array;
      if (agg && e.index[1] !== null) {
        const full = [lo, hi, e.full ? max : J.undef(), this.desc(u.elem)];
        return J.call(this.rt("sliceSlice"), [this.expr(e.x), ...full]);
      }
      return J.call(this.rt("sliceSlice"), [this.expr(e.x), ...args]);
    }
    case TypeKind.Array: case TypeKind.Pointer:
      return J.call(this.rt("sliceArray"), [this.expr(e.x), ...args]);
    default: throw new InternalError(`slice of ${u.tkind}`);
  }
};

// ---- composite literals ----

P.compositeLit = function (this: FuncLowerer, e: CompositeLit, t?: Type): J.Expr {
  t = t ?? this.typeOf(e);
  let u = under(t);
  // An elided &T in a literal of pointers: the literal's type is the pointer's base.
  if (u.tkind === TypeKind.Pointer) { t = u.base; u = under(t); }
  switch (u.tkind) {
    case TypeKind.Struct: {
      const vals: J.Expr[] = u.fields.map((f) => this.zero(f.type!));
      const pre: J.Expr[] = [];
      let lastField = -1, ordered = true;
      e.elemList.forEach((el) => {
        if (el.kind !== NodeKind.KeyValueExpr) return;
        const fi = u.fields.findIndex((f) => f.name === (el.key as Name).value);
        if (fi < lastField) ordered = false;
        lastField = fi;
      });
      e.elemList.forEach((el, i) => {
        if (el.kind === NodeKind.KeyValueExpr) {
          const fname = (el.key as Name).value;
          const fi = u.fields.findIndex((f) => f.name === fname);
          let v = elemValue(this, el.value, u.fields[fi]!.type!);
          // Keyed elements are evaluated in source order, whatever the field order.
          if (!ordered && !isSimple(v)) { const t = this.tmp(); pre.push(J.assign(J.ident(t), v)); v = J.ident(t); }
          vals[fi] = v;
        } else {
          const f = u.fields[i]!;
          const v = elemValue(this, el, f.type!);
          // A blank field keeps its zero value; the element is still evaluated, in order.
          vals[i] = f.name !== "_" ? v : isSimple(v) ? this.zero(f.type!) : J.seq([v, this.zero(f.type!)]);
        }
      });
      const lit = J.new_(J.ident(this.pc.structClass(u as Struct)), vals);
      return pre.length > 0 ? J.seq([...pre, lit]) : lit;
    }
    case TypeKind.Array: {
      const n = Number(u.len);
      if (n > 256 && e.elemList.length * 2 < n) {
        // A large, mostly zero array: zero it and store the listed elements.
        const idx: J.Expr[] = [], vals: J.Expr[] = [];
        let i = 0;
        for (const el of e.elemList) {
          let v = el;
          if (el.kind === NodeKind.KeyValueExpr) {
            i = Number(C.val(C.toInt(this.tv(el.key).value!)) as bigint);
            v = el.value;
          }
          idx.push(J.num(i));
          vals.push(elemValue(this, v, u.elem));
          i++;
        }
        return J.call(this.rt("sparseArray"), [this.desc(u.elem), J.num(n), J.array(idx), J.array(vals)]);
      }
      const elems = literalElems(this, e, u.elem, n);
      return this.arrayLitOf(u.elem, elems);
    }
    case TypeKind.Slice: {
      const elems = literalElems(this, e, u.elem, -1);
      return this.sliceLitOf(t, elems);
    }
    case TypeKind.Map: {
      const keys: J.Expr[] = [], vals: J.Expr[] = [];
      for (const el of e.elemList) {
        const kv = el as KeyValueExpr;
        keys.push(elemValue(this, kv.key, u.key));
        vals.push(elemValue(this, kv.value, u.elem));
      }
      // Keys and values are evaluated pairwise in source order.
      const kv: J.Expr[] = [];
      keys.forEach((k, i) => kv.push(k, vals[i]!));
      return J.call(this.rt("mapLitKV"), [this.desc(u.key), this.desc(u.elem), J.array(kv)]);
    }
    default: throw new InternalError(`composite literal of ${u.tkind}`);
  }
};

function isSimple(e: J.Expr): boolean {
  return e.kind === J.K.Num || e.kind === J.K.Str || e.kind === J.K.Bool || e.kind === J.K.Null || e.kind === J.K.Ident;
}

/** An element of a composite literal: nested literals may elide their type (and &). */
function elemValue(fl: FuncLowerer, el: Expr, t: Type): J.Expr {
  if (el.kind === NodeKind.CompositeLit && el.type === null) {
    const lit = fl.compositeLit(el, fl.subst(t));
    return lit;
  }
  return fl.value(el, t);
}

/** The elements of an array or slice literal in index order, zero-filled where keys skip. */
function literalElems(fl: FuncLowerer, e: CompositeLit, elem: Type, len: number): J.Expr[] {
  const out: (J.Expr | undefined)[] = [];
  let idx = 0, max = 0, last = -1, ordered = true;
  const pre: J.Expr[] = [];
  const placed: { idx: number; v: J.Expr }[] = [];
  for (const el of e.elemList) {
    let v = el;
    if (el.kind === NodeKind.KeyValueExpr) {
      const ktv = fl.tv(el.key);
      idx = Number(C.val(C.toInt(ktv.value!)) as bigint);
      v = el.value;
    }
    if (idx < last) ordered = false;
    last = idx;
    placed.push({ idx, v: elemValue(fl, v, elem) });
    idx++;
    if (idx > max) max = idx;
  }
  // Elements are evaluated in source order even when keys put them elsewhere.
  for (const p of placed) {
    let v = p.v;
    if (!ordered && !isSimple(v)) { const t = fl.tmp(); pre.push(J.assign(J.ident(t), v)); v = J.ident(t); }
    out[p.idx] = v;
  }
  const n = len >= 0 ? len : max;
  const res: J.Expr[] = [];
  for (let i = 0; i < n; i++) res.push(out[i] ?? fl.zero(elem));
  if (pre.length > 0 && res.length > 0) res[0] = J.seq([...pre, res[0]!]);
  return res;
}

P.arrayLitOf = function (this: FuncLowerer, elem: Type, elems: J.Expr[]): J.Expr {
  const ctor = typedArrayName(elem);
  if (ctor !== null) return J.new_(J.ident(ctor), [J.array(elems)]);
  return J.array(elems);
};

P.sliceLitOf = function (this: FuncLowerer, t: Type, elems: J.Expr[]): J.Expr {
  const u = under(t) as { elem: Type };
  return J.call(this.rt("sliceOfArray"), [this.arrayLitOf(u.elem, elems)]);
};

/** The typed array class holding elements of type t, or null for a plain Array. */
export function typedArrayName(t: Type): string | null {
  const u = under(t);
  if (u.tkind !== TypeKind.Basic) return null;
  switch (u.kind) {
    case BasicKind.Int8: return "Int8Array";
    case BasicKind.Uint8: return "Uint8Array";
    case BasicKind.Int16: return "Int16Array";
    case BasicKind.Uint16: return "Uint16Array";
    case BasicKind.Int32: return "Int32Array";
    case BasicKind.Uint32: return "Uint32Array";
    case BasicKind.Float32: return "Float32Array";
    case BasicKind.Float64: return "Float64Array";
    default: return null;
  }
}

// ---- operators ----

P.unaryExpr = function (this: FuncLowerer, e: Operation): J.Expr {
  const t = this.typeOf(e);
  switch (e.op) {
    case Operator.And: return this.addressOf(e.x);
    case Operator.Mul: {
      // *p
      const pt = under(this.typeOf(e.x));
      if (pt.tkind !== TypeKind.Pointer) throw new InternalError("dereference of non-pointer");
      const bu = under(pt.base);
      const p = this.expr(e.x);
      if (bu.tkind === TypeKind.Struct || bu.tkind === TypeKind.Array) return J.call(this.rt("deref"), [p]);
      return J.dot(p, "v");
    }
    case Operator.Not: return J.not(this.expr(e.x));
    case Operator.Sub: return negate((n) => this.rt(n), rep(t), this.expr(e.x));
    case Operator.Add: return this.expr(e.x);
    case Operator.Xor: return complement((n) => this.rt(n), rep(t), this.expr(e.x));
    case Operator.Recv: return this.recvExpr(e, false);
    default: throw new InternalError(`unary operator ${e.op}`);
  }
};

P.addressOf = function (this: FuncLowerer, x: Expr): J.Expr {
  x = unparen(x);
  const t = this.typeOf(x);
  const u = under(t);
  const isObj = u.tkind === TypeKind.Struct || u.tkind === TypeKind.Array;
  if (x.kind === NodeKind.CompositeLit) {
    const lit = this.compositeLit(x);
    return isObj ? lit : J.new_(this.rt("Box"), [lit]);
  }
  if (isObj) {
    // The object is the pointer; a nil check is implied where x dereferences a pointer.
    return this.expr(x);
  }
  switch (x.kind) {
    case NodeKind.Name: {
      const o = this.objOf(x);
      if (!(o instanceof Var)) throw new InternalError(`address of ${x.value}`);
      const r = this.varRef(o);
      if (r.kind === J.K.Dot && r.name === "v") return r.target;
      throw new InternalError(`address of unboxed variable ${x.value}`);
    }
    case NodeKind.SelectorExpr: {
      const sel = this.info.selections.get(x);
      if (sel === undefined) {
        const o = this.objOf(x.sel);
        if (o instanceof Var) {
          const r = this.varRef(o);
          if (r.kind === J.K.Dot && r.name === "v") return r.target;
        }
        throw new InternalError(`address of qualified ${x.sel.value}`);
      }
      const [path, last] = [sel.index.slice(0, -1), sel.index[sel.index.length - 1]!];
      const [obj, ot] = this.fieldPath(this.expr(x.x), this.typeOf(x.x), path);
      let su = under(ot);
      if (su.tkind === TypeKind.Pointer) su = under(su.base);
      return J.call(this.rt("fieldRef"), [obj, J.str(fieldProp(su as Struct, last))]);
    }
    case NodeKind.IndexExpr: {
      const xt = under(this.typeOf(x.x));
      if (xt.tkind === TypeKind.Slice) {
        const pre: J.Expr[] = [];
        const s = this.once(this.expr(x.x), pre);
        pre.push(J.call(this.rt("elemRef"), [J.dot(s, "a"), J.binary(J.BinOp.Add, J.dot(s, "o"), J.call(this.rt("idx"), [this.expr(x.index), J.dot(s, "n")]))]));
        return pre.length === 1 ? pre[0]! : J.seq(pre);
      }
      if (xt.tkind === TypeKind.Array || xt.tkind === TypeKind.Pointer) {
        const len = xt.tkind === TypeKind.Array ? xt.len : (under(xt.base) as { len: bigint }).len;
        const pre: J.Expr[] = [];
        const a = this.once(this.expr(x.x), pre);
        pre.push(J.call(this.rt("elemRef"), [a, J.call(this.rt("idx"), [this.expr(x.index), J.num(Number(len))])]));
        return pre.length === 1 ? pre[0]! : J.seq(pre);
      }
      throw new InternalError(`address of index of ${xt.tkind}`);
    }
    case NodeKind.Operation:
      if (x.op === Operator.Mul && x.y === null) return J.call(this.rt("notNil"), [this.expr(x.x)]);
      break;
    default: break;
  }
  throw new InternalError(`address of expression kind ${x.kind}`);
};

P.binaryExpr = function (this: FuncLowerer, e: Operation): J.Expr {
  const y = e.y!;
  switch (e.op) {
    case Operator.AndAnd: return J.logical(J.BinOp.LogAnd, this.expr(e.x), this.expr(y));
    case Operator.OrOr: return J.logical(J.BinOp.LogOr, this.expr(e.x), this.expr(y));
  }
  // gc evaluates calls and receives before it reads plain operands: in x + f(), x is read
  // after f has run. The right operand then goes first, into a temporary.
  if (hasCall(y) && !hasCall(e.x) && this.tv(e.x).value === null) {
    const t = this.tmp();
    const first = J.assign(J.ident(t), this.expr(y));
    this.overrides.set(y, J.ident(t));
    try {
      return J.seq([first, this.binaryExpr1(e)]);
    } finally {
      this.overrides.delete(y);
    }
  }
  return this.binaryExpr1(e);
};

P.binaryExpr1 = function (this: FuncLowerer, e: Operation): J.Expr {
  const y = e.y!;
  switch (e.op) {
    case Operator.Eql: case Operator.Neq: case Operator.Lss: case Operator.Leq: case Operator.Gtr: case Operator.Geq:
      return this.compare(e.op, this.expr(e.x), this.typeOf(e.x), this.expr(y), this.typeOf(y));
    case Operator.Shl: case Operator.Shr: {
      const t = this.typeOf(e);
      const [count0, c] = this.shiftCount(y);
      const pre: J.Expr[] = [];
      const x = this.expr(e.x);
      const count = c === null ? this.once(count0, pre) : count0;
      const r = shift((n) => this.rt(n), e.op === Operator.Shl, rep(t), x, count, c);
      return pre.length > 0 ? J.seq([...pre, r]) : r;
    }
    default: {
      const t = this.typeOf(e);
      const r = rep(t);
      const xs = this.expr(e.x), ys = this.expr(y);
      if (r === R.I64) {
        const small = this.smallArith(e.op, e.x, y, xs, ys);
        if (small !== null) return small;
      }
      return arith((n) => this.rt(n), e.op, r, xs, ys);
    }
  }
};

P.shiftCount = function (this: FuncLowerer, e: Expr): [J.Expr, number | null] {
  const tv = this.tv(e);
  if (tv.value !== null) {
    const v = C.val(C.toInt(tv.value)) as bigint;
    const c = v > 1000n ? 1000 : Number(v);
    return [J.num(c), c];
  }
  const r = rep(this.typeOf(e));
  const x = this.expr(e);
  // Counts must be non-negative JS numbers; signed counts are checked, wide ones clamped.
  if (isWide(r) || r === R.I32 || r === R.I16 || r === R.I8) return [J.call(this.rt("shiftCount"), [x]), null];
  return [x, null];
};

P.compare = function (this: FuncLowerer, op: Operator, x: J.Expr, xt: Type, y: J.Expr, yt: Type): J.Expr {
  const xu = under(xt), yu = under(yt);
  const eq = op === Operator.Eql;
  const isNil = (u: Type): boolean => u.tkind === TypeKind.Basic && u.kind === BasicKind.UntypedNil;
  const rel = (o: J.BinOp): J.Expr => J.binary(o, x, y);
  if (op !== Operator.Eql && op !== Operator.Neq) {
    const m: Partial<Record<Operator, J.BinOp>> = {
      [Operator.Lss]: J.BinOp.Lt, [Operator.Leq]: J.BinOp.Le, [Operator.Gtr]: J.BinOp.Gt, [Operator.Geq]: J.BinOp.Ge,
    };
    return rel(m[op]!);
  }
  const result = (e: J.Expr): J.Expr => (eq ? e : J.not(e));
  // Comparisons with nil.
  if (isNil(xu) || isNil(yu)) {
    const [v, vu] = isNil(xu) ? [y, yu] : [x, xu];
    if (vu.tkind === TypeKind.Slice) return J.binary(eq ? J.BinOp.StrictEq : J.BinOp.StrictNe, J.dot(v, "a"), J.nul());
    return J.binary(eq ? J.BinOp.StrictEq : J.BinOp.StrictNe, v, J.nul());
  }
  // Interface against interface or against a concrete value.
  if (xu.tkind === TypeKind.Interface || yu.tkind === TypeKind.Interface) {
    const xi = xu.tkind === TypeKind.Interface ? x : this.implicit(x, xt, yt, true);
    const yi = yu.tkind === TypeKind.Interface ? y : this.implicit(y, yt, xt, true);
    return result(J.call(this.rt("ifaceEq"), [xi, yi]));
  }
  if (xu.tkind === TypeKind.Struct || xu.tkind === TypeKind.Array) {
    return result(J.call(J.dot(this.desc(xt), "eq"), [x, y]));
  }
  const r = rep(xt);
  if (r === R.C64 || r === R.C128) return result(J.call(this.rt("complexEq"), [x, y]));
  return J.binary(eq ? J.BinOp.StrictEq : J.BinOp.StrictNe, x, y);
};

// ---- type assertions ----

P.assertExpr = function (this: FuncLowerer, e: AssertExpr, commaOk: boolean): J.Expr {
  const T = this.typeOf(e.type);
  const st = this.typeOf(e.x);
  const x = this.expr(e.x);
  const iface = under(T).tkind === TypeKind.Interface;
  if (commaOk) {
    if (iface) return J.call(this.rt("assertIface2"), [x, this.desc(T)]);
    return J.call(this.rt("assertType2"), [x, this.desc(T), this.zero(T)]);
  }
  if (iface) return J.call(this.rt("assertIface"), [x, this.desc(T), this.desc(st)]);
  return J.call(this.rt("assertType"), [x, this.desc(T), this.desc(st)]);
};

export { isInt, Builtin, TypeName, PkgName, Named, Func };
