// Declarations (types2's decl.go): declaring objects in scopes, checking package-level
// objects in dependency order with cycle detection (objDecl and its grey/black colouring),
// constant, variable and function declarations, and local declarations (declStmt). Type
// declarations are in typedecl.ts.

import type { Pos } from "../source/index.js";
import { Decl, Expr, Name, NodeKind, unpackListExpr } from "../syntax/index.js";
import { makeInt64, makeUnknown } from "../constant/index.js";
import { newTarget } from "./assignments.js";
import { Checker, DeclInfo, newEnvironment } from "./check.js";
import type { Target } from "./check.js";
import { Color, Const, Func, GoObj, ObjKind, TypeName, Var } from "./object.js";
import { Operand } from "./operand.js";
import type { Scope } from "./scope.js";
import { INVALID, Signature, Tuple, TypeKind, under, type Type } from "./type.js";
import { isConstType, isGeneric, isValid } from "./predicates.js";
import { isAlias, packagePrefix } from "./typestring.js";
import { endPos } from "./stmt.js";
import "./typedecl.js";

declare module "./check.js" {
  interface Checker {
    push(obj: GoObj): number;
    pop(): GoObj;
    validCycle(obj: GoObj): boolean;
    cycleError(cycle: readonly GoObj[], start: number): void;
    addDeclDep(to: GoObj): void;
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
