// Field and method lookup (types2 lookup.go, and go/types' method sets): selectors x.f through
// embedded fields, breadth-first by embedding depth with ambiguity at equal depth, pointer
// receivers, interface satisfaction by method (missingMethod) with the explanations of gc's
// "X does not implement Y (...)" errors, and method sets for the runtime.
//
// Methods of instances of generic types are expanded lazily, one at a time, by Named.method.

import {
  Pointer, TypeKind, under, unalias, type Named, type Type,
} from "./type.js";
import { ObjKind, isExported, type Func, type Var } from "./object.js";
import type { Package } from "./package.js";
import { identical, isInterface, isTypeParam } from "./predicates.js";
import { equalFold, methodIndexOf, sameId, samePkg, typeSetOf } from "./typeset.js";
import { funcString, typeString, type Qualifier } from "./typestring.js";
import { INVALID } from "./type.js";
import { InternalError } from "../base/index.js";

// ---------------------------------------------------------------------------------------------
// Methods of named types

/** The index of and method of n with the given name (types2 Named.lookupMethod). */
export function namedLookupMethod(n: Named, pkg: Package | null, name: string, foldCase: boolean): [number, Func | null] {
  n.resolve();
  if (samePkg(n.obj.pkg, pkg) || isExported(name) || foldCase) {
    // For instances, only the method found is expanded (Named.method).
    const i = namedMethodIndex(n.origin(), name, foldCase);
    if (i >= 0) return [i, n.method(i)];
  }
  return [-1, null];
}

function namedMethodIndex(n: Named, name: string, foldCase: boolean): number {
  if (name === "_") return -1;
  const ms = n.methods;
  for (let i = 0; i < ms.length; i++) {
    if (foldCase ? equalFold(ms[i]!.name, name) : ms[i]!.name === name) return i;
  }
  return -1;
}

/** The method has a pointer receiver (types2 Func.hasPtrRecv). */
export function hasPtrRecv(f: Func): boolean {
  // A set receiver is the truth; before the signature is set up, the resolver's note is.
  const sig = f.type;
  if (sig !== null && sig.tkind === TypeKind.Signature && sig.recv !== null) {
    return deref(sig.recv.type!)[1];
  }
  return f.hasPtrRecv_;
}

// ---------------------------------------------------------------------------------------------
// Lookup

/** The result of a lookup (see lookupFieldOrMethod). */
export interface Lookup {
  /** The field (Var) or method (Func) found, or null. */
  obj: Var | Func | null;
  /**
   * The path of embedded field indices followed by the index of the found entry in its
   * type: the declared methods of a named type, the method set of an interface, or the
   * fields of a struct. When obj is null, a non-null index points to an ambiguous entry.
   */
  index: number[] | null;
  /**
   * A pointer indirection was on the path. When obj is null, it means a method with a
   * pointer receiver was found but the receiver was neither a pointer nor addressable.
   */
  indirect: boolean;
}

const notFound: Lookup = Object.freeze({ obj: null, index: null, indirect: false }) as Lookup;

/**
 * Looks up a field or method named name (of package pkg, for unexported names) in T
 * (types2 lookupFieldOrMethod). addressable says whether T is the type of an addressable
 * variable (which matters for methods with pointer receivers). With foldCase, names match
 * ignoring case (and package), for "but does have method m" hints.
 *
 * A found method of a concrete type may not have its signature yet; the checker must make
 * sure the method's declaration is checked before using its type.
 */
export function lookupFieldOrMethod(
  T: Type, addressable: boolean, pkg: Package | null, name: string, foldCase = false,
): Lookup {
  // Methods can't be declared on named pointer types: look in the pointer's base type, but
  // drop methods found there (go.dev/issue/8590).
  const t = unalias(T);
  if (t.tkind === TypeKind.Named) {
    const p = t.underlying();
    if (p.tkind === TypeKind.Pointer) {
      const r = lookupFieldOrMethodImpl(p, false, pkg, name, foldCase);
      if (r.obj !== null && r.obj.okind === ObjKind.Func) return notFound;
      return r;
    }
  }
  // (types2 has a disabled extension that looks up fields in a type parameter's core type.)
  return lookupFieldOrMethodImpl(T, addressable, pkg, name, foldCase);
}

/** An embedded type to search at the next depth. */
interface Embedded {
  typ: Type;
  index: number[] | null; // embedded field indices from depth 0
  indirect: boolean; // a pointer indirection is on the path
  multiples: boolean; // typ appears more than once at this depth
}

/**
 * The lookup without lookupFieldOrMethod's special case for named pointer types: fields of
 * the base of a defined pointer type T are found here (callers other than
 * lookupFieldOrMethod only care about methods).
 */
export function lookupFieldOrMethodImpl(
  T: Type, addressable: boolean, pkg: Package | null, name: string, foldCase: boolean,
): Lookup {
  if (name === "_") return notFound; // blank fields and methods are never found

  // Don't call under before deref: for a named pointer type T that would find the methods
  // of the pointer's base type.
  const [typ0, isPtr] = deref(T);

  // *I where I is an interface (or a type parameter) has no methods.
  if (isPtr && under(typ0).tkind === TypeKind.Interface) return notFound;

  let current: Embedded[] = [{ typ: typ0, index: null, indirect: isPtr, multiples: false }];
  const seen = new InstanceLookup();

  let obj: Var | Func | null = null;
  let index: number[] | null = null;
  let indirect = false;

  while (current.length > 0) {
    const next: Embedded[] = [];

    for (const e of current) {
      const typ = e.typ;

      // A named type may have methods; look at those first.
      const named = unalias(typ);
      if (named.tkind === TypeKind.Named) {
        // A type seen at a shallower depth shadows it here (multiples at this depth were
        // consolidated already).
        if (seen.lookup(named) !== null) continue;
        seen.add(named);

        const [i, m] = namedLookupMethod(named, pkg, name, foldCase);
        if (m !== null) {
          // the method may not have a signature yet
          index = concat(e.index, i);
          if (obj !== null || e.multiples) return { obj: null, index, indirect: false }; // collision
          obj = m;
          indirect = e.indirect;
          continue; // no field or interface method can match as well
        }
      }

      const u = under(typ);
      if (u.tkind === TypeKind.Struct) {
        // find a field of that name, noting embedded types for the next depth
        for (let i = 0; i < u.fields.length; i++) {
          const f = u.fields[i]!;
          if (sameId(f, pkg, name, foldCase)) {
            index = concat(e.index, i);
            if (obj !== null || e.multiples) return { obj: null, index, indirect: false }; // collision
            obj = f;
            indirect = e.indirect;
            continue; // no interface method can match as well
          }
          // Embedded fields are searched at the next depth, unless there's a match here
          // already (the field wanted, or a collision). If e.typ appears several times at
          // this depth, so does f's type at the next.
          if (obj === null && f.embedded) {
            const [ft, fptr] = deref(f.type!);
            next.push({ typ: ft, index: concat(e.index, i), indirect: e.indirect || fptr, multiples: e.multiples });
          }
        }
      } else if (u.tkind === TypeKind.Interface) {
        // interface methods (the interface may be a type parameter's constraint)
        const [i, m] = typeSetOf(u).lookupMethod(pkg, name, foldCase);
        if (m !== null) {
          index = concat(e.index, i);
          if (obj !== null || e.multiples) return { obj: null, index, indirect: false }; // collision
          obj = m;
          indirect = e.indirect;
        }
      }
    }

    if (obj !== null) {
      // spec: "If x is addressable and &x's method set contains m, x.m() is shorthand for
      // (&x).m()"; otherwise a method with pointer receiver needs a pointer on the path.
      if (obj.okind === ObjKind.Func && hasPtrRecv(obj) && !indirect && !addressable) {
        return { obj: null, index: null, indirect: true };
      }
      return { obj, index, indirect };
    }

    current = consolidateMultiples(next);
  }
  return notFound;
}

/** Merges entries of identical types into one marked as multiple. */
function consolidateMultiples(list: Embedded[]): Embedded[] {
  if (list.length <= 1) return list;
  const out: Embedded[] = [];
  for (const e of list) {
    let found = -1;
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.typ === e.typ || identical(out[i]!.typ, e.typ)) {
        found = i;
        break;
      }
    }
    if (found >= 0) out[found]!.multiples = true;
    else out.push(e);
  }
  return out;
}

/** A set of named types where identical instances count as the same. */
class InstanceLookup {
  private readonly byOrigin = new Map<Named, Named[]>();

  lookup(inst: Named): Named | null {
    const list = this.byOrigin.get(inst.origin());
    if (list !== undefined) {
      for (const t of list) if (t === inst || identical(inst, t)) return t;
    }
    return null;
  }

  add(inst: Named): void {
    const o = inst.origin();
    const list = this.byOrigin.get(o);
    if (list === undefined) this.byOrigin.set(o, [inst]);
    else list.push(inst);
  }
}

function concat(list: number[] | null, i: number): number[] {
  return list === null ? [i] : [...list, i];
}

/**
 * typ's base type and true if typ is a pointer type literal (possibly via an alias, but not
 * a named type whose underlying type is a pointer); otherwise typ and false.
 */
export function deref(typ: Type): [Type, boolean] {
  const p = unalias(typ);
  if (p.tkind === TypeKind.Pointer) return [p.base ?? INVALID, true];
  return [typ, false];
}

/** The base type if typ is a (named or unnamed) pointer to a struct; otherwise typ. */
export function derefStructPtr(typ: Type): Type {
  const p = under(typ);
  if (p.tkind === TypeKind.Pointer && under(p.base).tkind === TypeKind.Struct) return p.base;
  return typ;
}

/** The index of the field with the given package and name, or -1. */
export function fieldIndex(fields: readonly Var[], pkg: Package | null, name: string, foldCase: boolean): number {
  if (name !== "_") {
    for (let i = 0; i < fields.length; i++) {
      if (sameId(fields[i]!, pkg, name, foldCase)) return i;
    }
  }
  return -1;
}

/** The index of and method with the given package and name, or [-1, null]. */
export function methodIndex(methods: readonly Func[], pkg: Package | null, name: string, foldCase: boolean): [number, Func | null] {
  return methodIndexOf(methods, pkg, name, foldCase);
}

// ---------------------------------------------------------------------------------------------
// Interface satisfaction by methods

/** Why a method is missing (types2 missingMethod's states). */
export enum MissingKind {
  Ok,
  NotFound,
  WrongName, // found with different capitalization
  Unexported, // same name, but unexported from another package
  WrongSig,
  AmbigSel,
  PtrRecv,
  Field,
}

export interface MissingMethodEnv {
  /** The qualifier of error messages. */
  qualifier: Qualifier | null;
  /** Makes sure the method's declaration is checked, so that it has its signature. */
  objDecl?: (f: Func) => void;
}

export interface MissingMethod {
  /** The method of T that V lacks, or null if V has all methods. */
  method: Func | null;
  /** The method is there but has the wrong signature or a pointer receiver. */
  wrongType: boolean;
  kind: MissingKind;
  /** V's method with that name (for Ok, WrongName, Unexported, WrongSig), or null. */
  found: Func | null;
}

/**
 * Checks whether V has the methods of the interface T (types2 missingMethod). For a
 * non-interface V, or with static set, all of T's methods must be present; for an interface
 * V without static, only methods present in both must match (type assertions).
 * equivalent compares signatures (identical by default; the checker passes a unifying
 * comparison for inference).
 */
export function missingMethod(
  V: Type, T: Type, isStatic: boolean,
  equivalent: (x: Type, y: Type) => boolean = identical,
  env: MissingMethodEnv | null = null,
): MissingMethod {
  const ut = under(T);
  if (ut.tkind !== TypeKind.Interface) throw new InternalError("missingMethod: T is not an interface");
  const methods = typeSetOf(ut).methods;
  const none: MissingMethod = { method: null, wrongType: false, kind: MissingKind.Ok, found: null };
  if (methods.length === 0) return none;

  let state = MissingKind.Ok;
  let m: Func | null = null; // the method of T being checked
  let f: Func | null = null; // V's method, if found

  const u = under(V);
  if (u.tkind === TypeKind.Interface) {
    const tset = typeSetOf(u);
    for (const mm of methods) {
      m = mm;
      f = tset.lookupMethod(mm.pkg, mm.name, false)[1];
      if (f === null) {
        if (!isStatic) continue;
        state = MissingKind.NotFound;
        break;
      }
      if (!equivalent(f.type!, mm.type!)) {
        state = MissingKind.WrongSig;
        break;
      }
    }
  } else {
    for (const mm of methods) {
      m = mm;
      const r = lookupFieldOrMethodImpl(V, false, mm.pkg, mm.name, false);
      // ambiguous, on *V, or with different capitalization?
      if (r.obj === null) {
        if (r.index !== null) {
          state = MissingKind.AmbigSel;
        } else if (r.indirect) {
          state = MissingKind.PtrRecv;
        } else {
          state = MissingKind.NotFound;
          const r2 = lookupFieldOrMethodImpl(V, false, mm.pkg, mm.name, true);
          f = r2.obj !== null && r2.obj.okind === ObjKind.Func ? r2.obj : null;
          if (f !== null) {
            // equal names mean f is unexported (otherwise the package wouldn't matter)
            state = f.name === mm.name ? MissingKind.Unexported : MissingKind.WrongName;
          }
        }
        break;
      }
      // it must be a method, not a field
      if (r.obj.okind !== ObjKind.Func) {
        f = null;
        state = MissingKind.Field;
        break;
      }
      f = r.obj;
      env?.objDecl?.(f); // the method may not have its signature yet
      if (!equivalent(f.type!, mm.type!)) {
        state = MissingKind.WrongSig;
        break;
      }
    }
  }

  if (state === MissingKind.Ok) return none;
  // The explanation prints f's signature, so it must be set up (a method found by case
  // folding was not checked above).
  if (f !== null) env?.objDecl?.(f);
  return {
    method: m,
    wrongType: state === MissingKind.WrongSig || state === MissingKind.PtrRecv,
    kind: state,
    found: f,
  };
}

/**
 * The parenthesized explanation gc appends to "V does not implement T": "(missing method
 * M)", "(method M has pointer receiver)", "(wrong type for method M)\n\t\thave m(int)\n\t\t
 * want m(string)", ... (types2 missingMethod's cause). qf is the checker's qualifier (null
 * qualifies by package path, as types2 does without a checker).
 */
export function missingMethodCause(V: Type, T: Type, r: MissingMethod, qf: Qualifier | null): string {
  const m = r.method!;
  const f = r.found;
  switch (r.kind) {
    case MissingKind.NotFound:
      if (isInterfacePtr(V)) return "(" + interfacePtrError(V, qf) + ")";
      if (isInterfacePtr(T)) return "(" + interfacePtrError(T, qf) + ")";
      return `(missing method ${m.name})`;
    case MissingKind.WrongName: {
      const fs = funcString(f!, false, qf);
      const ms = funcString(m, false, qf);
      return `(missing method ${m.name})\n\t\thave ${fs}\n\t\twant ${ms}`;
    }
    case MissingKind.Unexported:
      return `(unexported method ${m.name})`;
    case MissingKind.WrongSig: {
      let fs = funcString(f!, false, qf);
      let ms = funcString(m, false, qf);
      if (fs === ms) {
        // Don't say "want Foo, have Foo": add package information (go.dev/issue/54258).
        fs = funcString(f!, true, qf);
        ms = funcString(m, true, qf);
      }
      // Still alike: most likely different type parameters of the same name
      // (go.dev/issue/61685); just say the signature is wrong.
      if (fs === ms) return `(wrong type for method ${m.name})`;
      return `(wrong type for method ${m.name})\n\t\thave ${fs}\n\t\twant ${ms}`;
    }
    case MissingKind.AmbigSel:
      return `(ambiguous selector ${typeString(V, qf)}.${m.name})`;
    case MissingKind.PtrRecv:
      return `(method ${m.name} has pointer receiver)`;
    case MissingKind.Field:
      return `(${typeString(V, qf)}.${m.name} is a field, not a method)`;
  }
  return "";
}

/** under(T) is a pointer to an interface (or to a type parameter). */
export function isInterfacePtr(T: Type): boolean {
  const p = under(T);
  return p.tkind === TypeKind.Pointer && isInterface(p.base);
}

/** "type *T is pointer to interface, not interface" (or to type parameter). */
export function interfacePtrError(T: Type, qf: Qualifier | null): string {
  const p = under(T) as Pointer;
  if (isTypeParam(p.base)) return `type ${typeString(T, qf)} is pointer to type parameter, not type parameter`;
  return `type ${typeString(T, qf)} is pointer to interface, not interface`;
}

/**
 * A value of interface type V can be asserted to have type T (types2 assertableTo): always if
 * T is an interface, otherwise if T has V's methods. On failure, cause explains why (with qf).
 */
export function assertableTo(V: Type, T: Type, env: MissingMethodEnv | null = null): { ok: boolean; cause: string } {
  // no static check if T is an interface
  if (isInterface(T)) return { ok: true, cause: "" };
  const r = missingMethod(T, V, false, identical, env);
  if (r.method === null) return { ok: true, cause: "" };
  return { ok: false, cause: missingMethodCause(T, V, r, env?.qualifier ?? null) };
}

// ---------------------------------------------------------------------------------------------
// Method sets

/** A method in a method set: how it is reached from the receiver type. */
export interface MethodSetEntry {
  obj: Func;
  /** Embedded field path followed by the method's index (see Lookup.index). */
  index: number[];
  /** A pointer indirection is on the path. */
  indirect: boolean;
}

/**
 * The method set of T, sorted by unique method id (go/types NewMethodSet): for a value type,
 * the methods with value receivers (also promoted through embedded fields, and through
 * embedded pointers with any receiver); for a pointer *T, all methods of T; for an
 * interface, its methods. Names that collide at the shallowest depth are left out.
 */
export function methodSet(T: Type): MethodSetEntry[] {
  // Methods can't be associated with a named pointer type.
  const t = unalias(T);
  if (t.tkind === TypeKind.Named && under(t).tkind === TypeKind.Pointer) return [];

  // entries by unique id; null marks a collision
  const base = new Map<string, MethodSetEntry | null>();

  const [typ0, isPtr] = deref(T);
  if (isPtr && isInterface(typ0)) return []; // *I has no methods

  let current: Embedded[] = [{ typ: typ0, index: null, indirect: isPtr, multiples: false }];
  const seen = new InstanceLookup();

  while (current.length > 0) {
    const next: Embedded[] = [];
    const fset = new Set<string>(); // field ids at this depth
    const mset = new Map<string, MethodSetEntry | null>();

    const addOne = (f: Func, index: number[], indirect: boolean, multiples: boolean): void => {
      const key = f.id();
      if (!multiples && !mset.has(key) && (indirect || !hasPtrRecv(f))) {
        mset.set(key, { obj: f, index, indirect });
        return;
      }
      mset.set(key, null); // collision
    };

    for (const e of current) {
      const typ = e.typ;
      const named = unalias(typ);
      if (named.tkind === TypeKind.Named) {
        if (seen.lookup(named) !== null) continue; // shadowed by a shallower occurrence
        seen.add(named);
        const n = named.numMethods();
        for (let i = 0; i < n; i++) addOne(named.method(i), concat(e.index, i), e.indirect, e.multiples);
      }
      const u = under(typ);
      if (u.tkind === TypeKind.Struct) {
        for (let i = 0; i < u.fields.length; i++) {
          const f = u.fields[i]!;
          fset.add(f.id());
          if (f.embedded) {
            const [ft, fptr] = deref(f.type!);
            next.push({ typ: ft, index: concat(e.index, i), indirect: e.indirect || fptr, multiples: e.multiples });
          }
        }
      } else if (u.tkind === TypeKind.Interface) {
        const ms = typeSetOf(u).methods;
        for (let i = 0; i < ms.length; i++) addOne(ms[i]!, concat(e.index, i), true, e.multiples);
      }
    }

    // Methods and collisions at this depth count where no shallower entry exists; fields
    // collide with methods of the same name at this depth.
    for (const [k, m] of mset) {
      if (!base.has(k)) base.set(k, fset.has(k) ? null : m);
    }
    // Fields hide methods further down.
    for (const k of fset) {
      if (!base.has(k)) base.set(k, null);
    }

    current = consolidateMultiples(next);
  }

  const list: MethodSetEntry[] = [];
  for (const m of base.values()) if (m !== null) list.push(m);
  list.sort((a, b) => {
    const x = a.obj.id();
    const y = b.obj.id();
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return list;
}

