// Suite "test-syntax": every test file of the $GOROOT/test harness directories, parsed by
// gots, must give exactly gc's front-end diagnostics (none when gc parses it cleanly).
//
// Files the harness would not run (false build constraints, recipe `skip`, harness errors)
// are skipped. For errorcheck files on which gc reports front-end errors, the suite also
// reports, for information, whether gots' errors satisfy the file's // ERROR comments under
// the harness's rules; that does not decide pass or fail.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { frontendLines, messageOf } from "../classify.js";
import { queryBuildContext, runGcMany } from "../goenv.js";
import { diffDiagnostics, gotsParse } from "../gots.js";
import { cacheMatches, isFresh, loadCache, NO_ORACLE, OracleCache, restamp, saveCache, sha256 } from "../oracle.js";
import { BuildContext, defaultBuildContext, listTestFiles, Recipe, selectTest } from "../recipe.js";
import { errorCheck, matchPrefix, wantedErrors } from "../errorcomments.js";
import { RunContext, Suite, SuiteOutput, TestResult } from "../suite.js";

const NAME = "test-syntax";

export const testSyntaxSuite: Suite = {
  name: NAME,
  description: "$GOROOT/test files: gots' syntax errors equal gc's front-end errors",
  run,
};

interface FileInfo { path: string; bytes: Buffer; hash: string }

async function run(ctx: RunContext): Promise<SuiteOutput> {
  const testRoot = join(ctx.env.goroot, "test");
  const cachePath = join(ctx.repoRoot, "conformance", "expect", "gc-syntax.json");
  const all = listTestFiles(testRoot);
  const files: FileInfo[] = all
    .filter((p) => ctx.selected(`${NAME}/${p}`))
    .map((p) => {
      const bytes = readFileSync(join(testRoot, p));
      return { path: p, bytes, hash: sha256(bytes) };
    });

  const cache = loadCache(cachePath, ctx.env.version);
  const buildCtx = await refreshOracle(ctx, cache, cachePath, files, all, testRoot);

  const results: TestResult[] = [];
  const ec = new ErrorcheckReport();
  for (const f of files) {
    const name = `${NAME}/${f.path}`;
    const text = f.bytes.toString("utf8");
    const sel = selectTest(text, buildCtx);
    if (sel.status !== "test") {
      results.push({ name, status: "skip", reason: sel.reason });
      continue;
    }
    const entry = cache.files[f.path];
    if (!entry || !isFresh(cache, ctx.env.version, f.path, f.hash) || entry.frontend === null) {
      results.push({ name, status: "fail", reason: NO_ORACLE });
      continue;
    }
    if (entry.timedOut) {
      results.push({ name, status: "skip", reason: "gc timed out on this file when the oracle was made" });
      continue;
    }
    const parsed = gotsParse(f.path, f.bytes);
    if (!parsed.ok) {
      results.push({ name, status: "fail", reason: `gots crashed: ${parsed.crash}` });
      continue;
    }
    const got = parsed.diagnostics.map((d) => d.text);
    const diff = diffDiagnostics(entry.frontend, got);
    results.push(diff === null
      ? { name, status: "pass" }
      : { name, status: "fail", reason: diff[0], detail: diff.slice(1) });
    if (entry.frontend.length > 0 && sel.recipe.action === "errorcheck") {
      ec.add(f.path, text, sel.recipe, entry.frontend, got);
    }
  }
  return { results, notes: ec.notes(ctx.opts.verbose) };
}

/**
 * Brings the cache up to date for the given files, when Go is available, and returns the
 * build context to select tests with: the one recorded in the cache (so that results do
 * not depend on the machine), refreshed by --update-oracle.
 */
async function refreshOracle(
  ctx: RunContext, cache: OracleCache, cachePath: string, files: FileInfo[], all: string[], testRoot: string,
): Promise<BuildContext> {
  const full = ctx.opts.updateOracle || !cacheMatches(cache, ctx.env.version);
  if (!ctx.goAvailable) {
    if (full && Object.keys(cache.files).length > 0) {
      ctx.log(`${NAME}: oracle cache is for ${cache.goVersion}/${cache.classifier}, not this Go or classifier, and Go is unavailable`);
    }
    return cache.context ?? defaultBuildContext();
  }
  let changed = ctx.opts.updateOracle;
  if (ctx.opts.updateOracle || !cache.context) {
    cache.context = queryBuildContext(ctx.env);
    changed = true;
  }

  // A stale cache as a whole is recomputed for every file, whatever the filter, so that it
  // can be re-stamped with this Go version and classifier.
  let todo: FileInfo[];
  if (full) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    todo = all.map((p) => {
      const hit = byPath.get(p);
      if (hit) return hit;
      const bytes = readFileSync(join(testRoot, p));
      return { path: p, bytes, hash: sha256(bytes) };
    });
  } else {
    todo = files.filter((f) => !isFresh(cache, ctx.env.version, f.path, f.hash));
  }
  if (todo.length > 0) {
    ctx.log(`${NAME}: running gc on ${todo.length} files for the oracle`);
    const out = await runGcMany(ctx.compiler(), ctx.env.goroot, testRoot, todo.map((f) => f.path), ctx.progress("gc"));
    for (const f of todo) {
      const r = out.get(f.path)!;
      cache.files[f.path] = r.timedOut
        ? { sha256: f.hash, frontend: [], timedOut: true }
        : { sha256: f.hash, frontend: frontendLines(r.output) };
    }
    changed = true;
  }
  if (full) {
    // Entries of files that are no longer tests go away with a complete refresh.
    const keep = new Set(all);
    for (const p of Object.keys(cache.files)) if (!keep.has(p)) delete cache.files[p];
    restamp(cache, ctx.env.version);
  }
  if (changed) {
    saveCache(cachePath, cache);
    ctx.log(`${NAME}: oracle cache written to conformance/expect/gc-syntax.json`);
  }
  return cache.context;
}

/**
 * The informational ERROR-comment report. When gc's front-end errors include a
 * "syntax error", gc stopped after parsing, so its whole output is what the harness checks
 * and the full errorcheck rule applies to gots' output. Otherwise types2 errors follow and
 * gots (a parser) cannot produce them, so only the other direction is checked: every gots
 * error must be matched by an ERROR comment on its line.
 */
class ErrorcheckReport {
  private fullTotal = 0;
  private fullGots = 0;
  private fullGc = 0;
  private partTotal = 0;
  private partGots = 0;
  private misses: string[] = [];

  add(path: string, text: string, recipe: Recipe, gcLines: string[], gotsLines: string[]): void {
    const short = path.slice(path.lastIndexOf("/") + 1);
    const { wanted, problems } = wantedErrors(text, short);
    const stopped = gcLines.some((l) => messageOf(l).startsWith("syntax error"));
    if (stopped) {
      this.fullTotal++;
      if (problems.length === 0 && errorCheck(gcLines, wanted, recipe.wantAuto).length === 0) this.fullGc++;
      const p = problems.concat(errorCheck(gotsLines, wanted, recipe.wantAuto));
      if (p.length === 0) this.fullGots++;
      else this.misses.push(`${path}: ${p[0]!.split("\n")[0]}`);
    } else {
      this.partTotal++;
      const unmatched = gotsLines.filter((l) => !wanted.some((w) => {
        if (w.auto || !matchPrefix(l, w.prefix)) return false;
        const sp = l.indexOf(" ");
        return w.re.test(sp >= 0 ? l.slice(sp + 1) : l);
      }));
      if (problems.length === 0 && unmatched.length === 0) this.partGots++;
      else this.misses.push(`${path}: no ERROR comment matches ${unmatched[0] ?? problems[0]}`);
    }
  }

  notes(verbose: boolean): string[] {
    const total = this.fullTotal + this.partTotal;
    if (total === 0) return [];
    const out = [
      `errorcheck files with gc front-end errors: ${total}; gots satisfies their ERROR comments in ${this.fullGots + this.partGots}`,
      `  gc stops after parsing: ${this.fullTotal} files, full check passes for gots in ${this.fullGots} (for gc itself in ${this.fullGc})`,
      `  types2 also reports: ${this.partTotal} files, every gots error matched in ${this.partGots}`,
    ];
    if (verbose) out.push(...this.misses.map((m) => `  ERROR-comment mismatch: ${m}`));
    return out;
  }
}
