// Type parameter helpers (types2 typeparam.go): a type parameter's constraint interface and
// the quantification over the terms of its type set, plus the type parameter list of a
// generic type or function.
//
// The constraint interface itself (types2 TypeParam.iface, which wraps a non-interface
// bound such as ~int in an implicit interface) is typeset.ts's tparamIface; binding type
// parameters to their indices is decl.ts's bindTParams.

import { TypeKind, typeParamIface, type Type, type TypeParam } from "./type.js";
import type { GenericType } from "./check.js";
import { tparamIface, tparamTypeSet } from "./typeset.js";
import type { TypeTerm } from "./typeterm.js";

export { tparamIface };

// A type parameter's underlying type is its constraint interface.
typeParamIface.iface = tparamIface;

/**
 * Calls f with each specific term of tpar's type set and reports whether all calls returned
 * true; without specific terms, reports f(null) (types2 TypeParam.is).
 */
export function tparamIs(tpar: TypeParam, f: (t: TypeTerm | null) => boolean): boolean {
  return tparamTypeSet(tpar).is(f);
}

/**
 * Calls f with the underlying type of each specific term of tpar's type set and reports
 * whether all calls returned true; without specific terms, reports f(null) (types2
 * TypeParam.underIs).
 */
export function tparamUnderIs(tpar: TypeParam, f: (u: Type | null) => boolean): boolean {
  return tparamTypeSet(tpar).underIs(f);
}

/** The type parameters of a generic type or function (none: an empty list). */
export function typeParamsOf(t: GenericType): readonly TypeParam[] {
  switch (t.tkind) {
    case TypeKind.Named: return t.typeParams() ?? [];
    case TypeKind.Alias: return t.tparams ?? [];
    case TypeKind.Signature: return t.tparams ?? [];
  }
}
