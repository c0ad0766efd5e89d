// Lazy expansion of instances of generic defined types (types2 named.go: Named.resolve,
// expandUnderlying, Method, expandMethod, and Named.under for chains of defined types).
//
// An instance starts with just its origin and type arguments. Its type parameters and
// underlying type are computed when first needed (Named.resolve in type.ts calls
// resolveInstance here through namedExpansion), its methods one at a time (Named.method),
// because the generic type may not be completely set up when the instance is made, and
// most instances never need all their methods. An instance records itself in its own
// context before substituting, so that a recursive type (List[T] with a *List[T] field)
// meets the instance being expanded instead of expanding without end.

import type { Func } from "./object.js";
import { Context } from "./context.js";
import {
  INVALID, Interface, Named, NamedState, Pointer, Signature, TypeKind, namedExpansion, unalias, type Type,
} from "./type.js";
import { deref, hasPtrRecv } from "./lookup.js";
import { makeSubstMap, newInterface, replaceRecvType, subst, substFunc, substVar } from "./subst.js";

/** Named.resolve for an instance: its type parameters and underlying type. */
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

/** Named.method for an instance: the i'th method, expanded on first use. */
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
