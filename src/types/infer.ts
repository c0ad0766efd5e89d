// Type argument inference for generic functions (types2 infer.go), as in Go 1.23: from the
// typed function arguments (unifying parameter and argument types), then from the core types
// and methods of the type parameters' constraints, then from untyped constant arguments
// (their default types); finally the inferred types are simplified by substituting inferred
// types for type parameters occurring in them.
//
// Reverse inference (a generic function assigned to a variable of function type) comes in
// as a synthetic call whose "argument" is the target type; `reverse` words its errors for
// that case.

import type { Pos } from "../source/index.js";
import { Checker, type ErrorBuilder } from "./check.js";
import { OperandMode, type Operand } from "./operand.js";
import { TypeKind, unalias, type Tuple, type Type, type TypeParam } from "./type.js";
import { defaultType, isTyped, maxType } from "./predicates.js";
import { tparamIface, tparamTypeSet, typeSetOf } from "./typeset.js";
import type { TypeTerm } from "./typeterm.js";
import { coreType } from "./under.js";
import { missingMethodWith } from "./implements.js";
import { makeSubstMap, subst } from "./subst.js";
import { Unifier, UnifyMode } from "./unify.js";

Checker.prototype.infer = function (
  this: Checker, pos: Pos, tparams: readonly TypeParam[], targs: Type[], params: Tuple | null,
  args: readonly Operand[], reverse: boolean, err: ErrorBuilder,
): Type[] | null {
  // There is at least one type parameter, and no more type arguments than type parameters.
  const n = tparams.length;

  // If all type arguments are known, we're done.
  if (targs.length === n && !containsNil(targs)) return targs;

  // Invalid arguments were reported already; avoid follow-on inference errors
  // (go.dev/issue/60434).
  for (const arg of args) if (arg.mode === OperandMode.Invalid) return null;

  // A full list of type arguments, null where unknown (a copy: targs is the caller's).
  const targs0: (Type | null)[] = targs.slice();
  while (targs0.length < n) targs0.push(null);

  // Substitute the known type arguments in the parameters, so that arguments aren't matched
  // against parameters whose types are given (matching uses identity, passing assignability):
  // "cannot use s (variable of type string) as int value in argument to f[int]" rather than
  // "type string of s does not match inferred type int for P".
  if (params !== null && params.length > 0) {
    const smap = makeSubstMap(tparams, targs0);
    params = subst(this, 0, params, smap, null, this.context()) as Tuple;
  }

  // Unify the types of generic parameters and typed arguments; remember the indices of
  // generic parameters with untyped arguments.
  const u = new Unifier(tparams, targs0, this.allowVersion(pos, "go1.21"));

  const errorf = (tpar: Type, targ: Type, arg: Operand): void => {
    // a better message if we can
    const inferred = u.inferred(tparams);
    if (inferred[0] === null) {
      // If none of the type parameters could be inferred, don't mention inferred types.
      if (inferred.every((t) => t === null)) {
        err.addf(arg, "type %s of %s does not match %s (cannot infer %s)", targ, arg.expr, tpar, typeParamsString(tparams));
        return;
      }
    }
    const smap = makeSubstMap(tparams, inferred);
    const inf = subst(this, this.atPos(arg), tpar, smap, null, this.context());
    if (inf !== tpar) {
      if (reverse) {
        err.addf(arg, "inferred type %s for %s does not match type %s of %s", inf, tpar, targ, arg.expr);
      } else {
        err.addf(arg, "type %s of %s does not match inferred type %s for %s", targ, arg.expr, inf, tpar);
      }
    } else {
      err.addf(arg, "type %s of %s does not match %s", targ, arg.expr, tpar);
    }
  };

  const untyped: number[] = [];

  // --- 1 --- information from the function arguments
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.mode === OperandMode.Invalid) continue; // reported before
    const par = params!.at(i);
    if (isParameterized(tparams, par.type!) || isParameterized(tparams, arg.type!)) {
      // Parameters are always typed; arguments may be untyped: handle those later.
      if (isTyped(arg.type!)) {
        if (!u.unify(par.type!, arg.type!, UnifyMode.Assign)) {
          errorf(par.type!, arg.type!, arg);
          return null;
        }
      } else if (par.type!.tkind === TypeKind.TypeParam && !arg.isNil()) {
        // Default types are basic, so an untyped argument can only match a parameter whose
        // type is a type parameter (no alias can denote the function's own type parameter
        // in its signature). Untyped nil has no default type and is ignored.
        untyped.push(i);
      }
    }
  }

  // --- 2 --- information from the type parameters' constraints
  // Unify each type parameter with its constraint's core type, as long as that makes
  // progress (quadratic in the number of type parameters, which is small).
  for (;;) {
    const nn = u.unknowns();
    for (const tpar of tparams) {
      const tx = u.at(tpar);
      const { term: core, single } = coreTerm(tpar);
      if (core !== null) {
        if (tx !== null) {
          // The type argument is known: it must unify with the core type (with a tilde the
          // core type is an underlying type, and unification matches a defined type's
          // underlying type against it automatically).
          if (!u.unify(tx, core.type!, UnifyMode.Inexact)) {
            err.addf(pos, "%s (type %s) does not satisfy %s", tpar, tx, tpar.bound);
            return null;
          }
        } else if (single && !core.tilde) {
          // Unknown, and a single specific type without tilde: that is the type argument.
          u.set(tpar, core.type!);
        }
      } else if (tx !== null) {
        // No core type, but the type argument is known: it must have the constraint's
        // methods, with unifying signatures.
        const cause = { msg: "" };
        const constraint = tparamIface(tpar);
        const r = missingMethodWith(this, tx, constraint, true, (x, y) => u.unify(x, y, UnifyMode.Exact), cause);
        if (r.method !== null) {
          err.addf(pos, "%s (type %s) does not satisfy %s %s", tpar, tx, tpar.bound, cause.msg);
          return null;
        }
      }
    }
    if (u.unknowns() === nn) break; // no progress
  }

  // --- 3 --- information from untyped constants
  // Parameters with untyped arguments that have no type yet get the default type of the
  // "largest" untyped argument type.
  let maxUntyped: Map<TypeParam, Type> | null = null;
  for (const index of untyped) {
    const tpar = params!.at(index).type as TypeParam; // a type parameter by construction
    if (u.at(tpar) === null) {
      const arg = args[index]!;
      if (maxUntyped === null) maxUntyped = new Map();
      let max = maxUntyped.get(tpar);
      if (max === undefined) {
        max = arg.type!;
      } else {
        const m = maxType(max, arg.type!);
        if (m === null) {
          err.addf(arg, "mismatched types %s and %s (cannot infer %s)", max, arg.type, tpar);
          return null;
        }
        max = m;
      }
      maxUntyped.set(tpar, max);
    }
  }
  if (maxUntyped !== null) {
    for (const [tpar, typ] of maxUntyped) u.set(tpar, defaultType(typ));
  }

  // --- simplify ---
  // The inferred types may still mention type parameters (from constraints: for
  // [A any, B interface{ []C }, C interface{ *A }] with A = int, we have [int, []C, *A]).
  // Substitute until nothing changes. A cycle through a type parameter ([A interface{ *A }]
  // gives *A, **A, ...) would never stop: killCycles marks those as not inferred.
  const inferred = u.inferred(tparams);
  killCycles(tparams, inferred);

  // Indices of types that may still contain type parameters; given type arguments are clean.
  let dirty: number[] = [];
  for (let i = 0; i < inferred.length; i++) {
    if (inferred[i] !== null && (i >= targs.length || targs[i] === null)) dirty.push(i);
  }
  while (dirty.length > 0) {
    const smap = makeSubstMap(tparams, inferred);
    const next: number[] = [];
    for (const index of dirty) {
      const t0 = inferred[index]!;
      const t1 = subst(this, 0, t0, smap, null, this.context());
      if (t1 !== t0) {
        // A generic function's signature that lost all its type parameters is not generic
        // anymore (go.dev/issue/59953). Such signatures are never defined types.
        if (t1.tkind === TypeKind.Signature && (t1.tparams?.length ?? 0) > 0 && !isParameterized(tparams, t1)) {
          t1.tparams = null;
        }
        inferred[index] = t1;
        next.push(index);
      }
    }
    dirty = next;
  }

  // Type parameters may remain: a core type *P may match a type parameter Q without
  // anything to fill in for either (go.dev/issue/45548). Treat them as not inferred.
  for (let i = 0; i < inferred.length; i++) {
    const typ = inferred[i]!;
    if (typ === null || isParameterized(tparams, typ)) {
      const obj = tparams[i]!.obj;
      err.addf(pos, "cannot infer %s (%s)", obj.name, this.posString(obj.pos));
      return null;
    }
  }
  return inferred as Type[];
};

function containsNil(list: readonly (Type | null)[]): boolean {
  for (const t of list) if (t === null) return true;
  return false;
}

/** The names of the type parameters for messages: "P", "P and Q", "P, Q, and R". */
export function typeParamsString(list: readonly TypeParam[]): string {
  const n = list.length;
  switch (n) {
    case 0: return "";
    case 1: return list[0]!.obj.name;
    case 2: return list[0]!.obj.name + " and " + list[1]!.obj.name;
  }
  let s = "";
  for (let i = 0; i < n - 1; i++) {
    if (i > 0) s += ", ";
    s += list[i]!.obj.name;
  }
  return s + ", and " + list[n - 1]!.obj.name;
}

/**
 * Reports whether typ mentions any of tparams. For a generic function type only the
 * signature proper counts (not its type parameter declarations or receiver).
 */
export function isParameterized(tparams: readonly TypeParam[], typ: Type): boolean {
  const seen = new Map<Type, boolean>();
  const varList = (list: readonly { type: Type | null }[]): boolean => {
    for (const v of list) if (walk(v.type!)) return true;
    return false;
  };
  const walk = (typ: Type): boolean => {
    const s = seen.get(typ);
    if (s !== undefined) return s; // cycle: false while in progress
    seen.set(typ, false);
    const res = walk1(typ);
    seen.set(typ, res);
    return res;
  };
  const walk1 = (t: Type): boolean => {
    switch (t.tkind) {
      case TypeKind.Basic:
        return false;
      case TypeKind.Alias:
        return walk(unalias(t));
      case TypeKind.Array:
      case TypeKind.Slice:
      case TypeKind.Chan:
        return walk(t.elem);
      case TypeKind.Struct:
        return varList(t.fields);
      case TypeKind.Pointer:
        return walk(t.base);
      case TypeKind.Tuple:
        // (reached from callExpr with a result tuple when instantiation failed, go.dev/issue/59890)
        return varList(t.vars);
      case TypeKind.Signature:
        return varList(t.params.vars) || varList(t.results.vars);
      case TypeKind.Interface: {
        const tset = typeSetOf(t);
        for (const m of tset.methods) if (walk(m.type!)) return true;
        return tset.is((term) => term !== null && walk(term.type!));
      }
      case TypeKind.Map:
        return walk(t.key) || walk(t.elem);
      case TypeKind.Named:
        for (const a of t.targs ?? []) if (walk(a)) return true;
        return false;
      case TypeKind.TypeParam:
        return tparamIndex(tparams, t) >= 0;
      case TypeKind.Union:
        // not reached from types2's walker (unions only occur inside interfaces)
        return false;
    }
  };
  return walk(typ);
}

/**
 * If tpar's constraint has a single specific type S: S and single = true. Otherwise, if it
 * has a core type T: a term for T (with a tilde if any term has one) and single = false.
 * Otherwise null.
 */
export function coreTerm(tpar: TypeParam): { term: TypeTerm | null; single: boolean } {
  let n = 0;
  let single: TypeTerm | null = null;
  let tilde = false;
  tparamTypeSet(tpar).is((t) => {
    if (t === null) return false; // no terms
    n++;
    single = t;
    if (t.tilde) tilde = true;
    return true;
  });
  if (n === 1) return { term: single, single: true };
  const typ = coreType(tpar);
  if (typ !== null) {
    // A core type is an underlying type; with a tilde on any term, the core term has one.
    return { term: { tilde, type: typ }, single: false };
  }
  return { term: null, single: false };
}

/**
 * Finds cycles through type parameters whose inferred types refer back to them, directly or
 * indirectly, and breaks them by marking those type parameters as not inferred (null).
 */
function killCycles(tparams: readonly TypeParam[], inferred: (Type | null)[]): void {
  const seen = new Set<Type>();
  const varList = (list: readonly { type: Type | null }[]): void => {
    for (const v of list) walk(v.type!);
  };
  const walk = (typ: Type): void => {
    typ = unalias(typ);
    if (seen.has(typ)) {
      // Seen before: if it is one of the type parameters, iterative substitution would
      // expand without end; kill the cycle. Otherwise it is an ordinary recursive type.
      if (typ.tkind === TypeKind.TypeParam) {
        const i = tparamIndex(tparams, typ);
        if (i >= 0) inferred[i] = null;
      }
      return;
    }
    seen.add(typ);
    try {
      switch (typ.tkind) {
        case TypeKind.Array: case TypeKind.Slice: case TypeKind.Chan:
          walk(typ.elem);
          break;
        case TypeKind.Struct:
          varList(typ.fields);
          break;
        case TypeKind.Pointer:
          walk(typ.base);
          break;
        case TypeKind.Signature:
          varList(typ.params.vars);
          varList(typ.results.vars);
          break;
        case TypeKind.Union:
          for (const t of typ.terms) walk(t.type);
          break;
        case TypeKind.Interface:
          for (const m of typ.methods) walk(m.type!);
          for (const t of typ.embeddeds) walk(t);
          break;
        case TypeKind.Map:
          walk(typ.key);
          walk(typ.elem);
          break;
        case TypeKind.Named:
          for (const a of typ.targs ?? []) walk(a);
          break;
        case TypeKind.TypeParam: {
          const i = tparamIndex(tparams, typ);
          if (i >= 0 && inferred[i] !== null) walk(inferred[i]!);
          break;
        }
      }
    } finally {
      seen.delete(typ);
    }
  };
  for (const t of tparams) walk(t);
}

/** The index of tpar in list, or -1. */
export function tparamIndex(list: readonly TypeParam[], tpar: TypeParam): number {
  for (let i = 0; i < list.length; i++) if (list[i] === tpar) return i;
  return -1;
}
