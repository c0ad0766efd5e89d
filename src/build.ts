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
import { UnsupportedError } from "./lower/index.js";

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
}

export type BuildResult =
  | { ok: true; js: string; sourceMap: J.SourceMapV3 | null; funcNames: Record<string, string>; files: string[] }
  | { ok: false; errors: string };

export function buildProgram(host: LoaderHost, patterns: string[], opts: BuildOptions): BuildResult {
  const loader = new Loader(host, { goroot: opts.stdlibRoot });
  const res = loader.load(patterns);
  if (res.errors.length > 0) return { ok: false, errors: res.errors.map((e) => e + "\n").join("") };
  const mains = res.roots.filter((p) => p.name === "main");
  if (res.roots.length !== 1 || mains.length !== 1) {
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
  for (const r of checker.checkAll(res.roots)) {
    const p = r.pkg;
    if (p.buildError !== null) { errors += `${p.importPath}: ${p.buildError}\n`; continue; }
    if (r.status === "errors") { errors += formatCompileErrors(p, r.diagnostics, host.cwd) + "\n"; continue; }
    if (r.status !== "ok" || r.checked === null) continue;
    const ii = infos.get(r.checked)!;
    ordered.push({ path: r.checked.path, pkg: r.checked, info: ii.info, files: ii.files });
  }
  if (errors !== "") return { ok: false, errors };
  const main = ordered[ordered.length - 1]!;
  let program: J.Program;
  const pc = new ProgramCompiler(ordered, { hasNative: opts.hasNative, isBlockingNative: opts.isBlockingNative });
  try {
    program = pc.compile(main);
  } catch (e) {
    if (e instanceof UnsupportedError) {
      const where = loader.fset.position(e.pos);
      const rootPkg = mains[0]!;
      return { ok: false, errors: `# ${rootPkg.importPath}\n${relPos(where, host.cwd)}: gots: ${e.what} is not supported yet\n` };
    }
    throw e;
  }
  const fset = loader.fset;
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
  return { ok: true, js, sourceMap, funcNames: pc.goNames(), files: [...files] };
}

function relPos(p: { filename: string; line: number; col: number } | undefined, cwd: string): string {
  if (!p) return "?";
  let f = p.filename;
  if (f.startsWith(cwd + "/")) f = "./" + f.slice(cwd.length + 1);
  return `${f}:${p.line}:${p.col}`;
}

export type { LPackage, Diagnostic, FileSet };
export { packageList };
