// Building a Go program to JavaScript: load the packages (the standard library from gots'
// own stdlib tree), type-check them with function bodies, lower them to one JS program and
// print it with a source map. No Node imports: the loader host is passed in.

import * as J from "./js/index.js";
import { FileSet } from "./source/index.js";
import { Diagnostic } from "./diag/index.js";
import { Loader, LoaderHost, PackageChecker, formatCompileErrors, packageList, type Package as LPackage } from "./loader/index.js";
import * as types from "./types/index.js";
import type { Info } from "./types/index.js";
import { checkPackage } from "./driver.js";
import { ProgramCompiler, LowerPackage } from "./lower/index.js";
import { buildInfoOf } from "./buildinfo.js";
import { UnsupportedError } from "./lower/index.js";
import { NodeKind } from "./syntax/index.js";
import { classifyPackage, kindText, type DeferOptions } from "./defer/index.js";
import { GcFlags, noGcFlags, gcFlagsApply, deferOptionsOf } from "./gcflags.js";

export interface BuildOptions {
  /** The directory holding gots' standard library as DIR/src/<import path>. */
  stdlibRoot: string;
  /** Standard-library functions with native implementations: "path.Func" / "path.Type.Method". */
  hasNative(key: string): boolean;
  /** Natives that may block (generator functions): calls to them yield. */
  isBlockingNative?(key: string): boolean;
  /** Emit a source map. */
  sourceMap?: boolean;
  /** The name the generated file will have (for the source map). */
  outFile?: string;
  /** -gcflags (defer strategies and -d=defer reports). */
  gcflags?: GcFlags;
}

export type BuildResult =
  | {
    ok: true; js: string; sourceMap: J.SourceMapV3 | null; funcNames: Record<string, string>; files: string[];
    /** What the compiler reports on standard error for a successful build (-d=defer lines). */
    diagnostics: string;
  }
  | { ok: false; errors: string };

export type CheckedProgram =
  | { ok: true; ordered: LowerPackage[]; roots: Set<string>; importPaths: Map<string, string>; standard: Set<string>; fset: FileSet; mainPkg: LPackage }
  | { ok: false; errors: string };

/** Loads and type-checks the packages of a build, dependencies first. */
export function checkProgram(host: LoaderHost, patterns: string[], stdlibRoot: string, requireMain = true): CheckedProgram {
  const loader = new Loader(host, { goroot: stdlibRoot });
  const res = loader.load(patterns);
  if (res.errors.length > 0) return { ok: false, errors: res.errors.map((e) => e + "\n").join("") };
  const mains = res.roots.filter((p) => p.name === "main");
  if (requireMain && (res.roots.length !== 1 || mains.length !== 1)) {
    const p = res.roots[0];
    return { ok: false, errors: p ? `package ${p.importPath} is not a main package\n` : "no packages to build\n" };
  }
  const infos = new Map<types.Package, { info: Info; files: readonly import("./syntax/index.js").File[] }>();
  const checker = new PackageChecker<types.Package>((path, files, config, fset) => {
    const r = checkPackage(path, files, config as never, fset);
    infos.set(r.pkg, { info: r.info, files });
    return { pkg: r.pkg, diagnostics: r.diagnostics };
  }, loader.fset, {
    errorLimit: 10,
    // Our own standard library declares natives as functions without bodies.
    extra: (p) => (p.loc.standard ? { complete: false } : {}),
  });
  let errors = "";
  const ordered: LowerPackage[] = [];
  const roots = new Set<string>(), importPaths = new Map<string, string>(), standard = new Set<string>();
  const rootPkgs = new Set(res.roots);
  for (const r of checker.checkAll(res.roots)) {
    const p = r.pkg;
    if (p.buildError !== null) { errors += `${p.importPath}: ${p.buildError}\n`; continue; }
    if (r.status === "errors") { errors += formatCompileErrors(p, r.diagnostics, host.cwd) + "\n"; continue; }
    if (r.status !== "ok" || r.checked === null) continue;
    const ii = infos.get(r.checked)!;
    ordered.push({ path: r.checked.path, pkg: r.checked, info: ii.info, files: ii.files });
    importPaths.set(r.checked.path, p.importPath);
    if (rootPkgs.has(p)) roots.add(r.checked.path);
    if (p.loc.standard) standard.add(r.checked.path);
  }
  if (errors !== "") return { ok: false, errors };
  return { ok: true, ordered, roots, importPaths, standard, fset: loader.fset, mainPkg: (mains[0] ?? res.roots[0])! };
}

export function buildProgram(host: LoaderHost, patterns: string[], opts: BuildOptions): BuildResult {
  const checked = checkProgram(host, patterns, opts.stdlibRoot);
  if (!checked.ok) return checked;
  const { ordered } = checked;
  const gcflags = opts.gcflags ?? noGcFlags;
  const flagged = new Map<string, { importPath: string }>();
  for (const lp of ordered) {
    const importPath = checked.importPaths.get(lp.path)!;
    if (gcFlagsApply(gcflags, importPath, checked.roots.has(lp.path), checked.standard.has(lp.path))) flagged.set(lp.path, { importPath });
  }
  const main = ordered[ordered.length - 1]!;
  // The linker's complaint, as go build reports it.
  if (!(main.pkg.scope.lookup("main") instanceof types.Func)) {
    return { ok: false, errors: `# ${checked.mainPkg.importPath}\nruntime.main_main\u00c2\u00b7f: function main is undeclared in the main package\n` };
  }
  let program: J.Program;
  const deferOpts = deferOptionsOf(gcflags);
  const pc = new ProgramCompiler(ordered, {
    hasNative: opts.hasNative, isBlockingNative: opts.isBlockingNative,
    deferOptions: (path) => (flagged.has(path) ? deferOpts : { noOpen: false }),
    isStandard: (path) => checked.standard.has(path),
    // Recorded only when a program can read it.
    buildInfo: ordered.some((p) => p.path === "runtime/debug") ? buildInfoOf(checked.mainPkg) : undefined,
    sitePosition: (pos) => {
      const p = checked.fset.position(pos);
      return p ? `${p.filename}:${p.line}` : undefined;
    },
  });
  try {
    program = pc.compile(main);
  } catch (e) {
    if (e instanceof UnsupportedError) {
      const where = checked.fset.position(e.pos);
      const rootPkg = checked.mainPkg;
      return { ok: false, errors: `# ${rootPkg.importPath}\n${relPos(where, host.cwd)}: gots: ${e.message}\n` };
    }
    throw e;
  }
  const fset = checked.fset;
  let diagnostics = "";
  if (gcflags.debugDefer) {
    for (const lp of ordered) {
      const f = flagged.get(lp.path);
      if (f === undefined) continue;
      diagnostics += deferReport(lp, f.importPath, fset, host.cwd, deferOpts, (d) => isCompiled(pc, lp, d));
    }
  }
  const files = new Set<string>();
  let sourceMap: J.SourceMapV3 | null = null;
  let js: string;
  if (opts.sourceMap) {
    const builder = new J.SourceMapBuilder((pos) => {
      const p = fset.position(pos);
      if (!p) return undefined;
      files.add(p.filename);
      return { file: p.filename, line: p.line, column: p.col };
    }, { file: opts.outFile ?? "main.js" });
    js = J.printProgram(program, { sourceMap: builder });
    sourceMap = builder.toJSON();
  } else {
    js = J.printProgram(program);
  }
  return { ok: true, js, sourceMap, funcNames: pc.goNames(), files: [...files], diagnostics };
}

/** gc compiles every function of a package, but a generic one only when instantiated. */
function isCompiled(pc: ProgramCompiler, lp: LowerPackage, d: import("./syntax/index.js").FuncDecl): boolean {
  const o = lp.info.defs.get(d.name);
  const sig = o instanceof types.Func ? (o.type as types.Signature) : null;
  const generic = (d.tParamList !== null && d.tParamList.length > 0) || (sig !== null && sig.rparams !== null && sig.rparams.length > 0);
  if (!generic) return true;
  if (pc.isInstantiated(d)) return true;
  // gc compiles every method of an instantiated generic type.
  if (sig === null || sig.recv === null) return false;
  const recvName = recvBaseName(d);
  for (const f of lp.files) {
    for (const m of f.declList) {
      if (m.kind === NodeKind.FuncDecl && m.recv !== null && recvBaseName(m) === recvName && pc.isInstantiated(m)) return true;
    }
  }
  return false;
}

function recvBaseName(d: import("./syntax/index.js").FuncDecl): string {
  let t: import("./syntax/index.js").Expr | null = d.recv?.type ?? null;
  while (t !== null && (t.kind === NodeKind.Operation || t.kind === NodeKind.IndexExpr || t.kind === NodeKind.ParenExpr)) t = t.x;
  return t !== null && t.kind === NodeKind.Name ? t.value : "";
}

/** The -d=defer lines of one package, as go build prints them (`# path` first). */
export function deferReport(
  lp: LowerPackage, importPath: string, fset: FileSet, cwd: string, opts: DeferOptions,
  include: (d: import("./syntax/index.js").FuncDecl) => boolean = () => true,
): string {
  const lineOf = (p: number): number => fset.position(p)?.line ?? 0;
  const r = classifyPackage(lp.files, lp.info, lineOf, opts, include);
  if (r.sites.length === 0) return "";
  let s = `# ${importPath}\n`;
  for (const site of r.sites) s += `${relPos(fset.position(site.pos), cwd)}: ${kindText[site.decision.kind]} defer\n`;
  return s;
}

function relPos(p: { filename: string; line: number; col: number } | undefined, cwd: string): string {
  if (!p) return "?";
  let f = p.filename;
  if (f.startsWith(cwd + "/")) f = "./" + f.slice(cwd.length + 1);
  return `${f}:${p.line}:${p.col}`;
}

export type { LPackage, Diagnostic, FileSet };
export { packageList };
