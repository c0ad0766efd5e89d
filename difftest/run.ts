// difftest: differential testing of gots against the reference Go toolchain.
//
// Every program in difftest/programs/ (a file X.go, or a directory X/ holding a main package)
// is run under gots (`gots run`) and under Go (built with `go build`, then the binary is run:
// `go run` would replace the program's exit status with 1 and append "exit status N" to
// stderr). Both run with GOMAXPROCS=1 so that goroutine scheduling is deterministic, from the
// programs directory, with no stdin. See compare.ts for exactly what must match.
//
// Go's outcomes are cached in difftest/expected/<key>.json, key = sha256(go version, sources),
// so the suite runs on machines without Go. With no cache entry and no Go, the program fails
// with an error. Usage:
//   node dist/difftest/run.js [DIR] [--filter SUBSTR] [-v] [-j N] [--timeout SEC] [--update]
//                             [--prune] [--cached-only] [--expected DIR] [--gots CLI.js]

import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findGo, goEnv } from "./goenv.js";
import { describeExit, runProcess, ProcResult } from "./proc.js";
import { compareOutcomes, Outcome } from "./compare.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const gotsCli = join(repoRoot, "dist", "src", "cli.js");

interface Options {
  dir: string;
  expected: string;
  filter: string | null;
  verbose: boolean;
  jobs: number;
  timeoutMs: number;
  update: boolean;
  prune: boolean;
  /** Never run Go, even if it is installed (what a machine without Go sees). */
  cachedOnly: boolean;
  /** The gots CLI script, run with this node. */
  gots: string;
}

function usage(msg: string): never {
  process.stderr.write(`difftest: ${msg}\nusage: difftest [DIR] [--filter SUBSTR] [-v] [-j N] [--timeout SEC] [--update] [--prune]\n                [--cached-only] [--expected DIR] [--gots CLI.js]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    dir: join(repoRoot, "difftest", "programs"),
    expected: join(repoRoot, "difftest", "expected"),
    filter: null, verbose: false, jobs: Math.max(1, Math.min(8, availableParallelism())),
    timeoutMs: 10_000, update: false, prune: false, cachedOnly: false, gots: gotsCli,
  };
  let sawDir = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => { const v = argv[++i]; if (v === undefined) usage(`${a} needs a value`); return v; };
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, null];
    const val = (): string => inline ?? value();
    switch (flag) {
      case "--filter": case "-filter": case "-run": o.filter = val(); break;
      case "-v": case "--verbose": o.verbose = true; break;
      case "-j": case "--jobs": o.jobs = Math.max(1, Number(val()) | 0); break;
      case "--timeout": o.timeoutMs = Math.max(0.1, Number(val())) * 1000; break;
      case "--update": o.update = true; break;
      case "--prune": o.prune = true; break;
      case "--expected": o.expected = resolve(val()); break;
      case "--cached-only": o.cachedOnly = true; break;
      case "--gots": o.gots = resolve(val()); break;
      case "-h": case "--help": usage("help");
      default:
        if (a.startsWith("-")) usage(`unknown flag ${a}`);
        if (sawDir) usage("only one directory may be given");
        o.dir = resolve(a);
        sawDir = true;
    }
  }
  if (o.prune && o.filter !== null) usage("--prune needs the whole suite (no --filter)");
  if (o.update && o.cachedOnly) usage("--update and --cached-only contradict each other");
  return o;
}

interface Program {
  name: string;
  /** Path given to both toolchains, relative to the programs directory. */
  arg: string;
  isDir: boolean;
  files: { rel: string; bytes: Buffer }[];
  sourceHash: string;
}

function walkFiles(root: string, rel = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    const st = statSync(join(root, r));
    if (st.isDirectory()) out.push(...walkFiles(root, r));
    else if (st.isFile()) out.push(r);
  }
  return out;
}

function discover(dir: string): Program[] {
  const progs: Program[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name.startsWith("_")) continue;
    const p = join(dir, name);
    const st = statSync(p);
    let files: string[];
    if (st.isDirectory()) {
      files = walkFiles(p);
      if (!files.some((f) => f.endsWith(".go"))) continue;
    } else if (st.isFile() && name.endsWith(".go")) {
      files = [""];
    } else continue;
    const loaded = files.map((rel) => ({ rel: rel || name, bytes: readFileSync(rel ? join(p, rel) : p) }));
    // File names take part in the hash: they appear in Go's output (e.g. in panics) and a
    // directory program's meaning depends on them (_test.go, build constraints).
    const h = createHash("sha256");
    for (const f of loaded) h.update(`${f.rel}\0${f.bytes.length}\0`).update(f.bytes).update("\0");
    progs.push({
      name: st.isDirectory() ? name : name.slice(0, -3),
      arg: st.isDirectory() ? `./${name}` : name,
      isDir: st.isDirectory(), files: loaded, sourceHash: h.digest("hex"),
    });
  }
  return progs;
}

// ---- the cache of Go's outcomes ----

interface Expected {
  program: string;
  goVersion: string;
  sourceHash: string;
  exitCode: number | null;
  signal?: string;
  /** stdout/stderr are stored as text when valid UTF-8, else base64 in the *Base64 field. */
  stdout?: string;
  stdoutBase64?: string;
  stderr?: string;
  stderrBase64?: string;
}

function cacheKey(goVersion: string, sourceHash: string): string {
  return createHash("sha256").update(`${goVersion}\0${sourceHash}`).digest("hex");
}

function encodeBytes(b: Buffer): { text: string } | { base64: string } {
  const text = b.toString("utf8");
  return Buffer.from(text, "utf8").equals(b) ? { text } : { base64: b.toString("base64") };
}

function toExpected(p: Program, goVersion: string, r: ProcResult): Expected {
  const e: Expected = { program: p.isDir ? `${p.name}/` : `${p.name}.go`, goVersion, sourceHash: p.sourceHash, exitCode: r.exitCode };
  if (r.signal) e.signal = r.signal;
  const o = encodeBytes(r.stdout), s = encodeBytes(r.stderr);
  if ("text" in o) e.stdout = o.text; else e.stdoutBase64 = o.base64;
  if ("text" in s) e.stderr = s.text; else e.stderrBase64 = s.base64;
  return e;
}

function fromExpected(e: Expected): Outcome {
  const dec = (t?: string, b?: string) => (b !== undefined ? Buffer.from(b, "base64") : Buffer.from(t ?? "", "utf8"));
  return { stdout: dec(e.stdout, e.stdoutBase64), stderr: dec(e.stderr, e.stderrBase64), exitCode: e.exitCode, signal: e.signal ?? null };
}

/** Without Go, any cached entry for the same sources will do; prefer the newest Go version. */
function findBySource(dir: string, sourceHash: string): { key: string; e: Expected } | null {
  let best: { key: string; e: Expected } | null = null;
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    if (!f.endsWith(".json")) continue;
    let e: Expected;
    try { e = JSON.parse(readFileSync(join(dir, f), "utf8")) as Expected; } catch { continue; }
    if (e.sourceHash !== sourceHash) continue;
    if (!best || e.goVersion.localeCompare(best.e.goVersion, "en", { numeric: true }) > 0) best = { key: f.slice(0, -5), e };
  }
  return best;
}

// ---- running one program ----

interface Result {
  name: string;
  pass: boolean;
  lines: string[];
  usedKey: string | null;
}

async function runGo(p: Program, o: Options, work: string): Promise<ProcResult | string> {
  const tc = findGo()!;
  const bin = join(work, `${p.name}.bin`);
  const goMod = p.files.some((f) => f.rel === "go.mod");
  // -C must come first; a directory with its own go.mod is built as that module.
  const args = p.isDir && goMod ? ["build", "-C", p.arg, "-trimpath", "-o", bin, "."] : ["build", "-trimpath", "-o", bin];
  if (!p.isDir) args.push(p.arg);
  else if (goMod) { /* complete */ }
  else args.push(...p.files.filter((f) => f.rel.endsWith(".go") && !f.rel.includes("/") && !f.rel.endsWith("_test.go")).map((f) => `${p.arg}/${f.rel}`));
  const b = await runProcess(tc.go!, args, { cwd: o.dir, env: goEnv(), timeoutMs: 300_000 });
  if (b.exitCode !== 0) {
    return `go build failed (${describeExit(b)}); difftest programs must build:\n${b.stderr.toString("utf8").trimEnd().replace(/^/gm, "    ")}`;
  }
  const r = await runProcess(bin, [], { cwd: o.dir, env: goEnv({ GOMAXPROCS: "1" }), timeoutMs: o.timeoutMs });
  if (r.timedOut || r.spawnError !== undefined || r.truncated) return `go: program ${describeExit(r)}${r.truncated ? " (output too large)" : ""}`;
  return r;
}

async function runOne(p: Program, o: Options, work: string): Promise<Result> {
  const tc = findGo();
  const canRunGo = tc !== null && tc.go !== null && !o.cachedOnly;
  let key: string | null = null;
  let expected: Expected | null = null;
  let source = "cached";
  if (canRunGo) {
    key = cacheKey(tc.version, p.sourceHash);
    const file = join(o.expected, `${key}.json`);
    if (!o.update && existsSync(file)) {
      expected = JSON.parse(readFileSync(file, "utf8")) as Expected;
    } else {
      const r = await runGo(p, o, work);
      if (typeof r === "string") return { name: p.name, pass: false, lines: [`  error: ${r}`], usedKey: null };
      expected = toExpected(p, tc.version, r);
      mkdirSync(o.expected, { recursive: true });
      writeFileSync(file, JSON.stringify(expected, null, 2) + "\n");
      source = `ran go (${Math.round(r.ms)} ms)`;
    }
  } else {
    const hit = findBySource(o.expected, p.sourceHash);
    if (!hit) {
      return { name: p.name, pass: false, lines: ["  error: no cached Go result for these sources and no Go toolchain to produce one"], usedKey: null };
    }
    key = hit.key;
    expected = hit.e;
  }
  const g = await runProcess(process.execPath, [o.gots, "run", p.arg], {
    cwd: o.dir, env: goEnv({ GOMAXPROCS: "1" }), timeoutMs: o.timeoutMs,
  });
  const lines: string[] = [];
  if (g.timedOut || g.spawnError !== undefined) lines.push(`  gots: ${describeExit(g)}`);
  lines.push(...compareOutcomes(fromExpected(expected), g, o.verbose));
  const pass = lines.length === 0;
  if (o.verbose) lines.unshift(`  go: ${source} ${expected.goVersion}; gots: ${describeExit(g)} in ${Math.round(g.ms)} ms`);
  return { name: p.name, pass, lines, usedKey: key };
}

// ---- driver ----

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(o.dir)) usage(`no such directory: ${o.dir}`);
  if (!existsSync(o.gots)) usage(`${relative(process.cwd(), o.gots)} is missing: run npm run build first`);
  let progs = discover(o.dir);
  if (o.filter !== null) progs = progs.filter((p) => p.name.includes(o.filter!));
  const tc = findGo();
  if (o.verbose) {
    process.stdout.write(tc?.go && !o.cachedOnly ? `reference: ${tc.version} (GOROOT ${tc.goroot})\n` : "reference: no Go toolchain; using cached results only\n");
  }
  if (o.update && !tc?.go) usage("--update needs the Go toolchain");
  const work = mkdtempSync(join(tmpdir(), "gots-difftest-"));
  try {
    // A small pool; results are printed in program order as soon as each one is known.
    const results: Promise<Result>[] = [];
    let running = 0;
    const waiting: (() => void)[] = [];
    const slot = async (): Promise<void> => {
      if (running < o.jobs) { running++; return; }
      await new Promise<void>((r) => waiting.push(r));
    };
    const release = (): void => { const next = waiting.shift(); if (next) next(); else running--; };
    for (const p of progs) {
      results.push((async () => {
        await slot();
        try {
          return await runOne(p, o, work);
        } catch (e) {
          return { name: p.name, pass: false, lines: [`  error: ${(e as Error).stack ?? String(e)}`], usedKey: null };
        } finally {
          release();
        }
      })());
    }
    let passed = 0, failed = 0;
    const used = new Set<string>();
    for (const pr of results) {
      const r = await pr;
      if (r.usedKey) used.add(r.usedKey);
      if (r.pass) passed++; else failed++;
      process.stdout.write(`${r.pass ? "PASS" : "FAIL"} ${r.name}\n`);
      if (!r.pass || o.verbose) for (const l of r.lines) process.stdout.write(l + "\n");
    }
    if (o.prune) {
      for (const f of existsSync(o.expected) ? readdirSync(o.expected) : []) {
        if (f.endsWith(".json") && !used.has(f.slice(0, -5))) {
          unlinkSync(join(o.expected, f));
          process.stdout.write(`pruned ${basename(o.expected)}/${f}\n`);
        }
      }
    }
    if (progs.length === 0) process.stderr.write(`difftest: no programs${o.filter !== null ? ` match ${JSON.stringify(o.filter)}` : ""} in ${o.dir}\n`);
    process.stdout.write(`${passed} passed, ${failed} failed\n`);
    return failed > 0 || progs.length === 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`difftest: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});
