// Suite "test-run": the `// run` tests of $GOROOT/test listed in conformance/core-run-tests.txt
// (and in conformance/defer-run-tests.txt: the other run tests that use defer or recover; and in
// conformance/stdlib-run-tests.txt: the others needing only packages of gots' standard library),
// each compiled and run by `gots run` in its own process, judged by the harness's rule
// (exit status 0; combined stdout+stderr equal to X.out, or empty without one).
//
// The recipe decides the command (runrule.ts): working directory $GOROOT/test, the file as
// "dir/X.go", the recipe's extra files and program arguments after it, GOEXPERIMENT/GODEBUG
// from -goexperiment/-godebug, GOMAXPROCS=1, and a time limit. A test whose build
// constraints are false in the reference build context is skipped, as the harness does.

import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { loadCache } from "../oracle.js";
import { BuildContext, defaultBuildContext, selectTest } from "../recipe.js";
import { pool, runCombined } from "../runprocess.js";
import { categorize, invocation, judgeRun, parseTestList } from "../runrule.js";
import { RunContext, Suite, SuiteOutput, TestResult } from "../suite.js";

const NAME = "test-run";

export const testRunSuite: Suite = {
  name: NAME,
  description: "$GOROOT/test run tests (core list): gots run's output and exit status match the harness's rule",
  run,
};

async function run(ctx: RunContext): Promise<SuiteOutput> {
  const testRoot = join(ctx.env.goroot, "test");
  const cli = join(ctx.repoRoot, "dist", "src", "cli.js");
  const list = [...new Set([
    ...parseTestList(readFileSync(join(ctx.repoRoot, "conformance", "core-run-tests.txt"), "utf8")),
    ...parseTestList(readFileSync(join(ctx.repoRoot, "conformance", "defer-run-tests.txt"), "utf8")),
    ...parseTestList(readFileSync(join(ctx.repoRoot, "conformance", "stdlib-run-tests.txt"), "utf8")),
  ])];
  const cache = loadCache(join(ctx.repoRoot, "conformance", "expect", "gc-syntax.json"), ctx.env.version);
  const buildCtx: BuildContext = cache.context ?? defaultBuildContext();
  const paths = list.filter((p) => ctx.selected(`${NAME}/${p}`));
  const jobs = ctx.opts.jobs ?? availableParallelism();
  const dropped = new Map<string, number>();

  const results = await pool(paths, jobs, async (path): Promise<TestResult> => {
    const name = `${NAME}/${path}`;
    let src: string;
    try {
      src = readFileSync(join(testRoot, path), "latin1");
    } catch {
      return { name, status: "fail", reason: `no such test file in ${ctx.env.version}` };
    }
    const sel = selectTest(src, buildCtx);
    if (sel.status === "skip") return { name, status: "skip", reason: sel.reason };
    if (sel.status === "harnessError") return { name, status: "fail", reason: `harness error: ${sel.reason}` };
    if (sel.recipe.rawAction !== "run") return { name, status: "fail", reason: `listed as a run test, but its recipe is ${JSON.stringify(sel.recipe.line)}` };

    const inv = invocation(path, sel.recipe, process.env);
    for (const f of inv.dropped) dropped.set(f, (dropped.get(f) ?? 0) + 1);
    const outcome = await runCombined({
      command: process.execPath, args: [cli, ...inv.argv], cwd: testRoot,
      env: { ...process.env, GOROOT: ctx.env.goroot, PWD: testRoot, ...inv.env },
      timeoutMs: inv.timeoutSeconds * 1000,
    });
    const outName = path.replace(/\.go$/, ".out");
    const outFile = join(testRoot, outName);
    const want = existsSync(outFile) ? readFileSync(outFile, "latin1") : null;
    const v = judgeRun(outcome, want, outName, inv.timeoutSeconds);
    if (v.pass) return { name, status: "pass" };
    return { name, status: "fail", reason: v.reason, detail: v.detail, known: categorize(src, v.reason) };
  }, ctx.progress(NAME));

  const notes: string[] = [];
  if (dropped.size > 0) {
    const fl = [...dropped].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, n]) => (n > 1 ? `${f} ×${n}` : f));
    notes.push(`gc toolchain flags not passed to gots run: ${fl.join(", ")}`);
  }
  notes.push(`${paths.length} tests, ${jobs} at a time`);
  return { results, notes };
}
