// Package-level object collection (types2's resolver.go): imports and their file scopes,
// declaration of package-level constants, variables, types and functions, association of
// methods with their receiver base types, the order in which package objects are checked,
// and the unused-imports check.

import type { Pos } from "../source/index.js";
import {
  ConstDecl, Expr, FuncDecl, ImportDecl, Name, NodeKind, Operator, TypeDecl, startPos, unpackListExpr,
  unparen,
} from "../syntax/index.js";
import { makeInt64 } from "../constant/index.js";
import { Checker, DeclInfo } from "./check.js";
import type { At } from "./check.js";
import { Const, Func, GoObj, ObjKind, PkgName, TypeName, Var, isExported } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Universe, Unsafe } from "./universe.js";
import { endPos } from "./stmt.js";

// ---------------------------------------------------------------------------------------------
// Small helpers

/** The directory part of a file name ("." if none), as types2's dir. */
function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return i > 0 ? path.slice(0, i) : ".";
}

/** Decodes the UTF-8 rune at s[i] (a byte string): [rune, width]; invalid bytes give U+FFFD, 1. */
function decodeRuneAt(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const bad: [number, number] = [0xfffd, 1];
  const n = s.length;
  const cont = (j: number) => j < n && (s.charCodeAt(j) & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 < 0xe0) {
    if (!cont(i + 1)) return bad;
    return [((b0 & 0x1f) << 6) | (s.charCodeAt(i + 1) & 0x3f), 2];
  }
  if (b0 >= 0xe0 && b0 < 0xf0) {
    if (!cont(i + 1) || !cont(i + 2)) return bad;
    const r = ((b0 & 0x0f) << 12) | ((s.charCodeAt(i + 1) & 0x3f) << 6) | (s.charCodeAt(i + 2) & 0x3f);
    if (r < 0x800 || (r >= 0xd800 && r < 0xe000)) return bad;
    return [r, 3];
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return bad;
    const r = ((b0 & 0x07) << 18) | ((s.charCodeAt(i + 1) & 0x3f) << 12)
      | ((s.charCodeAt(i + 2) & 0x3f) << 6) | (s.charCodeAt(i + 3) & 0x3f);
    if (r < 0x10000 || r > 0x10ffff) return bad;
    return [r, 4];
  }
  return bad;
}

function encodeRune(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/**
 * strconv.Unquote for a string literal (a byte string), as import paths and struct tags need
 * it: the denoted byte string, or null if the literal is malformed.
 */
export function unquoteString(lit: string): string | null {
  const n = lit.length;
  if (n < 2) return null;
  const q = lit[0];
  if (q !== lit[n - 1]) return null;
  if (q === "`") {
    const body = lit.slice(1, n - 1);
    return body.includes("`") ? null : body.replace(/\r/g, "");
  }
  if (q !== '"') return null;
  let out = "";
  for (let i = 1; i < n - 1;) {
    const c = lit[i]!;
    if (c === '"' || c === "\n") return null;
    if (c !== "\\") { out += c; i++; continue; }
    const e = lit[i + 1];
    i += 2;
    const simple: Record<string, string> = {
      a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"',
    };
    if (e !== undefined && e in simple) { out += simple[e]; continue; }
    const hexLen = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    if (hexLen > 0) {
      const h = lit.slice(i, i + hexLen);
      if (h.length !== hexLen || !/^[0-9a-fA-F]+$/.test(h)) return null;
      const v = parseInt(h, 16);
      i += hexLen;
      if (e === "x") { out += String.fromCharCode(v); continue; }
      if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
      out += encodeRune(v);
      continue;
    }
    if (e !== undefined && e >= "0" && e <= "7") {
      const o = lit.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(o)) return null;
      const v = parseInt(o, 8);
      if (v > 255) return null;
      out += String.fromCharCode(v);
      i += 2;
      continue;
    }
    return null;
  }
  return out;
}

const graphicRe = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u;
const spaceRe = /\s/u;
const illegalChars = "!\"#$%&'()*,:;<=>?[\\]^{|}`\ufffd";

/** Go's %#U: U+0041 'A'. */
function sharpU(r: number): string {
  let hex = r.toString(16).toUpperCase();
  while (hex.length < 4) hex = "0" + hex;
  let s = "U+" + hex;
  if (r >= 0x20 && r !== 0x7f && graphicRe.test(String.fromCodePoint(r)) && !(r >= 0x80 && r < 0xa0)) {
    s += " '" + encodeRune(r) + "'";
  }
  return s;
}

/** types2's validatedImportPath: the unquoted path, or an error text. */
function validatedImportPath(lit: string): { path: string; err: string | null } {
  const s = unquoteString(lit);
  if (s === null) return { path: "", err: "invalid syntax" };
  if (s === "") return { path: "", err: "empty string" };
  for (let i = 0; i < s.length;) {
    const [r, w] = decodeRuneAt(s, i);
    i += w;
    const ch = String.fromCodePoint(r);
    const graphic = r >= 0x80 ? graphicRe.test(ch) : r >= 0x20 && r < 0x7f;
    const space = r === 0x85 || r === 0xa0 || spaceRe.test(ch);
    if (!graphic || space || illegalChars.includes(ch)) return { path: s, err: "invalid character " + sharpU(r) };
  }
  return { path: s, err: null };
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

Checker.prototype.importPackage = function (this: Checker, at: At, path: string, dir: string): Package | null {
  // Packages are cached per (path, directory); only complete or fake packages are cached.
  const key = path + "\0" + dir;
  let imp = this.impMap.get(key) ?? null;
  if (imp !== null) return imp;

  if (path === "C" && this.conf.fakeImportC) {
    imp = new Package("C", "C", new Scope(Universe, 0, 0, 'package "C"'));
    imp.fake = true; // the package scope is not populated
  } else if (path === "unsafe") {
    imp = Unsafe;
  } else {
    let err: string | null = null;
    const res = this.conf.importer.importPackage(path, dir);
    if (res instanceof Package) {
      imp = res;
      if (imp.name === "_" || imp.name === "") {
        err = `invalid package name: ${JSON.stringify(imp.name)}`;
        imp = null;
      }
    } else {
      err = res.error;
    }
    if (err !== null) {
      this.errorf(at, "could not import %s (%s)", path, err);
      if (imp === null) {
        // a fake package, named after the last path element
        let name = path;
        if (name.endsWith("/")) name = name.slice(0, -1);
        const i = name.lastIndexOf("/");
        if (i >= 0) name = name.slice(i + 1);
        imp = new Package(path, name, new Scope(Universe, 0, 0, `package ${JSON.stringify(path)}`));
      }
      imp.fake = true; // avoid follow-up lookup failures
    }
  }

  if (imp === null) return null;
  if (imp.complete || imp.fake) {
    this.impMap.set(key, imp);
    return imp;
  }
  // the importer returned an incomplete package without an error
  return null;
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

declare module "./check.js" {
  interface Checker {
    collectImport(s: ImportDecl, fileScope: Scope, fileDir: string, pkgImports: Set<Package>): void;
    collectFunc(s: FuncDecl, fileScope: Scope, methods: MethodInfo[]): void;
    resolveBaseTypeName(seenPtr: boolean, typ: Expr, fileScopes: readonly Scope[]): [boolean, TypeName | null];
    errorUnusedPkg(obj: PkgName): void;
  }
}

Checker.prototype.collectImport = function (
  this: Checker, s: ImportDecl, fileScope: Scope, fileDir: string, pkgImports: Set<Package>,
): void {
  const pkg = this.pkg;
  if (s.path === null || s.path.bad) return; // error reported during parsing
  const { path, err } = validatedImportPath(s.path.value);
  if (err !== null) {
    this.errorf(s.path, "invalid import path (%s)", err);
    return;
  }

  const imp = this.importPackage(s.path.pos, path, fileDir);
  if (imp === null) return;

  // a local name overrides the imported package name
  let name = imp.name;
  if (s.localPkgName !== null) {
    name = s.localPkgName.value;
    if (path === "C") {
      // as cmd/compile (not prescribed by the spec)
      this.errorf(s.localPkgName, 'cannot rename import "C"');
      return;
    }
  }

  if (name === "init") {
    this.errorf(s, "cannot import package as init - init must be a func");
    return;
  }

  // the list of explicit imports (for clients)
  if (!pkgImports.has(imp)) {
    pkgImports.add(imp);
    pkg.imports.push(imp);
  }

  const pkgName = new PkgName(s.pos, pkg, name, imp);
  if (s.localPkgName !== null) {
    // in a dot-import, the dot represents the package
    this.recordDef(s.localPkgName, pkgName);
  } else {
    this.recordImplicit(s, pkgName);
  }

  if (imp.fake) {
    // as cmd/compile (not prescribed by the spec)
    pkgName.used = true;
  }

  // add the import to the file scope
  this.imports.push(pkgName);
  if (name === ".") {
    // dot-import: merge the exported objects of the imported scope into the file scope
    let dotMap = this.dotImportMap.get(fileScope);
    if (dotMap === undefined) {
      dotMap = new Map();
      this.dotImportMap.set(fileScope, dotMap);
    }
    for (const obj of imp.scope.objects()) {
      if (!isExported(obj.name)) continue; // don't import unexported objects
      const alt = fileScope.lookup(obj.name);
      if (alt !== undefined) {
        this.newError().addf(s.localPkgName!, "%s redeclared in this block", alt.name).addAltDecl(alt).report();
      } else {
        // Not check.declare: the object belongs to the imported package and must keep its
        // parent and scope position.
        fileScope.insert(obj);
        dotMap.set(obj.name, pkgName);
      }
    }
  } else {
    // the import's name was recorded above
    this.declare(fileScope, null, pkgName, 0);
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
  // process package objects in source order for reproducible results
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

Checker.prototype.unusedImports = function (this: Checker): void {
  // Without function bodies, uses are likely missing.
  if (this.conf.ignoreFuncBodies) return;
  // spec: "It is illegal (...) to directly import a package without referring to any of its
  // exported identifiers."
  for (const obj of this.imports) {
    if (!obj.used && obj.name !== "_") this.errorUnusedPkg(obj);
  }
};

Checker.prototype.errorUnusedPkg = function (this: Checker, obj: PkgName): void {
  // If the package was imported with a name other than the last import path element, the
  // message shows that name.
  const path = obj.imported.path;
  let elem = path;
  const i = elem.lastIndexOf("/");
  if (i >= 0) elem = elem.slice(i + 1);
  if (obj.name === "" || obj.name === "." || obj.name === elem) {
    this.softErrorf(obj, "%q imported and not used", path);
  } else {
    this.softErrorf(obj, "%q imported as %s and not used", path, obj.name);
  }
};
