// Lowering of package unsafe: the built-ins (Sizeof, Alignof and Offsetof of types whose
// size depends on type parameters, computed per instance; Add, Slice, SliceData, String,
// StringData through runtime/unsafe.ts) and conversions to and from unsafe.Pointer. gots
// pointers are references, not addresses (docs/values.md "unsafe"): a conversion between
// pointer types whose values gots represents differently becomes a view that reads and
// writes the original when gots knows how, and a compile error otherwise; uintptr arithmetic
// turned back into a pointer is accepted only in unsafe's own pattern,
// unsafe.Pointer(uintptr(p) + off), which is unsafe.Add.

import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import { CallExpr, Expr, NodeKind, Operator, startPos, unparen } from "../syntax/index.js";
import {
  Type, TypeKind, BasicKind, BuiltinId, Pointer, Struct, under,
} from "../types/index.js";
import { OperandMode } from "../types/operand.js";
import { derefStructPtr } from "../types/lookup.js";
import { identical } from "../types/predicates.js";
import { sizeof, alignof, offsetof } from "../types/sizes.js";
import { typeString } from "../types/typestring.js";
import * as C from "../constant/index.js";
import { FuncLowerer } from "./func.js";
import { R, rep } from "./ops.js";
import { UnsupportedError } from "./call.js";
import { fieldProp } from "./typedesc.js";

declare module "./func.js" {
  interface FuncLowerer {
    /** A call of one of unsafe's built-ins. */
    unsafeBuiltin(e: CallExpr, id: BuiltinId): J.Expr;
    /** A conversion to or from unsafe.Pointer; null when it is an ordinary one. */
    unsafeConversion(x: Expr, from: Type, to: Type): J.Expr | null;
    /** A pointer operand of unsafe code: &a[i] of a struct or array element records where the element lives. */
    unsafePtrOperand(x: Expr): J.Expr;
  }
}

const P = FuncLowerer.prototype;

function isUnsafePointer(t: Type): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Basic && u.kind === BasicKind.UnsafePointer;
}

function isObject(t: Type): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Struct || u.tkind === TypeKind.Array;
}

function typeText(t: Type): string {
  return typeString(t, (p) => p.name);
}

function num(n: bigint): J.Expr {
  return J.num(Number(n));
}

P.unsafeBuiltin = function (this: FuncLowerer, e: CallExpr, id: BuiltinId): J.Expr {
  const args = e.argList;
  const rt = (n: string): J.Expr => this.rt(n);
  switch (id) {
    // Not constants only when the type's size depends on type parameters: this instance's.
    case BuiltinId.Sizeof: return num(sizeof(this.typeOf(args[0]!)));
    case BuiltinId.Alignof: return J.num(alignof(this.typeOf(args[0]!)));
    case BuiltinId.Offsetof: {
      const selx = unparen(args[0]!);
      if (selx.kind !== NodeKind.SelectorExpr) throw new InternalError("unsafe.Offsetof of a non-selector");
      const sel = this.info.selections.get(selx);
      if (sel === undefined) throw new InternalError("unsafe.Offsetof without a selection");
      return num(offsetof(derefStructPtr(this.typeOf(selx.x)), sel.index));
    }
    case BuiltinId.Add: {
      const p = this.expr(args[0]!);
      // A constant move that is not by whole elements of a pointer whose type is in sight.
      const n = this.tv(args[1]!).value;
      const inner = convertedPointer(this, args[0]!);
      if (n !== null && inner !== null) {
        const base = (under(inner) as Pointer).base;
        const bu = under(base);
        const z = sizeof(base);
        const off = C.val(C.toInt(n)) as bigint;
        if (bu.tkind !== TypeKind.Struct && bu.tkind !== TypeKind.Array && z > 0n && off % z !== 0n) {
          throw new UnsupportedError(startPos(e), "", `unsafe.Add(p, ${off}) with p a pointer to ${typeText(base)}: gots moves pointers by whole elements only (${z} bytes here), it has no addresses between them`);
        }
      }
      return J.call(rt("unsafeAdd"), [p, asInt64(this, args[1]!)]);
    }
    case BuiltinId.Slice: {
      const elem = (under(this.typeOf(e)) as { elem: Type }).elem;
      return J.call(rt("unsafeSlice"), [this.unsafePtrOperand(args[0]!), this.expr(args[1]!), this.desc(elem)], e.pos);
    }
    case BuiltinId.String:
      return J.call(rt("unsafeString"), [this.unsafePtrOperand(args[0]!), this.expr(args[1]!)], e.pos);
    case BuiltinId.SliceData: {
      const elem = (under(this.typeOf(args[0]!)) as { elem: Type }).elem;
      return J.call(rt("sliceData"), [this.expr(args[0]!), isObject(elem) ? this.desc(elem) : J.nul()]);
    }
    case BuiltinId.StringData:
      return J.call(rt("stringData"), [this.expr(args[0]!)]);
    default:
      throw new InternalError(`builtin ${id} not lowered`);
  }
};

/** An integer operand as an int64 (unsafe.Add's offset): uint64 values wrap to negative ones. */
function asInt64(fl: FuncLowerer, x: Expr): J.Expr {
  const v = fl.expr(x);
  return rep(fl.typeOf(x)) === R.U64 && fl.tv(x).value === null ? J.call(fl.rt("uint64ToInt64"), [v]) : v;
}

/** When x is unsafe.Pointer(y) with y a typed pointer, y's type. */
function convertedPointer(fl: FuncLowerer, x: Expr): Type | null {
  const c = conversionOperand(fl, x);
  if (c === null) return null;
  const t = fl.typeOf(c);
  return under(t).tkind === TypeKind.Pointer ? t : null;
}

/** When x is a conversion T(y), y. */
function conversionOperand(fl: FuncLowerer, x: Expr): Expr | null {
  const u = unparen(x);
  if (u.kind !== NodeKind.CallExpr || u.argList.length !== 1 || u.hasDots) return null;
  return fl.tv(u.fun).mode === OperandMode.TypExpr ? u.argList[0]! : null;
}

P.unsafePtrOperand = function (this: FuncLowerer, x: Expr): J.Expr {
  const u = unparen(x);
  if (u.kind === NodeKind.Operation && u.op === Operator.And && u.y === null) {
    const ix = unparen(u.x);
    if (ix.kind === NodeKind.IndexExpr && isObject(this.typeOf(ix))) {
      const xt = under(this.typeOf(ix.x));
      const size = J.num(Number(sizeof(this.typeOf(ix))));
      const pre: J.Expr[] = [];
      if (xt.tkind === TypeKind.Slice) {
        const s = this.once(this.expr(ix.x), pre);
        const k = J.binary(J.BinOp.Add, J.dot(s, "o"), J.call(this.rt("idx"), [this.expr(ix.index), J.dot(s, "n")]));
        pre.push(J.call(this.rt("locate"), [J.dot(s, "a"), k, size]));
        return pre.length === 1 ? pre[0]! : J.seq(pre);
      }
      if (xt.tkind === TypeKind.Array || xt.tkind === TypeKind.Pointer) {
        const len = xt.tkind === TypeKind.Array ? xt.len : (under(xt.base) as { len: bigint }).len;
        const a = this.once(this.expr(ix.x), pre);
        pre.push(J.call(this.rt("locate"), [a, J.call(this.rt("idx"), [this.expr(ix.index), J.num(Number(len))]), size]));
        return pre.length === 1 ? pre[0]! : J.seq(pre);
      }
    }
  }
  return this.expr(x);
};

P.unsafeConversion = function (this: FuncLowerer, x: Expr, from: Type, to: Type): J.Expr | null {
  const fu = under(from), tu = under(to);
  const fromUP = isUnsafePointer(from), toUP = isUnsafePointer(to);
  if (fromUP && toUP) return this.expr(x);
  if (toUP) {
    if (fu.tkind === TypeKind.Pointer) {
      const p = this.unsafePtrOperand(x);
      return isObject(fu.base) ? p : J.call(this.rt("toUnsafe"), [p, num(sizeof(fu.base))]);
    }
    if (fu.tkind === TypeKind.Basic && fu.kind !== BasicKind.UntypedNil) return addressToPointer(this, x);
    return null;
  }
  if (!fromUP) return null;
  if (tu.tkind === TypeKind.Basic) return J.call(this.rt("ptrToAddr"), [this.expr(x)]);
  if (tu.tkind !== TypeKind.Pointer) return null;
  const inner = conversionOperand(this, x);
  if (inner !== null && under(this.typeOf(inner)).tkind === TypeKind.Pointer) {
    return pointerToPointer(this, inner, this.typeOf(inner) as Type, to, startPos(x));
  }
  // The pointer's origin is out of sight: the run time looks at what it is.
  if (isObject(tu.base) && !isHeader(tu.base)) return this.expr(x);
  return J.call(this.rt("fromUnsafe"), [this.expr(x), this.desc(tu.base)]);
};

/** unsafe.Pointer(u) for u a uintptr. */
function addressToPointer(fl: FuncLowerer, x: Expr): J.Expr {
  const tv = fl.tv(x);
  if (tv.value !== null) {
    const v = C.val(C.toInt(tv.value)) as bigint;
    return v === 0n ? J.nul() : J.call(fl.rt("addrToPtr"), [fl.expr(x)]);
  }
  const u = unparen(x);
  if (u.kind === NodeKind.Operation) {
    // unsafe.Pointer(uintptr(p) + a - b): unsafe.Add(p, a - b), the one arithmetic unsafe allows.
    const terms: { e: Expr; neg: boolean }[] = [];
    const flatten = (e: Expr, neg: boolean): boolean => {
      const o = unparen(e);
      if (o.kind === NodeKind.Operation && o.y !== null && (o.op === Operator.Add || o.op === Operator.Sub) && fl.tv(o).value === null) {
        return flatten(o.x, neg) && flatten(o.y, o.op === Operator.Sub ? !neg : neg);
      }
      terms.push({ e: o, neg });
      return true;
    };
    flatten(u, false);
    const ptrTerms = terms.filter((t) => !t.neg && pointerTerm(fl, t.e) !== null);
    if (ptrTerms.length === 1 && terms.every((t) => t === ptrTerms[0] || pointerTerm(fl, t.e) === null)) {
      const p = pointerTerm(fl, ptrTerms[0]!.e)!;
      const rest = terms.filter((t) => t !== ptrTerms[0]);
      const lower = (ts: typeof rest): J.Expr => J.array(ts.map((t) => fl.expr(t.e)));
      return J.call(fl.rt("unsafeAddTerms"), [fl.expr(p), lower(rest.filter((t) => !t.neg)), lower(rest.filter((t) => t.neg))]);
    }
    throw new UnsupportedError(startPos(x), "", "converting the result of uintptr arithmetic to unsafe.Pointer: gots pointers are references, not addresses " +
      "(write unsafe.Add(p, n) or unsafe.Pointer(uintptr(p) + n) with p the unsafe.Pointer itself)");
  }
  return J.call(fl.rt("addrToPtr"), [fl.expr(x)]);
}

/** When e is uintptr(p) for p an unsafe.Pointer, p. */
function pointerTerm(fl: FuncLowerer, e: Expr): Expr | null {
  const y = conversionOperand(fl, e);
  return y !== null && isUnsafePointer(fl.typeOf(y)) && fl.tv(y).value === null ? y : null;
}

/** A pointer-sized word holding an address: uintptr, unsafe.Pointer or a pointer. */
function isWord(t: Type): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Pointer || (u.tkind === TypeKind.Basic && (u.kind === BasicKind.UnsafePointer || u.kind === BasicKind.Uintptr));
}

/** A struct laid out as a string's (n = 2) or slice's (n = 3) header: a data word, then int lengths. */
function headerLike(s: Struct, n: number): boolean {
  if (s.fields.length !== n || !isWord(s.fields[0]!.type!)) return false;
  return s.fields.slice(1).every((f) => {
    const u = under(f.type!);
    return u.tkind === TypeKind.Basic && (u.kind === BasicKind.Int || u.kind === BasicKind.Uintptr || u.kind === BasicKind.Uint);
  });
}

function isHeader(t: Type): boolean {
  const s = typeText(t);
  return s === "reflect.SliceHeader" || s === "reflect.StringHeader";
}

function isScalar(t: Type): boolean {
  const u = under(t);
  if (u.tkind !== TypeKind.Basic) return false;
  const r = rep(t);
  return r === R.Bool || (r >= R.I8 && r <= R.U64) || r === R.F32 || r === R.F64;
}

function isByteSlice(t: Type): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Slice && rep(u.elem) === R.U8;
}

function isString(t: Type): boolean {
  return rep(t) === R.Str;
}

/** Same JS representation for the kinds of pointer-like values that are all references. */
function sameRep(fl: FuncLowerer, a: Type, b: Type): boolean {
  if (identical(under(a), under(b))) return true;
  const au = under(a), bu = under(b);
  const pointerish = (u: Type): boolean => u.tkind === TypeKind.Pointer || (u.tkind === TypeKind.Basic && u.kind === BasicKind.UnsafePointer);
  if (pointerish(au) && pointerish(bu)) return true;
  if (isScalar(a) && isScalar(b)) return rep(a) === rep(b);
  if (au.tkind === TypeKind.Struct && bu.tkind === TypeKind.Struct) return fl.pc.structClass(au) === fl.pc.structClass(bu);
  return false;
}

/** Struct types whose fields have pairwise the same representation, in the same order. */
function sameFields(fl: FuncLowerer, a: Struct, b: Struct): boolean {
  return a.fields.length === b.fields.length && a.fields.every((f, i) => sameRep(fl, f.type!, b.fields[i]!.type!));
}

/** (*T)(unsafe.Pointer(y)) for y of type *U: the same pointer, a view, or a compile error. */
function pointerToPointer(fl: FuncLowerer, y: Expr, from: Type, to: Type, pos: number): J.Expr {
  const U = (under(from) as Pointer).base, T = (under(to) as Pointer).base;
  const uu = under(U), tu = under(T);
  const p = (): J.Expr => fl.unsafePtrOperand(y);
  const rt = (n: string): J.Expr => fl.rt(n);
  if (sameRep(fl, U, T)) return p();
  if (isScalar(U) && isScalar(T) && sizeof(U) === sizeof(T)) return J.call(rt("reinterpretScalar"), [p(), fl.desc(U), fl.desc(T)]);
  if (isByteSlice(U) && isString(T)) return J.call(rt("bytesStringView"), [p(), J.bool(true)]);
  if (isString(U) && isByteSlice(T)) return J.call(rt("bytesStringView"), [p(), J.bool(false)]);
  if (tu.tkind === TypeKind.Struct && (uu.tkind === TypeKind.Slice || isString(U)) && headerLike(tu, uu.tkind === TypeKind.Slice ? 3 : 2)) {
    const elem = uu.tkind === TypeKind.Slice && isObject(uu.elem) ? fl.desc(uu.elem) : J.nul();
    return J.call(rt("headerView"), [p(), fl.desc(T), elem, J.bool(uu.tkind !== TypeKind.Slice)]);
  }
  if (tu.tkind === TypeKind.Struct && uu.tkind === TypeKind.Interface && tu.fields.length === 2 && tu.fields.every((f) => isWord(f.type!))) {
    return J.call(rt("ifaceView"), [p(), fl.desc(T)]);
  }
  if (uu.tkind === TypeKind.Struct && tu.tkind === TypeKind.Struct && sameFields(fl, uu, tu)) {
    return J.call(rt("structView"), [p(), fl.desc(T)]);
  }
  if (tu.tkind === TypeKind.Array) {
    if (sameRep(fl, U, tu.elem)) return J.call(rt("arrayView"), [p(), num(tu.len), fl.desc(tu.elem), J.num(-1)]);
    if (uu.tkind === TypeKind.Array && sameRep(fl, uu.elem, tu.elem)) return J.call(rt("arrayView"), [p(), num(tu.len), fl.desc(tu.elem), num(uu.len)]);
  }
  if (uu.tkind === TypeKind.Array && sameRep(fl, uu.elem, T)) return J.call(rt("arrayFirst"), [p(), fl.desc(uu.elem)]);
  if (uu.tkind === TypeKind.Struct && uu.fields.length > 0 && sameRep(fl, uu.fields[0]!.type!, T)) {
    // The first field, at the struct's own address.
    if (!isObject(T)) return J.call(rt("fromUnsafe"), [p(), fl.desc(T)]);
    const t = fl.tmp();
    return J.cond(J.binary(J.BinOp.StrictEq, J.assign(J.ident(t), p()), J.nul()), J.nul(), J.dot(J.ident(t), fieldProp(uu, 0)));
  }
  // Structs and arrays whose fields do not correspond: the object, as a pointer to either.
  // Fields of T that are not U's read as nothing; gots cannot tell here whether any is read.
  if (isObject(U) && isObject(T)) return p();
  throw new UnsupportedError(pos, "", `converting *${typeText(U)} to *${typeText(T)} through unsafe.Pointer: ` +
    "gots represents the two types differently and does not lay values out in memory");
}
