// Instantiation of generic types and functions (types2 instantiate.go and the instance half
// of named.go and alias.go): the instance cache, lazy expansion of instantiated defined
// types, the type argument count check, and constraint satisfaction (verify, implements).
//
// An instance of a generic defined type is made cheaply (newNamedInstance) and expanded only
// when its underlying type or a method is needed (expand.ts). Instances made during an
// expansion share that expansion's context, so a recursive type such as List[T] with a
// *List[T] field finds the instance being expanded instead of expanding without end.
// Interface satisfaction (implements) is in implements.ts.

import type { Pos } from "../source/index.js";
import { Checker, type GenericType } from "./check.js";
import { Context } from "./context.js";
import { TypeName } from "./object.js";
import { Alias, INVALID, Named, Signature, TypeKind, unalias, type Type, type TypeParam } from "./type.js";
import { tparamIface } from "./typeset.js";
import { typeString } from "./typestring.js";
import { makeSubstMap, subst } from "./subst.js";
import "./expand.js"; // installs the lazy expansion of instances
import "./implements.js";

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
