// Natives of reflect.Value that read: construction (ValueOf, Zero, New), kinds and types,
// navigation (Elem, Field, Index, Slice, MapIndex, MapKeys), the scalar getters, nil and
// zero tests, and Interface with its read-only rules.

import { Iface, Kind, type Type, ptrTo, sliceOf, types } from "../../../runtime/type.js";
import { Box, elemRef, fieldRef } from "../../../runtime/ptr.js";
import { Slice, sliceArray, sliceOfArray, sliceSlice } from "../../../runtime/slice.js";
import { sizeof } from "../../../runtime/typesize.js";
import { fakeAddress } from "../../../runtime/objid.js";
import { ptrToAddr, unsafeSlice } from "../../../runtime/unsafe.js";
import { MapIter, mapGet, mapLen, type GoMap } from "../../../runtime/map.js";
import { chanCap, chanLen } from "../../../runtime/chan.js";
import { funcPC } from "../../../runtime/traceback.js";
import type { Complex } from "../../../runtime/complex.js";
import type { I64 } from "../../../runtime/int64.js";
import {
  ADDR, KIND_MASK, RO, RO_EMBED, RO_STICKY, type Val, invalidValue, isAggregate, kindOf, load, mk, mustBe, num,
  panicStr, panicValueError, ro, typeIface, typeOfIface,
} from "./core.js";
import { assignTo } from "./assign.js";
import { isComplexKind, isFloatKind, isIntKind, isUintKind, methodCount } from "./typeops.js";
import { overflowFloat32, overflowInt, overflowUint } from "./rtype.js";

export function valueOf(i: Iface | null): Val {
  return i === null ? invalidValue() : mk(i.t, i.v, i.t.kind);
}

/** The interface value holding v (copying an addressable struct or array). */
export function packIface(v: Val): Iface | null {
  const t = v.typ_!;
  if (t.kind === Kind.Interface) return load(v);
  let x = load(v);
  if ((v.flag & ADDR) !== 0 && isAggregate(t)) x = t.clone(x);
  return new Iface(t, x);
}

export function valueInterface(v: Val, safe: boolean): Iface | null {
  if (v.flag === 0) panicValueError("reflect.Value.Interface", Kind.Invalid);
  if (safe && (v.flag & RO) !== 0) {
    panicStr("reflect.Value.Interface: cannot return value obtained from unexported field or method");
  }
  return packIface(v);
}

/** The Value of a pointer's target: addressable, through the pointer p (not null). */
export function derefValue(t: Type, p: any, f: number): Val {
  return mk(t, p, (f & RO) | ADDR | t.kind);
}

export function elem(v: Val): Val {
  switch (kindOf(v)) {
    case Kind.Interface: {
      const x = load(v) as Iface | null;
      if (x === null) return invalidValue();
      return mk(x.t, x.v, x.t.kind | ro(v.flag));
    }
    case Kind.Pointer: {
      const p = load(v);
      if (p === null) return invalidValue();
      return derefValue(v.typ_!.elem!, p, v.flag);
    }
  }
  return panicValueError("reflect.Value.Elem", kindOf(v));
}

export function field(v: Val, i: number): Val {
  if (kindOf(v) !== Kind.Struct) panicValueError("reflect.Value.Field", kindOf(v));
  const t = v.typ_!;
  const f = t.fields[i];
  if (f === undefined || !(i >= 0)) panicStr("reflect: Field index out of range");
  let fl = (v.flag & (RO_STICKY | ADDR)) | f.type.kind;
  if (f.pkgPath !== "") fl |= f.embedded ? RO_EMBED : RO_STICKY;
  const obj = load(v);
  const x = obj[f.js];
  if ((v.flag & ADDR) !== 0 && !isAggregate(f.type)) return mk(f.type, fieldRef(obj, f.js), fl);
  return mk(f.type, x, fl);
}

function fieldByIndex(v: Val, index: Slice, errs: boolean): [Val, string] {
  if (index.n === 1) return [field(v, num(index.a[index.o])), ""];
  mustBe(v, Kind.Struct, "reflect.Value.FieldByIndex");
  for (let k = 0; k < index.n; k++) {
    const x = num(index.a[index.o + k]);
    if (k > 0 && kindOf(v) === Kind.Pointer && v.typ_!.elem!.kind === Kind.Struct) {
      if (load(v) === null) {
        if (!errs) panicStr("reflect: indirection through nil pointer to embedded struct");
        return [invalidValue(), "reflect: indirection through nil pointer to embedded struct field " + v.typ_!.elem!.name];
      }
      v = elem(v);
    }
    v = field(v, x);
  }
  return [v, ""];
}

export function index(v: Val, i: number): Val {
  switch (kindOf(v)) {
    case Kind.Slice: {
      const s = load(v) as Slice;
      if (!(i >= 0 && i < s.n)) panicStr("reflect: slice index out of range");
      const et = v.typ_!.elem!;
      const fl = ADDR | (v.flag & RO) | et.kind;
      const at = s.o + i;
      return mk(et, isAggregate(et) ? s.a[at] : elemRef(s.a, at), fl);
    }
    case Kind.Array: {
      const t = v.typ_!;
      if (!(i >= 0 && i < t.len)) panicStr("reflect: array index out of range");
      const et = t.elem!;
      const fl = (v.flag & (RO | ADDR)) | et.kind;
      const a = load(v);
      if ((v.flag & ADDR) !== 0 && !isAggregate(et)) return mk(et, elemRef(a, i), fl);
      return mk(et, a[i], fl);
    }
    case Kind.String: {
      const s = load(v) as string;
      if (!(i >= 0 && i < s.length)) panicStr("reflect: string index out of range");
      return mk(types.uint8, s.charCodeAt(i), ro(v.flag) | Kind.Uint8);
    }
  }
  return panicValueError("reflect.Value.Index", kindOf(v));
}

export function isNil(v: Val): boolean {
  switch (kindOf(v)) {
    case Kind.Chan: case Kind.Func: case Kind.Map: case Kind.Pointer: case Kind.UnsafePointer: case Kind.Interface:
      return load(v) === null;
    case Kind.Slice:
      return (load(v) as Slice).a === null;
  }
  return panicValueError("reflect.Value.IsNil", kindOf(v));
}

/** Values smaller than this (gc's zeroVal buffer) are compared with == against the zero value. */
const ZERO_VAL_SIZE = 1024;

export function isZeroOf(t: Type, x: any): boolean {
  switch (t.kind) {
    case Kind.Bool: return x === false;
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return x === 0 || x === 0n;
    case Kind.Float32: case Kind.Float64: return x === 0;
    case Kind.Complex64: case Kind.Complex128: return (x as Complex).re === 0 && (x as Complex).im === 0;
    case Kind.String: return x === "";
    case Kind.Slice: return (x as Slice).a === null;
    case Kind.Array: {
      if (t.comparable && sizeof(t) <= ZERO_VAL_SIZE) return t.eq(x, t.zero());
      const e = t.elem!;
      for (let i = 0; i < t.len; i++) if (!isZeroOf(e, x[i])) return false;
      return true;
    }
    case Kind.Struct: {
      if (t.comparable && sizeof(t) <= ZERO_VAL_SIZE) return t.eq(x, t.zero());
      for (const f of t.fields) if (f.name !== "_" && !isZeroOf(f.type, x[f.js])) return false;
      return true;
    }
    default: return x === null;
  }
}

function uintPtrOf(t: Type, x: any): I64 {
  if (x === null || x === undefined) return 0;
  if (t.kind === Kind.Slice) {
    const s = x as Slice;
    return s.a === null ? 0 : fakeAddress(s.a) + s.o * sizeof(t.elem!);
  }
  // A pointer's address leads back to it through unsafe.Pointer(u) (runtime/unsafe.ts).
  if (t.kind === Kind.Pointer || t.kind === Kind.UnsafePointer) return ptrToAddr(x);
  if (t.kind === Kind.Func) return funcPC(x as Function) || fakeAddress(x);
  if (typeof x === "object" || typeof x === "function") return fakeAddress(x);
  if (typeof x === "number" || typeof x === "bigint") return x;
  return 0;
}

function sliceValue(v: Val, i: I64, j: I64, k: I64 | undefined): Val {
  const name = k === undefined ? "reflect.Value.Slice" : "reflect.Value.Slice3";
  const a = num(i), b = num(j), c = k === undefined ? -1 : num(k);
  const t = v.typ_;
  switch (kindOf(v)) {
    case Kind.Array: {
      if ((v.flag & ADDR) === 0) panicStr(name + ": slice of unaddressable array");
      const cap = t!.len;
      if (k === undefined ? a < 0 || b < a || b > cap : a < 0 || b < a || c < b || c > cap) {
        panicStr(name + ": slice index out of bounds");
      }
      const s = sliceArray(load(v), a, b, k === undefined ? undefined : c);
      return mk(sliceOf(t!.elem!), s, ro(v.flag) | Kind.Slice);
    }
    case Kind.Slice: {
      const s = load(v) as Slice;
      const cap = s.c;
      if (k === undefined ? a < 0 || b < a || b > cap : a < 0 || b < a || c < b || c > cap) {
        panicStr(name + ": slice index out of bounds");
      }
      return mk(t, sliceSlice(s, a, b, k === undefined ? undefined : c, t!.elem!), ro(v.flag) | Kind.Slice);
    }
    case Kind.String:
      if (k === undefined) {
        const s = load(v) as string;
        if (a < 0 || b < a || b > s.length) panicStr("reflect.Value.Slice: string slice index out of bounds");
        return mk(t, s.substring(a, b), ro(v.flag) | Kind.String);
      }
  }
  return panicValueError(name, kindOf(v));
}

export function comparableValue(v: Val): boolean {
  switch (kindOf(v)) {
    case Kind.Invalid: return false;
    case Kind.Array: {
      const t = v.typ_!;
      const ek = t.elem!.kind;
      if (ek === Kind.Interface || ek === Kind.Array || ek === Kind.Struct) {
        for (let i = 0; i < t.len; i++) if (!comparableValue(index(v, i))) return false;
        return true;
      }
      return t.comparable;
    }
    case Kind.Interface: return load(v) === null || comparableValue(elem(v));
    case Kind.Struct: {
      const n = v.typ_!.fields.length;
      for (let i = 0; i < n; i++) if (!comparableValue(field(v, i))) return false;
      return true;
    }
    default: return v.typ_!.comparable;
  }
}

export function equalValues(v: Val, u: Val): boolean {
  if (kindOf(v) === Kind.Interface) v = elem(v);
  if (kindOf(u) === Kind.Interface) u = elem(u);
  if (v.flag === 0 || u.flag === 0) return (v.flag === 0) === (u.flag === 0);
  if (kindOf(v) !== kindOf(u) || v.typ_ !== u.typ_) return false;
  const t = v.typ_!;
  switch (kindOf(v)) {
    case Kind.Bool: case Kind.String:
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
    case Kind.Float32: case Kind.Float64:
      return load(v) === load(u);
    case Kind.Complex64: case Kind.Complex128: {
      const a = load(v) as Complex, b = load(u) as Complex;
      return a.re === b.re && a.im === b.im;
    }
    case Kind.Chan: case Kind.Pointer: case Kind.UnsafePointer:
      return load(v) === load(u);
    case Kind.Array: {
      if (t.len === 0) {
        if (!t.elem!.comparable) break;
        return true;
      }
      for (let i = 0; i < t.len; i++) if (!equalValues(index(v, i), index(u, i))) return false;
      return true;
    }
    case Kind.Struct: {
      const n = t.fields.length;
      for (let i = 0; i < n; i++) if (!equalValues(field(v, i), field(u, i))) return false;
      return true;
    }
    case Kind.Func: case Kind.Map: case Kind.Slice:
      break;
    default:
      return panicStr("reflect.Value.Equal: invalid Kind");
  }
  return panicStr("reflect.Value.Equal: values of type " + t.str + " are not comparable");
}

export const valueNatives = {
  ValueOf: valueOf,
  Zero(t: Iface | null): Val {
    const tt = typeOfIface(t);
    if (tt === null) panicStr("reflect: Zero(nil)");
    return mk(tt, tt.zero(), tt.kind);
  },
  New(t: Iface | null): Val {
    const tt = typeOfIface(t);
    if (tt === null) panicStr("reflect: New(nil)");
    const p = isAggregate(tt) ? tt.zero() : new Box(tt.zero());
    return mk(ptrTo(tt), p, Kind.Pointer);
  },
  NewAt(t: Iface | null, p: any): Val {
    const tt = typeOfIface(t);
    if (tt === null) panicStr("reflect: New(nil)");
    return mk(ptrTo(tt), p, Kind.Pointer);
  },
  SliceAt(t: Iface | null, p: any, n: I64): Val {
    const tt = typeOfIface(t)!;
    // unsafe.Slice's checks and sharing (runtime/unsafe.ts).
    return mk(sliceOf(tt), unsafeSlice(p, n, tt), Kind.Slice);
  },
  Value$IsValid(v: Val): boolean { return v.flag !== 0; },
  Value$Kind(v: Val): number { return v.flag & KIND_MASK; },
  Value$Type(v: Val): Iface | null {
    if (v.flag === 0) panicValueError("reflect.Value.Type", Kind.Invalid);
    return typeIface(v.typ_);
  },
  Value$CanAddr(v: Val): boolean { return (v.flag & ADDR) !== 0; },
  Value$CanSet(v: Val): boolean { return (v.flag & (ADDR | RO)) === ADDR; },
  Value$CanInterface(v: Val): boolean {
    if (v.flag === 0) panicValueError("reflect.Value.CanInterface", Kind.Invalid);
    return (v.flag & RO) === 0;
  },
  Value$Interface(v: Val): Iface | null { return valueInterface(v, true); },
  Value$InterfaceData(v: Val): any {
    mustBe(v, Kind.Interface, "reflect.Value.InterfaceData");
    const x = load(v) as Iface | null;
    return x === null ? [0, 0] : [x.t.id * 32 + 0x400000, uintPtrOf(x.t, x.v)];
  },
  Value$Addr(v: Val): Val {
    if ((v.flag & ADDR) === 0) panicStr("reflect.Value.Addr of unaddressable value");
    return mk(ptrTo(v.typ_!), v.ptr, (v.flag & RO) | Kind.Pointer);
  },
  Value$Elem: elem,
  Value$Field(v: Val, i: I64): Val { return field(v, num(i)); },
  Value$FieldByIndex(v: Val, idx: Slice): Val { return fieldByIndex(v, idx, false)[0]; },
  Value$fieldByIndexErr(v: Val, idx: Slice): [Val, string] {
    return fieldByIndex(v, idx, true);
  },
  Value$NumField(v: Val): number {
    mustBe(v, Kind.Struct, "reflect.Value.NumField");
    return v.typ_!.fields.length;
  },
  Value$Index(v: Val, i: I64): Val { return index(v, num(i)); },
  Value$Len(v: Val): number {
    const k = kindOf(v);
    switch (k) {
      case Kind.Slice: return (load(v) as Slice).n;
      case Kind.Array: return v.typ_!.len;
      case Kind.Chan: return chanLen(load(v));
      case Kind.Map: return mapLen(load(v));
      case Kind.String: return (load(v) as string).length;
      case Kind.Pointer:
        if (v.typ_!.elem!.kind === Kind.Array) return v.typ_!.elem!.len;
        panicStr("reflect: call of reflect.Value.Len on ptr to non-array Value");
    }
    return panicValueError("reflect.Value.Len", k);
  },
  Value$Cap(v: Val): number {
    const k = kindOf(v);
    switch (k) {
      case Kind.Slice: return (load(v) as Slice).c;
      case Kind.Array: return v.typ_!.len;
      case Kind.Chan: return chanCap(load(v));
      case Kind.Pointer:
        if (v.typ_!.elem!.kind === Kind.Array) return v.typ_!.elem!.len;
        panicStr("reflect: call of reflect.Value.Cap on ptr to non-array Value");
    }
    return panicValueError("reflect.Value.Cap", k);
  },
  Value$Bool(v: Val): boolean {
    mustBe(v, Kind.Bool, "reflect.Value.Bool");
    return load(v);
  },
  Value$Int(v: Val): I64 {
    if (!isIntKind(kindOf(v))) panicValueError("reflect.Value.Int", kindOf(v));
    return load(v);
  },
  Value$Uint(v: Val): I64 {
    if (!isUintKind(kindOf(v))) panicValueError("reflect.Value.Uint", kindOf(v));
    return load(v);
  },
  Value$Float(v: Val): number {
    if (!isFloatKind(kindOf(v))) panicValueError("reflect.Value.Float", kindOf(v));
    return load(v);
  },
  Value$Complex(v: Val): Complex {
    if (!isComplexKind(kindOf(v))) panicValueError("reflect.Value.Complex", kindOf(v));
    return load(v);
  },
  Value$CanInt(v: Val): boolean { return isIntKind(kindOf(v)); },
  Value$CanUint(v: Val): boolean { return isUintKind(kindOf(v)); },
  Value$CanFloat(v: Val): boolean { return isFloatKind(kindOf(v)); },
  Value$CanComplex(v: Val): boolean { return isComplexKind(kindOf(v)); },
  Value$String(v: Val): string {
    if (kindOf(v) === Kind.String) return load(v);
    if (v.flag === 0) return "<invalid Value>";
    return "<" + v.typ_!.str + " Value>";
  },
  Value$Bytes(v: Val): Slice {
    const t = v.typ_;
    switch (kindOf(v)) {
      case Kind.Slice:
        if (t!.elem!.kind !== Kind.Uint8) panicStr("reflect.Value.Bytes of non-byte slice");
        return load(v);
      case Kind.Array:
        if (t!.elem!.kind !== Kind.Uint8) panicStr("reflect.Value.Bytes of non-byte array");
        if ((v.flag & ADDR) === 0) panicStr("reflect.Value.Bytes of unaddressable byte array");
        return sliceOfArray(load(v));
    }
    return panicValueError("reflect.Value.Bytes", kindOf(v));
  },
  Value$IsNil: isNil,
  Value$IsZero(v: Val): boolean {
    if (v.flag === 0) panicValueError("reflect.Value.IsZero", Kind.Invalid);
    return isZeroOf(v.typ_!, load(v));
  },
  Value$Pointer(v: Val): I64 {
    switch (kindOf(v)) {
      case Kind.Pointer: case Kind.Chan: case Kind.Map: case Kind.UnsafePointer: case Kind.Func: case Kind.Slice:
        return uintPtrOf(v.typ_!, load(v));
      case Kind.String: {
        const s = load(v) as string;
        return s === "" ? 0 : stringAddress(s);
      }
    }
    return panicValueError("reflect.Value.Pointer", kindOf(v));
  },
  Value$UnsafePointer(v: Val): any {
    switch (kindOf(v)) {
      case Kind.Pointer: case Kind.Chan: case Kind.Map: case Kind.UnsafePointer: case Kind.Func:
        return load(v);
      case Kind.Slice: {
        const s = load(v) as Slice;
        if (s.a === null) return null;
        return isAggregate(v.typ_!.elem!) ? s.a[s.o] ?? elemRef(s.a, s.o) : elemRef(s.a, s.o);
      }
    }
    return panicValueError("reflect.Value.UnsafePointer", kindOf(v));
  },
  Value$UnsafeAddr(v: Val): I64 {
    if (v.flag === 0) panicValueError("reflect.Value.UnsafeAddr", Kind.Invalid);
    if ((v.flag & ADDR) === 0) panicStr("reflect.Value.UnsafeAddr of unaddressable value");
    return ptrToAddr(v.ptr);
  },
  Value$OverflowInt(v: Val, x: I64): boolean {
    if (!isIntKind(kindOf(v))) panicValueError("reflect.Value.OverflowInt", kindOf(v));
    return overflowInt(v.typ_!, x);
  },
  Value$OverflowUint(v: Val, x: I64): boolean {
    if (!isUintKind(kindOf(v))) panicValueError("reflect.Value.OverflowUint", kindOf(v));
    return overflowUint(v.typ_!, x);
  },
  Value$OverflowFloat(v: Val, x: number): boolean {
    const k = kindOf(v);
    if (k === Kind.Float32) return overflowFloat32(x);
    if (k === Kind.Float64) return false;
    return panicValueError("reflect.Value.OverflowFloat", k);
  },
  Value$OverflowComplex(v: Val, x: Complex): boolean {
    const k = kindOf(v);
    if (k === Kind.Complex64) return overflowFloat32(x.re) || overflowFloat32(x.im);
    if (k === Kind.Complex128) return false;
    return panicValueError("reflect.Value.OverflowComplex", k);
  },
  Value$MapIndex(v: Val, key: Val): Val {
    mustBe(v, Kind.Map, "reflect.Value.MapIndex");
    const t = v.typ_!;
    const k = assignTo(key, "reflect.Value.MapIndex", t.key!);
    const x = mapGet(load(v) as GoMap | null, k);
    if (x === undefined) return invalidValue();
    return mk(t.elem!, x, ro(v.flag | key.flag) | t.elem!.kind);
  },
  Value$MapKeys(v: Val): Slice {
    mustBe(v, Kind.Map, "reflect.Value.MapKeys");
    const kt = v.typ_!.key!;
    const fl = ro(v.flag) | kt.kind;
    const out: Val[] = [];
    const it = new MapIter(load(v) as GoMap | null);
    while (it.next()) out.push(mk(kt, it.k, fl));
    return sliceOfArray(out);
  },
  Value$Slice(v: Val, i: I64, j: I64): Val { return sliceValue(v, i, j, undefined); },
  Value$Slice3(v: Val, i: I64, j: I64, k: I64): Val { return sliceValue(v, i, j, k); },
  Value$Comparable: comparableValue,
  Value$Equal: equalValues,
  Value$NumMethod(v: Val): number {
    if (v.flag === 0) panicValueError("reflect.Value.NumMethod", Kind.Invalid);
    return methodCount(v.typ_!);
  },
};

/** Strings have no address in JS: a made-up one in gc's heap range, the same for equal contents. */
function stringAddress(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return 0xc000400000 + (h % 0x100000) * 16;
}
