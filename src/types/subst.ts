// Type substitution (types2 subst.go): replacing type parameters by types throughout a type.
//
// Substitution copies only what changes: a type in which no substituted type parameter
// occurs comes back as the same object, which callers use to detect "nothing to do" (and
// which keeps identity-based caches effective). Defined generic types met on the way are
// re-instantiated with substituted type arguments through the instance cache; receivers of
// signatures are left alone (interface and named type expansion handle them), which also
// keeps interfaces whose methods mention the interface itself from recursing forever.

import type { Pos } from "../source/index.js";
import type { Checker } from "./check.js";
import type { Context } from "./context.js";
import { Func, Var } from "./object.js";
import { instanceOf, newAliasInstance } from "./instantiate.js";
import {
  ArrayT, Chan, INVALID, Interface, MapT, Pointer, Signature, Slice, Struct, Term, Tuple,
  TypeKind, Union, type Named, type Type, type TypeParam,
} from "./type.js";

/** A mapping from type parameters to the types that replace them. */
export type SubstMap = Map<TypeParam, Type>;

/** The map tpars[i] → targs[i]; entries whose targ is null (not known yet) are left out. */
export function makeSubstMap(tpars: readonly TypeParam[], targs: readonly (Type | null)[]): SubstMap {
  const m: SubstMap = new Map();
  for (let i = 0; i < tpars.length; i++) {
    const t = targs[i];
    if (t !== null && t !== undefined) m.set(tpars[i]!, t);
  }
  return m;
}

/** The map from[i] → to[i] (types2 makeRenameMap). */
export function makeRenameMap(from: readonly TypeParam[], to: readonly TypeParam[]): SubstMap {
  const m: SubstMap = new Map();
  for (let i = 0; i < from.length; i++) m.set(from[i]!, to[i]!);
  return m;
}

function lookup(smap: SubstMap, tpar: TypeParam): Type {
  return smap.get(tpar) ?? tpar;
}

/**
 * Returns typ with the type parameters in smap replaced (types2 Checker.subst). expanding
 * is the instance being expanded, if any, and ctxt the context for new instances; at least
 * one of them must be given. check may be null (substitution outside of a type check).
 */
export function subst(
  check: Checker | null, pos: Pos, typ: Type, smap: SubstMap, expanding: Named | null, ctxt: Context | null,
): Type {
  if (smap.size === 0) return typ;
  // common cases
  if (typ.tkind === TypeKind.Basic) return typ;
  if (typ.tkind === TypeKind.TypeParam) return lookup(smap, typ);
  return new Subster(pos, smap, check, expanding, ctxt).typ(typ);
}

class Subster {
  constructor(
    readonly pos: Pos,
    readonly smap: SubstMap,
    readonly check: Checker | null,
    readonly expanding: Named | null,
    readonly ctxt: Context | null,
  ) {}

  typ(typ: Type): Type {
    switch (typ.tkind) {
      case TypeKind.Basic:
        break;

      case TypeKind.Alias: {
        const orig = typ.orig ?? typ;
        const n = orig.tparams?.length ?? 0;
        if (n === 0) return typ; // not parameterized
        if ((typ.targs?.length ?? 0) !== n) return INVALID; // error reported elsewhere
        const [targs, updated] = this.typeList(typ.targs!);
        if (updated) return newAliasInstance(this.check, this.pos, orig, targs, this.expanding, this.ctxt);
        break;
      }

      case TypeKind.Array: {
        const elem = this.typ(typ.elem);
        if (elem !== typ.elem) return new ArrayT(elem, typ.len);
        break;
      }

      case TypeKind.Slice: {
        const elem = this.typ(typ.elem);
        if (elem !== typ.elem) return new Slice(elem);
        break;
      }

      case TypeKind.Struct: {
        const [fields, copied] = this.varList(typ.fields);
        if (copied) return new Struct(fields, typ.tags);
        break;
      }

      case TypeKind.Pointer: {
        const base = this.typ(typ.base);
        if (base !== typ.base) return new Pointer(base);
        break;
      }

      case TypeKind.Tuple:
        return this.tuple(typ);

      case TypeKind.Signature: {
        // The receiver stays: interface and named type expansion substitute it, and doing it
        // here could recurse endlessly through an interface that is its methods' receiver.
        const params = this.tuple(typ.params);
        const results = this.tuple(typ.results);
        if (params !== typ.params || results !== typ.results) {
          // Instantiated signatures have no scope; type parameters are cleared by the caller
          // where the result is no longer generic.
          return new Signature(null, typ.recv, params, results, typ.variadic, typ.rparams, typ.tparams);
        }
        break;
      }

      case TypeKind.Union: {
        const [terms, copied] = this.termList(typ.terms);
        if (copied) return new Union(terms);
        break;
      }

      case TypeKind.Interface: {
        const [methods, mcopied] = this.funcList(typ.methods);
        const [embeddeds, ecopied] = this.typeList(typ.embeddeds);
        if (mcopied || ecopied) {
          const iface = newInterface(this.check);
          iface.embeddeds = embeddeds;
          iface.embedPos = typ.embedPos;
          iface.implicit = typ.implicit;
          iface.complete = typ.complete;
          iface.methods = replaceRecvType(methods, typ, iface)[0];
          return iface;
        }
        break;
      }

      case TypeKind.Map: {
        const key = this.typ(typ.key);
        const elem = this.typ(typ.elem);
        if (key !== typ.key || elem !== typ.elem) return new MapT(key, elem);
        break;
      }

      case TypeKind.Chan: {
        const elem = this.typ(typ.elem);
        if (elem !== typ.elem) return new Chan(typ.dir, elem);
        break;
      }

      case TypeKind.Named: {
        const orig = typ.origin();
        const n = orig.typeParams()?.length ?? 0;
        if (n === 0) return typ; // not parameterized
        if ((typ.targs?.length ?? 0) !== n) return INVALID; // error reported elsewhere
        // Substitute the type arguments; if any changes, instantiate orig again (through
        // the contexts, so that a recursive type finds the instance being expanded).
        const [targs, updated] = this.typeList(typ.targs!);
        if (updated) return instanceOf(this.check, this.pos, orig, targs, this.expanding, this.ctxt);
        break;
      }

      case TypeKind.TypeParam:
        return lookup(this.smap, typ);
    }
    return typ;
  }

  private tuple(t: Tuple): Tuple {
    const [vars, copied] = this.varList(t.vars);
    return copied ? new Tuple(vars) : t;
  }

  private varList(input: readonly Var[]): [readonly Var[], boolean] {
    let out: Var[] | null = null;
    for (let i = 0; i < input.length; i++) {
      const v = input[i]!;
      const typ = this.typ(v.type!);
      if (typ !== v.type) {
        if (out === null) out = input.slice();
        out[i] = substVar(v, typ);
      }
    }
    return out === null ? [input, false] : [out, true];
  }

  private funcList(input: readonly Func[]): [Func[], boolean] {
    let out: Func[] | null = null;
    for (let i = 0; i < input.length; i++) {
      const f = input[i]!;
      const typ = this.typ(f.type!);
      if (typ !== f.type) {
        if (out === null) out = input.slice();
        out[i] = substFunc(f, typ);
      }
    }
    return out === null ? [input as Func[], false] : [out, true];
  }

  typeList(input: readonly Type[]): [Type[], boolean] {
    let out: Type[] | null = null;
    for (let i = 0; i < input.length; i++) {
      const t = input[i]!;
      const u = this.typ(t);
      if (u !== t) {
        if (out === null) out = input.slice();
        out[i] = u;
      }
    }
    return out === null ? [input as Type[], false] : [out, true];
  }

  private termList(input: readonly Term[]): [Term[], boolean] {
    let out: Term[] | null = null;
    for (let i = 0; i < input.length; i++) {
      const t = input[i]!;
      const u = this.typ(t.type);
      if (u !== t.type) {
        if (out === null) out = input.slice();
        out[i] = new Term(t.tilde, u);
      }
    }
    return out === null ? [input as Term[], false] : [out, true];
  }
}

/** A copy of v with type typ, remembering v's origin (types2 substVar). */
export function substVar(v: Var, typ: Type): Var {
  const c = Object.assign(Object.create(Object.getPrototypeOf(v) as object) as Var, v);
  c.type = typ;
  c.origin = v.origin ?? v;
  return c;
}

/** A copy of f with type typ, remembering f's origin (types2 substFunc). */
export function substFunc(f: Func, typ: Type): Func {
  const c = Object.assign(Object.create(Object.getPrototypeOf(f) as object) as Func, f);
  c.type = typ;
  c.origin = f.origin ?? f;
  return c;
}

/**
 * Replaces the receiver type old by new in the signatures of the methods in the list, copying
 * the methods (and list) that change (types2 replaceRecvType).
 */
export function replaceRecvType(input: readonly Func[], old: Type, nu: Type): [Func[], boolean] {
  let out: Func[] | null = null;
  for (let i = 0; i < input.length; i++) {
    const method = input[i]!;
    const sig = method.type as Signature;
    if (sig.recv !== null && sig.recv.type === old) {
      if (out === null) out = input.slice();
      const nsig = new Signature(sig.scope, substVar(sig.recv, nu), sig.params, sig.results, sig.variadic, sig.rparams, sig.tparams);
      out[i] = substFunc(method, nsig);
    }
  }
  return out === null ? [input as Func[], false] : [out, true];
}

/** A new, complete interface, registered with the checker if there is one. */
export function newInterface(check: Checker | null): Interface {
  if (check !== null) return check.newInterface();
  const iface = new Interface([], []);
  iface.complete = true;
  return iface;
}
