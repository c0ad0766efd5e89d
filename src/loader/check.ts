// Type checking loaded packages in dependency order, through a checker passed in by the
// caller (the driver passes src/types' checkPackage; the loader does not import the checker).
//
// Each package gets an importer that returns its dependencies' checked packages. Diagnostics
// are combined as gc combines them: if the parser reported a "syntax error", gc stops after
// parsing and only the front end's errors are printed; otherwise the checker runs and its
// errors join the front end's, at most `errorLimit` in all, then "too many errors".

import { Diagnostic, gcDiagnostics } from "../diag/index.js";
import { FileSet } from "../source/index.js";
import { File } from "../syntax/index.js";
import { Package, packageList } from "./load.js";

/** What the checker needs to resolve an import: a checked package or an error message. */
export interface CheckImporter<P> {
  importPackage(path: string, fromDir: string): P | { error: string };
}

/** The checker's configuration; the first five fields are src/types' CheckConfig. */
export interface CheckConfig<P> {
  /** "go1.21"; "" for the newest version. */
  goVersion: string;
  importer: CheckImporter<P>;
  fakeImportC?: boolean;
  /** gc's limit (10), or 0 for none (-e). */
  errorLimit?: number;
  ignoreFuncBodies?: boolean;
  /** types2's Config.IgnoreBranchErrors; unset means true (gc's parser checks branches). */
  ignoreBranchErrors?: boolean;
  /** types2's Config.EnableAlias (GODEBUG gotypesalias); unset means Go 1.23's default, true. */
  enableAlias?: boolean;
  /** GOEXPERIMENT setting for the check (types2 testdata: aliastypeparams). */
  goexperiment?: string;
  /** Declare types2's test-only builtins assert and trace (types2 testdata). */
  /** Run gc's checks after types2 (default true; the types2 test data turns them off). */
  compilerChecks?: boolean;
  testFuncs?: boolean;
  /** gc's -complete: report a function declared without a body ("missing function body"). */
  complete?: boolean;
}

/** The checker: src/types' checkPackage has this shape (with P its Package). */
export type CheckFunc<P> = (pkgPath: string, files: File[], config: CheckConfig<P>, fset: FileSet) => { pkg: P; diagnostics: Diagnostic[] };

export interface CheckOptions {
  /** gc's default is 10; 0 means no limit. */
  errorLimit: number;
  /** Check this package without function bodies (dependencies known to be correct, e.g. std). */
  ignoreFuncBodies?: (p: Package) => boolean;
  /** Check packages whose dependencies had errors (the go command does not). */
  checkAfterFailedDeps?: boolean;
  /** Extra configuration for every package (suite flags). */
  extra?: (p: Package) => Partial<CheckConfig<unknown>>;
  /** Report an exception thrown by the checker as the package's result instead of propagating it. */
  catchCrashes?: boolean;
}

/** Options for checking one package directly (the conformance suites' test packages). */
export interface DirectCheckOptions {
  /** Configuration for this package only (on top of opts.extra). */
  extra?: Partial<CheckConfig<unknown>>;
  /**
   * As types2's test harness: run the checker even after syntax errors, and return every
   * diagnostic as reported (no limit, sorting or per-line filtering).
   */
  raw?: boolean;
  /** Remember the result (default true); test packages are checked once and forgotten. */
  cache?: boolean;
  /**
   * An importer error for path, decided before it is looked up (gc's own import path rules,
   * for the suites that run as gc rather than the go command); null to look it up.
   */
  importError?: (path: string) => string | null;
}

export type CheckStatus = "ok" | "errors" | "depFailed";

export interface PackageCheck<P> {
  pkg: Package;
  /** The checker's package; null if it did not run. */
  checked: P | null;
  /** What gc would print for the package, sorted, limited. */
  diagnostics: Diagnostic[];
  status: CheckStatus;
  /** For depFailed: the dependency that had errors. */
  failedDep?: Package;
  /** With catchCrashes: the exception the checker threw. */
  crash?: string;
}

/** Checks packages on demand, each once, dependencies first. */
export class PackageChecker<P> {
  private readonly results = new Map<Package, PackageCheck<P>>();
  private readonly inProgress = new Set<Package>();

  constructor(private readonly check: CheckFunc<P>, private readonly fset: FileSet, readonly opts: CheckOptions) {}

  /** Checks every package of the list (dependencies first) and returns their results in list order. */
  checkAll(roots: readonly Package[]): PackageCheck<P>[] {
    return packageList(roots).map((p) => this.checkPackage(p));
  }

  /** The result for p, checking it (and its dependencies) if that has not happened yet. */
  checkPackage(p: Package, direct: DirectCheckOptions = {}): PackageCheck<P> {
    const hit = this.results.get(p);
    if (hit) return hit;
    if (this.inProgress.has(p)) {
      // An import cycle: the loader reported it; break it here.
      return { pkg: p, checked: null, diagnostics: [], status: "depFailed", failedDep: p };
    }
    this.inProgress.add(p);
    try {
      let r: PackageCheck<P>;
      try {
        r = this.run(p, direct);
      } catch (e) {
        if (!this.opts.catchCrashes) throw e;
        const err = e as Error;
        const where = (err?.stack ?? "").split("\n").slice(1, 3).map((l) => l.trim()).join(" ");
        r = { pkg: p, checked: null, diagnostics: [], status: "errors", crash: `${err?.name ?? "Error"}: ${err?.message ?? String(e)}${where ? ` (${where})` : ""}` };
      }
      if (direct.cache !== false) this.results.set(p, r);
      return r;
    } finally {
      this.inProgress.delete(p);
    }
  }

  private run(p: Package, direct: DirectCheckOptions): PackageCheck<P> {
    for (const dep of p.importMap.values()) {
      const d = this.checkPackage(dep);
      if (d.status !== "ok" && !this.opts.checkAfterFailedDeps) {
        return { pkg: p, checked: null, diagnostics: [], status: "depFailed", failedDep: d.failedDep ?? dep };
      }
    }
    if (p.buildError !== null || (p.error !== null && p.files.length === 0)) {
      // Nothing to check: a test-only package, or one that failed to load.
      return { pkg: p, checked: null, diagnostics: [], status: "errors" };
    }
    const front: Diagnostic[] = [];
    for (const f of p.files) front.push(...f.parse.diagnostics);
    const limit = this.opts.errorLimit;
    if (!direct.raw && front.some((d) => d.message.startsWith("syntax error"))) {
      return { pkg: p, checked: null, diagnostics: gcOrder(front, gcDiagnostics(front, limit)), status: "errors" };
    }
    const importer: CheckImporter<P> = {
      importPackage: (path) => {
        const early = direct.importError?.(path);
        if (early) return { error: early };
        const dep = p.importMap.get(path);
        if (!dep) return { error: `package ${path} was not loaded` };
        const d = this.checkPackage(dep);
        if (d.checked === null) return { error: d.pkg.error?.message ?? `package ${path} has errors` };
        return d.checked;
      },
    };
    const config: CheckConfig<P> = {
      goVersion: p.goVersion,
      importer,
      // gc counts front-end and checker errors together and stops at the limit; the checker
      // runs without one and gcDiagnostics keeps the first `limit` in report order.
      errorLimit: 0,
      ignoreFuncBodies: this.opts.ignoreFuncBodies?.(p) ?? false,
      complete: p.complete,
      ...(this.opts.extra?.(p) as Partial<CheckConfig<P>> | undefined),
      ...(direct.extra as Partial<CheckConfig<P>> | undefined),
    };
    // The go command compiles every main package with package path "main" (-p main), which
    // shows in messages that qualify types by path.
    const pkgPath = p.name === "main" ? "main" : p.importPath;
    const res = this.check(pkgPath, p.files.map((f) => f.parse.file), config, this.fset);
    const all = front.concat(res.diagnostics);
    const diagnostics = direct.raw ? all : gcOrder(all, gcDiagnostics(all, limit));
    return { pkg: p, checked: res.pkg, diagnostics, status: diagnostics.length > 0 ? "errors" : "ok" };
  }
}

/**
 * gc sorts the errors it prints by position, where files compare in the order gc first saw a
 * position in them: for errors, the order in which each file's first error was reported (a
 * package-level error in b.go prints before a function-body error in a.go). gcDiagnostics
 * sorts files by name; this re-sorts out (stably) by each file's first appearance in
 * reported, keeping a final "too many errors" last.
 */
export function gcOrder(reported: readonly Diagnostic[], out: Diagnostic[]): Diagnostic[] {
  const rank = new Map<unknown, number>();
  for (const d of reported) if (!rank.has(d.source)) rank.set(d.source, rank.size);
  const last = out.length > 0 && out[out.length - 1]!.message === "too many errors" ? out[out.length - 1]! : null;
  const body = last ? out.slice(0, -1) : out.slice();
  const sorted = body
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (rank.get(a.d.source) ?? 0) - (rank.get(b.d.source) ?? 0) || a.d.offset - b.d.offset || a.i - b.i)
    .map((x) => x.d);
  return last ? sorted.concat(last) : sorted;
}
