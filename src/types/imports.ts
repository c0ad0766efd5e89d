// Imports (the import half of types2's resolver.go): validating import paths, importing
// packages through the configured importer (with fake packages after errors, unsafe, and the
// fake "C" of cgo tests), declaring imported package names and dot-imported objects in file
// scopes, and the unused-imports check with gc's messages.

import { ImportDecl, decodeRune, formatSharpU, unquote } from "../syntax/index.js";
import { Checker } from "./check.js";
import type { At } from "./check.js";
import { PkgName, isExported } from "./object.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Universe, Unsafe } from "./universe.js";

declare module "./check.js" {
  interface Checker {
    collectImport(s: ImportDecl, fileScope: Scope, fileDir: string, pkgImports: Set<Package>): void;
    errorUnusedPkg(obj: PkgName): void;
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** The directory part of a file name ("." if none), as types2's dir. */
export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return i > 0 ? path.slice(0, i) : ".";
}

const graphicRe = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u;
const spaceRe = /\s/u;
const illegalChars = "!\"#$%&'()*,:;<=>?[\\]^{|}`\ufffd";

/** types2's validatedImportPath: the unquoted path, or an error text. */
function validatedImportPath(lit: string): { path: string; err: string | null } {
  const s = unquote(lit);
  if (s === null) return { path: "", err: "invalid syntax" };
  if (s === "") return { path: "", err: "empty string" };
  for (let i = 0; i < s.length;) {
    const d = decodeRune(s, i);
    const r = d >>> 3;
    i += d & 7;
    const ch = String.fromCodePoint(r);
    const graphic = r >= 0x80 ? graphicRe.test(ch) : r >= 0x20 && r < 0x7f;
    const space = r === 0x85 || r === 0xa0 || spaceRe.test(ch);
    if (!graphic || space || illegalChars.includes(ch)) return { path: s, err: "invalid character " + formatSharpU(r) };
  }
  return { path: s, err: null };
}

// ---------------------------------------------------------------------------------------------
// Importing

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
