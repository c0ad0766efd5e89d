// Suite "std-check": every package of `std` (as `go list std` lists it for linux/amd64 with
// CGO_ENABLED=0) loaded from $GOROOT by gots' loader and type-checked with function bodies,
// dependencies first; each must have no errors. gc compiles the standard library with -std
// (and the runtime's packages with -+), which the loader's directive policy mirrors.
//
// Skipped, with the reason: packages with only test files (the go command leaves them out of
// `go build std`), and runtime/cgo, which has no Go files without cgo.

import { checkPackage } from "../../src/driver.js";
import { Loader, PackageChecker } from "../../src/loader/index.js";
import { nodeLoaderHost } from "../../src/nodehost.js";
import { RunContext, Suite, SuiteOutput, TestResult } from "../suite.js";
import { diagnosticLines, tallyNotes } from "../typecheck.js";

const NAME = "std-check";

export const stdCheckSuite: Suite = {
  name: NAME,
  description: "every std package type-checks without errors",

  run,
};

async function run(ctx: RunContext): Promise<SuiteOutput> {
  const goroot = ctx.env.goroot;
  const t0 = Date.now();
  const loader = new Loader(nodeLoaderHost(goroot), { goroot });
  const res = loader.load(["std"]);
  const t1 = Date.now();
  const results: TestResult[] = [];
  const rootSet = new Set(res.roots.map((p) => p.importPath));
  for (const loc of loader.walkGoroot("std")) {
    if (!rootSet.has(loc.importPath) && ctx.selected(`${NAME}/${loc.importPath}`)) {
      results.push({ name: `${NAME}/${loc.importPath}`, status: "skip", reason: "excluded: only test files (left out of go build std)" });
    }
  }
  if (ctx.selected(`${NAME}/runtime/cgo`)) results.push({ name: `${NAME}/runtime/cgo`, status: "skip", reason: "excluded: cgo only (no Go files with CGO_ENABLED=0)" });
  for (const e of res.errors) results.push({ name: `${NAME}/(loading)`, status: "fail", reason: `loading error: ${e.split("\n")[0]}` });
  const checker = new PackageChecker(checkPackage, loader.fset, { errorLimit: 0, checkAfterFailedDeps: true, catchCrashes: true });
  const selected = res.roots.filter((p) => ctx.selected(`${NAME}/${p.importPath}`));
  const progress = ctx.progress(NAME);
  let i = 0;
  for (const p of selected) {
    progress(++i, selected.length);
    const r = checker.checkPackage(p);
    const name = `${NAME}/${p.importPath}`;
    if (r.crash) { results.push({ name, status: "fail", reason: `crash: ${r.crash}` }); continue; }
    if (r.diagnostics.length === 0) { results.push({ name, status: "pass" }); continue; }
    const lines = diagnosticLines(r.diagnostics).map((l) => l.split(`${goroot}/src/`).join(""));
    const first = r.diagnostics[0]!.message.split("\n")[0]!;
    results.push({ name, status: "fail", reason: `errors, the first: ${first}`, detail: [`${r.diagnostics.length} errors:`, ...lines] });
  }
  const notes = tallyNotes(results, ctx.opts.verbose);
  notes.unshift(`loaded ${res.packages.length} packages in ${((t1 - t0) / 1000).toFixed(1)}s, checked in ${((Date.now() - t1) / 1000).toFixed(1)}s`);
  return { results, notes };
}
