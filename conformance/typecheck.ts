// The type-checking suites' shared machinery: a loader over $GOROOT whose standard-library
// packages are loaded, parsed and checked once (without function bodies, like imported
// packages) and reused by every test, and checking a test package made of in-memory files.
//
// The checker is the driver's checkPackage (src/types). These suites are opt-in (see run.ts)
// while the checker is being completed.

import { checkPackage, typeCheckerWired } from "../src/driver.js";
import { Diagnostic, formatDiagnostic } from "../src/diag/index.js";
import { CheckConfig, Loader, Package, PackageChecker, SourceOptions, formatLoadError, collectErrors, packageList } from "../src/loader/index.js";
import { nodeLoaderHost } from "../src/nodehost.js";
import { byteStringToUtf8 } from "./gots.js";
import { TestResult } from "./suite.js";

export { typeCheckerWired };

export interface TestCheck {
  pkg: Package;
  /** Loading errors (imports that do not resolve), as the go command prints them. */
  loadErrors: string[];
  /** What the checker (and the parser before it) reported. */
  diagnostics: Diagnostic[];
  /** The checker threw. */
  crash?: string;
}

/** The checker's package type. */
type Checked = ReturnType<typeof checkPackage>["pkg"];

export class TypeSession {
  readonly loader: Loader;
  private readonly checker: PackageChecker<Checked>;

  constructor(goroot: string, fakeImportC = false) {
    this.loader = new Loader(nodeLoaderHost(goroot), { goroot, fakeImportC });
    this.checker = new PackageChecker<Checked>(checkPackage, this.loader.fset, {
      errorLimit: 0,
      ignoreFuncBodies: (p) => p.loc.standard,
      checkAfterFailedDeps: true,
      catchCrashes: true,
    });
  }

  /**
   * Checks a package of the given files (in directory dir, for import resolution). errorLimit
   * 0 is gc -e; raw is types2's test harness (every error as reported, checking despite syntax
   * errors).
   */
  check(importPath: string, dir: string, files: readonly { name: string; text: string }[],
    opts: {
      extra?: Partial<CheckConfig<unknown>>; raw?: boolean; errorLimit?: number; cache?: boolean;
      importError?: (path: string) => string | null;
      /** Called with the package once it is loaded, before it is checked. */
      onPackage?: (p: Package) => void;
    } & SourceOptions = {}): TestCheck {
    const pkg = this.loader.packageFromSources(importPath, dir, files, opts);
    opts.onPackage?.(pkg);
    const loadErrors = collectErrors(packageList([pkg]).filter((p) => p === pkg || !p.loc.standard || p.error !== null))
      .map((e) => formatLoadError(e, dir));
    const r = this.checker.checkPackage(pkg, {
      // The test package itself is checked with function bodies, even in $GOROOT/src.
      extra: { ignoreFuncBodies: false, ...opts.extra, ...(opts.errorLimit ? { errorLimit: opts.errorLimit } : {}) },
      raw: opts.raw ?? false,
      cache: opts.cache ?? false,
      ...(opts.importError ? { importError: opts.importError } : {}),
    });
    let diagnostics = r.diagnostics;
    if (opts.errorLimit && !opts.raw) {
      // gc without -e: the first errorLimit errors, then "too many errors".
      diagnostics = limitDiagnostics(diagnostics, opts.errorLimit);
    }
    return { pkg, loadErrors, diagnostics, ...(r.crash ? { crash: r.crash } : {}) };
  }

  /** The shared checker, for suites that check loaded packages (std-check). */
  get packageChecker(): PackageChecker<Checked> { return this.checker; }
}

function limitDiagnostics(ds: Diagnostic[], limit: number): Diagnostic[] {
  if (ds.length <= limit) return ds;
  const kept = ds.slice(0, limit);
  const last = kept[kept.length - 1]!;
  return kept.concat({ source: last.source, offset: last.offset, message: "too many errors", kind: last.kind });
}

/** Diagnostics as gc prints them ("file:line:col: msg"), decoded from UTF-8; columns omitted with noColumns (gc -C). */
export function diagnosticLines(ds: readonly Diagnostic[], noColumns = false): string[] {
  return ds.map((d) => {
    const text = noColumns
      ? (() => { const p = d.source.position(d.offset); return `${p.filename}:${p.line}: ${d.message}`; })()
      : formatDiagnostic(d);
    return byteStringToUtf8(text);
  });
}

const sessions = new Map<string, TypeSession>();

/** One session per GOROOT and fakeImportC setting, shared by the suites of a run. */
export function typeSession(goroot: string, fakeImportC = false): TypeSession {
  const key = `${goroot}\0${fakeImportC}`;
  let s = sessions.get(key);
  if (!s) { s = new TypeSession(goroot, fakeImportC); sessions.set(key, s); }
  return s;
}

/** A note for suite output while the checker is a placeholder. */
export function placeholderNote(): string[] {
  return typeCheckerWired ? [] : ["NOTE: the type checker is not wired into the driver yet (placeholder reporting no errors): failures are expected"];
}

/** A failure or skip reason reduced to its category: no package prefix, numbers as N, crashes as one. */
export function reasonCategory(reason: string, numbers = true): string {
  let r = reason.replace(/^package \S+: /, "");
  if (r.startsWith("crash")) return "crash (the checker threw)";
  if (numbers) r = r.replace(/(^|[ (])\d+(?= )/g, "$1N");
  return r.length > 90 ? r.slice(0, 87) + "..." : r;
}

/** Suite notes: failures and skips counted by category, most frequent first. */
export function tallyNotes(results: readonly TestResult[], verbose: boolean): string[] {
  const notes = placeholderNote();
  for (const status of ["fail", "skip"] as const) {
    const counts = new Map<string, number>();
    for (const r of results) {
      if (r.status !== status) continue;
      const c = reasonCategory(r.reason ?? "(no reason)", status === "fail");
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    notes.push(status === "fail" ? "failures by category (listed known failures included):" : "skipped and excluded, by reason:");
    for (const [c, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) notes.push(`  ${String(n).padStart(5)}  ${c}`);
  }
  if (verbose) {
    for (const r of results) if (r.status === "skip") notes.push(`  SKIP ${r.name}: ${r.reason ?? ""}`);
  }
  return notes;
}

/**
 * What gc's importer says about an import path before and instead of finding it: gc checks the
 * path itself (noder's resolveImportPath) and then opens the package's export data through
 * the harness's importcfg, where a missing package is the file "" ("open : no such file or
 * directory"). known tells whether gots' loader found the package.
 */
export function gcImportError(path: string, pkgPath: string, known: boolean): string | null {
  if (path === "main") return 'cannot import "main"';
  if (path === pkgPath) return `import ${JSON.stringify(path)} while compiling that package (import cycle)`;
  const local = path.startsWith("/") || path.startsWith("./") || path.startsWith("../") || path === "." || path === "..";
  if (local && path.startsWith("/")) return "import path cannot be absolute path";
  if (!local) {
    const clean = posixClean(path);
    if (clean !== path) return `non-canonical import path ${JSON.stringify(path)} (should be ${JSON.stringify(clean)})`;
  }
  return known ? null : "open : no such file or directory";
}

function posixClean(p: string): string {
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const e of p.split("/")) {
    if (e === "" || e === ".") continue;
    if (e === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (e === ".." && rooted) continue;
    else out.push(e);
  }
  const s = (rooted ? "/" : "") + out.join("/");
  return s === "" ? "." : s;
}
