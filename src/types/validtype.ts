// Valid types (types2's validtype.go): a defined type must not contain itself by value
// ("invalid recursive type"), directly or through instantiated generic types. Cycles through
// aliases (type A = [10]A) are found earlier, by objDecl's cycle detection.
//
// The nest is the stack of defined types whose memory contains the type being looked at
// (struct S with a field of type F gives the nest S->F); a type in its own nest is invalid.
// The path is the full list of defined types on the way, for the error message.

import { Checker } from "./check.js";
import { INVALID, Named, TypeKind, unalias, type Type } from "./type.js";
import { identical, isValid } from "./predicates.js";

declare module "./check.js" {
  interface Checker {
    validType0(typ: Type | null, nest: Named[], path: Named[]): boolean;
  }
}

Checker.prototype.validType = function (this: Checker, typ: Named): void {
  this.validType0(typ, [], []);
};

/**
 * Reports whether typ is valid. A type parameter stands for its type argument in the
 * enclosing instance (the innermost of nest), if there is one; otherwise it belongs to an
 * enclosing function and is ignored.
 */
Checker.prototype.validType0 = function (this: Checker, typ: Type | null, nest: Named[], path: Named[]): boolean {
  if (typ === null) return true;
  const t = unalias(typ);

  switch (t.tkind) {
    case TypeKind.Array:
      return this.validType0(t.elem, nest, path);

    case TypeKind.Struct:
      for (const f of t.fields) {
        if (!this.validType0(f.type, nest, path)) return false;
      }
      break;

    case TypeKind.Union:
      for (const term of t.terms) {
        if (!this.validType0(term.type, nest, path)) return false;
      }
      break;

    case TypeKind.Interface:
      for (const etyp of t.embeddeds) {
        if (!this.validType0(etyp, nest, path)) return false;
      }
      break;

    case TypeKind.Named: {
      // No second error if the type is known to be invalid (e.g. after a cycle found by
      // under). underlying() also expands instances.
      if (!isValid(t.underlying())) return false;

      // t in its own nest: its memory contains itself.
      for (const e of nest) {
        if (!identical(e, t)) continue;
        // If t is an instance, it occurs in its generic type's RHS, so the generic type is
        // invalid however it is instantiated: both are marked invalid. (Both are of this
        // package: imported types were checked already.)
        t.underlying_ = INVALID;
        t.origin().underlying_ = INVALID;

        // The cycle starts at t's first occurrence in path (every type in nest is in path).
        for (let start = 0; start < path.length; start++) {
          if (identical(path[start]!, t)) {
            this.cycleError(path.slice(start).map((n) => n.obj), 0);
            return false;
          }
        }
        throw new Error("cycle start not found");
      }

      // No cycle: check the RHS of t. (Every type added to nest is added to path too.)
      if (!this.validType0(t.origin().fromRHS, [...nest, t], [...path, t])) return false;
      break;
    }

    case TypeKind.TypeParam: {
      // The type parameter stands for its type argument in the instance being looked at.
      // That argument belongs to the enclosing type (where the instance was made), so it is
      // checked in the nest without the instance; the path stays complete for errors.
      const d = nest.length - 1;
      if (d >= 0) {
        const inst = nest[d]!;
        const tparams = inst.typeParams() ?? [];
        const targs = inst.targs ?? [];
        for (let i = 0; i < tparams.length; i++) {
          if (t === tparams[i] && i < targs.length) {
            return this.validType0(targs[i]!, nest.slice(0, d), path);
          }
        }
      }
      break;
    }
  }
  return true;
};
