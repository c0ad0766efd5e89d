// Declarations (types2's decl.go): declaring objects in scopes, checking package-level
// objects in dependency order with cycle detection (objDecl and its grey/black colouring),
// constant, variable, type and function declarations, local declarations (declStmt), type
// parameter lists, and the association of methods with their receiver base types.
//
// Also the setup helpers of named types, aliases and type parameters that types2 keeps in
// named.go, alias.go and typeparam.go: the checker creates them in stages while declarations
// are checked, so it also finishes them (resolving chains of named types at cleanup).

import type { Pos } from "../source/index.js";
import {
  Decl, Expr, Field, InterfaceType, Name, NodeKind, Operator, TypeDecl, unpackListExpr,
} from "../syntax/index.js";
import { makeInt64, makeUnknown } from "../constant/index.js";
import { Checker, DeclInfo, newEnvironment } from "./check.js";
import type { Target } from "./check.js";
import { Color, Const, Func, GoObj, ObjKind, TypeName, Var } from "./object.js";
import { Operand } from "./operand.js";
import type { Scope } from "./scope.js";
import {
  Alias, INVALID, Named, NamedState, Signature, Tuple, TypeKind, TypeParam, unalias, under,
  type Type,
} from "./type.js";
import { isConstType, isGeneric, isTypeParam, isValid } from "./predicates.js";
import { isAlias, packagePrefix } from "./typestring.js";
import { tparamIface, typeSetOf } from "./typeset.js";
import { endPos } from "./stmt.js";

declare module "./check.js" {
  interface Checker {
    push(obj: GoObj): number;
    pop(): GoObj;
    validCycle(obj: GoObj): boolean;
    cycleError(cycle: readonly GoObj[], start: number): void;
    collectTypeParamsInto(list: readonly Field[], bind: (tparams: TypeParam[]) => void): TypeParam[];
    bound(x: Expr): Type;
    declareTypeParam(name: Name, scopePos: Pos): TypeParam;
    checkFieldUniqueness(base: Named): void;
    addDeclDep(to: GoObj): void;
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
// Declaring objects

Checker.prototype.declare = function (this: Checker, scope: Scope, id: Name | null, obj: GoObj, scopePos: Pos): void {
  // spec: "The blank identifier, represented by the underscore character _, may be used in
  // a declaration like any other identifier but the declaration does not introduce a new
  // binding."
  if (obj.name !== "_") {
    const alt = scope.insert(obj);
    if (alt !== undefined) {
      this.newError().addf(obj, "%s redeclared in this block", obj.name).addAltDecl(alt).report();
      return;
    }
    obj.scopePos = scopePos;
  }
  if (id !== null) this.recordDef(id, obj);
};

Checker.prototype.push = function (this: Checker, obj: GoObj): number {
  this.objPath.push(obj);
  return this.objPath.length - 1;
};

Checker.prototype.pop = function (this: Checker): GoObj {
  return this.objPath.pop()!;
};

Checker.prototype.addDeclDep = function (this: Checker, to: GoObj): void {
  const from = this.env.decl;
  if (from === null) return; // not in a package-level init expression
  if (!this.objMap.has(to)) return; // not a package-level object
  from.addDep(to);
};

// ---------------------------------------------------------------------------------------------
// Package-level objects in dependency order

Checker.prototype.objDecl = function (this: Checker, obj: GoObj, def: TypeName | null): void {
  // An object is white while its type is unknown, grey while its type is being determined
  // (and then on the object path, at index color - Grey), and black once its type is known.
  // Reaching a grey object means a cycle, which may or may not be valid.

  // Objects may get a type without passing through objDecl (e.g. variables initialized
  // together with another): fix their color here.
  if (obj.color === Color.White && obj.type !== null) {
    obj.color = Color.Black;
    return;
  }

  if (obj.color === Color.Black) return;

  if (obj.color >= Color.Grey) {
    // A cycle. Constants and variables whose type is not known yet get the invalid type;
    // the cycle error is reported when the initialization order is computed.
    switch (obj.okind) {
      case ObjKind.Const:
      case ObjKind.Var:
        if (!this.validCycle(obj) || obj.type === null) obj.type = INVALID;
        break;
      case ObjKind.TypeName:
        // break the cycle (an invalid defined type would otherwise loop in under)
        if (!this.validCycle(obj)) obj.type = INVALID;
        break;
      case ObjKind.Func:
        // Functions keep their (empty, grey) signature: plenty of code expects one.
        this.validCycle(obj);
        break;
      default:
        throw new Error("unreachable: objDecl of " + obj.name);
    }
    return;
  }

  // white: check the declaration
  obj.color = Color.Grey + this.push(obj);
  const d = this.objMap.get(obj);
  if (d === undefined) throw new Error(`${obj.name} should have been declared`);

  // a fresh environment for the object's declaration
  const old = this.env;
  this.env = { ...newEnvironment(), scope: d.file };
  try {
    switch (obj.okind) {
      case ObjKind.Const:
        this.env.decl = d; // new package-level const declaration
        this.constDecl(obj, d.vtyp, d.init, d.inherited);
        break;
      case ObjKind.Var:
        this.env.decl = d; // new package-level var declaration
        this.varDecl(obj, d.lhs, d.vtyp, d.init);
        break;
      case ObjKind.TypeName:
        // invalid recursive types are detected via the object path
        this.typeDecl(obj, d.tdecl!, def);
        this.collectMethods(obj); // methods can only be added to package-level types
        break;
      case ObjKind.Func:
        // functions may be recursive: no need to track dependencies
        this.funcDecl(obj, d);
        break;
      default:
        throw new Error("unreachable: objDecl of " + obj.name);
    }
  } finally {
    this.env = old;
    this.pop().color = Color.Black;
  }
};

/** Reports whether the cycle starting with obj is valid; reports an error if it is not. */
Checker.prototype.validCycle = function (this: Checker, obj: GoObj): boolean {
  const start = obj.color - Color.Grey; // index of obj in objPath
  const cycle = this.objPath.slice(start);
  let tparCycle = false; // the cycle goes through a type parameter list
  let nval = 0; // constants and variables in the cycle
  let ndef = 0; // type definitions in the cycle
  for (const o of cycle) {
    if (o.okind === ObjKind.Const || o.okind === ObjKind.Var) {
      nval++;
    } else if (o.okind === ObjKind.TypeName) {
      // A generic type in a cycle while in a type parameter list: a cycle through a type
      // parameter list, which is invalid.
      if (this.env.inTParamList && o.type !== null && isGeneric(o.type)) {
        tparCycle = true;
        break;
      }
      // Package-level objects are aliases by their declaration (with alias types disabled,
      // an alias may not have its type yet); local ones by their type.
      let alias: boolean;
      if (this.enableAlias()) {
        alias = isAlias(o);
      } else {
        const d = this.objMap.get(o);
        alias = d !== undefined ? d.tdecl!.alias : isAlias(o);
      }
      if (!alias) ndef++;
    }
    // functions are ignored
  }

  if (!tparCycle) {
    // Cycles of only constants and variables are reported by the initialization order check.
    if (nval === cycle.length) return true;
    // A cycle of only types (and functions) needs a type definition: a sequence of alias
    // names alone would expand endlessly.
    if (nval === 0 && ndef > 0) return true;
  }

  this.cycleError(cycle, firstInSrc(cycle));
  return false;
};

/** Reports a declaration cycle starting with the object at cycle[start]. */
Checker.prototype.cycleError = function (this: Checker, cycle: readonly GoObj[], start: number): void {
  // Names are qualified: with generic types, cycles may go through imported types.
  const name = (o: GoObj): string => packagePrefix(o.pkg, this.qualifier) + o.name;

  let obj = cycle[start]!;
  let objName = name(obj);
  const isType = obj.okind === ObjKind.TypeName;
  // Without alias types, an alias in the cycle is marked valid (with the invalid type) to
  // avoid follow-on errors.
  if (obj.okind === ObjKind.TypeName && isAlias(obj) && !this.enableAlias()) this.validAlias(obj, INVALID);

  // a more concise error for self references
  if (cycle.length === 1) {
    if (isType) {
      this.errorf(obj, "invalid recursive type: %s refers to itself", objName);
    } else {
      this.errorf(obj, "invalid cycle in declaration: %s refers to itself", objName);
    }
    return;
  }

  const err = this.newError();
  if (isType) {
    err.addf(obj, "invalid recursive type %s", objName);
  } else {
    err.addf(obj, "invalid cycle in declaration of %s", objName);
  }
  let i = start;
  for (let k = 0; k < cycle.length; k++) {
    err.addf(obj, "%s refers to", objName);
    i++;
    if (i >= cycle.length) i = 0;
    obj = cycle[i]!;
    objName = name(obj);
  }
  err.addf(obj, "%s", objName);
  err.report();
};

/** The index of the object with the smallest source position in path (not empty). */
export function firstInSrc(path: readonly GoObj[]): number {
  let fst = 0;
  let pos = path[0]!.pos;
  for (let i = 1; i < path.length; i++) {
    if (path[i]!.pos < pos) {
      fst = i;
      pos = path[i]!.pos;
    }
  }
  return fst;
}

// ---------------------------------------------------------------------------------------------
// Constants and variables

Checker.prototype.constDecl = function (this: Checker, obj: Const, typ: Expr | null, init: Expr | null, inherited: boolean): void {
  // the declaration's value of iota, and no error position yet
  const env = this.env;
  const oldIota = env.iota;
  const oldErrpos = env.errpos;
  env.iota = obj.val;
  env.errpos = null;
  try {
    // a valid constant value under all circumstances
    obj.val = makeUnknown();

    // determine the type, if any
    if (typ !== null) {
      const t = this.typ(typ);
      if (!isConstType(t)) {
        // no error for an invalid type (reported before)
        if (isValid(under(t))) this.errorf(typ, "invalid constant type %s", t);
        obj.type = INVALID;
        return;
      }
      obj.type = t;
    }

    // check the initialization
    const x = new Operand();
    if (init !== null) {
      if (inherited) {
        // The initialization expression is inherited from an earlier constant declaration;
        // its positions refer to that one. Report errors at the constant's name instead.
        env.errpos = new Name(obj.pos, obj.name);
      }
      this.expr(null, x, init);
    }
    this.initConst(obj, x);
  } finally {
    env.iota = oldIota;
    env.errpos = oldErrpos;
  }
};

/** The target of an expression assigned to a value of type typ, if typ is a function type (types2 newTarget). */
export function newTarget(typ: Type | null, desc: string): Target | null {
  if (typ !== null) {
    const u = under(typ);
    if (u.tkind === TypeKind.Signature) return { sig: u, desc };
  }
  return null;
}

Checker.prototype.varDecl = function (this: Checker, obj: Var, lhs: Var[] | null, typ: Expr | null, init: Expr | null): void {
  // determine the type, if any
  if (typ !== null) {
    obj.type = this.varType(typ);
    // The type is not given to all lhs variables here: that would mark them as checked
    // (see objDecl) and their initialization would not be checked.
  }

  // check the initialization
  if (init === null) {
    if (typ === null) {
      // error reported before by arity
      obj.type = INVALID;
    }
    return;
  }

  if (lhs === null || lhs.length === 1) {
    const x = new Operand();
    this.expr(newTarget(obj.type, obj.name), x, init);
    this.initVar(obj, x, "variable declaration");
    return;
  }

  // Several variables and one init expression: with a given type, all variables get it;
  // otherwise they take the types of the values (go.dev/issue/15755).
  if (typ !== null) {
    for (const v of lhs) v.type = obj.type;
  }
  this.initVars(lhs, [init], null);
};

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

// ---------------------------------------------------------------------------------------------
// Functions

Checker.prototype.funcDecl = function (this: Checker, obj: Func, decl: DeclInfo): void {
  // function declarations cannot use iota
  const sig = new Signature(null, null, new Tuple([]), new Tuple([]), false);
  obj.type = sig; // guard against cycles

  // Referring to the method while its signature is checked is not a cycle (the method is not
  // a type; with a generic receiver, instantiating the receiver instantiates its methods).
  const saved = obj.color;
  obj.color = Color.Black;
  const fdecl = decl.fdecl!;
  this.funcType(sig, fdecl.recv, fdecl.tParamList, fdecl.type);
  obj.color = saved;

  // The function scope covers the whole declaration, so that Scope.innermost works.
  if (sig.scope !== null) {
    sig.scope.pos = fdecl.pos;
    sig.scope.end = endPos(fdecl);
  }

  if (fdecl.tParamList !== null && fdecl.tParamList.length > 0 && fdecl.body === null) {
    this.softErrorf(fdecl, "generic function is missing function body");
  }

  // Bodies are checked after the package-level declarations (functions implemented
  // elsewhere have none).
  if (!this.conf.ignoreFuncBodies && fdecl.body !== null) {
    const body = fdecl.body;
    this.later(() => { this.funcBody(decl, obj.name, sig, body, null); }, "func " + obj.name);
  }
};

// ---------------------------------------------------------------------------------------------
// Local declarations

Checker.prototype.declStmt = function (this: Checker, list: readonly Decl[]): void {
  const pkg = this.pkg;

  let first = -1; // index of the first ConstDecl in the current group, or -1
  let lastType: Expr | null = null; // type and values of the last ConstDecl with init expressions
  let lastValues: Expr | null = null;
  let haveLast = false;
  for (let index = 0; index < list.length; index++) {
    const decl = list[index]!;
    if (decl.kind !== NodeKind.ConstDecl) first = -1; // not in a constant declaration

    switch (decl.kind) {
      case NodeKind.ConstDecl: {
        const s = decl;
        const top = this.delayedCount;

        // iota is the index of the current ConstDecl within the group
        const prev = index > 0 ? list[index - 1]! : null;
        if (first < 0 || s.group === null || prev === null || prev.kind !== NodeKind.ConstDecl || prev.group !== s.group) {
          first = index;
          haveLast = false;
        }
        const iota = makeInt64(BigInt(index - first));

        // determine which initialization expressions to use
        let inherited = true;
        if (s.type !== null || s.values !== null) {
          lastType = s.type;
          lastValues = s.values;
          haveLast = true;
          inherited = false;
        } else if (!haveLast) {
          lastType = null;
          lastValues = null;
          haveLast = true;
          inherited = false;
        }

        // declare all constants
        const lhs: Const[] = [];
        const values = unpackListExpr(lastValues);
        for (let i = 0; i < s.nameList.length; i++) {
          const name = s.nameList[i]!;
          const obj = new Const(name.pos, pkg, name.value, null, iota);
          lhs.push(obj);
          const init = i < values.length ? values[i]! : null;
          this.constDecl(obj, lastType, init, inherited);
        }

        // constants must always have init values
        this.arity(s.pos, s.nameList, values, true, inherited);

        // process function literals in init expressions before the scope changes
        this.processDelayed(top);

        // spec: "The scope of a constant or variable identifier declared inside a function
        // begins at the end of the ConstSpec or VarSpec (ShortVarDecl for short variable
        // declarations) and ends at the end of the innermost containing block."
        const scopePos = endPos(s);
        for (let i = 0; i < s.nameList.length; i++) {
          this.declare(this.env.scope!, s.nameList[i]!, lhs[i]!, scopePos);
        }
        break;
      }

      case NodeKind.VarDecl: {
        const s = decl;
        const top = this.delayedCount;

        const lhs0: Var[] = s.nameList.map((name) => new Var(name.pos, pkg, name.value, null));

        // initialize all variables
        const values = unpackListExpr(s.values);
        for (let i = 0; i < lhs0.length; i++) {
          const obj = lhs0[i]!;
          let lhs: Var[] | null = null;
          let init: Expr | null = null;
          if (values.length === s.nameList.length) {
            // lhs and rhs match
            init = values[i]!;
          } else if (values.length === 1) {
            // rhs is expected to be a multi-valued expression
            lhs = lhs0;
            init = values[0]!;
          } else if (i < values.length) {
            init = values[i]!;
          }
          this.varDecl(obj, lhs, s.type, init);
          // With one rhs expression, the first variable's initialization gave all of them a
          // type (or there is only one variable).
          if (values.length === 1) break;
        }

        // without a type, there must be values
        if (s.type === null || s.values !== null) {
          this.arity(s.pos, s.nameList, values, false, false);
        }

        // process function literals in init expressions before the scope changes
        this.processDelayed(top);

        // declare all variables (see constant declarations for the scope)
        const scopePos = endPos(s);
        for (let i = 0; i < s.nameList.length; i++) {
          this.declare(this.env.scope!, s.nameList[i]!, lhs0[i]!, scopePos);
        }
        break;
      }

      case NodeKind.TypeDecl: {
        const s = decl;
        const obj = new TypeName(s.name.pos, pkg, s.name.value, null);
        // spec: "The scope of a type identifier declared inside a function begins at the
        // identifier in the TypeSpec and ends at the end of the innermost containing block."
        const scopePos = s.name.pos;
        this.declare(this.env.scope!, s.name, obj, scopePos);
        // mark the type grey while it is declared (its type is still null; see objDecl)
        obj.color = Color.Grey + this.push(obj);
        try {
          this.typeDecl(obj, s, null);
        } finally {
          this.pop().color = Color.Black;
        }
        break;
      }

      default:
        this.errorf(decl, "invalid syntax tree: unknown syntax.Decl node");
    }
  }
};
