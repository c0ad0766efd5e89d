// Small pieces of the contract with generated code that belong to no larger module: the
// traced panic entry, comma-ok map reads, print helpers for composite operands, slice
// clearing, range-over-func misuse, and the registry of standard-library natives.

import { gopanic as raise } from "./errors.js";
import { GoPanic } from "./panic.js";
import { Iface, Type, makeArray } from "./type.js";
import { mapGet, mapLit, GoMap } from "./map.js";
import { Slice } from "./slice.js";
import { printcomplex, printslice, printeface } from "./print.js";
import { fakeAddress } from "./objid.js";
import { pointerAddress } from "./unsafe.js";
import type { I64 } from "./errors.js";
import { panicError } from "./errors.js";
import type { Complex } from "./complex.js";

/** panic(v), remembering where it started for the traceback. */
export function gopanic(v: Iface | null): never {
  try {
    raise(v);
  } catch (p) {
    if (p instanceof GoPanic) p.jsError = new Error();
    throw p;
  }
}

/** v, ok := m[k] */
export function mapGet2(m: any, k: any, zero: any): [any, boolean] {
  const v = mapGet(m, k);
  return v === undefined ? [zero, false] : [v, true];
}

export function addrOf(x: unknown): I64 {
  return x !== null && typeof x === "object" || typeof x === "function" ? pointerAddress(x as object) : 0;
}

export function printcomplexValue(c: Complex): string {
  return printcomplex(c.re, c.im);
}

export function printsliceValue(s: Slice): string {
  return printslice(s.n, s.c, s.a === null ? 0 : fakeAddress(s.a as object) + s.o * 8);
}

export function printifaceValue(x: Iface | null, _empty: boolean): string {
  if (x === null) return printeface(0, 0);
  return printeface(x.t.id * 32 + 0x400000, typeof x.v === "object" && x.v !== null ? fakeAddress(x.v) : 0xc000010000);
}

/** clear(s): zero every element of the slice. */
export function sliceClear(s: Slice, elem: Type): void {
  const a = s.a as any;
  for (let i = 0; i < s.n; i++) a[s.o + i] = elem.zero();
}

/** An iterator called the loop body again after it returned false. */
export function panicRangeFunc(): never {
  panicError("range function continued iteration after function for loop body returned false");
}

/** Natives of the standard library by import path, filled in by the library's modules. */
export const natives: Record<string, Record<string, unknown>> = Object.create(null);

export function registerNatives(path: string, fns: Record<string, unknown>): void {
  natives[path] = Object.assign(natives[path] ?? Object.create(null), fns);
}

/** A large array literal with few elements: zeroed, then the listed elements stored. */
export function sparseArray(elem: Type, n: number, idx: number[], vals: any[]): any {
  const a = makeArray(elem, n);
  for (let i = 0; i < idx.length; i++) a[idx[i]!] = vals[i];
  return a;
}

/** A map literal from alternating keys and values (evaluated in source order by the caller). */
export function mapLitKV(key: Type, elem: Type, kv: any[]): GoMap {
  const keys: any[] = [], vals: any[] = [];
  for (let i = 0; i < kv.length; i += 2) { keys.push(kv[i]); vals.push(kv[i + 1]); }
  return mapLit(key, elem, keys, vals);
}
