// Interface operations the generated code calls: type assertions (with gc's
// TypeAssertionError texts), interface satisfaction at run time, method values and method
// expressions through interfaces.

import { Iface, Type, Kind } from "./type.js";
import { panicTypeAssert } from "./errors.js";

const implCache = new Map<Type, Map<Type, string>>();

/** The first method of interface I that t lacks ("" when t implements I). */
export function missingMethod(t: Type, I: Type): string {
  let m = implCache.get(I);
  if (m === undefined) { m = new Map(); implCache.set(I, m); }
  let r = m.get(t);
  if (r === undefined) {
    r = "";
    for (const im of I.imethods) {
      const m = t.methods.find((x) => x.name === im.name && x.pkgPath === im.pkgPath);
      if (m === undefined || m.type !== im.type) { r = im.name; break; }
    }
    m.set(t, r);
  }
  return r;
}

export function implementsIface(x: Iface | null, I: Type): boolean {
  return x !== null && missingMethod(x.t, I) === "";
}

/** x.(T) for a concrete T. */
export function assertType(x: Iface | null, T: Type, staticT: Type): any {
  if (x === null || x.t !== T) panicTypeAssert(x === null ? null : x.t, T, staticT);
  return x.v;
}

/** v, ok := x.(T) for a concrete T. */
export function assertType2(x: Iface | null, T: Type, zero: any): [any, boolean] {
  if (x === null || x.t !== T) return [zero, false];
  return [x.v, true];
}

/** x.(I) for an interface I: the same interface value, checked. */
export function assertIface(x: Iface | null, I: Type, staticT: Type): Iface | null {
  if (x === null) panicTypeAssert(null, I, staticT);
  const miss = missingMethod(x.t, I);
  if (miss !== "") panicTypeAssert(x.t, I, staticT, miss);
  return x;
}

export function assertIface2(x: Iface | null, I: Type): [Iface | null, boolean] {
  if (x === null || missingMethod(x.t, I) !== "") return [null, false];
  return [x, true];
}

/** x.M as a value for an interface x: the receiver is bound now (nil faults now). */
export function ifaceMethodValue(x: Iface, key: string): Function {
  const f = x.t.m[key]!;
  const v = x.v;
  return (...a: any[]) => f(v, ...a);
}

/** I.M as a function taking the interface value first. */
export function ifaceMethodExpr(key: string): Function {
  return (x: Iface, ...a: any[]) => x.t.m[key]!(x.v, ...a);
}

/** A method value with its receiver evaluated: recv.M. */
export function bindMethod(fn: Function, recv: any): Function {
  return (...a: any[]) => fn(recv, ...a);
}

export { Kind };
