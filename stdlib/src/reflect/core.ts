// The representation of reflect.Value shared by the natives: a Value is an instance of the
// Go struct class of reflect.Value {typ_, ptr, flag}. typ_ is the runtime's Type descriptor
// (null for the zero Value); flag holds the kind in its low bits and the flags below. A
// Value that is addressable (ADDR) holds in ptr a Go pointer to its location, in gots'
// pointer representation (docs/values.md): the struct or array object itself, or an object
// whose `v` property reads and writes the location (Box, FieldRef, ElemRef). Any other Value
// holds the JS value itself; such values are never modified in place, so they may share
// struct and array objects with the interface or map they came from.

import { Iface, Kind, type Type, types } from "../../../runtime/type.js";
import { assignInto } from "../../../runtime/slice.js";
import { gopanic } from "../../../runtime/extra.js";

export const KIND_MASK = 0x1f;
/** Obtained through an unexported field that is not embedded (and inherited by everything reached from it). */
export const RO_STICKY = 1 << 5;
/** Obtained through an unexported embedded field. */
export const RO_EMBED = 1 << 6;
export const RO = RO_STICKY | RO_EMBED;
export const ADDR = 1 << 7;

/** A reflect.Value object (the Go struct class's instance). */
export interface Val {
  typ_: Type | null;
  ptr: any;
  flag: number;
}

type Ctor = new (...a: any[]) => any;

/** This package's own Go types, handed over by reflect's init (setup). */
export const reg = {
  Value: null as unknown as Ctor,
  /** reflect.Value's own descriptor. */
  valueType: null as Type | null,
  rtypePtr: null as unknown as Type,
  StructField: null as unknown as Ctor,
  Method: null as unknown as Ctor,
  valueErrorPtr: null as unknown as Type,
  ValueError: null as unknown as Ctor,
  MapIter: null as unknown as Ctor,
  mapIterType: null as unknown as Type,
  SelectCase: null as unknown as Ctor,
};

export function mk(t: Type | null, p: any, f: number): Val {
  return new reg.Value(t, p, f);
}

export function invalidValue(): Val {
  return new reg.Value(null, null, 0);
}

export function kindOf(v: Val): Kind {
  return v.flag & KIND_MASK;
}

export function isAggregate(t: Type): boolean {
  return t.kind === Kind.Struct || t.kind === Kind.Array;
}

/** The value v holds (for an addressable one, what its location holds now). */
export function load(v: Val): any {
  if ((v.flag & ADDR) === 0) return v.ptr;
  const k = v.flag & KIND_MASK;
  return k === Kind.Struct || k === Kind.Array ? v.ptr : v.ptr.v;
}

/** v's value as a copy that a new location may own (structs and arrays are copied). */
export function copyOut(v: Val): any {
  const x = load(v);
  const t = v.typ_!;
  return isAggregate(t) ? t.clone(x) : x;
}

/** Writes x into v's location (v is addressable; x is of v's type). */
export function store(v: Val, x: any): void {
  const t = v.typ_!;
  if (t.kind === Kind.Struct) {
    const p = v.ptr;
    if (p === x) return;
    if (typeof p.$set === "function") p.$set(x);
    else assignInto(t, p, x);
  } else if (t.kind === Kind.Array) {
    if (v.ptr !== x) assignInto(t, v.ptr, x);
  } else {
    v.ptr.v = x;
  }
}

/** The Go pointer to an addressable value's location. */
export function addrOf(v: Val): any {
  return v.ptr;
}

/** flag.ro(): any read-only mark becomes the sticky one. */
export function ro(f: number): number {
  return (f & RO) !== 0 ? RO_STICKY : 0;
}

// ---- Type interface values ----

const typeIfaces = new Map<Type, Iface>();

/** A reflect.Type interface value for descriptor t (one per descriptor). */
export function typeIface(t: Type | null): Iface | null {
  if (t === null) return null;
  let x = typeIfaces.get(t);
  if (x === undefined) {
    x = new Iface(reg.rtypePtr, t);
    typeIfaces.set(t, x);
  }
  return x;
}

/** The descriptor inside a reflect.Type interface value (null for a nil Type). */
export function typeOfIface(x: Iface | null): Type | null {
  return x === null ? null : (x.v as Type);
}

// ---- panics ----

export function panicStr(msg: string): never {
  gopanic(new Iface(types.string, msg));
}

export function panicValueError(method: string, k: Kind): never {
  gopanic(new Iface(reg.valueErrorPtr, new reg.ValueError(method, k)));
}

export function mustBe(v: Val, k: Kind, method: string): void {
  if ((v.flag & KIND_MASK) !== k) panicValueError(method, v.flag & KIND_MASK);
}

export function mustBeExported(v: Val, method: string): void {
  if (v.flag === 0) panicValueError(method, Kind.Invalid);
  if ((v.flag & RO) !== 0) panicStr("reflect: " + method + " using value obtained using unexported field");
}

export function mustBeAssignable(v: Val, method: string): void {
  if (v.flag === 0) panicValueError(method, Kind.Invalid);
  if ((v.flag & RO) !== 0) panicStr("reflect: " + method + " using value obtained using unexported field");
  if ((v.flag & ADDR) === 0) panicStr("reflect: " + method + " using unaddressable value");
}

/** An index argument (a Go int) as a number; values beyond 2^53 become out of range. */
export function num(i: number | bigint): number {
  return typeof i === "bigint" ? (i < 0n ? -1 : Number.MAX_SAFE_INTEGER) : i;
}
