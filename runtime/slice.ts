// Go slices: make, append (with gc's growth, so cap() matches), copy, slicing of slices,
// arrays and strings with gc's bounds checks, and conversions to arrays. See docs/values.md:
// a Slice is an immutable view {a, o, n, c} of a backing array `a` (a typed array for the
// element kinds that have one, else a plain Array), and a nil slice has a === null.
//
// Elements beyond the length up to the capacity always hold zero values (or values left by
// earlier appends), never holes, because Go lets a program reslice up to the capacity.
// Elements of struct and array types are objects: wherever Go copies such an element (growing,
// copy, append of another slice) a new or overwritten object keeps value semantics.

import {
  panicIndex, panicMakeSliceCap, panicMakeSliceLen, panicError, panicSlice3Acap, panicSlice3Alen,
  panicSlice3B, panicSlice3C, panicSliceAcap, panicSliceAlen, panicSliceB, panicSliceConvert, type I64,
} from "./errors.js";
import { GoFatal } from "./panic.js";
import { Kind, type Type, arrayCtorFor, setZeroValues, types, zeroComplex } from "./type.js";
import { MAX_ALLOC, grownCap, sizeof } from "./typesize.js";

export { sizeof, hasPointers, alignof } from "./typesize.js";

/** A backing array: a typed array or a plain Array (docs/values.md). */
export type Backing = any[] | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array
  | Uint32Array | Float32Array | Float64Array;

export class Slice {
  constructor(
    /** The backing array; null for a nil slice. */
    readonly a: any,
    /** Offset of element 0 in `a`. */
    readonly o: number,
    /** Length. */
    readonly n: number,
    /** Capacity. */
    readonly c: number,
  ) {}
}

export const nilSlice = new Slice(null, 0, 0, 0);
setZeroValues(nilSlice, zeroComplex);

/** Element kinds whose values are objects copied by value (struct and array). */
function isAggregate(t: Type): boolean {
  return t.kind === Kind.Struct || t.kind === Kind.Array;
}

/** Copies src's contents into the existing struct or array object dst (Go assignment to a location). */
export function assignInto(t: Type, dst: any, src: any): void {
  if (t.kind === Kind.Struct) {
    for (const f of t.fields) {
      const ft = f.type;
      if (isAggregate(ft)) assignInto(ft, dst[f.js], src[f.js]);
      else dst[f.js] = src[f.js];
    }
    return;
  }
  if (ArrayBuffer.isView(dst)) {
    (dst as Uint8Array).set(src as Uint8Array);
    return;
  }
  const e = t.elem!;
  if (isAggregate(e)) for (let i = 0; i < t.len; i++) assignInto(e, dst[i], src[i]);
  else for (let i = 0; i < t.len; i++) dst[i] = src[i];
}

/** Fills a[from:to) of a plain Array with zero values (a new object each for structs and arrays). */
function fillZero(elem: Type, a: any[], from: number, to: number): void {
  if (isAggregate(elem)) for (let i = from; i < to; i++) a[i] = elem.zero();
  else a.fill(elem.zero(), from, to);
}

/** A new backing array of n zero elements. */
function newBacking(elem: Type, n: number): any {
  const C = arrayCtorFor(elem.kind);
  try {
    if (C !== Array) return new (C as Uint8ArrayConstructor)(n);
    const a = new Array(n);
    fillZero(elem, a, 0, n);
    return a;
  } catch (e) {
    if (e instanceof RangeError) throw new GoFatal("runtime: out of memory");
    throw e;
  }
}

/** make([]T, len, cap). */
export function makeSlice(elem: Type, len: I64, cap?: I64): Slice {
  const size = sizeof(elem);
  if (cap === undefined) cap = len;
  // gc checks the capacity first and, when it is bad, blames the length if that is bad too.
  if (typeof cap !== "number" || cap < 0 || cap * size > MAX_ALLOC || len < 0 || len > cap) {
    if (typeof len !== "number" || len < 0 || len * size > MAX_ALLOC) panicMakeSliceLen();
    panicMakeSliceCap();
  }
  return new Slice(newBacking(elem, cap), 0, len as number, cap);
}

/** A whole array (or the array a pointer points to) as a slice. */
export function sliceOfArray(arr: Backing): Slice {
  return new Slice(arr, 0, arr.length, arr.length);
}

/**
 * A new backing array for s grown to hold newLen elements, with s's elements copied (as
 * values) to the front. The elements from s.n up to newLen are left for the caller to store;
 * plain arrays hold zero values there until it does.
 */
function grow(s: Slice, elem: Type, newLen: number): Slice {
  const cap = grownCap(elem, newLen, s.c);
  if (cap < 0) panicError("growslice: len out of range");
  const old = s.a, o = s.o, n = s.n;
  const C = arrayCtorFor(elem.kind);
  let a: any;
  if (C !== Array) {
    try {
      a = new (C as Uint8ArrayConstructor)(cap);
    } catch (e) {
      if (e instanceof RangeError) throw new GoFatal("runtime: out of memory");
      throw e;
    }
    if (n > 0) a.set((old as Uint8Array).subarray(o, o + n));
  } else {
    // A presized Array filled in place is faster to build than a packed one grown by push,
    // and as fast to use once every element is set.
    a = new Array(cap);
    if (isAggregate(elem)) {
      for (let i = 0; i < n; i++) a[i] = elem.clone(old[o + i] ?? elem.zero());
      // Spare capacity of struct and array elements stays empty until a reslice exposes it
      // (sliceSlice fills it then): growing by appends never builds zero values it overwrites.
    } else {
      for (let i = 0; i < n; i++) a[i] = old[o + i];
      fillZero(elem, a, n, cap);
    }
  }
  return new Slice(a, 0, newLen, cap);
}

/** append(s, v). v is stored as given: the compiler passes struct and array values already copied. */
export function append1(s: Slice, elem: Type, v: any): Slice {
  const n = s.n;
  if (n < s.c) {
    s.a[s.o + n] = v;
    return new Slice(s.a, s.o, n + 1, s.c);
  }
  const r = grow(s, elem, n + 1);
  r.a[n] = v;
  return r;
}

/** append(s, v1, v2, ...), values stored as given. */
export function appendN(s: Slice, elem: Type, vals: any[]): Slice {
  const k = vals.length;
  if (k === 0) return s;
  const n = s.n;
  const r = n + k <= s.c ? new Slice(s.a, s.o, n + k, s.c) : grow(s, elem, n + k);
  const a = r.a, base = r.o + n;
  for (let i = 0; i < k; i++) a[base + i] = vals[i];
  return r;
}

/** append(s, t...). The elements are copied as values; t may share s's backing array. */
export function appendSlice(s: Slice, elem: Type, t: Slice): Slice {
  const k = t.n;
  if (k === 0) return s;
  const n = s.n;
  if (n + k <= s.c) {
    moveElems(elem, s.a, s.o + n, t.a, t.o, k);
    return new Slice(s.a, s.o, n + k, s.c);
  }
  const r = grow(s, elem, n + k);
  // The new array is not shared, so the elements can be stored fresh.
  const a = r.a, src = t.a, so = t.o;
  if (ArrayBuffer.isView(a)) (a as Uint8Array).set((src as Uint8Array).subarray(so, so + k), n);
  else if (isAggregate(elem)) for (let i = 0; i < k; i++) a[n + i] = elem.clone(src[so + i]);
  else for (let i = 0; i < k; i++) a[n + i] = src[so + i];
  return r;
}

/** append([]byte, s...) for a string s. */
export function appendString(s: Slice, str: string): Slice {
  const k = str.length;
  if (k === 0) return s;
  const n = s.n;
  const r = n + k <= s.c ? new Slice(s.a, s.o, n + k, s.c) : grow(s, types.uint8, n + k);
  const a = r.a as Uint8Array, base = r.o + n;
  for (let i = 0; i < k; i++) a[base + i] = str.charCodeAt(i);
  return r;
}

/**
 * Copies k elements from src[s0...] to dst[d0...] as memmove would: correct when the ranges
 * overlap in one array. Struct and array elements are overwritten in place, so that pointers
 * to the destination elements see the new values; without elem they are shared.
 */
function moveElems(elem: Type | undefined, dst: any, d0: number, src: any, s0: number, k: number): void {
  if (ArrayBuffer.isView(dst)) {
    // A subarray view costs more than copying a few elements one by one.
    if (k > 32) {
      (dst as Uint8Array).set((src as Uint8Array).subarray(s0, s0 + k), d0);
    } else if (dst === src && d0 > s0) {
      const a = dst as Uint8Array;
      for (let i = k - 1; i >= 0; i--) a[d0 + i] = a[s0 + i]!;
    } else {
      const a = dst as Uint8Array, b = src as Uint8Array;
      for (let i = 0; i < k; i++) a[d0 + i] = b[s0 + i]!;
    }
    return;
  }
  const agg = elem !== undefined && isAggregate(elem);
  if (dst === src && d0 > s0 && d0 < s0 + k) {
    for (let i = k - 1; i >= 0; i--) {
      if (agg) assignInto(elem!, dst[d0 + i], src[s0 + i]);
      else dst[d0 + i] = src[s0 + i];
    }
    return;
  }
  if (dst === src && d0 === s0) return;
  for (let i = 0; i < k; i++) {
    if (agg) assignInto(elem!, dst[d0 + i], src[s0 + i]);
    else dst[d0 + i] = src[s0 + i];
  }
}

/**
 * copy(dst, src): the number of elements copied. Struct and array elements need elem, the
 * element type, to be copied as values; other kinds may leave it out.
 */
export function copySlice(dst: Slice, src: Slice, elem?: Type): number {
  const k = dst.n < src.n ? dst.n : src.n;
  if (k === 0) return 0;
  moveElems(elem, dst.a, dst.o, src.a, src.o, k);
  return k;
}

/** copy(dst, s) for a []byte dst and a string s. */
export function copyString(dst: Slice, s: string): number {
  const k = dst.n < s.length ? dst.n : s.length;
  const a = dst.a as Uint8Array, o = dst.o;
  for (let i = 0; i < k; i++) a[o + i] = s.charCodeAt(i);
  return k;
}

/** The index i checked against len: i itself, or a panic. */
export function idx(i: I64, len: number): number {
  if (i >= 0 && i < len) return i as number;
  return panicIndex(i, len);
}

/** s[lo:hi] and s[lo:hi:max] on a slice; undefined means omitted. */
export function sliceSlice(s: Slice, lo?: I64, hi?: I64, max?: I64, elem?: Type): Slice {
  const c = s.c;
  let l: number, h: number, m: number;
  if (max !== undefined) {
    if (!(max >= 0 && max <= c)) panicSlice3Acap(max, c);
    m = max as number;
    if (!(hi! >= 0 && hi! <= m)) panicSlice3B(hi!, m);
    h = hi as number;
    if (lo === undefined) l = 0;
    else if (!(lo >= 0 && lo <= h)) return panicSlice3C(lo, h);
    else l = lo as number;
  } else {
    if (hi === undefined) h = s.n;
    else if (!(hi >= 0 && hi <= c)) return panicSliceAcap(hi, c);
    else h = hi as number;
    if (lo === undefined) l = 0;
    else if (!(lo >= 0 && lo <= h)) return panicSliceB(lo, h);
    else l = lo as number;
    m = c;
  }
  if (s.a === null) return nilSlice;
  if (l === 0 && h === s.n && m === c) return s;
  if (h > s.n && elem !== undefined) {
    // Elements beyond the length become visible: fill any never-built ones with zero values.
    const a = s.a as any[];
    for (let i = s.o + s.n; i < s.o + h; i++) if (a[i] === undefined) a[i] = elem.zero();
  }
  return new Slice(s.a, s.o + l, h - l, m - l);
}

/** a[lo:hi] and a[lo:hi:max] on an array or a pointer to one (a nil pointer fails as a nil dereference). */
export function sliceArray(arr: Backing, lo?: I64, hi?: I64, max?: I64): Slice {
  const len = arr.length;
  let l: number, h: number, m: number;
  if (max !== undefined) {
    if (!(max >= 0 && max <= len)) panicSlice3Alen(max, len);
    m = max as number;
    if (!(hi! >= 0 && hi! <= m)) panicSlice3B(hi!, m);
    h = hi as number;
    if (lo === undefined) l = 0;
    else if (!(lo >= 0 && lo <= h)) return panicSlice3C(lo, h);
    else l = lo as number;
  } else {
    if (hi === undefined) h = len;
    else if (!(hi >= 0 && hi <= len)) return panicSliceAlen(hi, len);
    else h = hi as number;
    if (lo === undefined) l = 0;
    else if (!(lo >= 0 && lo <= h)) return panicSliceB(lo, h);
    else l = lo as number;
    m = len;
  }
  return new Slice(arr, l, h - l, m - l);
}

/** str[lo:hi] on a Go byte string. */
export function sliceString(s: string, lo?: I64, hi?: I64): string {
  const len = s.length;
  let h: number, l: number;
  if (hi === undefined) h = len;
  else if (!(hi >= 0 && hi <= len)) return panicSliceAlen(hi, len);
  else h = hi as number;
  if (lo === undefined) l = 0;
  else if (!(lo >= 0 && lo <= h)) return panicSliceB(lo, h);
  else l = lo as number;
  return l === 0 && h === len ? s : s.substring(l, h);
}

/**
 * [n]T(s): a new array holding copies of s's first n elements. Pass elem for struct or array
 * elements so that they are copied as values.
 */
export function sliceToArray(s: Slice, n: number, elem?: Type): Backing {
  if (s.n < n) panicSliceConvert(s.n, n);
  const a = s.a;
  if (a === null) return [];
  if (ArrayBuffer.isView(a)) return (a as Uint8Array).slice(s.o, s.o + n);
  const r = (a as any[]).slice(s.o, s.o + n);
  if (elem !== undefined && isAggregate(elem)) for (let i = 0; i < n; i++) r[i] = elem.clone(r[i]);
  return r;
}

/**
 * (*[n]T)(s): a pointer to s's first n elements, sharing them, or null for a nil slice. A typed
 * array can be viewed in place; a plain Array only when the slice covers it from the start
 * with exactly n elements, otherwise the result is a copy (writes through it are not seen by s).
 */
export function sliceToArrayPtr(s: Slice, n: number): Backing | null {
  if (s.n < n) panicSliceConvert(s.n, n);
  const a = s.a;
  if (a === null) return null;
  if (ArrayBuffer.isView(a)) return (a as Uint8Array).subarray(s.o, s.o + n);
  if (s.o === 0 && (a as any[]).length === n) return a;
  return (a as any[]).slice(s.o, s.o + n);
}
