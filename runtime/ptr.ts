// Pointers to things that are not objects (docs/values.md): a Box holds a variable whose
// address is taken, and references to fields and elements read and write through `.v`.
// References are canonical (one object per field or element) so that pointer comparison
// with `===` is Go's: &a[i] == &a[i].

import { panicNilDeref } from "./errors.js";

/** A variable whose address is taken; the Box is the pointer. */
export class Box<T = unknown> {
  constructor(public v: T) {}
}

/** A pointer to a field of a struct object. */
export class FieldRef {
  constructor(readonly o: any, readonly k: string) {}
  get v(): any { return this.o[this.k]; }
  set v(x: any) { this.o[this.k] = x; }
}

/** A pointer to an element of a backing array. */
export class ElemRef {
  /** The element's size in bytes once the pointer has been an unsafe.Pointer (unsafe.Add needs it); 0 before. */
  z = 0;
  constructor(readonly o: any, readonly k: number) {}
  get v(): any { return this.o[this.k]; }
  set v(x: any) { this.o[this.k] = x; }
}

const refs = new WeakMap<object, Map<string | number, FieldRef | ElemRef>>();

export function fieldRef(obj: any, key: string): FieldRef {
  if (obj === null || obj === undefined) panicNilDeref();
  let m = refs.get(obj);
  if (m === undefined) { m = new Map(); refs.set(obj, m); }
  let r = m.get(key) as FieldRef | undefined;
  if (r === undefined) { r = new FieldRef(obj, key); m.set(key, r); }
  return r;
}

export function elemRef(arr: any, i: number): ElemRef {
  if (arr === null || arr === undefined) panicNilDeref();
  let m = refs.get(arr);
  if (m === undefined) { m = new Map(); refs.set(arr, m); }
  let r = m.get(i) as ElemRef | undefined;
  if (r === undefined) { r = new ElemRef(arr, i); m.set(i, r); }
  return r;
}

/** *p for a pointer to a struct or array (the object itself): nil faults. */
export function deref<T>(p: T | null): T {
  if (p === null) panicNilDeref();
  return p;
}

/** &*p: p itself, after the nil check the dereference implies. */
export function notNil<T>(p: T | null): T {
  if (p === null) panicNilDeref();
  return p;
}
