// Package unsafe's built-ins and pointer conversions within gots' value model (docs/values.md
// "unsafe"): pointers are references to variables, fields and elements, not addresses. So
// unsafe.Slice, unsafe.String and unsafe.Add work on element pointers (an ElemRef, or a
// struct or array element object whose place is known), moving by whole elements inside the
// backing array; a single variable gives a slice of at most one element. Addresses exist
// only as made-up numbers: uintptr(p) gives one and unsafe.Pointer(u) turns it back into the
// pointer it came from. Other numbers become raw pointers that fault when used, as an
// address outside the heap would in gc. What gots cannot represent stops the program with a
// fatal error that says so, rather than reading the wrong value.

import { Box, ElemRef, FieldRef, elemRef, fieldRef } from "./ptr.js";
import { Slice, nilSlice } from "./slice.js";
import { bytesToStringRaw } from "./string.js";
import { panicError, panicNilDeref, type I64 } from "./errors.js";
import { GoFatal } from "./panic.js";
import { fakeAddress } from "./objid.js";
import { hasFinalizer } from "./finalizer.js";
import { Kind, type Type, makeArray, structTypeOfClass } from "./type.js";
import { alignof, sizeof } from "./typesize.js";

const TWO64 = 1n << 64n;
const MAX_INT64 = (1n << 63n) - 1n;

/** Stops the program: something gots cannot do with its references. */
function unsupported(what: string): never {
  throw new GoFatal("gots: " + what);
}

// ---- raw addresses ----

/** The address of each raw pointer (a pointer made from a number gots did not give out). */
const rawAddresses = new WeakMap<object, I64>();

/** Dereferencing a raw pointer: gc's fault for its address. */
function fault(addr: I64): never {
  if (BigInt(addr) < 0x1000n) panicNilDeref();
  const hex = "0x" + addr.toString(16);
  const inHeap = BigInt(addr) >= 0xc000000000n && BigInt(addr) < 0xc100000000n;
  throw new GoFatal("fault", inHeap
    ? ["unexpected fault address " + hex,
      "gots: no live pointer has this address; pointers are references, and an address computed with uintptr arithmetic leads nowhere"]
    : ["unexpected fault address " + hex]);
}

/** A pointer that faults on every use, for an address that is not a gots pointer's. */
function rawPointer(addr: I64): object {
  const p = new Proxy({}, {
    get(_t, k) {
      // Symbols are the engine's and the runtime's own probes (printing, iteration), not Go.
      if (typeof k === "symbol" || k === "then") return undefined;
      return fault(addr);
    },
    set() { return fault(addr); },
    has() { return fault(addr); },
    deleteProperty() { return fault(addr); },
  });
  rawAddresses.set(p, addr);
  return p;
}

/** The address a pointer prints as and converts to: a raw pointer's own, else a made-up one. */
export function pointerAddress(p: object): I64 {
  return rawAddresses.get(p) ?? fakeAddress(p);
}

// Addresses given out by uintptr(p), so that unsafe.Pointer(u) finds the pointer again while
// it lives. Raw pointers are kept too, so that equal addresses give equal pointers.
const byAddress = new Map<I64, WeakRef<object>>();
const forget = new FinalizationRegistry<I64>((a) => {
  if (byAddress.get(a)?.deref() === undefined) byAddress.delete(a);
});

function remember(a: I64, p: object): void {
  byAddress.set(a, new WeakRef(p));
  forget.register(p, a);
}

// Pointers with finalizers are not kept through WeakRefs, which would keep them alive for as
// long as the program runs without yielding to the host (so that the finalizer never runs).
// Their addresses hold them strongly instead ("leases"), until a function marked
// //go:uintptrescapes that was called after they were taken returns: gc's rule that such a
// call keeps what its uintptr arguments point to alive until it returns, and no longer.
const leases = new Map<I64, object>();
let unowned: I64[] = [];

/** At the entry of a //go:uintptrescapes function: the leases taken since the last such entry. */
export function takeLeases(): I64[] {
  const l = unowned;
  unowned = [];
  return l;
}

/** At the exit of a //go:uintptrescapes function: its leases end. */
export function dropLeases(l: I64[]): void {
  for (const a of l) leases.delete(a);
}

/** uintptr(unsafe.Pointer(p)). */
export function ptrToAddr(p: any): I64 {
  if (p === null || p === undefined) return 0;
  const raw = rawAddresses.get(p);
  if (raw !== undefined) return raw;
  const a = fakeAddress(p);
  if (hasFinalizer(p)) {
    if (!leases.has(a)) { leases.set(a, p); unowned.push(a); }
  } else if (byAddress.get(a)?.deref() !== p) remember(a, p);
  return a;
}

/** unsafe.Pointer(u): the pointer u was taken from, nil for 0, else a raw pointer. */
export function addrToPtr(u: I64): any {
  if (u === 0) return null;
  const p = leases.get(u) ?? byAddress.get(u)?.deref();
  if (p !== undefined) return p;
  const r = rawPointer(u);
  remember(u, r);
  return r;
}

// ---- where element objects live ----

/** The backing array and index of struct and array element objects met by unsafe code. */
interface Place { a: any[]; k: number; size: number }
const places = new WeakMap<object, Place>();

/** &a[k] for an element that is an object (struct or array), remembering where it is. */
export function locate(a: any[], k: number, size: number): any {
  const x = a[k];
  if (x !== null && typeof x === "object") places.set(x, { a, k, size });
  return x;
}

function placeOf(x: object): Place | null {
  const pl = places.get(x);
  return pl !== undefined && pl.a[pl.k] === x ? pl : null;
}

// ---- unsafe.Pointer(p) for *T ----

/** Views made by reinterpreting conversions, and what they view. */
const viewBase = new WeakMap<object, object>();

/**
 * unsafe.Pointer(p) for p of type *T, T neither struct nor array (size is T's): an element
 * reference learns its element size, which unsafe.Add needs.
 */
export function toUnsafe(p: any, size: number): any {
  if (p instanceof ElemRef && p.z === 0) p.z = size;
  return p;
}

// ---- fields by offset ----

function isObjectKind(t: Type): boolean {
  return t.kind === Kind.Struct || t.kind === Kind.Array;
}

/** The struct type of a struct object, or null for any other value. */
function structTypeOf(x: any): Type | null {
  if (x === null || typeof x !== "object" || Array.isArray(x) || ArrayBuffer.isView(x)) return null;
  return structTypeOfClass.get(x.constructor) ?? null;
}

/** The offsets of t's fields, as gc lays them out (typesize.ts). */
function fieldOffsets(t: Type): number[] {
  const offs: number[] = [];
  let off = 0;
  for (const f of t.fields) {
    const al = alignof(f.type);
    off = Math.ceil(off / al) * al;
    offs.push(off);
    off += sizeof(f.type);
  }
  return offs;
}

/**
 * The pointer off bytes into the struct or array object x of type t: the outermost field or
 * element that starts there (an object for struct and array fields, else a reference).
 */
function pointerInto(x: any, t: Type, off: number): any {
  if (off === 0) return x;
  const size = sizeof(t);
  if (t.kind === Kind.Struct) {
    const offs = fieldOffsets(t);
    for (let i = 0; i < t.fields.length; i++) {
      const f = t.fields[i]!, fo = offs[i]!, fz = sizeof(f.type);
      if (fz === 0 || off < fo || off >= fo + fz) continue;
      if (isObjectKind(f.type)) return pointerInto(x[f.js], f.type, off - fo);
      if (off === fo) return fieldRef(x, f.js);
      break;
    }
  } else if (t.kind === Kind.Array && off < size) {
    const e = t.elem!, z = sizeof(e);
    const i = Math.floor(off / z), rest = off - i * z;
    if (isObjectKind(e)) return pointerInto(locate(x, i, z), e, rest);
    if (rest === 0) return toUnsafe(elemRef(x, i), z);
  }
  return unsupported(`unsafe.Add: a pointer ${off} bytes into a ${t.str}, which is not where a field or element of it starts (gots pointers are references to whole fields and elements)`);
}

/** The first scalar field or element inside the struct or array object x (the same address as x). */
function firstScalar(x: any, t: Type): any {
  while (true) {
    if (t.kind === Kind.Struct) {
      const f = t.fields.find((g) => sizeof(g.type) > 0) ?? t.fields[0];
      if (f === undefined) return x;
      if (!isObjectKind(f.type)) return fieldRef(x, f.js);
      x = x[f.js];
      t = f.type;
    } else if (t.kind === Kind.Array) {
      if (t.len === 0) return x;
      const e = t.elem!;
      if (!isObjectKind(e)) return toUnsafe(elemRef(x, 0), sizeof(e));
      x = locate(x, 0, sizeof(e));
      t = e;
    } else return x;
  }
}

// ---- unsafe.Add ----

function toBig(x: I64): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

function canonical(x: bigint): I64 {
  return x >= -(1n << 53n) + 1n && x <= (1n << 53n) - 1n ? Number(x) : x;
}

/** The element size of a reference into array a; 0 when unknown. */
function elemSize(r: ElemRef): number {
  const a = r.o;
  return ArrayBuffer.isView(a) ? (a as Uint8Array).BYTES_PER_ELEMENT : r.z;
}

/** unsafe.Add(p, n), n as int64. */
export function unsafeAdd(p: any, n: I64): any {
  if (n === 0) return p;
  if (p === null) return addrToPtr(canonical(((toBig(n) % TWO64) + TWO64) % TWO64));
  const raw = rawAddresses.get(p);
  if (raw !== undefined) return addrToPtr(canonical((((toBig(raw) + toBig(n)) % TWO64) + TWO64) % TWO64));
  if (p instanceof ElemRef) {
    const z = elemSize(p);
    if (z === 0) unsupported("unsafe.Add: the element size of this pointer's array is unknown (it did not come from a conversion of a typed pointer)");
    const k = moveIndex(p.k, n, z, (p.o as any[]).length);
    const r = elemRef(p.o, k);
    if (r.z === 0) r.z = p.z;
    return r;
  }
  const pl = placeOf(p);
  const nn = Number(n);
  if (pl !== null) {
    // To another element, or into a field of one.
    const rest = ((pl.k * pl.size + nn) % pl.size + pl.size) % pl.size;
    const k = moveIndex(pl.k, nn - rest, pl.size, pl.a.length);
    if (rest === 0) return locate(pl.a, k, pl.size);
    const st = structTypeOf(pl.a[k]);
    if (st !== null) return pointerInto(pl.a[k], st, rest);
  }
  if (p instanceof FieldRef) {
    // From a field to another field of the same struct.
    const st = structTypeOf(p.o);
    if (st !== null) {
      const i = st.fields.findIndex((f) => f.js === p.k);
      const off = fieldOffsets(st)[i]! + nn;
      if (i >= 0 && off >= 0 && off <= sizeof(st)) return pointerInto(p.o, st, off);
    }
  }
  const st = structTypeOf(p);
  if (st !== null && nn > 0 && nn <= sizeof(st)) return pointerInto(p, st, nn);
  if (p instanceof Box || p instanceof FieldRef) {
    return unsupported(`unsafe.Add: moving a pointer to a variable by ${n} bytes (gots moves pointers only between the elements of an array or the fields of a struct)`);
  }
  return unsupported(`unsafe.Add: moving a pointer by ${n} bytes out of the value it points into (gots has no memory outside a Go value)`);
}

function moveIndex(k: number, n: I64, z: number, len: number): number {
  const nn = Number(n);
  if (nn % z !== 0) unsupported(`unsafe.Add: moving a pointer by ${n} bytes inside an array of ${z}-byte elements (gots moves pointers only by whole elements)`);
  const k2 = k + nn / z;
  if (k2 < 0 || k2 > len) unsupported(`unsafe.Add: moving a pointer to element ${k2} of an array of ${len} (gots has no memory outside a Go value)`);
  return k2;
}

/** unsafe.Pointer(uintptr(p) + a - b ...): unsafe.Add by the uintptr sum of plus minus minus. */
export function unsafeAddTerms(p: any, plus: I64[], minus: I64[]): any {
  let d = 0n;
  for (const x of plus) d += toBig(x);
  for (const x of minus) d -= toBig(x);
  d = ((d % TWO64) + TWO64) % TWO64;
  if (d > MAX_INT64) d -= TWO64;
  return unsafeAdd(p, canonical(d));
}

// ---- unsafe.Slice and unsafe.String ----

/** gc's checks of unsafe.Slice/String: n in [0, maxint], size*n within the address space left after p. */
function checkLen(fn: string, p: any, n: I64, size: number): number {
  if (n < 0 || (typeof n === "bigint" && n > MAX_INT64)) panicError(fn + ": len out of range");
  if (size === 0) {
    if (p === null && n !== 0) panicError(fn + ": ptr is nil and len is not zero");
    return Number(n);
  }
  const addr = p === null ? 0n : toBig(pointerAddress(p));
  const mem = toBig(n) * BigInt(size);
  if (mem >= TWO64 || mem > (TWO64 - addr) % TWO64 || (addr === 0n && mem > 0n)) {
    if (p === null) panicError(fn + ": ptr is nil and len is not zero");
    panicError(fn + ": len out of range");
  }
  return Number(n);
}

/** One-element backings of variables and fields, so that slicing one twice shares it. */
const singles = new WeakMap<object, any>();

/**
 * The variable or field p points to, moved into a new one-element array that the variable
 * then reads and writes through: unsafe.Slice(&x, 1) shares x's memory, as in gc.
 */
function singleBacking(p: Box | FieldRef, elem: Type): any {
  let a = singles.get(p);
  if (a !== undefined) return a;
  a = makeArray(elem, 1);
  a[0] = p.v;
  const arr = a;
  const acc = { get(): any { return arr[0]; }, set(x: any): void { arr[0] = x; }, configurable: true, enumerable: true };
  if (p instanceof Box) Object.defineProperty(p, "v", acc);
  else Object.defineProperty(p.o, p.k, acc);
  singles.set(p, a);
  return a;
}

/** A backing that faults on every element, for a raw pointer. */
function rawBacking(addr: I64): any {
  return rawPointer(addr);
}

function beyond(fn: string, n: number, have: number): never {
  return unsupported(`${fn}: ${n} elements from this pointer reach past the end of its array, which has ${have} from there (gots has no memory outside a Go value)`);
}

/** unsafe.Slice(p, n) for p of type *elem. */
export function unsafeSlice(p: any, n: I64, elem: Type): Slice {
  const len = checkLen("unsafe.Slice", p, n, sizeof(elem));
  if (p === null) return nilSlice;
  const raw = rawAddresses.get(p);
  if (raw !== undefined) return new Slice(rawBacking(raw), 0, len, len);
  if (p instanceof ElemRef) {
    const have = (p.o as any[]).length - p.k;
    if (len > have) beyond("unsafe.Slice", len, have);
    return new Slice(p.o, p.k, len, len);
  }
  if (p instanceof Box || p instanceof FieldRef) {
    if (len > 1) unsupported(`unsafe.Slice: ${len} elements from a pointer to a single variable (gots can share only that one element)`);
    return new Slice(singleBacking(p, elem), 0, len, len);
  }
  const pl = placeOf(p);
  if (pl !== null) {
    const have = pl.a.length - pl.k;
    if (len > have) beyond("unsafe.Slice", len, have);
    return new Slice(pl.a, pl.k, len, len);
  }
  // A struct or array object not known to be an element: a variable of its own.
  if (len > 1) unsupported(`unsafe.Slice: ${len} elements from a pointer to a single variable (gots can share only that one element)`);
  let a = singles.get(p);
  if (a === undefined) {
    a = [p];
    singles.set(p, a);
    places.set(p, { a, k: 0, size: sizeof(elem) });
  }
  return new Slice(a, 0, len, len);
}

/** unsafe.String(p, n) for p of type *byte. */
export function unsafeString(p: any, n: I64): string {
  const len = checkLen("unsafe.String", p, n, 1);
  if (p === null || len === 0) return "";
  if (rawAddresses.has(p)) {
    // gc makes the string without reading it; gots must read, and there is nothing to read.
    return "\0".repeat(len);
  }
  if (p instanceof ElemRef) {
    const have = (p.o as any[]).length - p.k;
    if (len > have) beyond("unsafe.String", len, have);
    return bytesToStringRaw(p.o, p.k, len);
  }
  if (len > 1) unsupported(`unsafe.String: ${len} bytes from a pointer to a single variable (gots can read only that one byte)`);
  return String.fromCharCode((p as Box<number>).v);
}

/** unsafe.SliceData(s); elem is given for struct and array elements (objects). */
export function sliceData(s: Slice, elem: Type | null): any {
  if (s.a === null) return null;
  if (elem === null) return elemRef(s.a, s.o);
  if (s.o < s.a.length) return locate(s.a, s.o, sizeof(elem));
  // Past the end (capacity 0): gc points at the end of the array; nothing lives there.
  return elem.zero();
}

// The bytes of strings whose data pointer was asked for, kept while a pointer into them lives,
// so that unsafe.StringData(s) gives the same pointer for the same string.
const stringBytes = new Map<string, WeakRef<Uint8Array>>();
const forgetString = new FinalizationRegistry<string>((s) => {
  if (stringBytes.get(s)?.deref() === undefined) stringBytes.delete(s);
});

/** unsafe.StringData(s): a *byte to a copy of s's bytes (nil for ""); gots strings are immutable JS strings. */
export function stringData(s: string): ElemRef | null {
  if (s.length === 0) return null;
  let a = stringBytes.get(s)?.deref();
  if (a === undefined) {
    a = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
    stringBytes.set(s, new WeakRef(a));
    forgetString.register(a, s);
  }
  const r = elemRef(a, 0);
  r.z = 1;
  return r;
}

// ---- views: pointers converted to other pointer types ----

/**
 * (*reflect.SliceHeader)(unsafe.Pointer(&s)), (*reflect.StringHeader)(unsafe.Pointer(&s)) and
 * other structs laid out as a slice's or string's header (a data word, a length, for slices
 * a capacity): an object of the struct's class whose fields read and write the slice or
 * string through p. The data word is an address (uintptr) or a pointer, as the field's type
 * says. Fields set to what makes no valid slice or string yet (Data before Len, or the other
 * way round) are kept in the view until they do.
 */
export function headerView(p: any, target: Type, elem: Type | null, isString: boolean): any {
  if (p === null) return null;
  const ctor = target.ctor;
  if (ctor === null) throw new Error("headerView: not a struct type");
  const v = Object.create(ctor.prototype);
  const read = (): { data: any; len: number; cap: number } => {
    const x = p.v;
    if (isString) return { data: stringData(x as string), len: (x as string).length, cap: 0 };
    const s = x as Slice;
    return { data: sliceData(s, elem), len: s.n, cap: s.c };
  };
  // The fields set since the slice or string last was valid.
  let pending: { data: any; len: number; cap: number } | null = null;
  const cur = (): { data: any; len: number; cap: number } => pending ?? read();
  const write = (st: { data: any; len: number; cap: number }): void => {
    pending = st;
    if (isString) {
      if (st.len === 0) {
        // An empty string keeps no data pointer: the view remembers one set for a later length.
        p.v = "";
        if (st.data === null) pending = null;
        return;
      }
      const d = st.data;
      if (d instanceof ElemRef && ArrayBuffer.isView(d.o) && st.len >= 0 && d.k + st.len <= (d.o as Uint8Array).length) {
        p.v = bytesToStringRaw(d.o as Uint8Array, d.k, st.len);
        pending = null;
      }
      return;
    }
    if (st.len < 0 || st.len > st.cap) return;
    const d = st.data;
    if (d === null) {
      if (st.cap === 0) { p.v = nilSlice; pending = null; }
      return;
    }
    let a: any = null, k = 0;
    if (d instanceof ElemRef) { a = d.o; k = d.k; } else {
      const pl = placeOf(d);
      if (pl !== null) { a = pl.a; k = pl.k; }
    }
    if (a !== null && k + st.cap <= a.length) {
      p.v = new Slice(a, k, st.len, st.cap);
      pending = null;
    }
  };
  const [fData, fLen, fCap] = target.fields;
  const asAddress = fData!.type.kind === Kind.Uintptr;
  Object.defineProperty(v, fData!.js, {
    get(): any { const d = cur().data; return asAddress ? ptrToAddr(d) : d; },
    set(u: any): void { write({ ...cur(), data: asAddress ? addrToPtr(u) : u }); },
    enumerable: true,
  });
  Object.defineProperty(v, fLen!.js, {
    get(): number { return cur().len; },
    set(n: I64): void { write({ ...cur(), len: Number(n) }); },
    enumerable: true,
  });
  if (!isString) {
    Object.defineProperty(v, fCap!.js, {
      get(): number { return cur().cap; },
      set(n: I64): void { write({ ...cur(), cap: Number(n) }); },
      enumerable: true,
    });
  }
  return v;
}

/** Boxes standing for the data word of interface values that are not pointers. */
const dataBoxes = new WeakMap<object, Box>();

/**
 * (*T)(unsafe.Pointer(&x)) for x an interface and T a struct of two pointer-sized words, as
 * gc lays an interface out: the type word (the type descriptor, nil for a nil interface) and
 * the data word (the value itself when it is pointer-shaped, else a pointer to a copy). Read
 * only: an interface cannot be assembled from words.
 */
export function ifaceView(p: any, target: Type): any {
  if (p === null) return null;
  const v = Object.create(target.ctor!.prototype);
  const [f0, f1] = target.fields;
  const word = (f: typeof f0, x: any): any => (f!.type.kind === Kind.Uintptr ? ptrToAddr(x) : x);
  const data = (x: any): any => {
    if (x === null) return null;
    switch (x.t.kind) {
      case Kind.Pointer: case Kind.UnsafePointer: case Kind.Map: case Kind.Chan: case Kind.Func: return x.v;
      default: {
        let b = dataBoxes.get(x);
        if (b === undefined) { b = new Box(x.v); dataBoxes.set(x, b); }
        return b;
      }
    }
  };
  const readOnly = (): never => unsupported("writing a word of an interface value through unsafe.Pointer (gots interfaces are not laid out in memory)");
  Object.defineProperty(v, f0!.js, { get(): any { const x = p.v; return word(f0, x === null ? null : x.t); }, set: readOnly, enumerable: true });
  Object.defineProperty(v, f1!.js, { get(): any { return word(f1, data(p.v)); }, set: readOnly, enumerable: true });
  return v;
}

const headerTypes = new Set(["reflect.SliceHeader", "reflect.StringHeader"]);

/**
 * (*T)(p) for an unsafe.Pointer whose origin the compiler could not see: header views for
 * reflect's SliceHeader and StringHeader, the pointer itself otherwise.
 */
export function fromUnsafe(p: any, target: Type): any {
  if (p === null) return p;
  if (!isObjectKind(target)) {
    // A pointer to a struct or array read as a pointer to a scalar: its first field or element.
    if (p instanceof Box || p instanceof FieldRef || p instanceof ElemRef || rawAddresses.has(p)) return p;
    const st = structTypeOf(p);
    return st !== null ? firstScalar(p, st) : p;
  }
  if (!headerTypes.has(target.str)) return p;
  if (!(p instanceof Box || p instanceof FieldRef || p instanceof ElemRef)) return p;
  const x = p.v;
  if (target.str === "reflect.SliceHeader" ? x instanceof Slice : typeof x === "string") return headerView(p, target, null, typeof x === "string");
  return p;
}

// Scalars reinterpreted through a scratch buffer, as the bits lie in memory (little-endian).
const scratch = new DataView(new ArrayBuffer(8));

function store(k: Kind, x: any): void {
  switch (k) {
    case Kind.Bool: scratch.setUint8(0, x ? 1 : 0); return;
    case Kind.Int8: case Kind.Uint8: scratch.setUint8(0, x & 0xff); return;
    case Kind.Int16: case Kind.Uint16: scratch.setUint16(0, x & 0xffff, true); return;
    case Kind.Int32: case Kind.Uint32: scratch.setUint32(0, x >>> 0, true); return;
    case Kind.Float32: scratch.setFloat32(0, x, true); return;
    case Kind.Float64: scratch.setFloat64(0, x, true); return;
    default: scratch.setBigUint64(0, BigInt.asUintN(64, toBig(x)), true); return;
  }
}

function load(k: Kind): any {
  switch (k) {
    case Kind.Bool: return scratch.getUint8(0) !== 0;
    case Kind.Int8: return scratch.getInt8(0);
    case Kind.Uint8: return scratch.getUint8(0);
    case Kind.Int16: return scratch.getInt16(0, true);
    case Kind.Uint16: return scratch.getUint16(0, true);
    case Kind.Int32: return scratch.getInt32(0, true);
    case Kind.Uint32: return scratch.getUint32(0, true);
    case Kind.Float32: return scratch.getFloat32(0, true);
    case Kind.Float64: return scratch.getFloat64(0, true);
    case Kind.Int: case Kind.Int64: return canonical(scratch.getBigInt64(0, true));
    default: return canonical(scratch.getBigUint64(0, true));
  }
}

/** A pointer to a scalar read as another scalar type of the same size. */
class ReinterpretRef {
  constructor(readonly p: any, readonly from: Kind, readonly to: Kind) {}
  get v(): any { store(this.from, this.p.v); return load(this.to); }
  set v(x: any) { store(this.to, x); this.p.v = load(this.from); }
}

/** A pointer to a []byte read as a string, or to a string read as a []byte. */
class BytesStringRef {
  constructor(readonly p: any, readonly toString_: boolean) {}
  get v(): any {
    const x = this.p.v;
    if (this.toString_) { const s = x as Slice; return s.n === 0 ? "" : bytesToStringRaw(s.a, s.o, s.n); }
    const str = x as string;
    if (str.length === 0) return nilSlice;
    const a = new Uint8Array(str.length);
    for (let i = 0; i < str.length; i++) a[i] = str.charCodeAt(i);
    return new Slice(a, 0, a.length, a.length);
  }
  set v(x: any) {
    if (this.toString_) {
      const str = x as string;
      const a = new Uint8Array(str.length);
      for (let i = 0; i < str.length; i++) a[i] = str.charCodeAt(i);
      this.p.v = new Slice(a, 0, a.length, a.length);
    } else {
      const s = x as Slice;
      this.p.v = s.n === 0 ? "" : bytesToStringRaw(s.a, s.o, s.n);
    }
  }
}

const views = new WeakMap<object, Map<string, object>>();

function canonicalView<V extends object>(base: object, key: string, make: () => V): V {
  let m = views.get(base);
  if (m === undefined) { m = new Map(); views.set(base, m); }
  let v = m.get(key) as V | undefined;
  if (v === undefined) {
    v = make();
    m.set(key, v);
    viewBase.set(v, base);
  }
  return v;
}

/** (*T)(unsafe.Pointer(p)) for p of type *F, F and T scalars of one size (checked by the compiler). */
export function reinterpretScalar(p: any, from: Type, to: Type): any {
  if (p === null) return null;
  const base = viewBase.get(p);
  if (base !== undefined && p instanceof ReinterpretRef && p.from === to.kind) return base;
  return canonicalView(p, "s" + to.kind, () => new ReinterpretRef(p, from.kind, to.kind));
}

/** (*string)(unsafe.Pointer(&b)) for b a []byte, or (*[]byte)(unsafe.Pointer(&s)) for s a string. */
export function bytesStringView(p: any, toString_: boolean): any {
  if (p === null) return null;
  const base = viewBase.get(p);
  if (base !== undefined && p instanceof BytesStringRef && p.toString_ !== toString_) return base;
  return canonicalView(p, toString_ ? "string" : "bytes", () => new BytesStringRef(p, toString_));
}

/**
 * (*T)(unsafe.Pointer(p)) for p of type *F, F and T struct types whose fields have the same
 * types in the same order (checked by the compiler): an object of T's class whose fields are
 * F's, read and written in place.
 */
export function structView(p: any, to: Type): any {
  if (p === null) return null;
  const base = viewBase.get(p) ?? p;
  if (base.constructor === to.ctor) return base;
  return canonicalView(base, "t" + to.id, () => {
    const fromProps = Object.keys(base);
    const v = Object.create(to.ctor!.prototype);
    to.fields.forEach((f, i) => {
      const k = fromProps[i]!;
      Object.defineProperty(v, f.js, {
        get(): any { return base[k]; },
        set(x: any): void { base[k] = x; },
        enumerable: true,
      });
    });
    return v;
  });
}

/**
 * (*[n]E)(unsafe.Pointer(p)) for p of type *E (fromLen < 0) or *[fromLen]E: the array that
 * starts at p's element. A typed array shares memory through a view; a plain Array can only
 * be the whole array itself.
 */
export function arrayView(p: any, n: number, elem: Type, fromLen: number): any {
  if (p === null) return null;
  if (rawAddresses.has(p)) return p;
  let a: any, k: number;
  if (fromLen >= 0) {
    a = viewBase.get(p) ?? p;
    k = 0;
    if (n > fromLen) {
      const pl = placeOf(a);
      void pl;
      return unsupported(`converting *[${fromLen}]${elem.str} to *[${n}]${elem.str}: the array has only ${fromLen} elements (gots has no memory outside a Go value)`);
    }
  } else if (p instanceof ElemRef) {
    a = p.o;
    k = p.k;
  } else if (p instanceof Box || p instanceof FieldRef) {
    a = singleBacking(p, elem);
    k = 0;
  } else {
    const pl = placeOf(p);
    if (pl !== null) { a = pl.a; k = pl.k; } else {
      a = singles.get(p);
      if (a === undefined) { a = [p]; singles.set(p, a); places.set(p, { a, k: 0, size: sizeof(elem) }); }
      k = 0;
    }
  }
  const have = a.length - k;
  if (n > have) beyond(`(*[${n}]${elem.str})(unsafe.Pointer(p))`, n, have);
  if (k === 0 && n === a.length) return a;
  if (ArrayBuffer.isView(a)) return canonicalView(a, `a${k}:${n}`, () => (a as Uint8Array).subarray(k, k + n));
  return unsupported(`(*[${n}]${elem.str})(unsafe.Pointer(p)) for a part of an array of ${elem.str} (gots shares part of an array only for numeric elements)`);
}

/** (*E)(unsafe.Pointer(a)) for a of type *[n]E: element 0 (an object for struct and array elements). */
export function arrayFirst(a: any, elem: Type): any {
  if (a === null) return null;
  if (rawAddresses.has(a)) return a;
  const base = viewBase.get(a);
  if (base !== undefined && ArrayBuffer.isView(a)) {
    // A view of part of a typed array: element 0 is an element of the whole array.
    const whole = base as unknown as Uint8Array, part = a as Uint8Array;
    const r = elemRef(whole, (part.byteOffset - whole.byteOffset) / part.BYTES_PER_ELEMENT);
    if (r.z === 0) r.z = sizeof(elem);
    return r;
  }
  if (elem.kind === Kind.Struct || elem.kind === Kind.Array) return locate(a, 0, sizeof(elem));
  const r = elemRef(a, 0);
  if (r.z === 0) r.z = sizeof(elem);
  return r;
}
