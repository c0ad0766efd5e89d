// Interface satisfaction (types2 instantiate.go's implements, and the checker side of
// lookup.go's missingMethod and assertableTo): whether a type implements an interface or
// satisfies a constraint, with gc's explanation when it doesn't — a missing method, a type
// outside the type set ("int missing in ~string", "possibly missing ~ for ..."), an
// incomparable type for comparable, an empty type set.

import type { Pos } from "../source/index.js";
import { Checker } from "./check.js";
import type { Func } from "./object.js";
import { TypeKind, under, type Interface, type Type } from "./type.js";
import { comparableType, identical, isInterface, isValid } from "./predicates.js";
import { typeSetOf } from "./typeset.js";
import { termListString } from "./termlist.js";
import { termIncludes } from "./typeterm.js";
import { isInterfacePtr, missingMethod, missingMethodCause } from "./lookup.js";

Checker.prototype.implements = function (
  this: Checker, pos: Pos, V: Type, T: Type, constraint: boolean, cause: { msg: string } | null,
): boolean {
  const Vu = under(V);
  const Tu = under(T);
  if (!isValid(Vu) || !isValid(Tu)) return true; // avoid follow-on errors
  if (Vu.tkind === TypeKind.Pointer && !isValid(under(Vu.base))) return true; // avoid follow-on errors (go.dev/issue/49541)

  const verb = constraint ? "satisfy" : "implement";

  if (Tu.tkind !== TypeKind.Interface) {
    if (cause !== null) {
      const detail = isInterfacePtr(Tu)
        ? this.sprintf("type %s is pointer to interface, not interface", T)
        : this.sprintf("%s is not an interface", T);
      cause.msg = this.sprintf("%s does not %s %s (%s)", V, verb, T, detail);
    }
    return false;
  }
  const Ti: Interface = Tu;
  const Tset = typeSetOf(Ti);

  // Every type satisfies the empty interface.
  if (Tset.isAll()) return true;

  // An interface V with an empty type set satisfies any interface (the empty set is a
  // subset of any set).
  const Vi = Vu.tkind === TypeKind.Interface ? Vu : null;
  if (Vi !== null && typeSetOf(Vi).isEmpty()) return true;

  // No type with a non-empty type set satisfies the empty type set.
  if (Tset.isEmpty()) {
    if (cause !== null) cause.msg = this.sprintf("cannot %s %s (empty type set)", verb, T);
    return false;
  }

  // V must implement T's methods, if any.
  if (missingMethodWith(this, V, T, true, identical, cause).method !== null) {
    if (cause !== null) cause.msg = this.sprintf("%s does not %s %s %s", V, verb, T, cause.msg);
    return false;
  }

  // Comparability is checked only if there is no more specific error.
  const checkComparability = (): boolean => {
    if (!Tset.isComparable()) return true;
    // If T is comparable, V must be comparable; strictly comparable is fine.
    if (comparableType(V, false, null, null)) return true;
    // For constraint satisfaction, spec comparability suffices from go1.20 on, so that
    // ordinary (non-type parameter) interfaces satisfy comparable.
    if (constraint && comparableType(V, true, null, null)) {
      if (this.allowVersion(pos, "go1.20")) return true;
      if (cause !== null) cause.msg = this.sprintf("%s to %s comparable requires go1.20 or later", V, verb);
      return false;
    }
    if (cause !== null) cause.msg = this.sprintf("%s does not %s comparable", V, verb);
    return false;
  };

  // V must also be in the set of types of T, if any.
  if (!Tset.hasTerms()) return checkComparability();

  // If V is an interface, each of its types must be in T's type set.
  if (Vi !== null) {
    if (!typeSetOf(Vi).subsetOf(Tset)) {
      if (cause !== null) cause.msg = this.sprintf("%s does not %s %s", V, verb, T);
      return false;
    }
    return checkComparability();
  }

  // Otherwise V must be included in T's type set.
  let alt: Type | null = null;
  const missing = Tset.is((t) => {
    if (!termIncludes(t, V)) {
      // If V ∉ t.typ but V ∈ ~t.typ, suggest ~t.typ in the error.
      if (alt === null && !t!.tilde && identical(t!.type!, under(t!.type!))) {
        if (termIncludes({ tilde: true, type: t!.type }, V)) alt = t!.type;
      }
      return true;
    }
    return false;
  });
  if (missing) {
    if (cause !== null) {
      let detail: string;
      if (alt !== null) detail = this.sprintf("possibly missing ~ for %s in %s", alt, T);
      else if (mentions(Ti, V)) detail = this.sprintf("%s mentions %s, but %s is not in the type set of %s", T, V, V, T);
      else detail = this.sprintf("%s missing in %s", V, termListString(Tset.terms));
      cause.msg = this.sprintf("%s does not %s %s (%s)", V, verb, T, detail);
    }
    return false;
  }
  return checkComparability();
};

/** T mentions typ in an (embedded) element or term, whether typ is in its type set or not. */
function mentions(T: Type, typ: Type): boolean {
  switch (T.tkind) {
    case TypeKind.Interface:
      for (const e of T.embeddeds) if (mentions(e, typ)) return true;
      return false;
    case TypeKind.Union:
      for (const t of T.terms) if (mentions(t.type, typ)) return true;
      return false;
    default:
      return identical(T, typ);
  }
}

// ---------------------------------------------------------------------------------------------
// Missing methods and type assertions (the explanations are lookup.ts's)

/**
 * missingMethod with a signature comparison of the caller's choice: identity, or
 * unification during inference. With a cause, cause.msg receives gc's parenthesized
 * explanation.
 */
export function missingMethodWith(
  check: Checker, V: Type, T: Type, stat: boolean, equivalent: (x: Type, y: Type) => boolean,
  cause: { msg: string } | null,
): { method: Func | null; wrongType: boolean } {
  const env = { qualifier: check.qualifier, objDecl: (f: Func) => check.objDecl(f, null) };
  const r = missingMethod(V, T, stat, equivalent, env);
  if (r.method !== null && cause !== null) {
    // f may be formatted in the explanation, so it needs its signature.
    if (r.found !== null) check.objDecl(r.found, null);
    cause.msg = missingMethodCause(V, T, r, check.qualifier);
  }
  return { method: r.method, wrongType: r.wrongType };
}

Checker.prototype.missingMethod = function (
  this: Checker, V: Type, T: Type, stat: boolean, cause: { msg: string } | null,
): { method: Func | null; wrongType: boolean } {
  return missingMethodWith(this, V, T, stat, identical, cause);
};

Checker.prototype.assertableTo = function (this: Checker, V: Type, T: Type, cause: { msg: string } | null): boolean {
  // No static check is required if T is an interface: x.(T) asserts that the dynamic type
  // of x implements T.
  if (isInterface(T)) return true;
  return missingMethodWith(this, T, V, false, identical, cause).method === null;
};
