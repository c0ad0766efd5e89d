// bench: paired benchmarks of gots against native Go, reported side by side.
//
// A benchmark is a list of sides, each a command run as its own process: gots sides and Go
// sides of the same work, run in one invocation and interleaved run by run (so drift in
// machine load hits every side alike). A side is measured either by the JSON its last stdout
// line prints ({"ms": ..., optional "bytes", "files", "failed", "failedFiles", "crashed"}) or
// by whole-process wall time. Each side may have build steps, run once and untimed.
//
// Benchmarks today: parse-goroot (bench/parse.ts vs bench/goparse, in two go/parser modes),
// one per program in bench/programs/ (gots build + node vs go build + binary, wall time), and
// the defer kinds of bench/deferkinds (ns per call of a direct call and of each defer strategy).
// The table shows the median of --runs runs per side and gots/Go; a JSON summary goes to
// bench/.work/results.json. Timings never fail the run: the exit status is 1 only when a side
// crashes, times out, prints no timing, or a program's output differs between gots and Go. A
// gots side whose command is not implemented yet (gots exits 2 saying so) is "unavailable".
//
// Usage: node dist/bench/run.js [--runs N] [--filter SUBSTR] [--timeout SEC] [--json PATH] [--list]

import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findGo, goEnv } from "../difftest/goenv.js";
import { describeExit, runProcess } from "../difftest/proc.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const workDir = join(repoRoot, "bench", ".work");
const gotsCli = join(repoRoot, "dist", "src", "cli.js");

interface Command { cmd: string; args: string[]; cwd?: string; env?: NodeJS.ProcessEnv }

interface Side {
  label: string;
  impl: "gots" | "go";
  /** Untimed steps run once before the first timed run (builds). */
  prepare?: Command[];
  run: Command;
  measure: "json" | "wall";
  /** Set when the side cannot run on this machine (e.g. no Go toolchain). */
  unavailable?: string;
}

interface Benchmark {
  name: string;
  description: string;
  sides: Side[];
  /** The sides must print the same stdout (programs computing a checksum). */
  sameOutput?: boolean;
}

// ---- the benchmarks ----

function parseGoroot(): Benchmark {
  const tc = findGo();
  const root = tc ? join(tc.goroot, "src") : "";
  const noGo = tc?.go ? undefined : "no Go toolchain";
  const goparse = join(workDir, "goparse");
  const goSide = (mode: string, label: string): Side => ({
    label, impl: "go", measure: "json",
    prepare: [{ cmd: tc?.go ?? "go", args: ["build", "-o", goparse, "."], cwd: join(repoRoot, "bench", "goparse"), env: goEnv() }],
    run: { cmd: goparse, args: ["-root", root, "-mode", mode], env: goEnv({ GOMAXPROCS: "1" }) },
    ...(noGo ? { unavailable: noGo } : {}),
  });
  return {
    name: "parse-goroot",
    description: "parse every .go file under $GOROOT/src, in memory, one thread",
    sides: [
      {
        label: "gots parseSource", impl: "gots", measure: "json",
        run: { cmd: process.execPath, args: ["--expose-gc", join(repoRoot, "dist", "bench", "parse.js"), "--root", root] },
        ...(tc ? {} : { unavailable: "no GOROOT" }),
      },
      goSide("skip", "go/parser SkipObjectResolution|ParseComments"),
      goSide("default", "go/parser mode 0"),
    ],
  };
}

/** Every bench/programs/X.go: built once by each toolchain, then timed as a whole process. */
function programBenchmarks(): Benchmark[] {
  const dir = join(repoRoot, "bench", "programs");
  const tc = findGo();
  const out: Benchmark[] = [];
  for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!f.endsWith(".go")) continue;
    const name = f.slice(0, -3);
    const js = join(workDir, `${name}.js`), bin = join(workDir, name);
    out.push({
      name, description: `bench/programs/${f}, whole-process wall time`, sameOutput: true,
      sides: [
        {
          label: "gots build + node", impl: "gots", measure: "wall",
          prepare: [{ cmd: process.execPath, args: [gotsCli, "build", "-o", js, f], cwd: dir }],
          run: { cmd: process.execPath, args: [js], env: goEnv({ GOMAXPROCS: "1" }) },
        },
        {
          label: "go build", impl: "go", measure: "wall",
          prepare: [{ cmd: tc?.go ?? "go", args: ["build", "-o", bin, f], cwd: dir, env: goEnv() }],
          run: { cmd: bin, args: [], env: goEnv({ GOMAXPROCS: "1" }) },
          ...(tc?.go ? {} : { unavailable: "no Go toolchain" }),
        },
        // Goroutine programs are also compared with every CPU's worth of Ps on both sides.
        ...(CONCURRENT.has(name) ? [{
          label: "gots, GOMAXPROCS default", impl: "gots" as const, measure: "wall" as const,
          run: { cmd: process.execPath, args: [js], env: goEnv() },
        }, {
          label: "go build, GOMAXPROCS default", impl: "go" as const, measure: "wall" as const,
          run: { cmd: bin, args: [], env: goEnv() },
          ...(tc?.go ? {} : { unavailable: "no Go toolchain" }),
        }] : []),
      ],
    });
  }
  return out;
}

/** The programs about goroutines and channels. */
const CONCURRENT = new Set(["chan_pingpong", "goroutine_spawn", "worker_pool", "select_fanin"]);

/** bench/goroutinemem: bytes per blocked goroutine (100,000 of them), gots and Go. */
function goroutineMem(): Benchmark {
  const dir = join(repoRoot, "bench", "goroutinemem");
  const tc = findGo();
  const js = join(workDir, "goroutinemem.js"), bin = join(workDir, "goroutinemem");
  return {
    name: "goroutine-mem",
    description: "bench/goroutinemem: 100,000 goroutines blocked on a channel; bytes each (heap, and stacks in gc)",
    sides: [
      {
        label: "gots build + node", impl: "gots", measure: "json",
        prepare: [{ cmd: process.execPath, args: [gotsCli, "build", "-o", js, "main.go"], cwd: dir }],
        run: { cmd: process.execPath, args: [js], env: goEnv({ GOMAXPROCS: "1" }) },
      },
      {
        label: "go build", impl: "go", measure: "json",
        prepare: [{ cmd: tc?.go ?? "go", args: ["build", "-o", bin, "main.go"], cwd: dir, env: goEnv() }],
        run: { cmd: bin, args: [], env: goEnv({ GOMAXPROCS: "1" }) },
        ...(tc?.go ? {} : { unavailable: "no Go toolchain" }),
      },
    ],
  };
}

function memSummary(all: { name: string; sides: SideResult[] }[]): string[] {
  const b = all.find((x) => x.name === "goroutine-mem");
  if (!b) return [];
  const per = b.sides.map((r) => `${r.impl} ${typeof r.report?.bytes_per_goroutine === "number" ? Math.round(r.report.bytes_per_goroutine as number) : "?"} bytes`);
  return [`goroutine memory (per blocked goroutine, last run): ${per.join(", ")}`];
}

/**
 * bench/deferkinds: the cost of one call of each kind (direct, open-coded defer, stack- and
 * heap-allocated defer), each side timing its own loop and printing {"ms", "ns_per_op"}.
 */
function deferKinds(): Benchmark[] {
  const dir = join(repoRoot, "bench", "deferkinds");
  const tc = findGo();
  const js = join(workDir, "deferkinds.js"), bin = join(workDir, "deferkinds");
  return ["direct", "open", "stack", "heap"].map((kind) => ({
    name: `defer-${kind}`,
    description: `bench/deferkinds ${kind}: ${DEFER_OPS / 1e6}M calls, timed inside the program`,
    sides: [
      {
        label: "gots build + node", impl: "gots", measure: "json",
        prepare: [{ cmd: process.execPath, args: [gotsCli, "build", "-o", js, "main.go"], cwd: dir }],
        run: { cmd: process.execPath, args: [js, kind, String(DEFER_OPS)], env: goEnv({ GOMAXPROCS: "1" }) },
      },
      {
        label: "go build", impl: "go", measure: "json",
        prepare: [{ cmd: tc?.go ?? "go", args: ["build", "-o", bin, "main.go"], cwd: dir, env: goEnv() }],
        run: { cmd: bin, args: [kind, String(DEFER_OPS)], env: goEnv({ GOMAXPROCS: "1" }) },
        ...(tc?.go ? {} : { unavailable: "no Go toolchain" }),
      },
    ],
  }));
}

const DEFER_OPS = 20_000_000;

/** ns per call of each defer kind, for gots and Go, with the ratios the defer issue sets targets on. */
function deferSummary(all: { name: string; sides: SideResult[] }[]): string[] {
  const ns = (impl: string, kind: string): number | undefined => {
    const r = all.find((b) => b.name === `defer-${kind}`)?.sides.find((x) => x.impl === impl);
    return r?.medianMs !== undefined ? (r.medianMs * 1e6) / DEFER_OPS : undefined;
  };
  const out: string[] = [];
  for (const impl of ["gots", "go"]) {
    const v = ["direct", "open", "stack", "heap"].map((k) => ns(impl, k));
    if (v.some((x) => x === undefined)) continue;
    const [d, o, st, h] = v as number[];
    out.push(`defer kinds (${impl}, ns/call): direct ${d!.toFixed(2)}, open-coded ${o!.toFixed(2)} (${(o! / d!).toFixed(2)}x direct), ` +
      `stack ${st!.toFixed(2)}, heap ${h!.toFixed(2)}; open < stack: ${o! < st!}, stack <= heap: ${st! <= h!}`);
  }
  return out;
}

function allBenchmarks(): Benchmark[] {
  return [parseGoroot(), ...programBenchmarks(), ...deferKinds(), goroutineMem()];
}

// ---- running ----

interface Options { runs: number; filter: string | null; timeoutMs: number; json: string; list: boolean }

function usage(msg: string): never {
  process.stderr.write(`bench: ${msg}\nusage: bench [--runs N] [--filter SUBSTR] [--timeout SEC] [--json PATH] [--list]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, filter: null, timeoutMs: 600_000, json: join(workDir, "results.json"), list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const val = (): string => { const v = eq > 0 ? a.slice(eq + 1) : argv[++i]; if (v === undefined) usage(`${flag} needs a value`); return v; };
    switch (flag) {
      case "--runs": case "-runs": o.runs = Math.max(1, Number(val()) | 0); break;
      case "--filter": case "-filter": o.filter = val(); break;
      case "--timeout": o.timeoutMs = Math.max(1, Number(val())) * 1000; break;
      case "--json": o.json = resolve(val()); break;
      case "--list": o.list = true; break;
      case "-h": case "--help": usage("help");
      default: usage(`unknown argument ${a}`);
    }
  }
  return o;
}

interface SideResult {
  label: string;
  impl: "gots" | "go";
  status: "ok" | "unavailable" | "error";
  note?: string;
  runsMs: number[];
  medianMs?: number;
  minMs?: number;
  maxMs?: number;
  /** Fields of the side's JSON report other than ms, from its last run. */
  report?: Record<string, unknown>;
  stdout?: string;
  /** gots median / this side's median, on Go sides. */
  ratio?: number;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function notImplemented(impl: string, code: number | null, stderr: string): boolean {
  return impl === "gots" && code === 2 && /not implemented/.test(stderr);
}

/** A command as a short, machine-independent string for notes. */
function showCommand(c: Command): string {
  const short = (a: string): string => (a.startsWith(repoRoot + "/") ? relative(repoRoot, a) : a === process.execPath ? "node" : a);
  return [c.cmd, ...c.args].map(short).join(" ");
}

async function prepare(side: Side, res: SideResult, o: Options): Promise<void> {
  for (const c of side.prepare ?? []) {
    const r = await runProcess(c.cmd, c.args, { cwd: c.cwd, env: c.env, timeoutMs: o.timeoutMs });
    if (r.exitCode === 0) continue;
    const err = r.stderr.toString("utf8").trim();
    res.status = notImplemented(side.impl, r.exitCode, err) ? "unavailable" : "error";
    res.note = `${showCommand(c)}: ${describeExit(r)}${err ? `: ${err.split("\n")[0]}` : ""}`;
    return;
  }
}

async function runOnce(side: Side, res: SideResult, o: Options): Promise<void> {
  const c = side.run;
  const r = await runProcess(c.cmd, c.args, { cwd: c.cwd, env: c.env, timeoutMs: o.timeoutMs, maxOutput: 64 << 20 });
  const stderr = r.stderr.toString("utf8").trim();
  if (r.exitCode !== 0) {
    res.status = notImplemented(side.impl, r.exitCode, stderr) ? "unavailable" : "error";
    res.note = `${describeExit(r)}${stderr ? `: ${stderr.split("\n")[0]}` : ""}`;
    return;
  }
  const stdout = r.stdout.toString("utf8");
  res.stdout ??= stdout;
  if (side.measure === "wall") { res.runsMs.push(r.ms); return; }
  const last = stdout.trimEnd().split("\n").pop() ?? "";
  let rep: Record<string, unknown>;
  try { rep = JSON.parse(last) as Record<string, unknown>; } catch { rep = {}; }
  if (typeof rep.ms !== "number") {
    res.status = "error";
    res.note = `no JSON timing on the last line of stdout: ${JSON.stringify(last.slice(0, 100))}`;
    return;
  }
  res.runsMs.push(rep.ms);
  const { ms: _ms, ...rest } = rep;
  res.report = rest;
}

async function runBenchmark(b: Benchmark, o: Options): Promise<SideResult[]> {
  const results: SideResult[] = b.sides.map((s) => ({
    label: s.label, impl: s.impl, runsMs: [],
    status: s.unavailable ? "unavailable" : "ok", ...(s.unavailable ? { note: s.unavailable } : {}),
  }));
  for (let i = 0; i < b.sides.length; i++) if (results[i]!.status === "ok") await prepare(b.sides[i]!, results[i]!, o);
  for (let run = 1; run <= o.runs; run++) {
    for (let i = 0; i < b.sides.length; i++) {
      const res = results[i]!;
      if (res.status !== "ok") continue;
      await runOnce(b.sides[i]!, res, o);
      const last = res.runsMs[res.runsMs.length - 1];
      process.stderr.write(`  ${b.name} | ${res.label} | run ${run}/${o.runs}: ${res.status === "ok" && last !== undefined ? `${last.toFixed(1)} ms` : res.status}\n`);
    }
  }
  for (const r of results) {
    if (r.status !== "ok" || r.runsMs.length === 0) continue;
    r.medianMs = median(r.runsMs);
    r.minMs = Math.min(...r.runsMs);
    r.maxMs = Math.max(...r.runsMs);
  }
  // Each Go side is compared with the gots side of the same GOMAXPROCS setting (the first
  // gots side when there is no such pair).
  const gotsSides = results.filter((r) => r.impl === "gots" && r.medianMs !== undefined);
  const defaultProcs = (r: SideResult): boolean => r.label.includes("GOMAXPROCS default");
  for (const r of results) {
    if (r.impl !== "go" || !r.medianMs) continue;
    const gots = gotsSides.find((g) => defaultProcs(g) === defaultProcs(r)) ?? gotsSides[0];
    if (gots) r.ratio = gots.medianMs! / r.medianMs;
  }
  if (b.sameOutput) {
    const ref = results.find((r) => r.impl === "go" && r.status === "ok");
    for (const r of results) {
      if (r === ref || r.status !== "ok" || !ref || r.stdout === ref.stdout) continue;
      r.status = "error";
      r.note = `stdout differs from Go's: ${JSON.stringify(r.stdout?.slice(0, 60))} vs ${JSON.stringify(ref.stdout?.slice(0, 60))}`;
    }
  }
  return results;
}

// ---- reporting ----

function failedCell(r: SideResult): string {
  const f = r.report?.failed, c = r.report?.crashed;
  if (typeof f !== "number") return "";
  return typeof c === "number" && c > 0 ? `${f} (+${c} crashed)` : String(f);
}

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const numeric = (i: number): boolean => i >= 2;
  const line = (r: string[]): string => r.map((c, i) => (numeric(i) ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join("  ").trimEnd();
  return [line(rows[0]!), w.map((n) => "-".repeat(n)).join("  "), ...rows.slice(1).map(line)].join("\n") + "\n";
}

function fmt(n: number | undefined, digits = 1): string {
  return n === undefined ? "" : n.toFixed(digits);
}

/** Files one side failed on and the other did not: what a parser author looks at first. */
function failureDiffs(name: string, rs: SideResult[]): string[] {
  const files = (r: SideResult): Set<string> | null => {
    const f = r.report?.failedFiles, c = r.report?.crashedFiles;
    if (!Array.isArray(f)) return null;
    return new Set([...(f as string[]), ...(Array.isArray(c) ? (c as string[]) : [])]);
  };
  const gots = rs.find((r) => r.impl === "gots" && files(r));
  const go = rs.find((r) => r.impl === "go" && files(r));
  if (!gots || !go) return [];
  const a = files(gots)!, b = files(go)!;
  const onlyGots = [...a].filter((x) => !b.has(x)), onlyGo = [...b].filter((x) => !a.has(x));
  const show = (xs: string[]): string => (xs.length ? `: ${xs.slice(0, 5).join(", ")}${xs.length > 5 ? ", …" : ""}` : "");
  return [
    `${name}: ${onlyGots.length} file(s) fail only under gots${show(onlyGots)}`,
    `${name}: ${onlyGo.length} file(s) fail only under ${go.label}${show(onlyGo)}`,
  ];
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  let benches = allBenchmarks();
  if (o.filter !== null) benches = benches.filter((b) => b.name.includes(o.filter!));
  if (o.list) {
    for (const b of benches) process.stdout.write(`${b.name.padEnd(16)} ${b.description}\n`);
    return 0;
  }
  if (benches.length === 0) usage(`no benchmark matches ${JSON.stringify(o.filter)}`);
  if (!existsSync(gotsCli)) usage("dist/src/cli.js is missing: run npm run build first");
  mkdirSync(workDir, { recursive: true });
  const tc = findGo();
  process.stdout.write(`node ${process.version}, ${tc ? `${tc.version}${tc.go ? "" : " (sources only)"}` : "no Go"}, ${cpus()[0]?.model ?? "cpu"}, ${o.runs} run(s) per side\n`);

  const all: { name: string; description: string; sides: SideResult[] }[] = [];
  for (const b of benches) all.push({ name: b.name, description: b.description, sides: await runBenchmark(b, o) });

  const rows = [["benchmark", "side", "median ms", "min ms", "max ms", "MB/s", "files", "failed", "gots/go"]];
  const notes: string[] = [];
  for (const b of all) {
    for (const r of b.sides) {
      const bytes = r.report?.bytes;
      const mbps = typeof bytes === "number" && r.medianMs ? bytes / 1e6 / (r.medianMs / 1e3) : undefined;
      const files = r.report?.files;
      rows.push([
        b.name, r.label,
        r.status === "ok" ? fmt(r.medianMs) : r.status, fmt(r.minMs), fmt(r.maxMs), fmt(mbps),
        typeof files === "number" ? String(files) : "", failedCell(r),
        r.ratio !== undefined ? `${r.ratio.toFixed(2)}x` : "",
      ]);
      if (r.note) notes.push(`${b.name} | ${r.label}: ${r.status}: ${r.note}`);
    }
    notes.push(...failureDiffs(b.name, b.sides));
  }
  notes.push(...deferSummary(all), ...memSummary(all));
  process.stdout.write("\n" + table(rows));
  if (notes.length) process.stdout.write("\n" + notes.join("\n") + "\n");

  mkdirSync(dirname(o.json), { recursive: true });
  const summary = {
    date: new Date().toISOString(), node: process.version, go: tc?.version ?? null,
    platform: `${platform()}/${arch()}`, cpu: cpus()[0]?.model ?? null, runs: o.runs,
    benchmarks: all.map((b) => ({ ...b, sides: b.sides.map(({ stdout: _s, ...r }) => r) })),
  };
  writeFileSync(o.json, JSON.stringify(summary, null, 2) + "\n");
  process.stdout.write(`\nresults: ${relative(process.cwd(), o.json) || o.json}\n`);
  return all.some((b) => b.sides.some((r) => r.status === "error")) ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});
