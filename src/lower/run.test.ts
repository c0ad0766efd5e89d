// Behaviour tests of the compiler: every testdata/run/X.go is compiled and run with the built
// CLI (`gots run X.go` in that folder) and must behave as gc's build of it did: stdout equal
// to X.go.out, exit status equal to X.go.exit (0 when absent), and, when X.go.stderr exists,
// the same stderr head (see difftest/compare.ts: the parts of a crash report gots reproduces).
// The expected files come from real Go via testdata/run/gen.sh; Go is not needed here.
//
// testdata/run/known-failures.txt lists programs gots gets wrong today ("X.go<TAB>reason").
// They still run: a listed program that fails is skipped with its reason, and one that passes
// fails the test, so that the list can only shrink.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stderrHead, shortDiff } from "../../difftest/compare.js";
import { runProcess, type ProcResult } from "../../difftest/proc.js";

// This file runs as dist/src/lower/run.test.js; the sources sit three levels up.
const dir = fileURLToPath(new URL("../../../testdata/run/", import.meta.url));
const cli = fileURLToPath(new URL("../cli.js", import.meta.url));
const TIMEOUT_MS = 60_000;
/** The expected results come from gc with GOMAXPROCS=1 (gen.sh). */
const GO_ENV = { ...process.env, GOMAXPROCS: "1" };
const PARALLEL = Math.max(2, Math.min(8, availableParallelism()));

function readKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  const path = join(dir, "known-failures.txt");
  if (!existsSync(path)) return known;
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trimEnd();
    if (line === "" || line.startsWith("#")) continue;
    const tab = line.indexOf("\t");
    const name = tab < 0 ? line : line.slice(0, tab);
    known.set(name.trim(), tab < 0 ? "known failure" : line.slice(tab + 1).trim());
  }
  return known;
}

function readOptional(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}

/** The ways gots's run differs from the expected results; empty when it behaves as Go. */
function mismatches(name: string, r: ProcResult): string[] {
  const out: string[] = [];
  if (r.spawnError !== undefined) return [`could not start node: ${r.spawnError}`];
  if (r.timedOut) out.push(`timed out after ${TIMEOUT_MS / 1000} s`);
  const wantExitText = readOptional(join(dir, name + ".exit"));
  const wantExit = wantExitText === null ? 0 : Number(wantExitText.toString("latin1").trim());
  if (r.exitCode !== wantExit) {
    out.push(`exit: want ${wantExit}, got ${r.signal !== null ? "signal " + r.signal : r.exitCode}`);
  }
  const wantOut = readFileSync(join(dir, name + ".out"));
  if (!wantOut.equals(r.stdout)) {
    out.push("stdout differs (- go, + gots):", ...shortDiff(wantOut.toString("latin1"), r.stdout.toString("latin1")));
  }
  const wantErr = readOptional(join(dir, name + ".stderr"));
  if (wantErr !== null) {
    const want = stderrHead(wantErr.toString("latin1")), got = stderrHead(r.stderr.toString("latin1"));
    if (want.join("\n") !== got.join("\n")) {
      out.push("stderr head differs (- go, + gots):", ...want.map((l) => "    - " + JSON.stringify(l)), ...got.map((l) => "    + " + JSON.stringify(l)));
    }
  }
  if (out.length > 0 && r.stderr.length > 0) {
    out.push("gots stderr:", ...r.stderr.toString("latin1").split("\n").slice(0, 20).map((l) => "    | " + l));
  }
  return out;
}

// Runs are started eagerly, a few at a time, so that the tests (reported one after another)
// mostly wait on results that are already there.
function pool<T>(jobs: (() => Promise<T>)[], width: number): Promise<T>[] {
  const results: Promise<T>[] = [];
  const slots: Promise<unknown>[] = [];
  for (let i = 0; i < jobs.length; i++) {
    const start = i < width ? Promise.resolve() : slots[i - width]!;
    const p = start.then(jobs[i]!);
    results.push(p);
    slots.push(p.catch(() => undefined));
  }
  return results;
}

const programs = readdirSync(dir).filter((n) => n.endsWith(".go")).sort();
const known = readKnownFailures();

test("known-failures.txt names existing programs", () => {
  for (const name of known.keys()) assert.ok(programs.includes(name), `${name} is listed but does not exist`);
});

// Programs whose output depends on the real clock (time.Sleep(time.Millisecond) letting the
// other goroutines run first, sleepers waking in deadline order) run last and one at a time,
// so that the other runs loading the machine cannot stall them past their deadlines.
const timed = new Set(programs.filter((n) => /\btime\.(Sleep|After|AfterFunc|Tick|NewTimer|NewTicker|Since)\(/.test(readFileSync(join(dir, n), "utf8"))));
const runOne = (name: string) => () => runProcess(process.execPath, [cli, "run", name], { cwd: dir, env: GO_ENV, timeoutMs: TIMEOUT_MS });
const untimed = programs.filter((n) => !timed.has(n));
const untimedRuns = pool(untimed.map(runOne), PARALLEL);

// Programs about defer also run with open-coding off (-N): every deferred call then goes
// through the stack- and heap-allocated records, and must behave the same.
const deferPrograms = programs.filter((n) => /^(pc_|defer)/.test(n) && !known.has(n));
const runsN = pool(
  deferPrograms.map((name) => () => runProcess(process.execPath, [cli, "run", "-gcflags=-N", name], { cwd: dir, env: GO_ENV, timeoutMs: TIMEOUT_MS })),
  PARALLEL,
);
const timedList = [...timed];
const others: Promise<unknown>[] = [...untimedRuns, ...runsN];
const timedRuns = pool<unknown>([() => Promise.allSettled(others), ...timedList.map(runOne)], 1).slice(1) as Promise<ProcResult>[];
const runs = programs.map((n) => (timed.has(n) ? timedRuns[timedList.indexOf(n)]! : untimedRuns[untimed.indexOf(n)]!));

deferPrograms.forEach((name, i) => {
  test(`run -gcflags=-N ${name}`, { timeout: TIMEOUT_MS * (1 + Math.ceil(programs.length / PARALLEL)) }, async () => {
    const problems = mismatches(name, await runsN[i]!);
    assert.ok(problems.length === 0, `${name} with -N differs from Go:\n` + problems.join("\n"));
  });
});

programs.forEach((name, i) => {
  test(`run ${name}`, { timeout: TIMEOUT_MS * (1 + Math.ceil(programs.length / PARALLEL)) }, async (t) => {
    const problems = mismatches(name, await runs[i]!);
    const reason = known.get(name);
    if (reason !== undefined) {
      assert.ok(problems.length > 0, `${name} now behaves as Go: remove it from testdata/run/known-failures.txt`);
      t.skip(reason);
      return;
    }
    assert.ok(problems.length === 0, `${name} differs from Go:\n` + problems.join("\n"));
  });
});
