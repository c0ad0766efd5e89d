// Package-level object collection (types2's resolver.go): the file scopes, declaration of
// package-level constants, variables, types and functions, association of methods with their
// receiver base types, and the order in which package objects are checked. Imports are in
// imports.ts.

import type { Pos } from "../source/index.js";
import {
  ConstDecl, Expr, FuncDecl, Name, NodeKind, Operator, TypeDecl, startPos, unpackListExpr, unparen,
} from "../syntax/index.js";
import { makeInt64 } from "../constant/index.js";
import { Checker, DeclInfo } from "./check.js";
import { Const, Func, GoObj, ObjKind, TypeName, Var } from "./object.js";
import type { Package } from "./package.js";
import { Scope } from "./scope.js";
import { endPos } from "./stmt.js";
import { dirOf } from "./imports.js";

declare module "./check.js" {
  interface Checker {
    collectFunc(s: FuncDecl, fileScope: Scope, methods: MethodInfo[]): void;
    resolveBaseTypeName(seenPtr: boolean, typ: Expr, fileScopes: readonly Scope[]): [boolean, TypeName | null];
  }
}

/** The method of a function declaration with a (possibly invalid) receiver, as collected. */
export interface MethodInfo {
  obj: Func;
  ptr: boolean;
  recv: Name;
}

// ---------------------------------------------------------------------------------------------
// Arity and package-level declarations

Checker.prototype.arity = function (
  this: Checker, pos: Pos, names: readonly Name[], inits: readonly Expr[], constDecl: boolean, inherited: boolean,
): void {
  const l = names.length;
  const r = inits.length;
  if (l < r) {
    const n = inits[l]!;
    if (inherited) {
      this.errorf(pos, "extra init expr at %s", this.posString(n.pos));
    } else {
      this.errorf(n, "extra init expr %s", n);
    }
  } else if (l > r && (constDecl || r !== 1)) {
    // with r == 1 the value may be a multi-valued function call; initVars decides
    const n = names[r]!;
    this.errorf(n, "missing init expr for %s", n.value);
  }
};

Checker.prototype.declarePkgObj = function (this: Checker, ident: Name, obj: GoObj, d: DeclInfo): void {
  // spec: "A package-scope or file-scope identifier with name init may only be declared to
  // be a function with this (func()) signature."
  if (ident.value === "init") {
    this.errorf(ident, "cannot declare init - must be func");
    return;
  }
  // spec: "The main package must have package name main and declare a function main that
  // takes no arguments and returns no value."
  if (ident.value === "main" && this.pkg.name === "main") {
    this.errorf(ident, "cannot declare main - must be func");
    return;
  }
  this.declare(this.pkg.scope, ident, obj, 0);
  this.objMap.set(obj, d);
  obj.order = this.objMap.size;
};

Checker.prototype.collectObjects = function (this: Checker): void {
  const pkg = this.pkg;
  // packages already imported by any package file seen so far (avoids duplicates in pkg.imports)
  const pkgImports = new Set<Package>(pkg.imports);

  const methods: MethodInfo[] = []; // methods with valid receivers and non-blank names
  const fileScopes: Scope[] = [];
  for (const file of this.files) {
    // The package identifier denotes the current package, but there is no package object.
    this.recordDef(file.pkgName, null);

    const fileScope = new Scope(pkg.scope, startPos(file), endPos(file), file.source.filename);
    fileScopes.push(fileScope);
    this.recordScope(file, fileScope);

    // the file's directory, to resolve imports
    const fileDir = dirOf(file.source.filename);

    let first = -1; // index of the first ConstDecl in the current group, or -1
    let last: ConstDecl | null = null; // last ConstDecl with init expressions, or null
    let lastEmpty = false; // `last` stands for an empty declaration (a group starting without values)
    const declList = file.declList;
    for (let index = 0; index < declList.length; index++) {
      const decl = declList[index]!;
      if (decl.kind !== NodeKind.ConstDecl) first = -1; // not in a constant declaration

      switch (decl.kind) {
        case NodeKind.ImportDecl:
          this.collectImport(decl, fileScope, fileDir, pkgImports);
          break;

        case NodeKind.ConstDecl: {
          const s = decl;
          // iota is the index of the current ConstDecl within the group
          if (first < 0 || s.group === null || (declList[index - 1] as ConstDecl).group !== s.group) {
            first = index;
            last = null;
          }
          const iota = makeInt64(BigInt(index - first));

          // determine which initialization expressions to use
          let inherited = true;
          if (s.type !== null || s.values !== null) {
            last = s;
            lastEmpty = false;
            inherited = false;
          } else if (last === null) {
            last = s; // stands for an empty declaration
            lastEmpty = true;
            inherited = false;
          }
          const vtyp = lastEmpty ? null : last.type;
          const values = lastEmpty ? [] : unpackListExpr(last.values);

          // declare all constants
          for (let i = 0; i < s.nameList.length; i++) {
            const name = s.nameList[i]!;
            const obj = new Const(name.pos, pkg, name.value, null, iota);
            const init = i < values.length ? values[i]! : null;
            const d = new DeclInfo(fileScope, null, vtyp, init, inherited, null, null);
            this.declarePkgObj(name, obj, d);
          }

          // constants must always have init values
          this.arity(s.pos, s.nameList, values, true, inherited);
          break;
        }

        case NodeKind.VarDecl: {
          const s = decl;
          const lhs: Var[] = [];
          // With exactly one rhs initializer (or none), all lhs variables share one DeclInfo
          // so that each depends on the same initializer (n:1 variable declaration).
          let d1: DeclInfo | null = null;
          if (s.values === null || s.values.kind !== NodeKind.ListExpr) {
            d1 = new DeclInfo(fileScope, lhs, s.type, s.values, false, null, null);
          }
          const values = unpackListExpr(s.values);
          for (let i = 0; i < s.nameList.length; i++) {
            const name = s.nameList[i]!;
            const obj = new Var(name.pos, pkg, name.value, null);
            lhs.push(obj);
            let d = d1;
            if (d === null) {
              // individual assignments
              const init = i < values.length ? values[i]! : null;
              d = new DeclInfo(fileScope, null, s.type, init, false, null, null);
            }
            this.declarePkgObj(name, obj, d);
          }
          // without a type, there must be values
          if (s.type === null || s.values !== null) {
            this.arity(s.pos, s.nameList, values, false, false);
          }
          break;
        }

        case NodeKind.TypeDecl: {
          const s = decl;
          const obj = new TypeName(s.name.pos, pkg, s.name.value, null);
          this.declarePkgObj(s.name, obj, new DeclInfo(fileScope, null, null, null, false, s, null));
          break;
        }

        case NodeKind.FuncDecl:
          this.collectFunc(decl, fileScope, methods);
          break;
      }
    }
  }

  // objects in package and file scopes must have different names
  for (const scope of fileScopes) {
    for (const obj of scope.objects()) {
      const alt = pkg.scope.lookup(obj.name);
      if (alt === undefined) continue;
      const err = this.newError();
      if (obj.okind === ObjKind.PkgName) {
        err.addf(alt, "%s already declared through import of %s", alt.name, obj.imported.toString());
        err.addAltDecl(obj);
      } else {
        err.addf(alt, "%s already declared through dot-import of %s", alt.name, obj.pkg === null ? "<nil>" : obj.pkg.toString());
        err.addAltDecl(obj);
      }
      err.report();
    }
  }

  // Associate methods with their receiver base type names where possible; methods with
  // invalid receivers are checked later with the regular functions.
  if (methods.length > 0) {
    this.methods = new Map();
    for (const m of methods) {
      const [ptr, base] = this.resolveBaseTypeName(m.ptr, m.recv, fileScopes);
      if (base !== null) {
        m.obj.hasPtrRecv_ = ptr;
        let list = this.methods.get(base);
        if (list === undefined) {
          list = [];
          this.methods.set(base, list);
        }
        list.push(m.obj);
      }
    }
  }
};


Checker.prototype.collectFunc = function (this: Checker, s: FuncDecl, fileScope: Scope, methods: MethodInfo[]): void {
  const pkg = this.pkg;
  const name = s.name.value;
  const obj = new Func(s.name.pos, pkg, name, null);
  let hasTParamError = false; // avoid duplicate type parameter errors
  if (s.recv === null) {
    // regular function
    if (name === "init" || (name === "main" && pkg.name === "main")) {
      if (s.tParamList !== null && s.tParamList.length !== 0) {
        this.softErrorf(s.tParamList[0]!, "func %s must have no type parameters", name);
        hasTParamError = true;
      }
      if (s.type.paramList.length !== 0 || s.type.resultList.length !== 0) {
        this.softErrorf(s.name, "func %s must have no arguments and no return values", name);
      }
    }
    if (name === "init") {
      // init functions are not declared in the package scope: they are invisible
      obj.parent = pkg.scope;
      this.recordDef(s.name, obj);
      // init functions must have a body
      if (s.body === null) this.softErrorf(obj.pos, "missing function body");
    } else {
      this.declare(pkg.scope, s.name, obj, 0);
    }
  } else {
    // Methods with invalid receivers cannot be associated with a type, and methods named _
    // are never found; neither is collected. They are still checked with the functions.
    const { ptr, rname } = this.unpackRecv(s.recv.type, false);
    if (rname !== null && name !== "_") methods.push({ obj, ptr, recv: rname });
    this.recordDef(s.name, obj);
  }
  if (s.tParamList !== null && s.tParamList.length !== 0 && !hasTParamError) {
    this.verifyVersionf(s.tParamList[0]!, "go1.18", "type parameter");
  }
  // Methods are not package-level objects but are tracked in the object map too, so that
  // they are checked like functions (if the receiver is invalid) and their declaration is
  // at hand when they are associated with their receiver base type.
  const info = new DeclInfo(fileScope, null, null, null, false, null, s);
  this.objMap.set(obj, info);
  obj.order = this.objMap.size;
};

Checker.prototype.unpackRecv = function (
  this: Checker, rtyp: Expr, unpackParams: boolean,
): { ptr: boolean; rname: Name | null; tparams: Name[] } {
  let ptr = false;
  const tparams: Name[] = [];
  // Unpack the receiver type. This accepts invalid receivers such as ***T; their validity
  // is checked elsewhere.
  for (;;) {
    if (rtyp.kind === NodeKind.ParenExpr) {
      rtyp = rtyp.x;
    } else if (rtyp.kind === NodeKind.Operation && rtyp.op === Operator.Mul && rtyp.y === null) {
      ptr = true;
      rtyp = rtyp.x;
    } else {
      break;
    }
  }

  // unpack type parameters, if any
  if (rtyp.kind === NodeKind.IndexExpr) {
    const ptyp = rtyp;
    rtyp = ptyp.x;
    if (unpackParams) {
      for (const arg of unpackListExpr(ptyp.index)) {
        let par: Name | null = null;
        if (arg.kind === NodeKind.Name) {
          par = arg;
        } else if (arg.kind !== NodeKind.BadExpr) {
          this.errorf(arg, "receiver type parameter %s must be an identifier", arg);
        }
        if (par === null) par = new Name(arg.pos, "_");
        tparams.push(par);
      }
    }
  }

  const rname = rtyp.kind === NodeKind.Name ? rtyp : null;
  return { ptr, rname, tparams };
};

/**
 * The non-alias base type name for a receiver type expression, and whether a pointer
 * indirection leads to it. The base type name must be declared in the package scope, with at
 * most one pointer indirection; otherwise the result is null.
 */
Checker.prototype.resolveBaseTypeName = function (
  this: Checker, seenPtr: boolean, typ: Expr, fileScopes: readonly Scope[],
): [boolean, TypeName | null] {
  // Follow the type expression through alias declarations until a non-alias type name;
  // anything but pointer types and parentheses ends the search, as does a second pointer.
  let ptr = seenPtr;
  const seen = new Set<TypeName>();
  void fileScopes; // cgo's C.name selectors are not supported (they need go115UsesCgo)
  for (;;) {
    if (typ.kind === NodeKind.Operation && typ.op === Operator.Mul && typ.y === null) {
      if (ptr) return [false, null]; // a second pointer
      ptr = true;
      typ = unparen(typ.x);
    }

    // typ must be a name
    if (typ.kind !== NodeKind.Name) return [false, null];

    // the name must denote an object in the package scope (dot-imports are in file scopes)
    const obj = this.pkg.scope.lookup(typ.value);
    if (obj === undefined || obj.okind !== ObjKind.TypeName) return [false, null];
    const tname = obj;
    if (seen.has(tname)) return [false, null];

    // done if tdecl defines tname as a new type (rather than an alias)
    const tdecl: TypeDecl = this.objMap.get(tname)!.tdecl!;
    if (!tdecl.alias) return [ptr, tname];

    // otherwise continue with the aliased type
    typ = tdecl.type;
    seen.add(tname);
  }
};

Checker.prototype.packageObjects = function (this: Checker): void {
  // package objects in source order, so results are deterministic
  const objList = [...this.objMap.keys()].sort((a, b) => a.order - b.order);

  // add new methods to already type-checked types (from an earlier checkFiles call)
  for (const obj of objList) {
    if (obj.okind === ObjKind.TypeName && obj.type !== null) this.collectMethods(obj);
  }

  // Non-alias type declarations come first, then alias declarations, then everything else:
  // this avoids most situations where the type of an alias is needed before it is known.
  const aliasList: TypeName[] = [];
  const othersList: GoObj[] = []; // everything that is not a type
  for (const obj of objList) {
    if (obj.okind === ObjKind.TypeName) {
      if (this.objMap.get(obj)!.tdecl!.alias) {
        aliasList.push(obj);
      } else {
        this.objDecl(obj, null);
      }
    } else {
      othersList.push(obj);
    }
  }
  for (const obj of aliasList) this.objDecl(obj, null);
  for (const obj of othersList) this.objDecl(obj, null);

  // Methods left in the map have receiver base types that were not found; errors were
  // reported when declaring them.
  this.methods = new Map();
};
