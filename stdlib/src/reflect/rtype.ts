// The natives behind reflect.Type: methods of *rtype, whose receiver is the runtime's Type
// descriptor itself, and the functions building types (TypeOf, PointerTo, SliceOf, ...).

import {
  Iface, Kind, type Type, arrayOf, chanOf, funcOf, mapOf, ptrTo, sliceOf, structOf,
} from "../../../runtime/type.js";
import { Slice, nilSlice, sliceOfArray } from "../../../runtime/slice.js";
import { alignof, sizeof } from "../../../runtime/typesize.js";
import { panicIndex } from "../../../runtime/errors.js";
import type { Complex } from "../../../runtime/complex.js";
import type { I64 } from "../../../runtime/int64.js";
import {
  invalidValue, mk, num, panicStr, reg, typeIface, typeOfIface,
} from "./core.js";
import {
  assignable, comparableType, convertible, exportedMethods, fieldOffsets, implementsType, isIntKind,
  isUintKind, methodCount,
} from "./typeops.js";

type T = Type;

function nilType(): never {
  // Methods called on a nil Type fault as gc's do (nil *rtype dereference).
  throw new TypeError("nil reflect.Type");
}

function structField(t: T, i: number, index: any[]): any {
  const f = t.fields[i]!;
  return new reg.StructField(
    f.name, f.pkgPath, typeIface(f.type), f.tag, fieldOffsets(t)[i]!, sliceOfArray(index), f.embedded,
  );
}

function methodOf(t: T, i: number): any {
  if (t.kind === Kind.Interface) {
    const m = t.imethods[i];
    if (m === undefined) panicStr("reflect: Method index out of range");
    return new reg.Method(m.name, m.pkgPath, typeIface(m.type), invalidValue(), i);
  }
  const ms = exportedMethods(t);
  const m = ms[i];
  if (m === undefined) panicStr("reflect: Method index out of range");
  // The method as a function taking the receiver first.
  const ft = funcOf([t, ...m.type.params], m.type.results, m.type.variadic);
  return new reg.Method(m.name, m.pkgPath, typeIface(ft), mk(ft, m.fn, Kind.Func), i);
}

/** Whether a float64 overflows float32 (infinities and NaN never do). */
export function overflowFloat32(x: number): boolean {
  const a = Math.abs(x);
  return a > 3.4028234663852886e38 && a !== Infinity;
}

export function overflowInt(t: T, x: I64): boolean {
  const bits = sizeof(t) * 8;
  if (bits >= 64) return false;
  const lim = 2 ** (bits - 1);
  const n = Number(x);
  return n < -lim || n >= lim;
}

export function overflowUint(t: T, x: I64): boolean {
  const bits = sizeof(t) * 8;
  if (bits >= 64) return false;
  return Number(x) >= 2 ** bits;
}

/** Whether t is func(yield func(...) bool) with n yielded values. */
function rangeFunc(t: T, n: number): boolean {
  if (t.kind !== Kind.Func || t.params.length !== 1 || t.results.length !== 0) return false;
  const y = t.params[0]!;
  return y.kind === Kind.Func && y.params.length === n && y.results.length === 1 && y.results[0]!.kind === Kind.Bool;
}

export const rtypeNatives = {
  TypeOf(i: Iface | null): Iface | null {
    return i === null ? null : typeIface(i.t);
  },
  rtype$Align(t: T): number { return alignof(t ?? nilType()); },
  rtype$FieldAlign(t: T): number { return alignof(t ?? nilType()); },
  rtype$Size(t: T): number { return sizeof(t ?? nilType()); },
  rtype$String(t: T): string { return (t ?? nilType()).str; },
  rtype$Name(t: T): string { return (t ?? nilType()).name; },
  rtype$PkgPath(t: T): string { return (t ?? nilType()).pkgPath; },
  rtype$Kind(t: T): number { return (t ?? nilType()).kind; },
  rtype$Comparable(t: T): boolean { return comparableType(t ?? nilType()); },
  rtype$NumMethod(t: T): number { return methodCount(t ?? nilType()); },
  rtype$Method(t: T, i: I64): any { return methodOf(t ?? nilType(), num(i)); },
  rtype$MethodByName(t: T, name: string): [any, boolean] {
    if (t === null) nilType();
    if (t.kind === Kind.Interface) {
      const i = t.imethods.findIndex((m) => m.name === name);
      return i < 0 ? [new reg.Method("", "", null, invalidValue(), 0), false] : [methodOf(t, i), true];
    }
    const i = exportedMethods(t).findIndex((m) => m.name === name);
    return i < 0 ? [new reg.Method("", "", null, invalidValue(), 0), false] : [methodOf(t, i), true];
  },
  rtype$Implements(t: T, u: Iface | null): boolean {
    const ut = typeOfIface(u);
    if (ut === null) panicStr("reflect: nil type passed to Type.Implements");
    if (ut.kind !== Kind.Interface) panicStr("reflect: non-interface type passed to Type.Implements");
    return implementsType(ut, t);
  },
  rtype$AssignableTo(t: T, u: Iface | null): boolean {
    const ut = typeOfIface(u);
    if (ut === null) panicStr("reflect: nil type passed to Type.AssignableTo");
    return assignable(ut, t);
  },
  rtype$ConvertibleTo(t: T, u: Iface | null): boolean {
    const ut = typeOfIface(u);
    if (ut === null) panicStr("reflect: nil type passed to Type.ConvertibleTo");
    return convertible(ut, t);
  },
  rtype$Bits(t: T): number {
    if (t === null) panicStr("reflect: Bits of nil Type");
    if (t.kind < Kind.Int || t.kind > Kind.Complex128) panicStr("reflect: Bits of non-arithmetic Type " + t.str);
    return sizeof(t) * 8;
  },
  rtype$ChanDir(t: T): number {
    if (t.kind !== Kind.Chan) panicStr("reflect: ChanDir of non-chan type " + t.str);
    return t.dir;
  },
  rtype$IsVariadic(t: T): boolean {
    if (t.kind !== Kind.Func) panicStr("reflect: IsVariadic of non-func type " + t.str);
    return t.variadic;
  },
  rtype$Elem(t: T): Iface | null {
    switch (t.kind) {
      case Kind.Array: case Kind.Chan: case Kind.Map: case Kind.Pointer: case Kind.Slice:
        return typeIface(t.elem);
    }
    return panicStr("reflect: Elem of invalid type " + t.str);
  },
  rtype$Key(t: T): Iface | null {
    if (t.kind !== Kind.Map) panicStr("reflect: Key of non-map type " + t.str);
    return typeIface(t.key);
  },
  rtype$Len(t: T): number {
    if (t.kind !== Kind.Array) panicStr("reflect: Len of non-array type " + t.str);
    return t.len;
  },
  rtype$NumField(t: T): number {
    if (t.kind !== Kind.Struct) panicStr("reflect: NumField of non-struct type " + t.str);
    return t.fields.length;
  },
  rtype$Field(t: T, i: I64): any {
    if (t.kind !== Kind.Struct) panicStr("reflect: Field of non-struct type " + t.str);
    const n = num(i);
    if (!(n >= 0 && n < t.fields.length)) panicStr("reflect: Field index out of bounds");
    return structField(t, n, [n]);
  },
  rtype$FieldByIndex(t: T, index: Slice): any {
    if (t.kind !== Kind.Struct) panicStr("reflect: FieldByIndex of non-struct type " + t.str);
    // As gc: each step is a Field call on the previous field's type (through a pointer to a
    // struct), so the result's Index is the last step's alone.
    let f: any = new reg.StructField("", "", typeIface(t), "", 0, nilSlice, false);
    for (let k = 0; k < index.n; k++) {
      let ft = typeOfIface(f.Type)!;
      if (k > 0 && ft.kind === Kind.Pointer && ft.elem!.kind === Kind.Struct) ft = ft.elem!;
      f = rtypeNatives.rtype$Field(ft, index.a[index.o + k]);
    }
    return f;
  },
  fieldInfo(t: T, i: I64): [string, T, boolean] {
    const f = t.fields[num(i)]!;
    return [f.name, f.type, f.embedded];
  },
  rtype$NumIn(t: T): number {
    if (t.kind !== Kind.Func) panicStr("reflect: NumIn of non-func type " + t.str);
    return t.params.length;
  },
  rtype$NumOut(t: T): number {
    if (t.kind !== Kind.Func) panicStr("reflect: NumOut of non-func type " + t.str);
    return t.results.length;
  },
  rtype$In(t: T, i: I64): Iface | null {
    if (t.kind !== Kind.Func) panicStr("reflect: In of non-func type " + t.str);
    const p = t.params[num(i)];
    if (p === undefined) panicIndex(i, t.params.length);
    return typeIface(p);
  },
  rtype$Out(t: T, i: I64): Iface | null {
    if (t.kind !== Kind.Func) panicStr("reflect: Out of non-func type " + t.str);
    const p = t.results[num(i)];
    if (p === undefined) panicIndex(i, t.results.length);
    return typeIface(p);
  },
  rtype$OverflowComplex(t: T, x: Complex): boolean {
    if (t.kind === Kind.Complex64) return overflowFloat32(x.re) || overflowFloat32(x.im);
    if (t.kind === Kind.Complex128) return false;
    return panicStr("reflect: OverflowComplex of non-complex type " + t.str);
  },
  rtype$OverflowFloat(t: T, x: number): boolean {
    if (t.kind === Kind.Float32) return overflowFloat32(x);
    if (t.kind === Kind.Float64) return false;
    return panicStr("reflect: OverflowFloat of non-float type " + t.str);
  },
  rtype$OverflowInt(t: T, x: I64): boolean {
    if (!isIntKind(t.kind)) panicStr("reflect: OverflowInt of non-int type " + t.str);
    return overflowInt(t, x);
  },
  rtype$OverflowUint(t: T, x: I64): boolean {
    if (!isUintKind(t.kind)) panicStr("reflect: OverflowUint of non-uint type " + t.str);
    return overflowUint(t, x);
  },
  rtype$CanSeq(t: T): boolean {
    const k = t.kind;
    if (isIntKind(k) || isUintKind(k)) return true;
    switch (k) {
      case Kind.Array: case Kind.Slice: case Kind.Chan: case Kind.String: case Kind.Map: return true;
      case Kind.Func: return rangeFunc(t, 1);
      case Kind.Pointer: return t.elem!.kind === Kind.Array;
    }
    return false;
  },
  rtype$CanSeq2(t: T): boolean {
    switch (t.kind) {
      case Kind.Array: case Kind.Slice: case Kind.String: case Kind.Map: return true;
      case Kind.Func: return rangeFunc(t, 2);
      case Kind.Pointer: return t.elem!.kind === Kind.Array;
    }
    return false;
  },

  PointerTo(t: Iface | null): Iface | null {
    return typeIface(ptrTo(typeOfIface(t) ?? nilType()));
  },
  SliceOf(t: Iface | null): Iface | null {
    return typeIface(sliceOf(typeOfIface(t) ?? nilType()));
  },
  MapOf(k: Iface | null, e: Iface | null): Iface | null {
    const kt = typeOfIface(k) ?? nilType();
    if (!kt.comparable) panicStr("reflect.MapOf: invalid key type " + kt.str);
    return typeIface(mapOf(kt, typeOfIface(e) ?? nilType()));
  },
  ChanOf(dir: I64, t: Iface | null): Iface | null {
    const et = typeOfIface(t) ?? nilType();
    const d = num(dir);
    if (d !== 1 && d !== 2 && d !== 3) panicStr("reflect.ChanOf: invalid dir");
    if (sizeof(et) >= 1 << 16) panicStr("reflect.ChanOf: element size too large");
    return typeIface(chanOf(et, d));
  },
  ArrayOf(n: I64, t: Iface | null): Iface | null {
    const len = num(n);
    if (len < 0) panicStr("reflect: negative length passed to ArrayOf");
    const et = typeOfIface(t) ?? nilType();
    if (sizeof(et) > 0 && len * sizeof(et) >= 2 ** 48) panicStr("reflect.ArrayOf: array size would exceed virtual address space");
    return typeIface(arrayOf(et, len));
  },
  FuncOf(ins: Slice, outs: Slice, variadic: boolean): Iface | null {
    const ps: T[] = [], rs: T[] = [];
    for (let i = 0; i < ins.n; i++) ps.push(typeOfIface(ins.a[ins.o + i]) ?? nilType());
    for (let i = 0; i < outs.n; i++) rs.push(typeOfIface(outs.a[outs.o + i]) ?? nilType());
    if (variadic && (ps.length === 0 || ps[ps.length - 1]!.kind !== Kind.Slice)) {
      panicStr("reflect.FuncOf: last arg of variadic func must be slice");
    }
    if (ps.length + rs.length > 128) panicStr("reflect.FuncOf: too many arguments");
    return typeIface(funcOf(ps, rs, variadic));
  },
  StructOf(fields: Slice): Iface | null {
    return typeIface(structOfFields(fields));
  },
};

// ---- StructOf ----

const structClasses = new Map<string, new () => any>();

/** A struct type from StructField values: interned by its fields, with a plain class for its values. */
function structOfFields(fields: Slice): T {
  const specs: { name: string; js: string; type: T; tag: string; embedded: boolean; pkgPath: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < fields.n; i++) {
    const f = fields.a[fields.o + i];
    const name: string = f.Name;
    if (name === "") panicStr("reflect.StructOf: field " + i + " has no name");
    if (!/^[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*$/.test(name)) panicStr("reflect.StructOf: field " + i + " has invalid name");
    const ft = typeOfIface(f.Type);
    if (ft === null) panicStr("reflect.StructOf: field " + i + " has no type");
    const exported = name.charCodeAt(0) >= 0x41 && name.charCodeAt(0) <= 0x5a;
    if (f.Anonymous && f.PkgPath !== "") panicStr("reflect.StructOf: field \"" + name + "\" is anonymous but has PkgPath set");
    if (!exported && f.PkgPath === "") panicStr("reflect.StructOf: field \"" + name + "\" is unexported but missing PkgPath");
    if (name !== "_" && seen.has(name)) panicStr("reflect.StructOf: duplicate field " + name);
    seen.add(name);
    const js = name === "_" ? "_$" + i : /^(__proto__|constructor|prototype|hasOwnProperty|toString|valueOf)$/.test(name) ? name + "$" : name;
    specs.push({ name, js, type: ft, tag: f.Tag, embedded: f.Anonymous, pkgPath: exported ? "" : f.PkgPath });
  }
  const key = specs.map((s) => `${s.embedded ? "!" : ""}${s.name}@${s.pkgPath} ${s.type.id} ${JSON.stringify(s.tag)}`).join(";");
  const cached = structCache.get(key);
  if (cached !== undefined) return cached;
  let C = structClasses.get(key);
  if (C === undefined) {
    C = class {} as new () => any;
    structClasses.set(key, C);
  }
  const t = structOf(specs, C);
  structCache.set(key, t);
  return t;
}

const structCache = new Map<string, T>();

