// Instantiation of generic types and functions (types2 instantiate.go and the instance half
// of named.go and alias.go): the instance cache, lazy expansion of instantiated defined
// types, the type argument count check, and constraint satisfaction (verify, implements).
//
// An instance of a generic defined type is made cheaply (newNamedInstance) and expanded only
// when its underlying type or a method is needed (type.ts calls back into expandInstance /
// expandMethod through namedExpansion). Instances made during an expansion share that
// expansion's context, so a recursive type such as List[T] with a *List[T] field finds the
// instance being expanded instead of expanding without end.

import type { Pos } from "../source/index.js";
import { Checker, type GenericType } from "./check.js";
import { Context } from "./context.js";
import { TypeName } from "./object.js";
import type { Func } from "./object.js";
import {
  Alias, INVALID, Interface, Named, NamedState, Pointer, Signature, TypeKind, namedExpansion, unalias, under,
  type Type, type TypeParam,
} from "./type.js";
import { comparableType, identical, isInterface, isValid } from "./predicates.js";
import { tparamIface, typeSetOf } from "./typeset.js";
import { termListString } from "./termlist.js";
import { termIncludes } from "./typeterm.js";
import { typeString } from "./typestring.js";
import { deref, hasPtrRecv, isInterfacePtr, missingMethod, missingMethodCause } from "./lookup.js";
import { makeSubstMap, newInterface, replaceRecvType, subst, substFunc, substVar } from "./subst.js";

declare module "./check.js" {
  interface Checker {
    /** The instance context of this type check (types2 check.context()). */
    context(): Context;
    /** Storage for context(). */
    ctxt_?: Context;
  }
}

Checker.prototype.context = function (this: Checker): Context {
  if (this.ctxt_ === undefined) this.ctxt_ = new Context();
  return this.ctxt_;
};

// ---------------------------------------------------------------------------------------------
// Instances

Checker.prototype.instance = function (this: Checker, pos: Pos, orig: GenericType, targs: Type[], expanding: Named | null): Type {
  return instanceOf(this, pos, orig, targs, expanding, this.context());
};

/**
 * Instantiates the generic type or function orig with targs (types2 Checker.instance),
 * returning an existing identical instance from the contexts if there is one. expanding is
 * the instance whose expansion asks for this one, if any; its context is preferred, to keep
 * reference cycles. check may be null. Instances of defined types are unexpanded.
 */
export function instanceOf(
  check: Checker | null, pos: Pos, orig: GenericType, targs: Type[], expanding: Named | null, ctxt: Context | null,
): Type {
  const ctxts: Context[] = [];
  if (expanding !== null) {
    if (expanding.instCtxt === null) expanding.instCtxt = new Context();
    ctxts.push(expanding.instCtxt);
  }
  if (ctxt !== null) ctxts.push(ctxt);

  // Hashes may differ across contexts (ids of origins are per context).
  const hashes = ctxts.map((c) => c.instanceHash(orig, targs));

  // Record the result in all contexts, preferring what the expanding context has.
  const updateContexts = (res: Type): Type => {
    for (let i = ctxts.length - 1; i >= 0; i--) res = ctxts[i]!.update(hashes[i]!, orig, targs, res);
    return res;
  };

  for (let i = 0; i < ctxts.length; i++) {
    const inst = ctxts[i]!.lookup(hashes[i]!, orig, targs);
    if (inst !== null) return updateContexts(inst);
  }

  let res: Type;
  switch (orig.tkind) {
    case TypeKind.Named:
      res = newNamedInstance(check, pos, orig, targs, expanding); // expanded lazily
      break;

    case TypeKind.Alias: {
      const tparams = orig.tparams ?? [];
      if (!validateTArgLen(check, pos, typeString(orig), tparams.length, targs.length)) return INVALID;
      if (tparams.length === 0) return orig; // nothing to do
      return newAliasInstance(check, pos, orig, targs, expanding, ctxt);
    }

    case TypeKind.Signature: {
      const tparams = orig.tparams ?? [];
      if (!validateTArgLen(check, pos, typeString(orig), tparams.length, targs.length)) return INVALID;
      if (tparams.length === 0) return orig; // nothing to do
      let sig = subst(check, pos, orig, makeSubstMap(tparams, targs), null, ctxt) as Signature;
      // If the signature doesn't use its type parameters, subst made no copy: copy it now,
      // so that clearing tparams doesn't change orig.
      if (sig === orig) {
        sig = new Signature(orig.scope, orig.recv, orig.params, orig.results, orig.variadic, orig.rparams, orig.tparams);
      }
      // An instantiated signature is not generic anymore.
      sig.tparams = null;
      res = sig;
      break;
    }
  }
  return updateContexts(res);
}

/** A new, unexpanded instance orig[targs] (types2 newNamedInstance). */
function newNamedInstance(check: Checker | null, pos: Pos, orig: Named, targs: Type[], expanding: Named | null): Named {
  // As in types2, the instance has a type name of its own, at the instantiation position.
  const obj = new TypeName(pos, orig.obj.pkg, orig.obj.name, null);
  const typ = new Named(obj, null);
  obj.type = typ;
  typ.orig = orig;
  typ.targs = targs;
  typ.check = check;
  // Instances met while expanding an instance of the same package share its context.
  if (expanding !== null && expanding.origin().obj.pkg === obj.pkg) typ.instCtxt = expanding.instCtxt;
  // Once checking is done, later expansions must not report errors (types2 Named.cleanup).
  if (check !== null) check.cleaners.push({ cleanup: () => { typ.check = null; } });
  return typ;
}

/** The instance orig[targs] of a generic alias, with its right-hand side substituted. */
export function newAliasInstance(
  check: Checker | null, pos: Pos, orig: Alias, targs: Type[], expanding: Named | null, ctxt: Context | null,
): Alias {
  const obj = new TypeName(pos, orig.obj.pkg, orig.obj.name, null);
  const rhs = subst(check, pos, orig.fromRHS ?? INVALID, makeSubstMap(orig.tparams ?? [], targs), expanding, ctxt);
  const res = new Alias(obj, rhs);
  obj.type = res;
  res.orig = orig;
  res.tparams = orig.tparams;
  res.targs = targs;
  return res;
}

// ---------------------------------------------------------------------------------------------
// Lazy expansion of instances (types2 Named.resolve, expandUnderlying, Method, expandMethod)

function resolveInstance(n: Named): void {
  const orig = n.orig!;
  orig.resolve();
  // (types2 asserts that the generic type is set up. Should an instance be needed before,
  // it stays unexpanded, and invalid for now, rather than invalid for good.)
  if (orig.underlying_ === null) {
    n.tparams = orig.tparams;
    return;
  }
  const underlying = expandUnderlying(n);
  n.tparams = orig.tparams;
  n.underlying_ = underlying;
  n.fromRHS = orig.fromRHS; // for cycle detection
  if (orig.methods.length === 0) {
    n.state = NamedState.Complete; // nothing further to do
    n.instCtxt = null;
  } else {
    n.state = NamedState.Resolved;
  }
}

/** The underlying type of instance n: orig's, with the type arguments substituted. */
function expandUnderlying(n: Named): Type {
  const check = n.check;
  const orig = n.orig!;
  const targs = n.targs ?? [];
  if (n.instCtxt === null) n.instCtxt = new Context();

  const tparams = orig.tparams ?? [];
  if (tparams.length !== targs.length) {
    // an error is reported elsewhere
    return INVALID;
  }

  // Record n in its own context first, so that substitution finds it when the type refers
  // to itself.
  const h = n.instCtxt.instanceHash(orig, targs);
  n.instCtxt.update(h, orig, targs, n);

  const origUnder = orig.underlying_ ?? INVALID;
  const smap = makeSubstMap(tparams, targs);
  const ctxt = check !== null ? check.context() : null;
  let underlying = subst(check, n.obj.pos, origUnder, smap, n, ctxt);
  if (underlying.tkind === TypeKind.Interface) {
    // The methods of an interface type declared as generic type have orig as receiver
    // type; their copies in the instance get n.
    let iface: Interface = underlying;
    const [methods, copied] = replaceRecvType(iface.methods, orig, n);
    if (copied) {
      // If the interface itself didn't change, it is orig's: copy it before changing it.
      if (iface === origUnder) {
        const old = iface;
        iface = newInterface(check);
        iface.embeddeds = old.embeddeds;
        iface.complete = old.complete;
        iface.implicit = old.implicit;
        underlying = iface;
      }
      iface.methods = methods;
      iface.tset = null; // recompute the type set with the new methods
    }
  }
  return underlying;
}

function instanceMethod(n: Named, i: number): Func {
  const orig = n.orig!;
  const nm = orig.methods.length;
  if (n.methods.length !== nm) {
    // Expanded methods are filled in one by one; the generic type's method list only grows
    // (while its declaration is checked).
    const old = n.methods;
    n.methods = new Array<Func>(nm);
    for (let j = 0; j < old.length && j < nm; j++) if (old[j] !== undefined) n.methods[j] = old[j]!;
  }
  let m = n.methods[i];
  if (m === undefined) {
    m = expandMethod(n, i);
    n.methods[i] = m;
    n.expandedMethods++;
    if (n.expandedMethods === nm) {
      n.state = NamedState.Complete;
      n.instCtxt = null; // no need for a context anymore
    }
  }
  return m;
}

/** The i'th method of instance n: orig's with the receiver type parameters substituted. */
function expandMethod(n: Named, i: number): Func {
  const origm = n.orig!.method(i);
  const check = n.check;
  // The method may not have a signature yet.
  if (check !== null) check.objDecl(origm, null);

  const origSig = origm.type as Signature;
  const rbase = deref(origSig.recv!.type!)[0];
  // If rbase is n, n is the generic type with its own type parameters as arguments (in a
  // method of the generic type): nothing to substitute.
  if (rbase === n) return origm;

  let sig = origSig;
  // A method with a wrong receiver (an error reported elsewhere) may have the wrong number
  // of receiver type parameters: leave it alone.
  const rparams = origSig.rparams ?? [];
  const targs = n.targs ?? [];
  if (rparams.length === targs.length) {
    const ctxt = check !== null ? check.context() : null;
    sig = subst(check, origm.pos, origSig, makeSubstMap(rparams, targs), n, ctxt) as Signature;
  }
  if (sig === origSig) {
    // No type parameter occurs in the signature: copy it, the receiver changes.
    sig = new Signature(origSig.scope, origSig.recv, origSig.params, origSig.results, origSig.variadic, origSig.rparams, origSig.tparams);
  }
  const rtyp: Type = hasPtrRecv(origm) ? new Pointer(n) : n;
  sig.recv = substVar(origSig.recv!, rtyp);
  return substFunc(origm, sig);
}

/** Defined types whose chain of defined types is being followed (against cycles). */
const following = new Set<Named>();

/**
 * The underlying type of a defined type whose underlying type (so far) is another defined
 * type: follows the chain (through instances, which expand on the way), as types2's
 * Named.under. A valid result is recorded for the types of the chain; a cycle yields the
 * invalid type without an error (the declarations report cycles: the cleanup's namedUnder
 * and validType).
 */
function namedChainUnder(n0: Named): Type {
  if (following.has(n0)) return INVALID;
  following.add(n0);
  const seen: Named[] = [n0];
  try {
    let u = unalias(n0.underlying());
    while (u.tkind === TypeKind.Named) {
      if (seen.includes(u)) return INVALID;
      seen.push(u);
      u = unalias(u.underlying());
    }
    // Types still being set up may end the chain early in the invalid type: only a valid
    // result is final.
    if (u !== INVALID) for (const n of seen) n.underlying_ = u;
    return u;
  } finally {
    following.delete(n0);
  }
}

namedExpansion.resolve = resolveInstance;
namedExpansion.method = instanceMethod;
namedExpansion.under = namedChainUnder;

// ---------------------------------------------------------------------------------------------
// Type argument checks

Checker.prototype.validateTArgLen = function (this: Checker, pos: Pos, name: string, want: number, got: number): boolean {
  return validateTArgLen(this, pos, name, want, got);
};

/** Checks that got type arguments are given for want type parameters; reports an error if not. */
function validateTArgLen(check: Checker | null, pos: Pos, name: string, want: number, got: number): boolean {
  let qual: string;
  if (got < want) qual = "not enough";
  else if (got > want) qual = "too many";
  else return true;
  const msg = `${qual} type arguments for type ${name}: have ${got}, want ${want}`;
  if (check === null) throw new Error(msg);
  check.errorf(pos, "%s", msg);
  return false;
}

Checker.prototype.verify = function (
  this: Checker, pos: Pos, tparams: readonly TypeParam[], targs: readonly Type[],
): { index: number; err: string | null } {
  const smap = makeSubstMap(tparams, targs);
  for (let i = 0; i < tparams.length; i++) {
    const tpar = tparams[i]!;
    // Make sure the bound is a (possibly implicit) interface (go.dev/issue/51048).
    tparamIface(tpar);
    // The bound may mention the type parameters; instantiate it with the type arguments
    // before checking against it.
    const bound = subst(this, pos, tpar.bound, smap, null, this.context());
    const cause = { msg: "" };
    if (!this.implements(pos, targs[i]!, bound, true, cause)) return { index: i, err: cause.msg };
  }
  return { index: -1, err: null };
};

// ---------------------------------------------------------------------------------------------
// Implements

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

// ---------------------------------------------------------------------------------------------
// Not-in-heap type arguments (gc's noder, after the type check)

/**
 * Reports type arguments that are not-in-heap types (go.dev/issue/54765: values of such
 * types, like runtime/cgo.Incomplete, cannot be allocated by generic code). gc's noder runs
 * this after a successful type check (types2 does not); call it only if the check reported
 * no errors.
 */
export function checkNotInHeapTypeArgs(check: Checker): void {
  const found: { pos: Pos; typ: Type }[] = [];
  for (const [name, inst] of check.info.instances) {
    for (const targ of inst.typeArgs) {
      if (isNotInHeap(targ)) found.push({ pos: name.pos, typ: targ });
    }
  }
  found.sort((a, b) => a.pos - b.pos);
  for (const f of found) {
    // (gc formats the type with %v: qualified by package path)
    check.errorf(f.pos, "cannot use incomplete (or unallocatable) type as a type argument: %s", typeString(f.typ));
  }
}

/** typ contains runtime/internal/sys.nih (directly, in an array or a struct field). */
function isNotInHeap(typ: Type): boolean {
  let t = unalias(typ);
  if (t.tkind === TypeKind.Named) {
    const obj = t.origin().obj;
    if (obj.name === "nih" && obj.pkg !== null && obj.pkg.path === "runtime/internal/sys") return true;
    t = t.underlying();
  }
  switch (t.tkind) {
    case TypeKind.Array:
      return isNotInHeap(t.elem);
    case TypeKind.Struct:
      return t.fields.some((f) => isNotInHeap(f.type!));
    default:
      return false;
  }
}
