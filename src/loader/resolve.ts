// Import path resolution: which directory an import path names, seen from the importing
// package, and the go command's message when it names none.
//
// - "unsafe" is built in; "C" too when fakeImportC is set (cgo is otherwise disabled, and
//   files importing "C" are never selected).
// - Standard-library importers: paths whose first element has no dot are in $GOROOT/src;
//   others are looked up in $GOROOT/src/vendor (std) or $GOROOT/src/cmd/vendor (cmd), and the
//   package is named "vendor/<path>" or "cmd/vendor/<path>", as gc sees it.
// - Importers in a module: std paths first, then paths under the module path map to
//   directories under the module root (a nested go.mod ends the module).
// - Importers outside any module (no go.mod): std paths; relative paths ("./x") name
//   directories relative to the importer, as in GOPATH mode; nothing else resolves.

import { messages } from "./errors.js";
import { Module } from "./gomod.js";
import { LoaderHost } from "./host.js";
import { clean, hasPathPrefix, join } from "./paths.js";

/** Where a package lives and how it is named. */
export interface PackageLocation {
  importPath: string;
  dir: string;
  /** The module the package belongs to: the std or cmd pseudo-modules in GOROOT, a main module, or null. */
  module: Module | null;
  /** In $GOROOT/src (std, cmd, or their vendored packages). */
  standard: boolean;
  /** Outside every module: relative imports are allowed, the import path is "_" + dir. */
  local: boolean;
}

export type Resolution =
  | { kind: "builtin" }
  | { kind: "package"; loc: PackageLocation }
  | { kind: "error"; message: string; key: string };

export interface ResolverEnv {
  host: LoaderHost;
  /** $GOROOT, or null when none was found. */
  goroot: string | null;
  fakeImportC: boolean;
  /** The location of the package in directory dir (its module, standardness, import path). */
  locate(dir: string): PackageLocation;
  /** The std pseudo-module ($GOROOT/src), when there is a GOROOT. */
  stdModule: Module | null;
}

/** A directory the module loader considers a package: it holds at least one .go file. */
export function isDirWithGoFiles(host: LoaderHost, dir: string): boolean {
  const ents = host.readDir(dir);
  return ents !== null && ents.some((e) => e.kind === "file" && e.name.endsWith(".go"));
}

/** search.IsStandardImportPath: the first path element has no dot. */
export function isStandardImportPath(path: string): boolean {
  const i = path.indexOf("/");
  return !(i < 0 ? path : path.slice(0, i)).includes(".");
}

export function isLocalImport(path: string): boolean {
  return path === "." || path === ".." || path.startsWith("./") || path.startsWith("../");
}

/** A reason the import path is malformed, or null. */
export function checkImportPath(path: string): string | null {
  if (path === "") return "empty string";
  if (isLocalImport(path)) return null;
  for (const ch of path) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c === 0x7f || ch === " " || '!"#$%&\'()*,:;<=>?[\\]^`{|}'.includes(ch) || c === 0xfffd) {
      return `invalid char ${c < 0x80 ? `'${ch}'` : JSON.stringify(ch)}`;
    }
  }
  if (path.startsWith("/")) return "leading slash";
  if (path.endsWith("/")) return "trailing slash";
  if (path.split("/").some((e) => e === "" || e === "." || e === "..")) return "invalid path element";
  return null;
}

/** Resolves path as imported by a package at imp. */
export function resolveImport(env: ResolverEnv, path: string, imp: PackageLocation): Resolution {
  if (path === "unsafe") return { kind: "builtin" };
  if (path === "C" && env.fakeImportC) return { kind: "builtin" };
  const bad = checkImportPath(path);
  if (bad !== null) return { kind: "error", message: messages.malformed(path, bad), key: `bad:${path}` };

  if (isLocalImport(path)) {
    if (!imp.local) return { kind: "error", message: messages.relativeInModule(path), key: `rel:${imp.dir}:${path}` };
    const dir = join(imp.dir, path);
    if (env.host.stat(dir) !== "dir" || !isDirWithGoFiles(env.host, dir)) {
      return { kind: "error", message: messages.cannotFindLocal(dir), key: `dir:${dir}` };
    }
    return { kind: "package", loc: env.locate(dir) };
  }

  const std = isStandardImportPath(path);
  const goroot = env.goroot;
  if (goroot === null) {
    if (std) return { kind: "error", message: messages.noGoroot, key: `std:${path}` };
  } else {
    const src = join(goroot, "src");
    const inCmd = imp.standard && (imp.importPath === "cmd" || imp.importPath.startsWith("cmd/"));
    if (std) {
      const dir = join(src, path);
      if (isDirWithGoFiles(env.host, dir)) return { kind: "package", loc: env.locate(dir) };
    } else if (imp.standard) {
      const dir = inCmd ? join(src, "cmd", "vendor", path) : join(src, "vendor", path);
      if (isDirWithGoFiles(env.host, dir)) return { kind: "package", loc: env.locate(dir) };
    }
  }

  const mod = imp.module;
  if (mod !== null && !imp.standard && mod.path !== "" && hasPathPrefix(path, mod.path)) {
    const dir = clean(join(mod.root, path.slice(mod.path.length)));
    if (isDirWithGoFiles(env.host, dir)) {
      const loc = env.locate(dir);
      // A nested go.mod makes the directory a different module.
      if (loc.module !== null && loc.module.root === mod.root) return { kind: "package", loc };
    }
  }

  if (std) {
    const dir = goroot === null ? join("$GOROOT", "src", path) : join(goroot, "src", path);
    return { kind: "error", message: messages.notInStd(path, dir), key: `std:${path}` };
  }
  if (mod === null || imp.standard) return { kind: "error", message: messages.noModuleNoGoMod(path), key: `mod:${path}` };
  return { kind: "error", message: messages.noModule(path), key: `mod:${path}` };
}

/**
 * findInternal: the index of the last "internal" element of path, or -1. An importer may use
 * the package only if it is inside the tree rooted at the parent of that element.
 */
export function findInternal(path: string): number {
  if (path.endsWith("/internal")) return path.length - "internal".length;
  const i = path.lastIndexOf("/internal/");
  if (i >= 0) return i + 1;
  if (path === "internal" || path.startsWith("internal/")) return 0;
  return -1;
}

/**
 * Whether a package at importer may import p under the internal-package rule. importerPath is
 * the importer's import path (for command-line files: the import path of their directory).
 */
export function internalAllowed(p: PackageLocation, importerDir: string, importerPath: string): boolean {
  let i = findInternal(p.importPath);
  if (i < 0) return true;
  if (i > 0) i--; // back over the slash before "internal"
  if (p.module === null || p.standard) {
    // By directory: the importer must be inside the parent of "internal".
    const parent = p.dir.slice(0, i + p.dir.length - p.importPath.length);
    return hasPathPrefix(clean(importerDir), clean(parent));
  }
  return hasPathPrefix(importerPath, p.importPath.slice(0, i));
}
