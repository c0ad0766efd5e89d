// Natives of reflect.Value that write or make values: Set and the typed setters, map and
// slice updates (SetMapIndex, SetLen, Append, Copy, Grow, Clear), the Make functions,
// conversions (Convert, CanConvert) and Swapper.

import { Iface, Kind, type Type } from "../../../runtime/type.js";
import {
  Slice, appendN, appendSlice, assignInto, copySlice, makeSlice, sliceSlice, sliceToArray, sliceToArrayPtr,
} from "../../../runtime/slice.js";
import { type GoMap, makeMap, mapClear, mapDelete, mapSet } from "../../../runtime/map.js";
import { makeChan } from "../../../runtime/chan.js";
import { grownCap, hasPointers, sizeof } from "../../../runtime/typesize.js";
import { type Complex, complex64 } from "../../../runtime/complex.js";
import {
  type I64, float64ToInt64, float64ToUint64, int64ToFloat32, int64ToFloat64, toInt16, toInt32, toInt8, toUint16,
  toUint32, toUint8, uint64ToFloat32, uint64ToFloat64, wrapInt64, wrapUint64,
} from "../../../runtime/int64.js";
import { bytesToString, runeToString, runesToString, stringToBytes, stringToRunes } from "../../../runtime/string.js";
import { panicError, panicIndex } from "../../../runtime/errors.js";
import {
  ADDR, type Val, copyOut, isAggregate, kindOf, load, mk, mustBe, mustBeAssignable, mustBeExported, num, panicStr,
  panicValueError, ro, store, typeOfIface,
} from "./core.js";
import { assignTo } from "./assign.js";
import {
  convertible, identicalUnderlying, implementsType, isComplexKind, isFloatKind, isIntKind, isUintKind,
  hasName, specialChannelAssignability,
} from "./typeops.js";

/** An integer (int64 or uint64 bits) truncated or extended to kind k, as Go's conversions do. */
export function intAs(x: I64, k: Kind): I64 {
  switch (k) {
    case Kind.Int: case Kind.Int64: return wrapInt64(x);
    case Kind.Int8: return toInt8(x);
    case Kind.Int16: return toInt16(x);
    case Kind.Int32: return toInt32(x);
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return wrapUint64(x);
    case Kind.Uint8: return toUint8(x);
    case Kind.Uint16: return toUint16(x);
    case Kind.Uint32: return toUint32(x);
  }
  throw new Error("reflect: intAs " + k);
}

function setScalar(v: Val, method: string, ok: (k: Kind) => boolean, x: any, conv: (x: any, k: Kind) => any): void {
  mustBeAssignable(v, method);
  const k = kindOf(v);
  if (!ok(k)) panicValueError(method, k);
  store(v, conv(x, k));
}

/** The value of v converted to type t, or null when Go has no such conversion. */
function convertValue(v: Val, t: Type): Val | null {
  const src = v.typ_!;
  const sk = src.kind, dk = t.kind;
  const fl = ro(v.flag) | dk;
  const x = load(v);
  if (isIntKind(sk) || isUintKind(sk)) {
    const signed = isIntKind(sk);
    if (isIntKind(dk) || isUintKind(dk)) return mk(t, intAs(x, dk), fl);
    if (isFloatKind(dk)) {
      const f = dk === Kind.Float32
        ? (signed ? int64ToFloat32(x) : uint64ToFloat32(x))
        : (signed ? int64ToFloat64(x) : uint64ToFloat64(x));
      return mk(t, f, fl);
    }
    if (dk === Kind.String) return mk(t, runeToString(x), fl);
  } else if (isFloatKind(sk)) {
    if (isIntKind(dk)) return mk(t, intAs(float64ToInt64(x), dk), fl);
    if (isUintKind(dk)) return mk(t, intAs(float64ToUint64(x), dk), fl);
    if (isFloatKind(dk)) return mk(t, dk === Kind.Float32 ? Math.fround(x) : x, fl);
  } else if (isComplexKind(sk)) {
    if (isComplexKind(dk)) return mk(t, dk === Kind.Complex64 ? complex64(x) : x, fl);
  } else if (sk === Kind.String) {
    if (dk === Kind.Slice && t.elem!.pkgPath === "") {
      if (t.elem!.kind === Kind.Uint8) return mk(t, stringToBytes(x), fl);
      if (t.elem!.kind === Kind.Int32) return mk(t, stringToRunes(x), fl);
    }
  } else if (sk === Kind.Slice) {
    const s = x as Slice;
    if (dk === Kind.String && src.elem!.pkgPath === "") {
      if (src.elem!.kind === Kind.Uint8) return mk(t, bytesToString(s), fl);
      if (src.elem!.kind === Kind.Int32) return mk(t, runesToString(s), fl);
    }
    if (dk === Kind.Pointer && t.elem!.kind === Kind.Array && src.elem === t.elem!.elem) {
      const n = t.elem!.len;
      if (n > s.n) panicStr(`reflect: cannot convert slice with length ${s.n} to pointer to array with length ${n}`);
      return mk(t, sliceToArrayPtr(s, n), fl);
    }
    if (dk === Kind.Array && src.elem === t.elem) {
      const n = t.len;
      if (n > s.n) panicStr(`reflect: cannot convert slice with length ${s.n} to array with length ${n}`);
      return mk(t, s.a === null ? t.zero() : sliceToArray(s, n, t.elem!), fl);
    }
  } else if (sk === Kind.Chan) {
    if (dk === Kind.Chan && specialChannelAssignability(t, src)) return mk(t, x, fl);
  }
  if (identicalUnderlying(t, src, false)) {
    return mk(t, (v.flag & ADDR) !== 0 && isAggregate(t) ? t.clone(x) : x, fl);
  }
  if (dk === Kind.Pointer && !hasName(t) && sk === Kind.Pointer && !hasName(src) && identicalUnderlying(t.elem!, src.elem!, false)) {
    return mk(t, x, fl);
  }
  if (implementsType(t, src)) {
    if (sk === Kind.Interface) {
      const i = x as Iface | null;
      // A nil interface converts to the zero value of the target interface type.
      return mk(t, i, fl);
    }
    return mk(t, new Iface(src, copyOut(v)), fl);
  }
  return null;
}

export function canConvert(v: Val, t: Type): boolean {
  const vt = v.typ_!;
  if (!convertible(t, vt)) return false;
  if (vt.kind === Kind.Slice && t.kind === Kind.Array) {
    if (t.len > (load(v) as Slice).n) return false;
  } else if (vt.kind === Kind.Slice && t.kind === Kind.Pointer && t.elem!.kind === Kind.Array) {
    if (t.elem!.len > (load(v) as Slice).n) return false;
  }
  return true;
}

function checkSliceElems(s: Val, name: string): Type {
  mustBe(s, Kind.Slice, name);
  return s.typ_!.elem!;
}

function typesMustMatch(what: string, t1: Type, t2: Type): void {
  if (t1 !== t2) panicStr(what + ": " + t1.str + " != " + t2.str);
}

/** Go's reflect.grow: make room for n more elements as append would (capacity as gc's). */
function grown(s: Slice, elem: Type, n: number): Slice {
  if (n <= s.c - s.n) return s;
  const want = s.n + n;
  const cap = grownCap(elem, want, s.c);
  if (cap < 0) panicError("growslice: len out of range");
  const t = makeSlice(elem, s.n, cap);
  copySlice(t, s, elem);
  return t;
}

export const valueSetNatives = {
  Value$Set(v: Val, x: Val): void {
    mustBeAssignable(v, "reflect.Value.Set");
    mustBeExported(x, "reflect.Value.Set");
    store(v, assignTo(x, "reflect.Set", v.typ_!));
  },
  Value$SetZero(v: Val): void {
    mustBeAssignable(v, "reflect.Value.SetZero");
    store(v, v.typ_!.zero());
  },
  Value$SetBool(v: Val, x: boolean): void {
    mustBeAssignable(v, "reflect.Value.SetBool");
    mustBe(v, Kind.Bool, "reflect.Value.SetBool");
    store(v, x);
  },
  Value$SetInt(v: Val, x: I64): void {
    setScalar(v, "reflect.Value.SetInt", isIntKind, x, intAs);
  },
  Value$SetUint(v: Val, x: I64): void {
    setScalar(v, "reflect.Value.SetUint", isUintKind, x, intAs);
  },
  Value$SetFloat(v: Val, x: number): void {
    setScalar(v, "reflect.Value.SetFloat", isFloatKind, x, (f: number, k) => (k === Kind.Float32 ? Math.fround(f) : f));
  },
  Value$SetComplex(v: Val, x: Complex): void {
    setScalar(v, "reflect.Value.SetComplex", isComplexKind, x, (c: Complex, k) => (k === Kind.Complex64 ? complex64(c) : c));
  },
  Value$SetString(v: Val, x: string): void {
    mustBeAssignable(v, "reflect.Value.SetString");
    mustBe(v, Kind.String, "reflect.Value.SetString");
    store(v, x);
  },
  Value$SetBytes(v: Val, x: Slice): void {
    mustBeAssignable(v, "reflect.Value.SetBytes");
    mustBe(v, Kind.Slice, "reflect.Value.SetBytes");
    if (v.typ_!.elem!.kind !== Kind.Uint8) panicStr("reflect.Value.SetBytes of non-byte slice");
    store(v, x);
  },
  Value$SetPointer(v: Val, x: any): void {
    mustBeAssignable(v, "reflect.Value.SetPointer");
    mustBe(v, Kind.UnsafePointer, "reflect.Value.SetPointer");
    store(v, x);
  },
  Value$SetLen(v: Val, n: I64): void {
    mustBeAssignable(v, "reflect.Value.SetLen");
    mustBe(v, Kind.Slice, "reflect.Value.SetLen");
    const s = load(v) as Slice;
    const m = num(n);
    if (!(m >= 0 && m <= s.c)) panicStr("reflect: slice length out of range in SetLen");
    if (s.a === null) return;
    store(v, m <= s.n ? new Slice(s.a, s.o, m, s.c) : sliceSlice(s, 0, m, undefined, v.typ_!.elem!));
  },
  Value$SetCap(v: Val, n: I64): void {
    mustBeAssignable(v, "reflect.Value.SetCap");
    mustBe(v, Kind.Slice, "reflect.Value.SetCap");
    const s = load(v) as Slice;
    const m = num(n);
    if (!(m >= s.n && m <= s.c)) panicStr("reflect: slice capacity out of range in SetCap");
    if (s.a === null) return;
    store(v, new Slice(s.a, s.o, s.n, m));
  },
  Value$SetMapIndex(v: Val, key: Val, e: Val): void {
    mustBe(v, Kind.Map, "reflect.Value.SetMapIndex");
    mustBeExported(v, "reflect.Value.SetMapIndex");
    mustBeExported(key, "reflect.Value.SetMapIndex");
    const t = v.typ_!;
    const k = assignTo(key, "reflect.Value.SetMapIndex", t.key!);
    const m = load(v) as GoMap | null;
    if (e.flag === 0) {
      mapDelete(m, k);
      return;
    }
    mustBeExported(e, "reflect.Value.SetMapIndex");
    mapSet(m, k, assignTo(e, "reflect.Value.SetMapIndex", t.elem!));
  },
  Value$Grow(v: Val, n: I64): void {
    mustBeAssignable(v, "reflect.Value.Grow");
    mustBe(v, Kind.Slice, "reflect.Value.Grow");
    const m = num(n);
    if (m < 0) panicStr("reflect.Value.Grow: negative len");
    const s = load(v) as Slice;
    if (s.n + m < 0 || m > Number.MAX_SAFE_INTEGER - s.n) panicStr("reflect.Value.Grow: slice overflow");
    store(v, grown(s, v.typ_!.elem!, m));
  },
  Value$Clear(v: Val): void {
    switch (kindOf(v)) {
      case Kind.Slice: {
        const s = load(v) as Slice;
        const e = v.typ_!.elem!;
        // Struct and array elements are zeroed in place: pointers to them stay valid.
        if (isAggregate(e)) for (let i = 0; i < s.n; i++) assignInto(e, s.a[s.o + i], e.zero());
        else for (let i = 0; i < s.n; i++) s.a[s.o + i] = e.zero();
        return;
      }
      case Kind.Map:
        mapClear(load(v));
        return;
    }
    panicValueError("reflect.Value.Clear", kindOf(v));
  },
  Append(s: Val, xs: Slice): Val {
    const e = checkSliceElems(s, "unknown method");
    mustBeExported(s, "unknown method");
    const vals: any[] = [];
    for (let i = 0; i < xs.n; i++) {
      const x = xs.a[xs.o + i] as Val;
      mustBeExported(x, "reflect.Value.Set");
      vals.push(assignTo(x, "reflect.Set", e));
    }
    const r = vals.length === 0 ? load(s) : appendN(load(s) as Slice, e, vals);
    return mk(s.typ_, r, Kind.Slice);
  },
  AppendSlice(s: Val, t: Val): Val {
    mustBe(s, Kind.Slice, "unknown method");
    mustBe(t, Kind.Slice, "unknown method");
    typesMustMatch("reflect.AppendSlice", s.typ_!.elem!, t.typ_!.elem!);
    mustBeExported(s, "unknown method");
    const src = load(t) as Slice;
    const r = src.n === 0 ? load(s) : appendSlice(load(s) as Slice, s.typ_!.elem!, src);
    return mk(s.typ_, r, Kind.Slice);
  },
  Copy(dst: Val, src: Val): number {
    const dk = kindOf(dst);
    if (dk !== Kind.Array && dk !== Kind.Slice) panicValueError("reflect.Copy", dk);
    if (dk === Kind.Array) mustBeAssignable(dst, "unknown method");
    mustBeExported(dst, "unknown method");
    const sk = kindOf(src);
    let stringCopy = false;
    if (sk !== Kind.Array && sk !== Kind.Slice) {
      stringCopy = sk === Kind.String && dst.typ_!.elem!.kind === Kind.Uint8;
      if (!stringCopy) panicValueError("reflect.Copy", sk);
    }
    mustBeExported(src, "unknown method");
    const de = dst.typ_!.elem!;
    if (!stringCopy) typesMustMatch("reflect.Copy", de, src.typ_!.elem!);
    const d = dk === Kind.Array ? new Slice(load(dst), 0, dst.typ_!.len, dst.typ_!.len) : (load(dst) as Slice);
    if (stringCopy) {
      const str = load(src) as string;
      const n = Math.min(d.n, str.length);
      for (let i = 0; i < n; i++) d.a[d.o + i] = str.charCodeAt(i);
      return n;
    }
    const sv = load(src);
    const s = sk === Kind.Array ? new Slice(sv, 0, src.typ_!.len, src.typ_!.len) : (sv as Slice);
    return copySlice(d, s, de);
  },
  MakeSlice(t: Iface | null, len: I64, cap: I64): Val {
    const tt = typeOfIface(t)!;
    if (tt.kind !== Kind.Slice) panicStr("reflect.MakeSlice of non-slice type");
    if (len < 0) panicStr("reflect.MakeSlice: negative len");
    if (cap < 0) panicStr("reflect.MakeSlice: negative cap");
    if (len > cap) panicStr("reflect.MakeSlice: len > cap");
    return mk(tt, makeSlice(tt.elem!, len, cap), Kind.Slice);
  },
  MakeMapWithSize(t: Iface | null, _n: I64): Val {
    const tt = typeOfIface(t)!;
    if (tt.kind !== Kind.Map) panicStr("reflect.MakeMapWithSize of non-map type");
    return mk(tt, makeMap(tt.key!, tt.elem!), Kind.Map);
  },
  MakeChan(t: Iface | null, size: I64): Val {
    const tt = typeOfIface(t)!;
    if (tt.kind !== Kind.Chan) panicStr("reflect.MakeChan of non-chan type");
    if (size < 0) panicStr("reflect.MakeChan: negative buffer size");
    if (tt.dir !== 3) panicStr("reflect.MakeChan: unidirectional channel type");
    return mk(tt, makeChan(tt.elem!, size), Kind.Chan);
  },
  Value$Convert(v: Val, t: Iface | null): Val {
    const tt = typeOfIface(t)!;
    if (v.flag === 0) panicValueError("reflect.Value.Convert", 0);
    const r = convertValue(v, tt);
    if (r === null) panicStr("reflect.Value.Convert: value of type " + v.typ_!.str + " cannot be converted to type " + tt.str);
    return r;
  },
  Value$CanConvert(v: Val, t: Iface | null): boolean {
    return canConvert(v, typeOfIface(t)!);
  },
  Swapper(x: Iface | null): (i: I64, j: I64) => void {
    if (x === null || x.t.kind !== Kind.Slice) {
      panicValueError("Swapper", x === null ? Kind.Invalid : x.t.kind);
    }
    const s = x.v as Slice;
    const n = s.n;
    if (n === 0) return (i, j) => { void i; void j; panicStr("reflect: slice index out of range"); };
    if (n === 1) {
      return (i, j) => { if (i !== 0 || j !== 0) panicStr("reflect: slice index out of range"); };
    }
    const a = s.a, o = s.o;
    const et = x.t.elem!;
    const size = sizeof(et), ptrs = hasPointers(et);
    // gc swaps one-word and string elements with ordinary indexing (a runtime bounds error),
    // and everything else through a checked copy.
    const plain = ptrs ? size === 8 || et.kind === Kind.String : size === 1 || size === 2 || size === 4 || size === 8;
    if (isAggregate(et)) {
      return (i, j) => {
        if (!(i >= 0 && i < n && j >= 0 && j < n)) {
          if (plain) panicIndex(i >= 0 && i < n ? j : i, n);
          panicStr("reflect: slice index out of range");
        }
        const p = a[o + (i as number)], q = a[o + (j as number)];
        if (p === q) return;
        const tmp = et.clone(p);
        assignInto(et, p, q);
        assignInto(et, q, tmp);
      };
    }
    return (i, j) => {
      if (!(i >= 0 && i < n && j >= 0 && j < n)) {
        if (plain) panicIndex(i >= 0 && i < n ? j : i, n);
        panicStr("reflect: slice index out of range");
      }
      const p = o + (i as number), q = o + (j as number);
      const tmp = a[p];
      a[p] = a[q];
      a[q] = tmp;
    };
  },
};

