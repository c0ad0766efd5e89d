// Suite "src-parse": every .go file under $GOROOT/src (testdata included), parsed by gots.
// Where gc's parser accepts the file gots must report nothing; where gc's front end rejects
// it gots must report exactly gc's front-end diagnostics (exact, as in test-syntax, rather
// than "some error": both sides are deterministic, so anything less hides bugs).
//
// The oracle (conformance/expect/gc-src.json) is made in two steps, see oracle.ts: a
// go/parser pass over the whole tree, then gc on the files it flags. Entries gc was not
// asked about are confirmed on demand when gots reports errors on them.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { frontendLines } from "../classify.js";
import { runGcMany, runGoParserOracle } from "../goenv.js";
import { diffDiagnostics, gotsParse } from "../gots.js";
import { byteOrder, cacheMatches, isFresh, loadCache, NO_ORACLE, OracleCache, restamp, saveCache, sha256 } from "../oracle.js";
import { RunContext, Suite, SuiteOutput, TestResult } from "../suite.js";

const NAME = "src-parse";
const CACHE_NAME = "gc-src.json";

export const srcParseSuite: Suite = {
  name: NAME,
  description: "every .go file under $GOROOT/src: gots agrees with gc's parser",
  run,
};

interface FileInfo { path: string; hash: string }

/** All .go regular files under root, following symlinks, as sorted relative paths. */
export function walkGoFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(rel === "" ? root : join(root, rel));
    } catch {
      return; // unreadable directory: nothing to test
    }
    for (const name of names) {
      const r = rel === "" ? name : `${rel}/${name}`;
      let st;
      try {
        st = statSync(join(root, r)); // follows symlinks; dangling ones throw
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(r);
      else if (st.isFile() && name.endsWith(".go")) out.push(r);
    }
  };
  walk("");
  return out.sort(byteOrder);
}

async function run(ctx: RunContext): Promise<SuiteOutput> {
  const srcRoot = join(ctx.env.goroot, "src");
  const cachePath = join(ctx.repoRoot, "conformance", "expect", CACHE_NAME);
  const all = walkGoFiles(srcRoot);
  const selected = all.filter((p) => ctx.selected(`${NAME}/${p}`));
  const hashOf = (p: string): string => sha256(readFileSync(join(srcRoot, p)));
  const files: FileInfo[] = selected.map((p) => ({ path: p, hash: hashOf(p) }));

  const cache = loadCache(cachePath, ctx.env.version);
  let changed = false;
  if (ctx.goAvailable) {
    const full = ctx.opts.updateOracle || !cacheMatches(cache, ctx.env.version);
    const selectedSet = new Set(selected);
    const todo = full
      ? files.concat(all.filter((p) => !selectedSet.has(p)).map((p) => ({ path: p, hash: hashOf(p) })))
      : files.filter((f) => !isFresh(cache, ctx.env.version, f.path, f.hash));
    if (todo.length > 0) {
      await computeEntries(ctx, cache, srcRoot, todo);
      changed = true;
    }
    if (full) {
      const keep = new Set(all);
      for (const p of Object.keys(cache.files)) if (!keep.has(p)) delete cache.files[p];
      restamp(cache, ctx.env.version);
      changed = true;
    }
  }

  const results = new Map<string, TestResult>();
  const unconfirmed: { f: FileInfo; got: string[] }[] = [];
  for (const f of files) {
    const name = `${NAME}/${f.path}`;
    const entry = cache.files[f.path];
    if (!entry || !isFresh(cache, ctx.env.version, f.path, f.hash)) {
      results.set(name, { name, status: "fail", reason: NO_ORACLE });
      continue;
    }
    if (entry.timedOut) {
      results.set(name, { name, status: "skip", reason: "gc timed out on this file when the oracle was made" });
      continue;
    }
    const parsed = gotsParse(f.path, readFileSync(join(srcRoot, f.path)));
    if (!parsed.ok) {
      results.set(name, { name, status: "fail", reason: `gots crashed: ${parsed.crash}` });
      continue;
    }
    const got = parsed.diagnostics.map((d) => d.text);
    if (entry.frontend === null && got.length > 0) {
      unconfirmed.push({ f, got }); // decided below, after asking gc
      continue;
    }
    results.set(name, verdict(name, entry.frontend ?? [], got));
  }

  // gots rejects files that go/parser accepted and gc was not asked about: ask gc now.
  if (unconfirmed.length > 0 && ctx.goAvailable) {
    ctx.log(`${NAME}: gots reports errors on ${unconfirmed.length} files go/parser accepts; confirming with gc`);
    const out = await runGcMany(ctx.compiler(), ctx.env.goroot, srcRoot, unconfirmed.map((u) => u.f.path), ctx.progress("gc"));
    for (const { f } of unconfirmed) cache.files[f.path] = { sha256: f.hash, frontend: frontendLines(out.get(f.path)!.output) };
    changed = true;
  }
  for (const { f, got } of unconfirmed) {
    const name = `${NAME}/${f.path}`;
    const e = cache.files[f.path]!;
    results.set(name, e.frontend === null
      ? { name, status: "fail", reason: "gots reports errors; go/parser accepts the file (gc not asked: Go unavailable)", detail: got.map((g) => `+ ${g}`) }
      : verdict(name, e.frontend, got));
  }
  if (changed) {
    saveCache(cachePath, cache);
    ctx.log(`${NAME}: oracle cache written to conformance/expect/${CACHE_NAME}`);
  }

  const ordered = files.map((f) => results.get(`${NAME}/${f.path}`)!);
  const rejected = files.filter((f) => (cache.files[f.path]?.frontend?.length ?? 0) > 0).length;
  return { results: ordered, notes: [`${files.length} files, ${rejected} rejected by gc's front end`] };
}

function verdict(name: string, want: string[], got: string[]): TestResult {
  const diff = diffDiagnostics(want, got);
  return diff === null ? { name, status: "pass" } : { name, status: "fail", reason: diff[0], detail: diff.slice(1) };
}

/**
 * Fills cache entries for files: the go/parser pass decides which need gc (all of them with
 * --oracle-full), gc gives their front-end lines, the rest are recorded as unconfirmed-clean.
 */
async function computeEntries(ctx: RunContext, cache: OracleCache, srcRoot: string, todo: FileInfo[]): Promise<void> {
  let needGc: Set<string>;
  if (ctx.opts.oracleFull) {
    needGc = new Set(todo.map((f) => f.path));
  } else {
    ctx.log(`${NAME}: go/parser pass over ${todo.length} files`);
    const out = runGoParserOracle(ctx.env, join(ctx.repoRoot, "conformance", "oracle"), srcRoot, todo.map((f) => f.path));
    needGc = new Set();
    for (const line of out.split("\n")) {
      if (line.trim() === "") continue;
      const r = JSON.parse(line) as { path: string; goparser: string[]; flags: string[]; readError?: string };
      if (r.readError || r.goparser.length > 0 || r.flags.length > 0) needGc.add(r.path);
    }
  }
  const gcFiles = todo.filter((f) => needGc.has(f.path)).map((f) => f.path);
  ctx.log(`${NAME}: running gc on ${gcFiles.length} files for the oracle`);
  const out = await runGcMany(ctx.compiler(), ctx.env.goroot, srcRoot, gcFiles, ctx.progress("gc"));
  for (const f of todo) {
    const r = out.get(f.path);
    cache.files[f.path] = r === undefined
      ? { sha256: f.hash, frontend: null }
      : r.timedOut
        ? { sha256: f.hash, frontend: [], timedOut: true }
        : { sha256: f.hash, frontend: frontendLines(r.output) };
  }
}
