// `npm run conformance`: runs the conformance suites against $GOROOT and applies the
// known-failures ratchet. See docs/conformance.md.
//
// Output: per suite "NAME: N passed, N failed, N known, N skipped" (plus notes), the first
// failures, and as the very last line "N passed, N failed" where failed counts unlisted
// failures, listed tests that now pass and stale list entries. Exit status 1 when that is
// non-zero, 2 for usage or environment errors.

import { fileURLToPath } from "node:url";
import { basename, dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { findGoEnv } from "./goenv.js";
import { judge, Judged, loadKnown, saveKnown, updateKnown } from "./known.js";
import { RunContext, RunOptions, Suite, TestResult } from "./suite.js";
import { testSyntaxSuite } from "./suites/test-syntax.js";
import { srcParseSuite } from "./suites/src-parse.js";
import { syntaxTestdataSuite } from "./suites/syntax-testdata.js";
import { testErrorcheckSuite } from "./suites/test-errorcheck.js";
import { types2TestdataSuite } from "./suites/types2-testdata.js";
import { stdCheckSuite } from "./suites/std-check.js";
import { testRunSuite } from "./suites/test-run.js";

/** The type-checking suites, which --types selects. */
const TYPE_SUITES: readonly Suite[] = [testErrorcheckSuite, types2TestdataSuite, stdCheckSuite];
const SUITES: readonly Suite[] = [
  testSyntaxSuite, srcParseSuite, syntaxTestdataSuite,
  ...TYPE_SUITES,
  testRunSuite,
];
const MAX_FAILURES_SHOWN = 30;

const usage = `usage: npm run conformance -- [options]

  --suite NAME      run only this suite (repeatable): ${SUITES.map((s) => s.name + (s.optIn ? " (opt-in)" : "")).join(", ")}
  --types           run the type-checking suites: ${TYPE_SUITES.map((s) => s.name).join(", ")}
  --filter SUBSTR   run only tests whose name (suite/path) contains SUBSTR
  -v                print every test's verdict and the details of every failure
  --update-oracle   recompute the cached gc results (needs Go)
  --oracle-full     with --update-oracle: src-parse asks gc about every file, not only flagged ones
  --update-known    rewrite known-failures.json: add unlisted failures, remove passing entries
  --no-go           never run Go, use the oracle caches only (checks that they are complete)
  --jobs N          run at most N test programs at once (test-run; default: one per CPU)
  --known FILE      the known-failures list to use and update (default: conformance/known-failures.json)
`;

interface Args extends RunOptions { suites: string[]; updateKnown: boolean; noGo: boolean; knownFile: string | null }

function parseArgs(argv: string[]): Args | string {
  const a: Args = { suites: [], updateKnown: false, noGo: false, updateOracle: false, oracleFull: false, filter: null, verbose: false, jobs: null, knownFile: null };
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    const value = (): string | undefined => (w.includes("=") ? w.slice(w.indexOf("=") + 1) : argv[++i]);
    const flag = w.includes("=") ? w.slice(0, w.indexOf("=")) : w;
    switch (flag) {
      case "--suite": case "-suite": {
        const v = value();
        if (!v) return "--suite needs a name";
        if (!SUITES.some((s) => s.name === v)) return `unknown suite ${JSON.stringify(v)}`;
        a.suites.push(v);
        break;
      }
      case "--filter": case "-filter": {
        const v = value();
        if (v === undefined) return "--filter needs a substring";
        a.filter = v;
        break;
      }
      case "--jobs": case "-jobs": case "-j": {
        const v = value();
        if (!v || !/^[1-9]\d*$/.test(v)) return "--jobs needs a positive number";
        a.jobs = Number(v);
        break;
      }
      case "--known": {
        const v = value();
        if (!v) return "--known needs a file name";
        a.knownFile = resolve(v);
        break;
      }
      case "--types": a.suites.push(...TYPE_SUITES.map((s) => s.name)); break;
      case "-v": case "--verbose": a.verbose = true; break;
      case "--update-oracle": a.updateOracle = true; break;
      case "--oracle-full": a.oracleFull = true; break;
      case "--update-known": a.updateKnown = true; break;
      case "--no-go": a.noGo = true; break;
      case "-h": case "--help": return "";
      default: return `unknown argument ${JSON.stringify(w)}`;
    }
  }
  return a;
}

/** The repository root: this file is dist/conformance/run.js. */
function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write((args ? `conformance: ${args}\n` : "") + usage);
    return args ? 2 : 0;
  }
  let env;
  try {
    env = findGoEnv();
  } catch (e) {
    process.stderr.write(`conformance: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.noGo) env = { ...env, goBin: null };
  if (args.updateOracle && !env.goBin) {
    process.stderr.write(`conformance: --update-oracle needs the go command (GOROOT ${env.goroot} has none that runs)\n`);
    return 2;
  }
  const root = repoRoot();
  process.stderr.write(`GOROOT ${env.goroot} (${env.gorootFrom}), ${env.version}, go command ${env.goBin ? "available" : "unavailable"}\n`);
  const ctx = new RunContext(env, args, root);
  // By default every suite that is not opt-in; named suites otherwise.
  const suites = SUITES.filter((s) => (args.suites.length === 0 ? !s.optIn : args.suites.includes(s.name)));

  const results: TestResult[] = [];
  const summaries: { suite: Suite; notes: string[]; results: TestResult[]; seconds: number }[] = [];
  for (const s of suites) {
    const t0 = Date.now();
    const out = await s.run(ctx);
    results.push(...out.results);
    summaries.push({ suite: s, notes: out.notes, results: out.results, seconds: (Date.now() - t0) / 1000 });
  }

  const knownPath = args.knownFile ?? join(root, "conformance", "known-failures.json");
  let known = loadKnown(knownPath);
  const inScope = (name: string): boolean =>
    suites.some((s) => name.startsWith(`${s.name}/`)) && ctx.selected(name);
  let j = judge(results, known, inScope, args.filter === null);
  if (args.updateKnown) {
    const u = updateKnown(known, j);
    if (!existsSync(knownPath) || u.added.length + u.removed.length > 0) saveKnown(knownPath, u.next);
    const byCategory = new Map<string, number>();
    for (const n of u.added) byCategory.set(u.next[n]!.category, (byCategory.get(u.next[n]!.category) ?? 0) + 1);
    const cats = [...byCategory].map(([c, n]) => `${n} ${c}`).join(", ");
    process.stderr.write(`${basename(knownPath)}: ${u.added.length} added${cats ? ` (${cats})` : ""}, ${u.removed.length} removed\n`);
    for (const n of u.removed) process.stderr.write(`  removed ${n}\n`);
    known = u.next;
    j = judge(results, known, inScope, args.filter === null);
  }

  const byName = new Map(j.judged.map((r) => [r.name, r]));
  for (const s of summaries) {
    const js = s.results.map((r) => byName.get(r.name)!);
    const n = (v: Judged["verdict"]): number => js.filter((r) => r.verdict === v).length;
    const failed = n("fail") + n("fixed");
    print(`${s.suite.name}: ${n("pass")} passed, ${failed} failed, ${n("known")} known, ${n("skip")} skipped`);
    process.stderr.write(`${s.suite.name}: ${s.seconds.toFixed(1)}s\n`);
    for (const note of s.notes) print(`  ${note}`);
    if (args.verbose) {
      for (const r of js) print(`  ${r.verdict.toUpperCase()} ${r.name}${r.reason ? ` (${r.reason})` : ""}`);
    }
  }

  const failures = j.judged.filter((r) => r.verdict === "fail" || r.verdict === "fixed");
  const problems = failures.length + j.stale.length;
  if (problems > 0) {
    const limit = args.verbose ? Infinity : MAX_FAILURES_SHOWN;
    print("");
    print(problems > limit ? `failures (first ${limit} of ${problems}):` : `failures (${problems}):`);
    let shown = 0;
    for (const r of failures) {
      if (shown++ >= limit) break;
      if (r.verdict === "fixed") {
        print(`  FIXED ${r.name}: now passes, remove it from known-failures.json`);
        continue;
      }
      print(`  FAIL ${r.name}: ${r.reason ?? "failed"}`);
      const detail = r.detail ?? [];
      const max = args.verbose ? detail.length : 6;
      for (const d of detail.slice(0, max)) print(`      ${d}`);
      if (detail.length > max) print(`      ... ${detail.length - max} more lines (-v shows all)`);
    }
    for (const k of j.stale) {
      if (shown++ >= limit) break;
      print(`  STALE ${k}: listed in known-failures.json but no such test; remove it`);
    }
  }
  const passed = j.judged.filter((r) => r.verdict === "pass").length;
  print(`${passed} passed, ${problems} failed`);
  return problems > 0 ? 1 : 0;
}

function print(s: string): void {
  process.stdout.write(s + "\n");
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    process.stderr.write(`conformance: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
