// Type predicates (types2 predicates.go, plus the small predicates types2 keeps in
// conversions.go): classification of basic types, type identity, comparability, nil-ability,
// default types of untyped constants.
//
// The isX predicates don't look inside type parameters; the allX variants hold for a type
// parameter if they hold for every type in its type set.

import {
  ArrayT, BasicInfo, BasicKind, Chan, Interface, MapT, Named, Pointer, Signature, Slice,
  Struct, Term, Tuple, TypeKind, TypeParam, Union, INVALID, under, unalias, type Basic, type Type,
} from "./type.js";
import { Func, Var } from "./object.js";
import { Typ, universeRune } from "./universe.js";
import { computeUnionTypeSet, tparamTypeSet, typeSetOf, samePkg, type TypeSet } from "./typeset.js";
import { termListEqual } from "./termlist.js";
import { typeString, type Qualifier } from "./typestring.js";

/** t is not the invalid type. */
export function isValid(t: Type): boolean {
  return unalias(t) !== INVALID;
}

// ---------------------------------------------------------------------------------------------
// Basic type classes

/** under(t) is a basic type with one of the info bits. False for type parameters. */
export function isBasic(t: Type, info: number): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Basic && (u.info & info) !== 0;
}

export function isBoolean(t: Type): boolean { return isBasic(t, BasicInfo.IsBoolean); }
export function isInteger(t: Type): boolean { return isBasic(t, BasicInfo.IsInteger); }
export function isUnsigned(t: Type): boolean { return isBasic(t, BasicInfo.IsUnsigned); }
export function isFloat(t: Type): boolean { return isBasic(t, BasicInfo.IsFloat); }
export function isComplex(t: Type): boolean { return isBasic(t, BasicInfo.IsComplex); }
export function isNumeric(t: Type): boolean { return isBasic(t, BasicInfo.IsNumeric); }
export function isString(t: Type): boolean { return isBasic(t, BasicInfo.IsString); }
export function isIntegerOrFloat(t: Type): boolean { return isBasic(t, BasicInfo.IsInteger | BasicInfo.IsFloat); }
export function isConstType(t: Type): boolean { return isBasic(t, BasicInfo.IsConstType); }

/**
 * isBasic(t, info), or for a type parameter: isBasic holds for every specific type of its
 * type set (false without specific types).
 */
export function allBasic(t: Type, info: number): boolean {
  const tp = unalias(t);
  if (tp.tkind === TypeKind.TypeParam) {
    return tparamTypeSet(tp).is((term) => term !== null && isBasic(term.type!, info));
  }
  return isBasic(t, info);
}

export function allBoolean(t: Type): boolean { return allBasic(t, BasicInfo.IsBoolean); }
export function allInteger(t: Type): boolean { return allBasic(t, BasicInfo.IsInteger); }
export function allUnsigned(t: Type): boolean { return allBasic(t, BasicInfo.IsUnsigned); }
export function allNumeric(t: Type): boolean { return allBasic(t, BasicInfo.IsNumeric); }
export function allString(t: Type): boolean { return allBasic(t, BasicInfo.IsString); }
export function allOrdered(t: Type): boolean { return allBasic(t, BasicInfo.IsOrdered); }
export function allNumericOrString(t: Type): boolean { return allBasic(t, BasicInfo.IsNumeric | BasicInfo.IsString); }

/** isOrdered: under(t) is an integer, float or string type. */
export function isOrdered(t: Type): boolean { return isBasic(t, BasicInfo.IsOrdered); }

export function isUintptr(t: Type): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Basic && u.kind === BasicKind.Uintptr;
}

export function isUnsafePointer(t: Type): boolean {
  const u = under(t);
  return u.tkind === TypeKind.Basic && u.kind === BasicKind.UnsafePointer;
}

export function isPointer(t: Type): boolean {
  return under(t).tkind === TypeKind.Pointer;
}

/** under(t) is a slice of bytes or runes (of any types with those underlying kinds). */
export function isBytesOrRunes(t: Type): boolean {
  const u = under(t);
  if (u.tkind === TypeKind.Slice) {
    const e = under(u.elem);
    return e.tkind === TypeKind.Basic && (e.kind === BasicKind.Uint8 || e.kind === BasicKind.Int32);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Kinds of types

/** t has a name: predeclared types, defined types and type parameters. Safe during setup. */
export function hasName(t: Type): boolean {
  const k = unalias(t).tkind;
  return k === TypeKind.Basic || k === TypeKind.Named || k === TypeKind.TypeParam;
}

/** t is a type literal (including basic types), not a defined type or type parameter. */
export function isTypeLit(t: Type): boolean {
  const k = unalias(t).tkind;
  return k !== TypeKind.Named && k !== TypeKind.TypeParam;
}

/** t is typed (not the type of an untyped constant or nil). Safe during setup. */
export function isTyped(t: Type): boolean {
  // Aliases and named types never denote untyped types: no unalias needed.
  return t.tkind !== TypeKind.Basic || (t.info & BasicInfo.IsUntyped) === 0;
}

export function isUntyped(t: Type): boolean { return !isTyped(t); }

export function isUntypedNumeric(t: Type): boolean {
  return t.tkind === TypeKind.Basic && (t.info & BasicInfo.IsUntyped) !== 0 && (t.info & BasicInfo.IsNumeric) !== 0;
}

/** under(t) is an interface (type parameters included). */
export function isInterface(t: Type): boolean {
  return under(t).tkind === TypeKind.Interface;
}

export function isNonTypeParamInterface(t: Type): boolean {
  return !isTypeParam(t) && isInterface(t);
}

export function isTypeParam(t: Type): boolean {
  return unalias(t).tkind === TypeKind.TypeParam;
}

/**
 * t is a type parameter with an empty type set. Doesn't force the type set computation, so
 * it may report false while the type set is not known yet.
 */
export function hasEmptyTypeset(t: Type): boolean {
  const tp = unalias(t);
  if (tp.tkind === TypeKind.TypeParam) {
    const u = safeUnderlying(tp.bound);
    return u.tkind === TypeKind.Interface && u.tset !== null && (u.tset as TypeSet).isEmpty();
  }
  return false;
}

/** The underlying type without resolving anything (types2 safeUnderlying). */
function safeUnderlying(t: Type): Type {
  t = unalias(t);
  if (t.tkind === TypeKind.Named) return t.underlying_ ?? INVALID;
  return t.underlying();
}

/** t is a generic type that is not instantiated (generic signatures excluded). */
export function isGeneric(t: Type): boolean {
  if (t.tkind === TypeKind.Alias && t.tparams !== null && t.tparams.length > 0 && t.targs === null) return true;
  const n = unalias(t);
  return n.tkind === TypeKind.Named && n.orig === null && n.targs === null
    && n.tparams !== null && n.tparams.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Comparability and nil

/** Values of type T are comparable with == (interfaces count as comparable). */
export function isComparable(T: Type): boolean {
  return comparableType(T, true, null, null);
}

/**
 * Reports whether values of T are comparable (types2 comparable). With dynamic set,
 * interfaces that are not type parameters count as comparable (comparison may panic at run
 * time). When the answer is false and reportf is given, it receives the reason, e.g.
 * "struct containing []int cannot be compared"; types in it are printed with qf.
 */
export function comparableType(
  T: Type, dynamic: boolean, seen: Set<Type> | null,
  reportf: ((msg: string) => void) | null, qf: Qualifier | null = null,
): boolean {
  if (seen !== null && seen.has(T)) return true;
  if (seen === null) seen = new Set();
  seen.add(T);

  const t = under(T);
  switch (t.tkind) {
    case TypeKind.Basic:
      // invalid types count as comparable, to avoid follow-on errors
      return t.kind !== BasicKind.UntypedNil;
    case TypeKind.Pointer:
    case TypeKind.Chan:
      return true;
    case TypeKind.Struct:
      for (const f of t.fields) {
        if (!comparableType(f.type!, dynamic, seen, null)) {
          reportf?.(`struct containing ${typeString(f.type!, qf)} cannot be compared`);
          return false;
        }
      }
      return true;
    case TypeKind.Array:
      if (!comparableType(t.elem, dynamic, seen, null)) {
        reportf?.(`${typeString(t, qf)} cannot be compared`);
        return false;
      }
      return true;
    case TypeKind.Interface: {
      if ((dynamic && !isTypeParam(T)) || typeSetOf(t).isComparable(seen)) return true;
      if (reportf !== null) {
        reportf(typeSetOf(t).isEmpty() ? "empty type set" : "incomparable types in type set");
      }
      return false;
    }
  }
  return false;
}

/** The type includes the nil value. */
export function hasNil(t: Type): boolean {
  const u = under(t);
  switch (u.tkind) {
    case TypeKind.Basic:
      return u.kind === BasicKind.UnsafePointer;
    case TypeKind.Slice: case TypeKind.Pointer: case TypeKind.Signature: case TypeKind.Map:
    case TypeKind.Chan:
      return true;
    case TypeKind.Interface:
      return !isTypeParam(t) || typeSetOf(u).underIs((v) => v !== null && hasNil(v));
  }
  return false;
}

export { samePkg };

// ---------------------------------------------------------------------------------------------
// Identity

/** A pair of interfaces being compared, on a stack that detects cycles. */
interface IfacePair {
  x: Interface;
  y: Interface;
  prev: IfacePair | null;
}

class Comparer {
  constructor(readonly ignoreTags: boolean, readonly ignoreInvalids: boolean) {}

  identical(x: Type, y: Type, p: IfacePair | null): boolean {
    x = unalias(x);
    y = unalias(y);
    if (x === y) return true;
    if (this.ignoreInvalids && (!isValid(x) || !isValid(y))) return true;

    switch (x.tkind) {
      case TypeKind.Basic:
        // Basic types are singletons except for byte and rune, which have their own objects.
        return y.tkind === TypeKind.Basic && x.kind === y.kind;

      case TypeKind.Array:
        // Unknown lengths (< 0, after errors) match any length, to avoid follow-on errors.
        return y.tkind === TypeKind.Array && (x.len < 0n || y.len < 0n || x.len === y.len)
          && this.identical(x.elem, y.elem, p);

      case TypeKind.Slice:
        return y.tkind === TypeKind.Slice && this.identical(x.elem, y.elem, p);

      case TypeKind.Struct: {
        // Same field sequence: names (embedded fields match each other; unexported names
        // must be from the same package), identical types, identical tags.
        if (y.tkind !== TypeKind.Struct || x.fields.length !== y.fields.length) return false;
        for (let i = 0; i < x.fields.length; i++) {
          const f = x.fields[i]!;
          const g = y.fields[i]!;
          if (f.embedded !== g.embedded
            || (!this.ignoreTags && x.tag(i) !== y.tag(i))
            || !sameIdOf(f, g.pkg, g.name)
            || !this.identical(f.type!, g.type!, p)) {
            return false;
          }
        }
        return true;
      }

      case TypeKind.Pointer:
        return y.tkind === TypeKind.Pointer && this.identical(x.base, y.base, p);

      case TypeKind.Tuple: {
        if (y.tkind !== TypeKind.Tuple || x.vars.length !== y.vars.length) return false;
        for (let i = 0; i < x.vars.length; i++) {
          if (!this.identical(x.vars[i]!.type!, y.vars[i]!.type!, p)) return false;
        }
        return true;
      }

      case TypeKind.Signature: {
        if (y.tkind !== TypeKind.Signature) return false;
        // Same parameter and result types and variadic-ness; names don't matter, and type
        // parameters are identical modulo renaming: y's are replaced by x's.
        const xtps = x.tparams ?? [];
        const ytps = y.tparams ?? [];
        if (xtps.length !== ytps.length) return false;
        let yparams = y.params;
        let yresults = y.results;
        if (xtps.length > 0) {
          const smap = new Map<TypeParam, Type>();
          for (let i = 0; i < ytps.length; i++) smap.set(ytps[i]!, xtps[i]!);
          // Constraints must be pairwise identical, after substitution.
          for (let i = 0; i < xtps.length; i++) {
            if (!this.identical(xtps[i]!.bound, identitySubst(ytps[i]!.bound, smap), p)) return false;
          }
          yparams = identitySubst(y.params, smap) as Tuple;
          yresults = identitySubst(y.results, smap) as Tuple;
        }
        return x.variadic === y.variadic
          && this.identical(x.params, yparams, p)
          && this.identical(x.results, yresults, p);
      }

      case TypeKind.Union: {
        if (y.tkind !== TypeKind.Union) return false;
        const unionSets = new Map<Union, TypeSet>();
        const xset = computeUnionTypeSet(null, unionSets, 0, x);
        const yset = computeUnionTypeSet(null, unionSets, 0, y);
        return termListEqual(xset.terms, yset.terms);
      }

      case TypeKind.Interface: {
        // Identical type sets: the same comparable bit, terms and methods (by unique id and
        // identical signatures; order is fixed by sorting).
        if (y.tkind !== TypeKind.Interface) return false;
        const xset = typeSetOf(x);
        const yset = typeSetOf(y);
        if (xset.comparable !== yset.comparable) return false;
        if (!termListEqual(xset.terms, yset.terms)) return false;
        const a = xset.methods;
        const b = yset.methods;
        if (a.length !== b.length) return false;
        // Interfaces are the only types that can recur without a named type in between
        // (through method signatures mentioning anonymous interfaces that embed the
        // interface); if this pair is already being compared, assume it is identical.
        const q: IfacePair = { x, y, prev: p };
        for (let r = p; r !== null; r = r.prev) {
          if ((r.x === x && r.y === y) || (r.x === y && r.y === x)) return true;
        }
        for (let i = 0; i < a.length; i++) {
          const f = a[i]!;
          const g = b[i]!;
          if (f.id() !== g.id() || !this.identical(f.type!, g.type!, q)) return false;
        }
        return true;
      }

      case TypeKind.Map:
        return y.tkind === TypeKind.Map && this.identical(x.key, y.key, p) && this.identical(x.elem, y.elem, p);

      case TypeKind.Chan:
        return y.tkind === TypeKind.Chan && x.dir === y.dir && this.identical(x.elem, y.elem, p);

      case TypeKind.Named: {
        // Same declaration and, for instances, identical type arguments (checked first, as
        // the unifier does).
        if (y.tkind !== TypeKind.Named) return false;
        const xargs = x.targs ?? [];
        const yargs = y.targs ?? [];
        if (xargs.length !== yargs.length) return false;
        for (let i = 0; i < xargs.length; i++) {
          if (!identical(xargs[i]!, yargs[i]!)) return false;
        }
        return identicalOrigin(x, y);
      }

      case TypeKind.TypeParam:
        return false; // identical type parameters are the same object (checked above)
    }
    return false;
  }
}

/** types2 object.sameId without case folding (see typeset.ts sameId). */
function sameIdOf(f: Var, pkg: Var["pkg"], name: string): boolean {
  if (f.name !== name) return false;
  if (f.exported()) return true;
  return samePkg(f.pkg, pkg);
}

const defaultComparer = new Comparer(false, false);
const ignoreTagsComparer = new Comparer(true, false);
const ignoreInvalidsComparer = new Comparer(false, true);

/** x and y are identical types. */
export function identical(x: Type, y: Type): boolean {
  return x === y || defaultComparer.identical(x, y, null);
}

/** x and y are identical types, ignoring struct tags. */
export function identicalIgnoreTags(x: Type, y: Type): boolean {
  return x === y || ignoreTagsComparer.identical(x, y, null);
}

/** Like identical, but an invalid type is identical to every type (types2 ignoreInvalids). */
export function identicalIgnoreInvalids(x: Type, y: Type): boolean {
  return x === y || ignoreInvalidsComparer.identical(x, y, null);
}

/** Origin of a named type: the generic type for instances, itself otherwise. */
export function namedOrigin(t: Named): Named {
  return t.orig ?? t;
}

/** x and y come from the same type declaration. */
export function identicalOrigin(x: Named, y: Named): boolean {
  return namedOrigin(x).obj === namedOrigin(y).obj;
}

/** Two instantiations are identical: identical origins and type arguments. */
export function identicalInstance(xorig: Type, xargs: readonly Type[], yorig: Type, yargs: readonly Type[]): boolean {
  if (xargs.length !== yargs.length) return false;
  for (let i = 0; i < xargs.length; i++) {
    if (!identical(xargs[i]!, yargs[i]!)) return false;
  }
  return identical(xorig, yorig);
}

/**
 * The substitution identical() applies to generic signatures (types2 calls subst with a nil
 * checker and a fresh Context). The checker installs the real one (subst.ts) with
 * setIdentitySubst; until then substIdent stands in.
 */
let identitySubst: (t: Type, smap: Map<TypeParam, Type>) => Type = substIdent;

export function setIdentitySubst(f: (t: Type, smap: Map<TypeParam, Type>) => Type): void {
  identitySubst = f;
}

/**
 * Replaces type parameters per smap, for identity tests of generic signatures only: the
 * result is compared and dropped, so instances are represented just by their origin and
 * substituted type arguments (they are never expanded), and receivers are kept (as
 * types2's subst keeps them).
 */
function substIdent(t: Type, smap: Map<TypeParam, Type>): Type {
  const s = (x: Type): Type => substIdent(x, smap);
  t = unalias(t);
  switch (t.tkind) {
    case TypeKind.Basic:
      return t;
    case TypeKind.TypeParam:
      return smap.get(t) ?? t;
    case TypeKind.Pointer: {
      const b = s(t.base);
      return b === t.base ? t : new Pointer(b);
    }
    case TypeKind.Array: {
      const e = s(t.elem);
      return e === t.elem ? t : new ArrayT(e, t.len);
    }
    case TypeKind.Slice: {
      const e = s(t.elem);
      return e === t.elem ? t : new Slice(e);
    }
    case TypeKind.Map: {
      const k = s(t.key);
      const e = s(t.elem);
      return k === t.key && e === t.elem ? t : new MapT(k, e);
    }
    case TypeKind.Chan: {
      const e = s(t.elem);
      return e === t.elem ? t : new Chan(t.dir, e);
    }
    case TypeKind.Struct: {
      const fields = substVars(t.fields, smap);
      return fields === t.fields ? t : new Struct(fields, t.tags);
    }
    case TypeKind.Tuple: {
      const vars = substVars(t.vars, smap);
      return vars === t.vars ? t : new Tuple(vars);
    }
    case TypeKind.Signature: {
      const params = s(t.params) as Tuple;
      const results = s(t.results) as Tuple;
      if (params === t.params && results === t.results) return t;
      return new Signature(null, t.recv, params, results, t.variadic, t.rparams, t.tparams);
    }
    case TypeKind.Union: {
      let changed = false;
      const terms = t.terms.map((x) => {
        const u = s(x.type);
        if (u === x.type) return x;
        changed = true;
        return new Term(x.tilde, u);
      });
      return changed ? new Union(terms) : t;
    }
    case TypeKind.Interface: {
      let changed = false;
      const methods = t.methods.map((m) => {
        const sig = s(m.type!);
        if (sig === m.type) return m;
        changed = true;
        const f = new Func(m.pos, m.pkg, m.name, sig);
        f.origin = m.origin ?? m;
        return f;
      });
      const embeddeds = t.embeddeds.map((e) => {
        const u = s(e);
        if (u !== e) changed = true;
        return u;
      });
      if (!changed) return t;
      const it = new Interface(methods, embeddeds);
      it.implicit = t.implicit;
      it.complete = true;
      return it;
    }
    case TypeKind.Named: {
      if (t.targs === null) return t;
      let changed = false;
      const targs = t.targs.map((a) => {
        const b = s(a);
        if (b !== a) changed = true;
        return b;
      });
      if (!changed) return t;
      const n = new Named(t.obj, null);
      n.orig = namedOrigin(t);
      n.targs = targs;
      return n;
    }
  }
  return t;
}

function substVars(vars: readonly Var[], smap: Map<TypeParam, Type>): readonly Var[] {
  let out: Var[] | null = null;
  for (let i = 0; i < vars.length; i++) {
    const v = vars[i]!;
    const t = substIdent(v.type!, smap);
    if (t !== v.type && out === null) out = vars.slice(0, i);
    if (out !== null) {
      if (t === v.type) {
        out.push(v);
      } else {
        const w = new Var(v.pos, v.pkg, v.name, t);
        w.embedded = v.embedded;
        w.isField = v.isField;
        w.origin = v.origin ?? v;
        out.push(w);
      }
    }
  }
  return out ?? vars;
}

// ---------------------------------------------------------------------------------------------
// Untyped types

/**
 * The default (typed) type for an untyped type: bool, int, rune, float64, complex128 or
 * string; untyped nil and all other types are returned unchanged.
 */
export function defaultType(t: Type): Type {
  // Aliases and named types never denote untyped types.
  if (t.tkind === TypeKind.Basic) {
    switch (t.kind) {
      case BasicKind.UntypedBool: return Typ[BasicKind.Bool]!;
      case BasicKind.UntypedInt: return Typ[BasicKind.Int]!;
      case BasicKind.UntypedRune: return universeRune; // prints as "rune"
      case BasicKind.UntypedFloat: return Typ[BasicKind.Float64]!;
      case BasicKind.UntypedComplex: return Typ[BasicKind.Complex128]!;
      case BasicKind.UntypedString: return Typ[BasicKind.String]!;
    }
  }
  return t;
}

/**
 * The larger of two untyped numeric types (in the order integer, rune, float, complex); x if
 * x and y are the same type; otherwise null.
 */
export function maxType(x: Type, y: Type): Type | null {
  if (x === y) return x;
  if (isUntypedNumeric(x) && isUntypedNumeric(y)) {
    return (x as Basic).kind > (y as Basic).kind ? x : y;
  }
  return null;
}

/** A shallow copy of an object with the same prototype (types2 clone). */
export function clone<T extends object>(p: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(p) as object) as T, p);
}
