// Type declarations (types2's typeDecl and its helpers in decl.go, with the setup of named
// types, aliases and type parameters that types2 keeps in named.go, alias.go and
// typeparam.go): defined and alias types, type parameter lists and their constraints, the
// methods of defined types, and the declarations of aliases without alias types
// (gotypesalias=0).
//
// The checker creates named types in stages while their declarations are checked (the
// right-hand side may first be another named type, known later), so it also finishes them:
// chains of named types are resolved when complete, and at cleanup (namedUnder).

import type { Pos } from "../source/index.js";
import { Expr, Field, InterfaceType, Name, NodeKind, Operator, TypeDecl } from "../syntax/index.js";
import { Checker } from "./check.js";
import { Color, GoObj, TypeName } from "./object.js";
import {
  Alias, INVALID, Named, NamedState, TypeKind, TypeParam, unalias, under, type Type,
} from "./type.js";
import { isTypeParam } from "./predicates.js";
import { tparamIface, typeSetOf } from "./typeset.js";
import { firstInSrc } from "./decl.js";

declare module "./check.js" {
  interface Checker {
    collectTypeParamsInto(list: readonly Field[], bind: (tparams: TypeParam[]) => void): TypeParam[];
    bound(x: Expr): Type;
    declareTypeParam(name: Name, scopePos: Pos): TypeParam;
    checkFieldUniqueness(base: Named): void;
    isImportedConstraint(typ: Type): boolean;
    enableAlias(): boolean;
    experiment(name: string): boolean;
    brokenAlias(alias: TypeName): void;
    validAlias(alias: TypeName, typ: Type): void;
    isBrokenAlias(alias: TypeName): boolean;
  }
}

/** Alias types are materialized (GODEBUG gotypesalias=1, Go 1.23's default). */
Checker.prototype.enableAlias = function (this: Checker): boolean {
  return this.conf.enableAlias !== false;
};

/** The GOEXPERIMENT setting includes name. */
Checker.prototype.experiment = function (this: Checker, name: string): boolean {
  const list = this.conf.goexperiment;
  return list !== undefined && list.split(",").some((x) => x.trim() === name);
};

// Without alias types, an alias's type name gets the invalid type while its right-hand side is
// checked ("broken"), and the aliased type once that is known.

Checker.prototype.brokenAlias = function (this: Checker, alias: TypeName): void {
  this.brokenAliases.add(alias);
  alias.type = INVALID;
};

Checker.prototype.validAlias = function (this: Checker, alias: TypeName, typ: Type): void {
  this.brokenAliases.delete(alias);
  alias.type = typ;
};

Checker.prototype.isBrokenAlias = function (this: Checker, alias: TypeName): boolean {
  return this.brokenAliases.has(alias);
};

// ---------------------------------------------------------------------------------------------
// Named types, aliases and type parameters under construction

/** A new defined type for obj (types2 newNamed); becomes obj's type if it has none. */
export function newNamed(check: Checker, obj: TypeName, underlying: Type | null): Named {
  const typ = new Named(obj, underlying);
  typ.fromRHS = underlying;
  typ.state = NamedState.Complete; // not an instance: nothing to expand
  if (obj.type === null) obj.type = typ;
  // At the end, every defined type must have a non-Named underlying type.
  check.cleaners.push({ cleanup: () => { namedUnder(check, typ); } });
  return typ;
}

/** A new alias type for obj with right-hand side rhs (types2 newAlias). */
export function newAlias(check: Checker, obj: TypeName, rhs: Type): Alias {
  const a = new Alias(obj, rhs);
  if (obj.type === null) obj.type = a;
  // The aliased type is memoized only once it is known (see unaliasMemo).
  check.cleaners.push({
    cleanup: () => {
      const actual = unalias(a);
      a.actual = actual;
    },
  });
  return a;
}

/** Unaliases a and memoizes the result if it is valid (an invalid one may not be final yet). */
export function unaliasMemo(a: Alias): Type {
  if (a.actual !== null) return a.actual;
  const t = unalias(a);
  if (t !== INVALID) a.actual = t;
  return t;
}

/** The defined type t denotes (through aliases), or null. */
export function asNamed(t: Type | null): Named | null {
  if (t === null) return null;
  const u = unalias(t);
  return u.tkind === TypeKind.Named ? u : null;
}

/** Binds a list of type parameters to their indices (types2 bindTParams). */
export function bindTParams(list: TypeParam[]): TypeParam[] {
  for (let i = 0; i < list.length; i++) {
    const tp = list[i]!;
    if (tp.index >= 0) throw new Error("type parameter bound more than once");
    tp.index = i;
  }
  return list;
}

/**
 * The underlying type of a defined type whose right-hand side may be another defined type
 * (or an alias of one) set up later: follows the chain, reports a cycle (types2 Named.under),
 * and records the result for every type of the chain.
 */
export function namedUnder(check: Checker | null, n0: Named): Type {
  if (n0.orig !== null) return n0.underlying(); // instances expand by themselves
  let u: Type = unalias(n0.underlying_ ?? INVALID);
  if (u.tkind !== TypeKind.Named) {
    n0.underlying_ = u;
    return u;
  }

  let n1: Named = u;
  const seen = new Map<Named, number>();
  const path: GoObj[] = [];
  let n = n0;
  for (;;) {
    seen.set(n, seen.size);
    path.push(n.obj);
    n = n1;
    const i = seen.get(n);
    if (i !== undefined) {
      // a cycle
      if (check !== null) {
        const cycle = path.slice(i);
        check.cycleError(cycle, firstInSrc(cycle));
      }
      u = INVALID;
      break;
    }
    const nu = n.orig !== null ? n.underlying() : n.underlying_;
    u = nu === null ? INVALID : unalias(nu);
    if (u.tkind !== TypeKind.Named) break;
    n1 = u;
  }
  for (const m of seen.keys()) {
    if (check === null || m.obj.pkg === check.pkg) m.underlying_ = u;
  }
  return u;
}

/**
 * Resolves the underlying type of a newly declared defined type if its chain of defined
 * types is complete (no type in it is still being set up and there is no cycle); cycles and
 * incomplete chains are left for validType and the cleanup (namedUnder) to report.
 */
function tryResolveUnder(n0: Named): void {
  const seen = new Set<Named>();
  let t: Type | null = n0.underlying_;
  for (;;) {
    if (t === null) return;
    // an alias still being set up has the invalid type as its right-hand side
    while (t.tkind === TypeKind.Alias) {
      const a: Alias = t;
      if (a.actual === null && a.obj.color >= Color.Grey) return;
      t = a.actual ?? a.fromRHS;
      if (t === null) return;
    }
    if (t.tkind !== TypeKind.Named) break;
    if (t.orig !== null) return; // an instance: its expansion may depend on types in progress
    if (seen.has(t) || t === n0) return; // a cycle
    seen.add(t);
    t = t.underlying_;
  }
  n0.underlying_ = t;
  for (const m of seen) m.underlying_ = t;
}

/** Sets the type of a type being declared once its right-hand side is known (types2 setDefType). */
export function setDefType(def: TypeName | null, typ: Type): void {
  if (def === null) return;
  const t = def.type;
  if (t === null) return;
  switch (t.tkind) {
    case TypeKind.Alias:
      // fromRHS is the invalid type at first, or typ in some cyclic declarations
      t.fromRHS = typ;
      break;
    case TypeKind.Basic:
      // the invalid type, after a cycle error
      break;
    case TypeKind.Named:
      t.underlying_ = typ;
      break;
    default:
      throw new Error("unexpected type in setDefType");
  }
}

// ---------------------------------------------------------------------------------------------
// Type declarations

/** typ is a constraint interface declared in another package (types2 isImportedConstraint). */
Checker.prototype.isImportedConstraint = function (this: Checker, typ: Type): boolean {
  const named = asNamed(typ);
  if (named === null || named.obj.pkg === this.pkg || named.obj.pkg === null) return false;
  const u = under(named);
  return u.tkind === TypeKind.Interface && !typeSetOf(u).isMethodSet();
};

Checker.prototype.typeDecl = function (this: Checker, obj: TypeName, tdecl: TypeDecl, def: TypeName | null): void {
  // report at most one version error
  let versionErr = false;

  let rhs: Type | null = null;
  this.later(() => {
    const t = asNamed(obj.type); // the type may be invalid
    if (t !== null) this.validType(t);
    // for a local constraint, the error was reported where it is declared
    if (!versionErr && rhs !== null && this.isImportedConstraint(rhs)) {
      this.verifyVersionf(tdecl.type, "go1.18", "using type constraint %s", rhs);
    }
  }, "validType");

  const tparam0 = tdecl.tParamList !== null && tdecl.tParamList.length > 0 ? tdecl.tParamList[0]! : null;

  if (tdecl.alias) {
    // Report the highest version requirement first, so that fixing it avoids a second one.
    if (!versionErr && tparam0 !== null && !this.verifyVersionf(tparam0, "go1.23", "generic type alias")) {
      versionErr = true;
    }
    if (!versionErr && !this.verifyVersionf(tdecl, "go1.9", "type alias")) versionErr = true;

    if (!this.enableAlias()) {
      // gotypesalias=0: the alias denotes its right-hand side directly.
      if (!versionErr && tparam0 !== null) {
        this.errorf(tdecl, "generic type alias requires GODEBUG=gotypesalias=1 or unset");
        versionErr = true;
      }
      this.brokenAlias(obj);
      rhs = this.typ(tdecl.type);
      this.validAlias(obj, rhs);
      return;
    }

    // The invalid type marks the alias as not yet set up.
    const alias = newAlias(this, obj, INVALID);
    setDefType(def, alias);

    let scoped = false;
    try {
      // type parameters are collected even though they are not allowed (Alias supports them)
      if (tparam0 !== null) {
        if (!versionErr && !this.experiment("aliastypeparams")) {
          this.errorf(tdecl, "generic type alias requires GOEXPERIMENT=aliastypeparams");
          versionErr = true;
        }
        this.openScope(tdecl, "type parameters");
        scoped = true;
        this.collectTypeParamsInto(tdecl.tParamList!, (tps) => { alias.tparams = tps; });
      }

      rhs = this.definedType(tdecl.type, obj);
      alias.fromRHS = rhs;
      unaliasMemo(alias); // resolve alias.actual
    } finally {
      if (scoped) this.closeScope();
    }
    return;
  }

  // type definition or generic type declaration
  if (!versionErr && tparam0 !== null && !this.verifyVersionf(tparam0, "go1.18", "type parameter")) {
    versionErr = true;
  }

  const named = newNamed(this, obj, null);
  setDefType(def, named);

  let scoped = false;
  try {
    if (tdecl.tParamList !== null) {
      this.openScope(tdecl, "type parameters");
      scoped = true;
      this.collectTypeParamsInto(tdecl.tParamList, (tps) => { named.tparams = tps; });
    }

    // determine the underlying type of named
    rhs = this.definedType(tdecl.type, obj);
    named.fromRHS = rhs;

    // If the underlying type was not set while checking the right-hand side, it is invalid
    // and an error was reported.
    if (named.underlying_ === null) named.underlying_ = INVALID;

    // A lone type parameter cannot be the right-hand side (go.dev/issue/45639).
    if (isTypeParam(rhs)) {
      this.errorf(tdecl.type, "cannot use a type parameter as RHS in type declaration");
      named.underlying_ = INVALID;
    }
    tryResolveUnder(named);
  } finally {
    if (scoped) this.closeScope();
  }
};

Checker.prototype.collectTypeParams = function (this: Checker, list: readonly Field[]): TypeParam[] {
  return this.collectTypeParamsInto(list, () => {});
};

/**
 * Declares and checks a type parameter list. bind receives the (bound) type parameters before
 * their constraints are checked, since the constraints may use the parameterized type
 * (go.dev/issue/47887: type T[P T[P]] interface{}).
 */
Checker.prototype.collectTypeParamsInto = function (
  this: Checker, list: readonly Field[], bind: (tparams: TypeParam[]) => void,
): TypeParam[] {
  const tparams: TypeParam[] = [];

  // Declare the type parameters up front: their scope starts at the beginning of the list
  // (so that bounds may be mutually recursive).
  if (list.length > 0) {
    const scopePos = list[0]!.pos;
    for (const f of list) tparams.push(this.declareTypeParam(f.name!, scopePos));
  }

  bind(bindTParams(tparams));

  // Tell cycle detection that we are in a type parameter list (only one at a time: function
  // literals in a list cannot be generic and their bodies are checked later).
  const env = this.env;
  const oldIn = env.inTParamList;
  env.inTParamList = true;
  try {
    let bound: Type = INVALID;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      // Fields of a group share the type expression: check it once (this also keeps the
      // grouping when type strings print the list).
      if (i === 0 || f.type !== list[i - 1]!.type) {
        bound = this.bound(f.type);
        if (isTypeParam(bound)) {
          this.errorf(f.type, "cannot use a type parameter as constraint");
          bound = INVALID;
        }
      }
      tparams[i]!.bound = bound;
    }
  } finally {
    env.inTParamList = oldIn;
  }
  return tparams;
};

Checker.prototype.bound = function (this: Checker, x: Expr): Type {
  // A type set literal ~T or A|B may only appear as a constraint: wrap it in an implicit
  // interface so that only interfaces deal with such expressions.
  if (x.kind === NodeKind.Operation && (x.op === Operator.Tilde || (x.op === Operator.Or && x.y !== null))) {
    const t = this.typ(new InterfaceType(0, [new Field(0, null, x)]));
    if (t.tkind === TypeKind.Interface) t.implicit = true; // all went well
    return t;
  }
  return this.typ(x);
};

Checker.prototype.declareTypeParam = function (this: Checker, name: Name, scopePos: Pos): TypeParam {
  // The invalid type stands for the constraint until it is known.
  const tname = new TypeName(name.pos, this.pkg, name.value, null);
  const tpar = this.newTypeParam(tname, INVALID); // sets tname's type
  this.declare(this.env.scope!, name, tname, scopePos);
  return tpar;
};

Checker.prototype.newTypeParam = function (this: Checker, obj: TypeName, constraint: Type): TypeParam {
  const typ = new TypeParam(obj, constraint);
  if (obj.type === null) obj.type = typ;
  // The constraint interface (tparamIface) may replace the bound: make sure it is computed
  // before the type parameter escapes.
  this.cleaners.push({ cleanup: () => { tparamIface(typ); } });
  return typ;
};

// ---------------------------------------------------------------------------------------------
// Methods

/** The unique-id set of objects, as types2's objset: insert returns a conflicting object. */
function objsetInsert(set: Map<string, GoObj>, obj: GoObj): GoObj | undefined {
  const id = obj.id();
  const alt = set.get(id);
  if (alt !== undefined) return alt;
  set.set(id, obj);
  return undefined;
}

Checker.prototype.collectMethods = function (this: Checker, obj: TypeName): void {
  // the associated methods (collectObjects collects only methods with non-blank names, and
  // resolveBaseTypeName makes sure obj is not an alias if it has methods)
  const methods = this.methods.get(obj);
  if (methods === undefined) return;
  this.methods.delete(obj);

  const mset = new Map<string, GoObj>();

  // spec: "If the base type is a struct type, the non-blank method and field names must be
  // distinct."
  const base = asNamed(obj.type); // shouldn't fail, but be conservative
  if (base !== null) {
    // The underlying type may not be set up yet (go.dev/issue/52529): check later.
    this.later(() => { this.checkFieldUniqueness(base); }, "verifying field uniqueness");

    // methods added by an earlier checkFiles call, to detect redeclarations
    for (const m of base.methods) objsetInsert(mset, m);
  }

  for (const m of methods) {
    // spec: "For a base type, the non-blank names of methods bound to it must be unique."
    const alt = objsetInsert(mset, m);
    if (alt !== undefined) {
      if (alt.pos !== 0) {
        this.errorf(m.pos, "method %s.%s already declared at %s", obj.name, m.name, this.posString(alt.pos));
      } else {
        this.errorf(m.pos, "method %s.%s already declared", obj.name, m.name);
      }
      continue;
    }
    if (base !== null && !base.methods.some((x) => x.name === m.name)) base.methods.push(m);
  }
};

Checker.prototype.checkFieldUniqueness = function (this: Checker, base: Named): void {
  const t = under(base);
  if (t.tkind !== TypeKind.Struct) return;
  const mset = new Map<string, GoObj>();
  for (const m of base.methods) objsetInsert(mset, m);

  // non-blank field names must differ from the method names
  for (const fld of t.fields) {
    if (fld.name === "_") continue;
    const alt = objsetInsert(mset, fld);
    if (alt !== undefined) {
      // Fields are unique already, so alt is a method. As types2, the error is reported at
      // the method, with the field as the other declaration.
      this.newError().addf(alt, "field and method with the same name %s", fld.name).addAltDecl(fld).report();
    }
  }
};

