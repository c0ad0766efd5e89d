// Core types (types2 under.go): the single underlying type shared by all types in a type
// parameter's type set, which decides the operations a value of that type parameter allows
// (range, make, indexing, composite literals, ...). For other types it is the underlying type.

import { Chan, ChanDir, Slice, TypeKind, under, unalias, type Type } from "./type.js";
import { identical, isString } from "./predicates.js";
import { tparamTypeSet } from "./typeset.js";
import { Typ, universeByte } from "./universe.js";
import { BasicKind } from "./type.js";

/**
 * For a type parameter: the common underlying type of its type set, or null if there is
 * none (channel types that differ only in direction yield the restricted one, if all
 * restrictions agree). For any other type: its underlying type.
 */
export function coreType(t: Type): Type | null {
  t = unalias(t);
  if (t.tkind !== TypeKind.TypeParam) return under(t);
  let su: Type | null = null;
  const ok = tparamTypeSet(t).underIs((u) => {
    if (u === null) return false;
    if (su !== null) {
      u = match(su, u);
      if (u === null) return false;
    }
    su = u;
    return true;
  });
  return ok ? su : null;
}

/**
 * Like coreType, but []byte and string types count as the same; if the type set contains a
 * string type (and everything matches), the result is string.
 */
export function coreString(t: Type): Type | null {
  t = unalias(t);
  if (t.tkind !== TypeKind.TypeParam) return under(t); // string or untyped string
  let su: Type | null = null;
  let hasString = false;
  const ok = tparamTypeSet(t).underIs((u) => {
    if (u === null) return false;
    if (isString(u)) {
      u = new Slice(universeByte);
      hasString = true;
    }
    if (su !== null) {
      u = match(su, u);
      if (u === null) return false;
    }
    su = u;
    return true;
  });
  if (!ok) return null;
  return hasString ? Typ[BasicKind.String]! : su;
}

/**
 * x if x and y are identical; for channels that differ only in direction where one is
 * bidirectional, the restricted one; otherwise null.
 */
export function match(x: Type, y: Type): Type | null {
  if (identical(x, y)) return x;
  if (x.tkind === TypeKind.Chan && y.tkind === TypeKind.Chan && identical(x.elem, y.elem)) {
    const cx: Chan = x;
    const cy: Chan = y;
    if (cx.dir === ChanDir.SendRecv) return cy;
    if (cy.dir === ChanDir.SendRecv) return cx;
  }
  return null;
}
