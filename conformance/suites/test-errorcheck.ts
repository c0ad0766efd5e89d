// Suite "test-errorcheck": the errorcheck tests of $GOROOT/test (errorcheck, errorcheckwithauto,
// errorcheckdir, and the errorcheck half of errorcheckandrundir), checked by gots' front end
// and type checker in-process, judged by the harness's rule: every error must be matched by
// an ERROR comment on its line and every ERROR regexp must match an error on its line.
//
// gc runs `compile -p=p -C -e` (no columns, no error limit) on one file; the *dir actions
// compile the packages of X.dir in order as test/<first file>, later ones importing earlier
// ones as "./a" or "test/a". Tests whose recipe needs a gc-only flag that makes the test about
// something other than front-end and type errors (escape analysis with -m, liveness, SSA
// debugging, …) are excluded with that reason, as are errorcheckoutput tests (their source is
// the output of running a Go program) and the harness's own types2Failures.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource, ParseResult } from "../../src/driver.js";
import { FileSet } from "../../src/source/index.js";
import { errorCheck, splitOutput, wantedErrors } from "../errorcomments.js";
import { loadCache } from "../oracle.js";
import { BuildContext, defaultBuildContext, listTestFiles, Recipe, selectTest } from "../recipe.js";
import { RunContext, Suite, SuiteOutput, TestResult } from "../suite.js";
import { diagnosticLines, gcImportError, tallyNotes, typeSession, TypeSession } from "../typecheck.js";
import { Package } from "../../src/loader/index.js";

const NAME = "test-errorcheck";

export const testErrorcheckSuite: Suite = {
  name: NAME,
  description: "$GOROOT/test errorcheck tests: gots' errors match the ERROR comments",

  run,
};

/** testdir's types2Failures: gc itself does not satisfy these files' ERROR comments. */
const TYPES2_FAILURES = new Set([
  "shift1.go", "fixedbugs/issue10700.go", "fixedbugs/issue18331.go", "fixedbugs/issue18419.go",
  "fixedbugs/issue20233.go", "fixedbugs/issue20245.go", "fixedbugs/issue31053.go", "fixedbugs/notinheap.go",
]);

/** How a recipe's flags translate to a check, or why the test is excluded. */
export interface EcFlags {
  pkgPath: string;
  goVersion: string;
  /** 0: no limit (-e, the harness's default); -e=0 restores gc's 10. */
  errorLimit: number;
  std: boolean;
  runtime: boolean;
  complete: boolean;
  goexperiment: string;
}

/** Flags that only change code generation or debugging output, never the front end's errors. */
const NEUTRAL = new Set(["-d=panic", "-N", "-l", "-e"]);

export function recipeFlags(r: Recipe): EcFlags | { exclude: string } {
  const f: EcFlags = { pkgPath: "p", goVersion: "", errorLimit: 0, std: false, runtime: false, complete: false, goexperiment: r.goexperiment.join(",") };
  for (const w of r.flags) {
    if (NEUTRAL.has(w)) continue;
    let m: RegExpExecArray | null;
    if ((m = /^-lang=(go1(\.\d+)?)$/.exec(w))) { f.goVersion = m[1]!; continue; }
    if ((m = /^-p=(.+)$/.exec(w))) { f.pkgPath = m[1]!; continue; }
    if (w === "-e=0") { f.errorLimit = 10; continue; }
    if (w === "-std") { f.std = true; continue; }
    if (w === "-+") { f.runtime = true; continue; }
    if (w === "-complete") { f.complete = true; continue; }
    return { exclude: `gc-only flag ${w}: ${flagWhy(w)}` };
  }
  if (f.pkgPath === "runtime" && f.runtime) f.std = true;
  return f;
}

function flagWhy(w: string): string {
  if (/^-m/.test(w)) return "escape analysis and inlining output";
  if (/^-live/.test(w)) return "liveness output";
  if (/^-d=ssa\//.test(w)) return "SSA pass debugging output";
  if (/^-d=/.test(w)) return "compiler debugging output";
  if (w === "-race") return "race instrumentation";
  if (/^-wb/.test(w)) return "write barrier output";
  if (w === "-smallframes") return "stack frame layout";
  if (/^-l=/.test(w)) return "inlining level";
  return "not a front-end or type-checking flag";
}

async function run(ctx: RunContext): Promise<SuiteOutput> {
  const testRoot = join(ctx.env.goroot, "test");
  const cache = loadCache(join(ctx.repoRoot, "conformance", "expect", "gc-syntax.json"), ctx.env.version);
  const buildCtx: BuildContext = cache.context ?? defaultBuildContext();
  const session = typeSession(ctx.env.goroot);
  const results: TestResult[] = [];
  const files = listTestFiles(testRoot).filter((p) => ctx.selected(`${NAME}/${p}`));
  const progress = ctx.progress(NAME);
  let i = 0;
  for (const path of files) {
    progress(++i, files.length);
    const name = `${NAME}/${path}`;
    const text = readFileSync(join(testRoot, path), "utf8");
    const sel = selectTest(text, buildCtx);
    if (sel.status !== "test") {
      if (/\/\/ errorcheck/.test(text.slice(0, 200))) results.push({ name, status: "skip", reason: sel.reason });
      continue;
    }
    const r = sel.recipe;
    const kind = r.rawAction;
    if (!["errorcheck", "errorcheckwithauto", "errorcheckdir", "errorcheckandrundir", "errorcheckoutput"].includes(kind)) continue;
    if (kind === "errorcheckoutput") { results.push({ name, status: "skip", reason: "excluded: errorcheckoutput checks the output of running a Go program" }); continue; }
    if (TYPES2_FAILURES.has(path)) { results.push({ name, status: "skip", reason: "excluded: gc itself fails this test (testdir's types2Failures)" }); continue; }
    const flags = recipeFlags(r);
    if ("exclude" in flags) { results.push({ name, status: "skip", reason: `excluded: ${flags.exclude}` }); continue; }
    try {
      results.push(kind === "errorcheckdir" || kind === "errorcheckandrundir"
        ? checkDir(session, name, join(testRoot, path.replace(/\.go$/, ".dir")), r, flags)
        : checkFile(session, name, testRoot, path, r, flags));
    } catch (e) {
      results.push({ name, status: "fail", reason: `crash: ${(e as Error).message}`, detail: ((e as Error).stack ?? "").split("\n").slice(1, 6) });
    }
  }
  return { results, notes: tallyNotes(results, ctx.opts.verbose) };
}

/** parseSource with the directive policy the recipe's flags give gc. */
function parser(f: EcFlags): (filename: string, text: string, fset: FileSet) => ParseResult {
  return (filename, text, fset) => parseSource(filename, text, fset, { std: f.std, runtime: f.runtime, placementAfterCheck: true });
}

function checkFile(session: TypeSession, name: string, testRoot: string, path: string, r: Recipe, f: EcFlags): TestResult {
  const short = path.slice(path.lastIndexOf("/") + 1);
  const dir = join(testRoot, path, "..");
  const text = readFileSync(join(testRoot, path), "latin1");
  let pkg: Package | null = null;
  const res = session.check(f.pkgPath, dir, [{ name: short, text }], {
    parse: parser(f), filename: (n) => n, errorLimit: f.errorLimit,
    importError: (path) => gcImportError(path, f.pkgPath, knownImport(pkg, path)),
    onPackage: (p) => { pkg = p; },
    extra: { complete: f.complete, ...(f.goVersion ? { goVersion: f.goVersion } : {}), ...(f.goexperiment ? { goexperiment: f.goexperiment } : {}) },
  });
  if (res.crash) return { name, status: "fail", reason: `crash: ${res.crash}` };
  // gc -C prints positions without columns.
  const out = diagnosticLines(res.diagnostics, true);
  return judge(name, [{ text: Buffer.from(text, "latin1").toString("utf8"), short }], out, r.wantError, r.wantAuto, true, res.loadErrors);
}

/**
 * The harness's verdict for one compile: the compile must fail (or not, with -0), then
 * errorCheck over the files' ERROR comments.
 */
function judge(name: string, files: { text: string; short: string }[], out: string[], wantError: boolean | null, wantAuto: boolean, last: boolean, loadErrors: string[]): TestResult {
  const failedCompile = out.length > 0;
  const detailOut = out.length > 0 ? ["gots reported:", ...out.map((l) => `  ${l}`)] : ["gots reported no errors"];
  if (loadErrors.length > 0) detailOut.push("imports that did not resolve:", ...loadErrors.map((l) => `  ${l}`));
  if (wantError === true && last && !failedCompile) return { name, status: "fail", reason: "compiled without errors, errors expected", detail: detailOut };
  if (wantError === false && failedCompile) return { name, status: "fail", reason: "errors reported, none expected (-0)", detail: detailOut };
  const problems: string[] = [];
  const wanted = files.flatMap((f) => {
    const w = wantedErrors(f.text, f.short);
    problems.push(...w.problems);
    return w.wanted;
  });
  if (problems.length > 0) return { name, status: "fail", reason: "malformed ERROR comment", detail: problems };
  const lines = splitOutput(out.join("\n"), wantAuto);
  const p = errorCheck(lines, wanted, wantAuto);
  if (p.length === 0) return { name, status: "pass" };
  const missing = p.filter((x) => / missing error /.test(x) || / no match for /.test(x)).length;
  const unmatched = p.some((x) => x.startsWith("unmatched errors:")) ? p.find((x) => x.startsWith("unmatched errors:"))!.split("\n").length - 1 : 0;
  const reason = missing > 0 && unmatched > 0 ? `ERROR comments: ${missing} not matched, ${unmatched} unexpected errors`
    : missing > 0 ? `ERROR comments: ${missing} not matched` : `ERROR comments: ${unmatched} unexpected errors`;
  return { name, status: "fail", reason, detail: p.flatMap((x) => x.split("\n")) };
}

/** Whether the loader resolved an import of pkg (the importcfg would have it). */
function knownImport(pkg: Package | null, path: string): boolean {
  if (path === "unsafe") return true;
  const dep = pkg?.importMap.get(path);
  return dep !== undefined && dep.error === null && dep.files.length > 0;
}

/** errorcheckdir (and errorcheckandrundir's first half): the packages of X.dir in order. */
function checkDir(session: TypeSession, name: string, dir: string, r: Recipe, f: EcFlags): TestResult {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".go")).sort();
  } catch {
    return { name, status: "fail", reason: `harness error: no directory ${dir}` };
  }
  // goDirPackages: files grouped by package clause, in order of first appearance; -s: one per file.
  const pkgs: { name: string; files: string[] }[] = [];
  const byName = new Map<string, { name: string; files: string[] }>();
  for (const n of names) {
    const m = /^package ([\p{Lu}\p{Ll}\w]+)/mu.exec(readFileSync(join(dir, n), "utf8"));
    if (!m) return { name, status: "fail", reason: `harness error: cannot find package name in ${n}` };
    let p = byName.get(m[1]!);
    if (r.singleFilePkgs || !p) { p = { name: m[1]!, files: [] }; pkgs.push(p); byName.set(m[1]!, p); }
    p.files.push(n);
  }
  const errPkg = pkgs.length - 1 - (r.rawAction === "errorcheckandrundir" && r.wantError ? 1 : 0);
  const overrides = new Map<string, Package>();
  for (let i = 0; i < pkgs.length; i++) {
    const p = pkgs[i]!;
    const stem = p.files[0]!.replace(/\.go$/, "");
    const path = p.name === "main" ? "main" : `test/${stem}`;
    const sources = p.files.map((n) => ({ name: n, text: readFileSync(join(dir, n), "latin1") }));
    let pkg: Package | null = null;
    const res = session.check(path, dir, sources, { parse: parser(f), filename: (n) => n, overrides: new Map(overrides), cache: true,
      importError: (imp) => gcImportError(imp, path, knownImport(pkg, imp)),
      onPackage: (q) => { pkg = q; },
      extra: { complete: f.complete, ...(f.goVersion ? { goVersion: f.goVersion } : {}) } });
    if (res.crash) return { name, status: "fail", reason: `crash in package ${path}: ${res.crash}` };
    const out = diagnosticLines(res.diagnostics);
    const failed = out.length > 0;
    if (i === errPkg) {
      const v = judge(name, sources.map((s) => ({ text: Buffer.from(s.text, "latin1").toString("utf8"), short: s.name })), out, r.wantError, r.wantAuto, true, res.loadErrors);
      if (v.status !== "pass") return { ...v, reason: `package ${path}: ${v.reason}` };
    } else {
      if (failed) return { name, status: "fail", reason: `package ${path}: errors in a package that must compile`, detail: out };
      const v = judge(name, sources.map((s) => ({ text: Buffer.from(s.text, "latin1").toString("utf8"), short: s.name })), out, null, r.wantAuto, false, res.loadErrors);
      if (v.status !== "pass") return { ...v, reason: `package ${path}: ${v.reason}` };
    }
    overrides.set(`./${stem}`, res.pkg);
    overrides.set(`test/${stem}`, res.pkg);
  }
  return { name, status: "pass" };
}
