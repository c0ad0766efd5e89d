// The package loader: from command-line patterns to the packages they name and everything
// they import, parsed, in dependency order, with the go command's loading errors.
//
// Packages are cached by import path for the life of a Loader, so several loads (the
// conformance suites load thousands of test files against one standard library) share work.

import { FileSet } from "../source/index.js";
import { ParseResult, parseSource } from "../driver.js";
import { runtimePackages, type PragmaPolicy } from "../syntax/index.js";
import { BuildContext, defaultBuildContext } from "./buildctx.js";
import { DirScan, scanDir, unquoteImportPath } from "./dirscan.js";
import { ErrorPos, LoadError, formatLoadError, messages } from "./errors.js";
import { findModule, langVersion, Module, parseGoMod } from "./gomod.js";
import { LoaderHost } from "./host.js";
import { abs, basename, dirname, hasPathPrefix, join, relative } from "./paths.js";
import { internalAllowed, PackageLocation, resolveImport, ResolverEnv } from "./resolve.js";
import { NodeKind } from "../syntax/index.js";

export interface LoadOptions {
  /** $GOROOT for the standard library; null if none was found (std imports then fail). */
  goroot: string | null;
  context?: BuildContext;
  /** Accept `import "C"` (as a fake package the checker provides); files importing "C" are then kept. */
  fakeImportC?: boolean;
}

export interface ParsedFile {
  /** Base name, e.g. "x.go". */
  name: string;
  /** Absolute path; diagnostics carry it as the file name. */
  path: string;
  parse: ParseResult;
}

export interface Package {
  /** "fmt", "example.com/m/a", "command-line-arguments", "_/abs/dir" outside modules. */
  importPath: string;
  dir: string;
  name: string;
  loc: PackageLocation;
  /** The language version to check the package with ("go1.21"), "" for the newest. */
  goVersion: string;
  /** Named as a list of .go files on the command line. */
  cmdline: boolean;
  files: ParsedFile[];
  ignoredGoFiles: string[];
  /** Import paths as written in the files, sorted, without duplicates ("unsafe" included). */
  imports: string[];
  /**
   * gc's -complete: the package has no assembly (or .syso) files, so every function must have
   * a body. The go command also leaves it off for a few std packages the runtime completes.
   */
  complete: boolean;
  /** Where each import (as written) led; "unsafe" and a fake "C" are absent. */
  importMap: Map<string, Package>;
  /** The package's own loading error (go list's .Error). */
  error: LoadError | null;
  /** Errors about one import of this package (internal-package rule), by import path as written. */
  importErrors: Map<string, LoadError>;
  /** Positions of each import, for errors. */
  importPos: Map<string, ErrorPos>;
  /**
   * A package with test files but no buildable non-test files is no loading error, but the
   * build fails for it: "IMPORTPATH: no non-test Go files in DIR" (or "build constraints
   * exclude all Go files in DIR" when files were excluded).
   */
  buildError: string | null;
  /** Still loading: seeing it again means an import cycle. */
  loading: boolean;
}

export interface SourceOptions {
  parse?: (filename: string, text: string, fset: FileSet) => ParseResult;
  filename?: (name: string) => string;
  /** Imports (as written) bound to given packages instead of being resolved. */
  overrides?: ReadonlyMap<string, Package>;
}

export interface LoadResult {
  /** The packages the patterns named, in pattern order. */
  roots: Package[];
  /** Roots and all their dependencies, dependencies first (the go command's PackageList order). */
  packages: Package[];
  /** Loading errors as the go command prints them, in package order; empty if loading succeeded. */
  errors: string[];
  /** Warnings, e.g. a pattern matching no packages. */
  warnings: string[];
}

/** What a command-line pattern is. */
export type PatternKind = "files" | "std" | "cmd" | "dir" | "wildcard" | "importPath";

/** What a pattern looks like ("files" only if the file exists is the loader's decision). */
export function patternKind(p: string): PatternKind {
  if (p.endsWith(".go")) return "files";
  if (p === "std") return "std";
  if (p === "cmd") return "cmd";
  if (p.includes("...")) return "wildcard";
  if (p === "." || p === ".." || p.startsWith("./") || p.startsWith("../") || p.startsWith("/")) return "dir";
  return "importPath";
}

export class Loader implements ResolverEnv {
  readonly fset = new FileSet();
  readonly context: BuildContext;
  readonly goroot: string | null;
  readonly fakeImportC: boolean;
  readonly stdModule: Module | null;
  readonly cmdModule: Module | null;
  private readonly byPath = new Map<string, Package>();
  private readonly errorPkgs = new Map<string, Package>();
  private readonly modCache = new Map<string, Module | null>();

  constructor(readonly host: LoaderHost, opts: LoadOptions) {
    this.context = opts.context ?? defaultBuildContext();
    this.goroot = opts.goroot;
    this.fakeImportC = opts.fakeImportC ?? false;
    this.stdModule = this.goroot === null ? null : this.gorootModule("std", join(this.goroot, "src"));
    this.cmdModule = this.goroot === null ? null : this.gorootModule("cmd", join(this.goroot, "src", "cmd"));
  }

  private gorootModule(path: string, root: string): Module {
    const bytes = this.host.readFile(join(root, "go.mod"));
    const go = "error" in bytes ? "" : parseGoMod(new TextDecoder().decode(bytes)).go;
    return { path, root, goVersion: go ? langVersion(go) : "", errors: [] };
  }

  /** Where the package in dir lives: std, cmd, a module found above dir, or nowhere. */
  locate(dir: string): PackageLocation {
    if (this.goroot !== null) {
      const src = join(this.goroot, "src");
      if (hasPathPrefix(dir, src) && dir !== src) {
        const rel = relative(src, dir);
        const inCmd = rel === "cmd" || rel.startsWith("cmd/");
        return { importPath: rel, dir, module: inCmd ? this.cmdModule : this.stdModule, standard: true, local: false };
      }
    }
    const mod = findModule(this.host, dir, this.modCache);
    if (mod !== null) {
      const rel = relative(mod.root, dir);
      return { importPath: rel === "." ? mod.path : `${mod.path}/${rel}`, dir, module: mod, standard: false, local: false };
    }
    return { importPath: `_${dir}`, dir, module: null, standard: false, local: true };
  }

  /** The module containing dir (null outside modules), for reporting. */
  moduleOf(dir: string): Module | null {
    return this.locate(dir).module;
  }

  // -------------------------------------------------------------------------------------------
  // Patterns.

  /** Loads the packages named by patterns and everything they import. */
  load(patterns: readonly string[]): LoadResult {
    const roots: Package[] = [];
    const rootErrors: string[] = [];
    const warnings: string[] = [];
    const cwd = this.host.cwd;
    // Packages matched by std, cmd or "..." patterns that have only test files are left out
    // (the go command's omitTestOnly); named literally, they fail to build.
    const pushMatched = (p: Package): void => { if (p.buildError === null) roots.push(p); };
    // As the go command: a file list if some pattern ending in .go is an existing file;
    // otherwise "x.go" is an ordinary pattern (an import path or a directory).
    if (patterns.some((p) => p.endsWith(".go") && this.host.stat(abs(p, cwd)) === "file")) {
      const r = this.loadFiles(patterns);
      if ("fatal" in r) return { roots: [], packages: [], errors: [r.fatal], warnings };
      roots.push(r.pkg);
    } else {
      for (const pat of patterns) {
        let kind = patternKind(pat);
        if (kind === "files") kind = /^(\.\.?(\/|$)|\/)/.test(pat) ? "dir" : "importPath";
        switch (kind) {
          case "std":
          case "cmd": {
            if (this.goroot === null) { rootErrors.push(messages.noGoroot); break; }
            for (const loc of this.walkGoroot(pat as "std" | "cmd")) pushMatched(this.loadLocation(loc, [], null));
            break;
          }
          case "wildcard": {
            const found = this.matchWildcard(pat);
            if (found.length === 0) warnings.push(`go: warning: "${pat}" matched no packages`);
            for (const loc of found) pushMatched(this.loadLocation(loc, [], null));
            break;
          }
          case "dir": {
            const dir = abs(pat, cwd);
            if (this.host.stat(dir) !== "dir") {
              const loc = this.locate(dir);
              rootErrors.push(loc.local ? messages.cannotFindLocal(dir) : `directory ${pat} does not exist`);
              break;
            }
            const loc = this.locate(dir);
            const p = this.loadLocation(loc, [], null);
            // A directory without any .go file is no package at all (the module loader's rule).
            if (p.error && p.files.length === 0 && !this.hasAnyGoFile(dir)) p.error = { stack: [], pos: null, message: messages.noGoFiles(dir) };
            roots.push(p);
            break;
          }
          case "importPath": {
            const from = this.locate(cwd);
            const p = this.loadImport(pat, { ...from, importPath: "" }, [], null);
            if (p !== null) roots.push(p);
            break;
          }
        }
      }
    }
    const packages = packageList(roots);
    const errors = rootErrors.concat(collectErrors(packages).map((e) => formatLoadError(e, cwd)));
    return { roots, packages, errors, warnings };
  }

  private hasAnyGoFile(dir: string): boolean {
    return (this.host.readDir(dir) ?? []).some((e) => e.kind === "file" && e.name.endsWith(".go"));
  }

  /**
   * A list of .go files as the package "command-line-arguments" (go build x.go y.go): all in one
   * directory; build constraints and file-name suffixes do not apply.
   */
  loadFiles(files: readonly string[], importPath = "command-line-arguments"): { pkg: Package } | { fatal: string } {
    const cwd = this.host.cwd;
    let dir = "";
    const names: string[] = [];
    for (const f of files) {
      if (!f.endsWith(".go")) return { fatal: `named files must be .go files: ${f}` };
    }
    for (const f of files) {
      const st = this.host.stat(abs(f, cwd));
      if (st === null) return { fatal: `stat ${f}: no such file or directory` };
      if (st === "dir") return { fatal: `${f} is a directory, should be a Go file` };
      const d = dirname(abs(f, cwd));
      if (dir === "") dir = d;
      else if (d !== dir) return { fatal: `named files must all be in one directory; have ${relOrAbs(dir, cwd)} and ${relOrAbs(d, cwd)}` };
      names.push(basename(f));
    }
    const loc = { ...this.locate(dir) };
    const pkg = this.loadLocation({ ...loc, importPath }, [], null, names);
    pkg.cmdline = true;
    return { pkg };
  }

  /**
   * Makes a package of in-memory sources (the conformance suites' test files) in directory dir;
   * its imports are resolved and loaded as for a package in dir, except those in overrides.
   * Not cached. parse replaces parseSource (e.g. an unfiltered parse); filename gives the
   * name diagnostics carry (default: the absolute path).
   */
  packageFromSources(importPath: string, dir: string, sources: readonly { name: string; text: string }[], opts: SourceOptions = {}): Package {
    const loc = { ...this.locate(dir), importPath };
    const p = this.newPackage(loc);
    const parse = opts.parse ?? ((f: string, text: string, fset: FileSet) => parseSource(f, text, fset, { placementAfterCheck: true }));
    p.files = sources.map((s) => {
      const path = join(dir, s.name);
      return { name: s.name, path, parse: parse(opts.filename?.(s.name) ?? path, s.text, this.fset) };
    });
    p.name = p.files[0]?.parse.file.pkgName.value ?? "";
    this.loadImports(p, [], opts.overrides);
    p.loading = false;
    return p;
  }

  /** Resolves and loads an import of a package at imp (for importers outside any loaded package). */
  importFrom(path: string, imp: PackageLocation): Package | null {
    return this.loadImport(path, imp, [], null);
  }

  /** The std (or cmd) packages: every directory under $GOROOT/src with Go files, as `go list std` lists them. */
  walkGoroot(which: "std" | "cmd"): PackageLocation[] {
    const src = join(this.goroot!, "src");
    const out: PackageLocation[] = [];
    const walk = (dir: string, rel: string): void => {
      if (rel !== "") {
        const inCmd = rel === "cmd" || rel.startsWith("cmd/");
        if (which === "std" ? !inCmd : inCmd) {
          if (rel !== "builtin" && !(rel === "runtime/cgo" && !this.context.cgoEnabled) && this.hasPackage(dir)) {
            // cmd skips the main packages of cmd/vendor (tools vendored for cmd/pprof).
            if (!(which === "cmd" && rel.startsWith("cmd/vendor/") && this.scan(dir).name === "main")) out.push(this.locate(dir));
          }
        }
      }
      for (const e of this.host.readDir(dir) ?? []) {
        if (e.kind !== "dir") continue;
        const n = e.name;
        // Unlike ./... patterns, std and cmd include their vendor directories.
        if (n.startsWith(".") || n.startsWith("_") || n === "testdata") continue;
        const r = rel === "" ? n : `${rel}/${n}`;
        if (which === "std" && r === "cmd") continue;
        if (which === "cmd" && rel === "" && n !== "cmd") continue;
        walk(join(dir, n), r);
      }
    };
    walk(src, "");
    return out.sort((a, b) => (a.importPath < b.importPath ? -1 : a.importPath > b.importPath ? 1 : 0));
  }

  /** go/build would find a package in dir (not a NoGoError). */
  private hasPackage(dir: string): boolean {
    const s = this.scan(dir);
    return s.goFiles.length + s.testGoFiles.length > 0 || s.conflict !== null || s.fileErrors.length > 0;
  }

  private scanCache = new Map<string, DirScan>();

  private scan(dir: string, only?: readonly string[]): DirScan {
    if (only) return scanDir(this.host, this.context, dir, { only });
    let s = this.scanCache.get(dir);
    if (!s) { s = scanDir(this.host, this.context, dir); this.scanCache.set(dir, s); }
    return s;
  }

  /** ./... , dir/..., or import-path patterns with "..." (std and the current module). */
  private matchWildcard(pat: string): PackageLocation[] {
    const cwd = this.host.cwd;
    const local = pat.startsWith("./") || pat.startsWith("../") || pat.startsWith("/");
    const i = pat.indexOf("...");
    const out: PackageLocation[] = [];
    if (local) {
      const re = wildcardRegExp(abs(pat.slice(0, i), cwd) + (pat.slice(0, i).endsWith("/") ? "/" : "") + pat.slice(i));
      let root = abs(pat.slice(0, i), cwd);
      if (this.host.stat(root) !== "dir") root = join(root, "..");
      const rootMod = this.locate(root).module;
      const walk = (dir: string): void => {
        if (re.test(dir) && this.hasPackage(dir)) out.push(this.locate(dir));
        for (const e of this.host.readDir(dir) ?? []) {
          if (e.kind !== "dir") continue;
          const n = e.name;
          if (n.startsWith(".") || n.startsWith("_") || n === "testdata" || n === "vendor") continue;
          const d = join(dir, n);
          if (this.host.stat(join(d, "go.mod")) === "file" && rootMod !== null) continue; // another module
          walk(d);
        }
      };
      walk(root);
      return out;
    }
    const re = wildcardRegExp(pat);
    if (this.goroot !== null) {
      for (const loc of this.walkGoroot("std").concat(pat.startsWith("cmd") ? this.walkGoroot("cmd") : [])) {
        if (re.test(loc.importPath)) out.push(loc);
      }
    }
    const mod = this.locate(cwd).module;
    if (mod !== null && !mod.path.startsWith("std") && this.goroot !== null && !hasPathPrefix(mod.root, join(this.goroot, "src"))) {
      const walk = (dir: string): void => {
        const loc = this.locate(dir);
        if (re.test(loc.importPath) && this.hasPackage(dir)) out.push(loc);
        for (const e of this.host.readDir(dir) ?? []) {
          if (e.kind !== "dir" || e.name.startsWith(".") || e.name.startsWith("_") || e.name === "testdata" || e.name === "vendor") continue;
          const d = join(dir, e.name);
          if (this.host.stat(join(d, "go.mod")) === "file") continue;
          walk(d);
        }
      };
      walk(mod.root);
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Packages and imports.

  private newPackage(loc: PackageLocation): Package {
    return {
      importPath: loc.importPath, dir: loc.dir, name: "", loc,
      goVersion: loc.module?.goVersion ?? "", cmdline: false, files: [], ignoredGoFiles: [], imports: [], complete: true,
      importMap: new Map(), error: null, importErrors: new Map(), importPos: new Map(), buildError: null, loading: true,
    };
  }

  private parse(path: string, name: string, text: string, loc: PackageLocation | null = null): ParsedFile {
    // gc checks directives differently in the standard library (-std) and the runtime.
    // Directive placement is checked after type checking (checkPackage does it).
    const policy: PragmaPolicy = loc !== null && loc.standard
      ? { std: true, runtime: runtimePackages.has(loc.importPath), placementAfterCheck: true }
      : { placementAfterCheck: true };
    return { name, path, parse: parseSource(path, text, this.fset, policy) };
  }

  /**
   * Loads the package at loc (cached by import path unless only is given). stk is the import
   * stack of the importer; pos the import's position.
   */
  private loadLocation(loc: PackageLocation, stk: string[], pos: ErrorPos | null, only?: readonly string[]): Package {
    if (!only) {
      const hit = this.byPath.get(loc.importPath);
      if (hit) return hit;
    }
    const p = this.newPackage(loc);
    if (!only) this.byPath.set(loc.importPath, p);
    const s = this.scan(loc.dir, only);
    p.ignoredGoFiles = s.ignoredGoFiles;
    p.name = s.name;
    p.complete = s.extFiles.length === 0 && !(loc.standard && RUNTIME_COMPLETED.has(loc.importPath));
    const atImport = (message: string): LoadError => ({ stack: stk.slice(), pos, message });
    if (s.conflict !== null) {
      const c = s.conflict;
      p.error = atImport(messages.multiplePackages(c.names[0], c.files[0], c.names[1], c.files[1], loc.dir));
    } else if (s.fileErrors.length > 0) {
      p.error = atImport(s.fileErrors[0]!);
    } else if (s.goFiles.length === 0) {
      const msg = s.ignoredGoFiles.length > 0 ? messages.constraintsExcludeAll(loc.dir)
        : s.testGoFiles.length > 0 ? messages.noNonTestGoFiles(loc.dir) : messages.noGoFiles(loc.dir);
      // go/build's NoGoError counts test files too; a test-only package loads, then fails to build.
      if (s.testGoFiles.length > 0) p.buildError = msg;
      else p.error = { stack: stk.concat(loc.importPath), pos: null, message: msg };
    }
    p.files = s.goFiles.map((f) => this.parse(join(loc.dir, f.name), f.name, f.text, loc));
    this.loadImports(p, stk.concat(loc.importPath));
    p.loading = false;
    return p;
  }

  /** Collects the imports of p's files and loads them. */
  private loadImports(p: Package, stk: string[], overrides?: ReadonlyMap<string, Package>): void {
    const seen = new Set<string>();
    for (const f of p.files) {
      for (const d of f.parse.file.declList) {
        if (d.kind !== NodeKind.ImportDecl || d.path === null) continue;
        const path = unquoteImportPath(d.path.value);
        if (path === null) continue; // the checker reports malformed import paths
        if (!p.importPos.has(path)) {
          const src = f.parse.source;
          // go/build records the position of the import spec: its name if it has one.
          const lc = src.lineCol((d.localPkgName ?? d.path).pos - src.base);
          p.importPos.set(path, { filename: f.path, line: lc.line, col: lc.col });
        }
        seen.add(path);
      }
    }
    p.imports = Array.from(seen).sort();
    const importerPath = p.cmdline || p.importPath === "command-line-arguments" ? this.locate(p.dir).importPath : p.importPath;
    for (const path of p.imports) {
      const pos = p.importPos.get(path) ?? null;
      const over = overrides?.get(path);
      if (over) { p.importMap.set(path, over); continue; }
      const dep = this.loadImport(path, { ...p.loc, importPath: importerPath }, stk, pos);
      if (dep === null) continue;
      p.importMap.set(path, dep);
      if (!dep.error && !internalAllowed(dep.loc, p.dir, importerPath)) {
        p.importErrors.set(path, { stack: stk.slice(), pos, message: messages.internal(dep.importPath), alwaysPrintStack: true });
      }
    }
  }

  /** Resolves an import and loads the package; null for "unsafe" (and a fake "C"). */
  private loadImport(path: string, imp: PackageLocation, stk: string[], pos: ErrorPos | null): Package | null {
    const r = resolveImport(this, path, imp);
    if (r.kind === "builtin") return null;
    if (r.kind === "error") {
      let p = this.errorPkgs.get(r.key);
      if (!p) {
        p = this.newPackage({ importPath: path, dir: "", module: null, standard: false, local: false });
        p.loading = false;
        p.error = { stack: stk.slice(), pos, message: r.message };
        this.errorPkgs.set(r.key, p);
      }
      return p;
    }
    const hit = this.byPath.get(r.loc.importPath);
    if (hit) {
      if (hit.loading && !hit.error) {
        hit.error = { stack: stk.concat(r.loc.importPath), pos: null, message: messages.importCycle, isCycle: true };
      }
      return hit;
    }
    return this.loadLocation(r.loc, stk, pos);
  }

  /** A package already loaded under this import path. */
  cached(importPath: string): Package | undefined {
    return this.byPath.get(importPath);
  }
}

/** Standard packages with declarations the runtime supplies: never compiled with -complete. */
const RUNTIME_COMPLETED: ReadonlySet<string> = new Set([
  "bytes", "internal/poll", "net", "os", "runtime/metrics", "runtime/pprof", "runtime/trace", "sync", "syscall", "time",
]);

function relOrAbs(dir: string, cwd: string): string {
  const r = relative(cwd, dir);
  return r.length < dir.length ? r : dir;
}

/** pkgpattern.MatchPattern: "..." matches any string; "x/..." also matches "x". */
function wildcardRegExp(pattern: string): RegExp {
  let re = pattern.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`).replace(/\\\.\\\.\\\./g, ".*");
  if (re.endsWith("/.*")) re = re.slice(0, -3) + "(/.*)?";
  return new RegExp(`^${re}$`);
}

/** Roots and their dependencies, each once, dependencies before importers. */
export function packageList(roots: readonly Package[]): Package[] {
  const out: Package[] = [];
  const seen = new Set<Package>();
  const visit = (p: Package): void => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const dep of p.importMap.values()) visit(dep);
    out.push(p);
  };
  for (const r of roots) visit(r);
  return out;
}

/** The loading errors of the packages, in order: each package's import errors, then its own. */
export function collectErrors(pkgs: readonly Package[]): LoadError[] {
  const out: LoadError[] = [];
  for (const p of pkgs) {
    for (const e of p.importErrors.values()) out.push(e);
    if (p.error) out.push(p.error);
  }
  return out;
}

/** Whether p or a package it depends on failed to load. */
export function hasLoadErrors(p: Package): boolean {
  return packageList([p]).some((q) => q.error !== null || q.importErrors.size > 0);
}
