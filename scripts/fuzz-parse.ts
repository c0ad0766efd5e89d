// A mutation fuzzer for the gots front end: it feeds mutated Go files to parseSource and
// reports internal errors (any exception, or a diagnostic outside the file) and hangs.
//
// Seeds are the .go files under $GOROOT/test (or --corpus DIR). Input number i is a pure
// function of (--seed, i): inputs 0..seeds-1 are the seeds unmodified, later ones apply 1..8
// mutations to a seed chosen at random (byte-range delete/insert/duplicate/swap, Go tokens
// and awkward bytes inserted, possibly many times over, truncation, splicing with another
// seed). So any input can be regenerated with --replay I, on any machine with the same seeds.
//
// Parsing runs in worker threads, one input at a time, in-process: no per-input subprocess.
// The main thread is a watchdog: each worker publishes the index and start time of its
// current input in shared memory; an input still running after --hang-ms (2 s) is a hang,
// and the worker is terminated (V8 can stop even a tight loop) and restarted after it.
// Inputs that finish but take longer than --hang-ms count as hangs too.
//
// Crashes are saved to scripts/.fuzz-crashes/<sha256 prefix>.go with a .txt beside it (stack,
// seed, index, mutations). Exit status 1 if any crash or hang.
//
// Usage: node dist/scripts/fuzz-parse.js [--seed N] [--count N] [--time-limit SEC] [--jobs N]
//        [--dump] [--hang-ms MS] [--corpus DIR] [--replay I [--write FILE]]

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { parseSource, formatDiagnostic } from "../src/driver.js";
import { dumpFile } from "../src/syntax/index.js";
import { findGo } from "../difftest/goenv.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const crashDir = join(repoRoot, "scripts", ".fuzz-crashes");

// ---- deterministic randomness ----

/** murmur3's 32-bit finalizer: spreads (seed, index) into well-mixed generator state. */
function mix32(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A small-state PRNG (the "sfc32" construction: a counter plus three mixed words). */
class Rng {
  private a: number; private b: number; private c: number; private d = 1;
  constructor(seed: number, stream: number) {
    this.a = mix32(seed ^ 0x9e3779b9);
    this.b = mix32(stream + 0x632be5ab);
    this.c = mix32((seed + Math.imul(stream, 0x27d4eb2f)) | 0);
    for (let i = 0; i < 12; i++) this.next();
  }
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** Uniform in [0, n). */
  int(n: number): number { return n <= 0 ? 0 : Math.floor((this.next() / 4294967296) * n); }
  chance(p: number): boolean { return this.next() / 4294967296 < p; }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }
  /** Mostly small lengths, occasionally large ones: bugs hide at both scales. */
  len(max: number): number {
    const r = this.int(10);
    const n = r < 6 ? 1 + this.int(8) : r < 9 ? 1 + this.int(64) : 1 + this.int(Math.max(1, max));
    return Math.min(n, Math.max(0, max));
  }
}

// ---- what gets inserted ----

const enc = new TextEncoder();
const TEXT_TOKENS = [
  // keywords and predeclared names
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
  "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
  "struct", "switch", "type", "var", "_", "x", "T", "any", "comparable", "nil", "iota", "main",
  // operators and punctuation
  "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
  "^=", "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "<", ">", "=", "!", "~", "!=", "<=",
  ">=", ":=", "...", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "..", "->", "#", "$", "?", "@",
  // literal starts and comments
  "\"", "`", "'", "\\", "/*", "*/", "//", "0x", "0X", "0b", "0o", "0", "1e", "1p", "0x1p-2", "1_000",
  "0_", "1__0", "08", "0x_", "1e+", ".5", "1.", "0i", "'\\u", "\\x", "\\U0010FFFF", "\\400", "'ab'",
  // whitespace and directives
  "\n", "\r", "\r\n", "\t", " ", "\f", "\v", "//go:build", "//go:embed", "//line x.go:10", "/*line y.go:1:1*/",
  // syntax fragments
  "[T any]", "[]", "map[", "chan<-", "<-chan", "func()", "interface{", "struct{", "x.(type)", "~int|",
  // Unicode letters and digits, and things that look like letters but are not
  "é", "π", "日本", "ǅ", "µ", "ℌ", "٣", "𝑥", "\u00a0", "\u200b", "\u2028", "\ufeff", "\ufffd",
];
const BYTE_TOKENS: Uint8Array[] = [
  ...TEXT_TOKENS.map((s) => enc.encode(s)),
  new Uint8Array([0x00]), new Uint8Array([0xef, 0xbb, 0xbf]), // NUL, BOM
  new Uint8Array([0x80]), new Uint8Array([0xff]), new Uint8Array([0xc0, 0x80]), new Uint8Array([0xe6, 0x97]),
  new Uint8Array([0xed, 0xa0, 0x80]), new Uint8Array([0xf4, 0x90, 0x80, 0x80]), new Uint8Array([0xc3]),
];

// ---- mutations ----

export interface Seeds { data: Uint8Array; offsets: Int32Array; names: string[] }

function seedBytes(s: Seeds, k: number): Uint8Array { return s.data.subarray(s.offsets[k]!, s.offsets[k + 1]!); }

function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/** A position in b: half the time snapped to a line start, where whole constructs begin. */
function pos(rng: Rng, b: Uint8Array): number {
  let p = rng.int(b.length + 1);
  if (rng.chance(0.5)) while (p > 0 && b[p - 1] !== 0x0a) p--;
  return p;
}

/** A byte range [start, end) of b; half the time whole lines. */
function range(rng: Rng, b: Uint8Array): [number, number] {
  const start = pos(rng, b);
  let end = Math.min(b.length, start + rng.len(b.length - start));
  if (rng.chance(0.5)) while (end < b.length && b[end - 1] !== 0x0a) end++;
  return [start, end];
}

const MAX_INPUT = 1 << 20;

function mutateOnce(rng: Rng, b: Uint8Array, seeds: Seeds, ops: string[]): Uint8Array {
  const op = rng.int(10);
  switch (op) {
    case 0: { // delete a range
      const [s, e] = range(rng, b);
      ops.push(`delete ${s}..${e}`);
      return concat(b.subarray(0, s), b.subarray(e));
    }
    case 1: { // insert a range copied from this file or another seed
      const k = rng.chance(0.5) ? -1 : rng.int(seeds.names.length);
      const src = k < 0 ? b : seedBytes(seeds, k);
      const [s, e] = range(rng, src), at = pos(rng, b);
      ops.push(`insert ${k < 0 ? "self" : seeds.names[k]}[${s}..${e}] at ${at}`);
      return concat(b.subarray(0, at), src.subarray(s, e), b.subarray(at));
    }
    case 2: { // duplicate a range in place
      const [s, e] = range(rng, b);
      ops.push(`duplicate ${s}..${e}`);
      return concat(b.subarray(0, e), b.subarray(s, e), b.subarray(e));
    }
    case 3: { // swap two ranges
      const [s1, e1] = range(rng, b);
      const [s2, e2] = range(rng, b);
      if (e1 > s2 && e2 > s1) return b; // overlapping: leave as is
      const [a, c] = s1 < s2 ? [[s1, e1], [s2, e2]] : [[s2, e2], [s1, e1]];
      ops.push(`swap ${a[0]}..${a[1]} with ${c[0]}..${c[1]}`);
      return concat(b.subarray(0, a[0]), b.subarray(c[0]!, c[1]), b.subarray(a[1]!, c[0]), b.subarray(a[0]!, a[1]), b.subarray(c[1]));
    }
    case 4: case 5: { // insert a token, sometimes with spaces
      const t = rng.pick(BYTE_TOKENS), at = rng.chance(0.5) ? pos(rng, b) : rng.int(b.length + 1);
      const sp = rng.chance(0.3) ? enc.encode(" ") : new Uint8Array(0);
      ops.push(`insert ${JSON.stringify(new TextDecoder().decode(t))} at ${at}`);
      return concat(b.subarray(0, at), sp, t, sp, b.subarray(at));
    }
    case 6: { // a token repeated: deep nesting, long operator chains, long literals
      const t = rng.pick(BYTE_TOKENS), at = pos(rng, b);
      const n = rng.chance(0.1) ? 1 + rng.int(5000) : 2 + rng.int(64);
      const parts: Uint8Array[] = [];
      for (let i = 0; i < n; i++) parts.push(t);
      ops.push(`insert ${JSON.stringify(new TextDecoder().decode(t))} x${n} at ${at}`);
      return concat(b.subarray(0, at), ...parts, b.subarray(at));
    }
    case 7: { // overwrite one byte
      if (b.length === 0) return b;
      const at = rng.int(b.length), v = rng.chance(0.5) ? rng.int(256) : rng.pick([0, 0x0a, 0x22, 0x27, 0x2f, 0x5c, 0x60, 0x7b, 0x7d, 0x80, 0xff]);
      ops.push(`set byte ${at} = 0x${v.toString(16)}`);
      const c = b.slice();
      c[at] = v;
      return c;
    }
    case 8: { // truncate
      const at = rng.int(b.length + 1);
      ops.push(`truncate at ${at}`);
      return b.subarray(0, at);
    }
    default: { // splice: a prefix of this file and a suffix of another
      const k = rng.int(seeds.names.length), other = seedBytes(seeds, k);
      const at = pos(rng, b), from = pos(rng, other);
      ops.push(`splice [0..${at}] + ${seeds.names[k]}[${from}..]`);
      return concat(b.subarray(0, at), other.subarray(from));
    }
  }
}

/** Input number `index` for `seed`: the same bytes on every run, machine and worker count. */
export function generate(seeds: Seeds, seed: number, index: number): { bytes: Uint8Array; desc: string[] } {
  const n = seeds.names.length;
  if (index < n) return { bytes: seedBytes(seeds, index), desc: [`seed ${seeds.names[index]} unmodified`] };
  const rng = new Rng(seed, index);
  const k = rng.int(n);
  const desc = [`seed ${seeds.names[k]}`];
  let b = seedBytes(seeds, k);
  const count = 1 + Math.min(7, Math.floor(-Math.log2(1 - rng.next() / 4294967296)));
  for (let i = 0; i < count; i++) {
    b = mutateOnce(rng, b, seeds, desc);
    if (b.length > MAX_INPUT) b = b.subarray(0, MAX_INPUT);
  }
  return { bytes: b, desc };
}

/** Parses one input as the compiler would; throws on any internal error. */
function check(bytes: Uint8Array, dump: boolean): void {
  const r = parseSource("fuzz.go", bytes);
  for (const d of r.diagnostics) {
    if (!(d.offset >= 0 && d.offset <= bytes.length)) {
      throw new Error(`diagnostic offset ${d.offset} outside the file (length ${bytes.length}): ${d.message}`);
    }
    formatDiagnostic(d);
  }
  if (dump) dumpFile(r.file);
}

// ---- worker ----

/** Layout of each worker's shared control block (Int32Array). */
const CTL_INDEX = 0, CTL_START = 1, CTL_BUSY = 2, CTL_DONE = 3, CTL_STOP = 4, CTL_SIZE = 5;

interface WorkerArgs {
  seedData: SharedArrayBuffer; seedOffsets: SharedArrayBuffer; names: string[];
  ctl: SharedArrayBuffer; base: number;
  seed: number; first: number; stride: number; count: number; dump: boolean; hangMs: number;
}

export type WorkerMsg =
  | { t: "crash"; index: number; bytes: Uint8Array; stack: string; desc: string[] }
  | { t: "slow"; index: number; bytes: Uint8Array; ms: number; desc: string[] }
  | { t: "done" };

function workerMain(a: WorkerArgs): void {
  const seeds: Seeds = { data: new Uint8Array(a.seedData), offsets: new Int32Array(a.seedOffsets), names: a.names };
  const ctl = new Int32Array(a.ctl);
  for (let i = a.first; i < a.count && Atomics.load(ctl, CTL_STOP) === 0; i += a.stride) {
    const { bytes, desc } = generate(seeds, a.seed, i);
    Atomics.store(ctl, CTL_INDEX, i);
    Atomics.store(ctl, CTL_START, Date.now() - a.base);
    Atomics.store(ctl, CTL_BUSY, 1);
    const t0 = performance.now();
    try {
      check(bytes, a.dump);
    } catch (e) {
      const stack = e instanceof Error ? (e.stack ?? String(e)) : `non-Error thrown: ${String(e)}`;
      parentPort!.postMessage({ t: "crash", index: i, bytes, stack, desc } satisfies WorkerMsg);
    }
    const ms = performance.now() - t0;
    Atomics.store(ctl, CTL_BUSY, 0);
    Atomics.add(ctl, CTL_DONE, 1);
    if (ms > a.hangMs) parentPort!.postMessage({ t: "slow", index: i, bytes, ms, desc } satisfies WorkerMsg);
  }
  parentPort!.postMessage({ t: "done" } satisfies WorkerMsg);
}

// ---- main thread: seeds, workers, watchdog, reports ----

interface Options {
  seed: number; count: number; timeLimitS: number; jobs: number; dump: boolean; hangMs: number;
  corpus: string | null; replay: number | null; write: string | null;
}

function usage(msg: string): never {
  process.stderr.write(`fuzz: ${msg}\nusage: fuzz-parse [--seed N] [--count N] [--time-limit SEC] [--jobs N] [--dump]\n` +
    "                  [--hang-ms MS] [--corpus DIR] [--replay I [--write FILE]]\n");
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    seed: 1, count: 100_000, timeLimitS: Infinity, jobs: Math.max(1, Math.min(4, availableParallelism())),
    dump: false, hangMs: 2000, corpus: null, replay: null, write: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const str = (): string => { const v = eq > 0 ? a.slice(eq + 1) : argv[++i]; if (v === undefined) usage(`${flag} needs a value`); return v; };
    const num = (): number => { const v = Number(str()); if (!Number.isFinite(v) || v < 0) usage(`${flag}: not a number`); return v; };
    switch (flag) {
      case "--seed": o.seed = num() >>> 0; break;
      case "--count": o.count = Math.floor(num()); break;
      case "--time-limit": o.timeLimitS = num(); break;
      case "--jobs": case "-j": o.jobs = Math.max(1, Math.floor(num())); break;
      case "--dump": o.dump = true; break;
      case "--hang-ms": o.hangMs = num(); break;
      case "--corpus": o.corpus = resolve(str()); break;
      case "--replay": o.replay = Math.floor(num()); break;
      case "--write": o.write = resolve(str()); break;
      case "-h": case "--help": usage("help");
      default: usage(`unknown argument ${a}`);
    }
  }
  return o;
}

/** Every *.go file under dir (the root may be a symlink), sorted, packed into shared memory. */
function loadSeeds(dir: string): Seeds & { seedData: SharedArrayBuffer; seedOffsets: SharedArrayBuffer } {
  const root = realpathSync(dir);
  const files: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile() && e.name.endsWith(".go")) files.push(r);
    }
  };
  walk("");
  const contents = files.map((f) => readFileSync(join(root, f)));
  let total = 0;
  for (const c of contents) total += c.length;
  const seedData = new SharedArrayBuffer(Math.max(1, total)), seedOffsets = new SharedArrayBuffer(4 * (files.length + 1));
  const data = new Uint8Array(seedData), offsets = new Int32Array(seedOffsets);
  let o = 0;
  contents.forEach((c, i) => { offsets[i] = o; data.set(c, o); o += c.length; });
  offsets[files.length] = o;
  return { data, offsets, names: files, seedData, seedOffsets };
}

/**
 * Groups crashes by message (digits elided) and the top frames' function and file names.
 * Stack overflows form one group: where the stack happens to run out says little.
 */
function signature(stack: string): string {
  const lines = stack.split("\n");
  const msg = lines[0]!.replace(/\d+/g, "N").slice(0, 120);
  if (/Maximum call stack size exceeded/.test(msg)) return msg;
  const frames = lines.filter((l) => /^\s+at /.test(l)).slice(0, 3)
    .map((l) => l.trim().replace(/\(?(?:file:\/\/)?[^()\s]*\/([^/()\s]+?):\d+:\d+\)?/, "$1"));
  return [msg, ...frames].join(" | ");
}

interface Finding { kind: "crash" | "hang"; index: number; file: string; sig: string }

function save(kind: "crash" | "hang", o: Options, index: number, bytes: Uint8Array, desc: string[], detail: string): string {
  mkdirSync(crashDir, { recursive: true });
  const name = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  writeFileSync(join(crashDir, `${name}.go`), bytes);
  writeFileSync(join(crashDir, `${name}.txt`),
    `${kind} at input ${index}, --seed ${o.seed}${o.dump ? " --dump" : ""} (replay: npm run fuzz -- --seed ${o.seed} --replay ${index})\n` +
    `mutations:\n${desc.map((d) => `  ${d}`).join("\n")}\n\n${detail}\n`);
  return `scripts/.fuzz-crashes/${name}.go`;
}

function replay(o: Options, seeds: Seeds): number {
  const { bytes, desc } = generate(seeds, o.seed, o.replay!);
  process.stderr.write(`input ${o.replay} (--seed ${o.seed}), ${bytes.length} bytes:\n${desc.map((d) => `  ${d}\n`).join("")}`);
  if (o.write) writeFileSync(o.write, bytes);
  const t0 = performance.now();
  try {
    check(bytes, o.dump);
  } catch (e) {
    process.stderr.write(`CRASH after ${(performance.now() - t0).toFixed(1)} ms: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
  const ms = performance.now() - t0;
  process.stderr.write(`${ms > o.hangMs ? "HANG" : "ok"}: parsed in ${ms.toFixed(1)} ms\n`);
  return ms > o.hangMs ? 1 : 0;
}

async function fuzz(o: Options, seeds: ReturnType<typeof loadSeeds>): Promise<number> {
  const findings: Finding[] = [];
  const base = Date.now();
  const record = (kind: "crash" | "hang", index: number, detail: string, got?: { bytes: Uint8Array; desc: string[] }): void => {
    const { bytes, desc } = got ?? generate(seeds, o.seed, index);
    const file = save(kind, o, index, bytes, desc, detail);
    const sig = kind === "hang" ? "hang" : signature(detail);
    findings.push({ kind, index, file, sig });
    process.stderr.write(`  ${kind.toUpperCase()} input ${index}: ${kind === "hang" ? detail : detail.split("\n")[0]} -> ${file}\n`);
  };

  interface Slot { worker: Worker | null; ctl: Int32Array; finished: boolean }
  const slots: Slot[] = [];
  let resolveAll!: () => void;
  const allDone = new Promise<void>((r) => { resolveAll = r; });
  const checkAll = (): void => { if (slots.every((s) => s.finished)) resolveAll(); };

  const start = (slot: Slot, first: number): void => {
    Atomics.store(slot.ctl, CTL_BUSY, 0);
    if (first >= o.count || Atomics.load(slot.ctl, CTL_STOP) !== 0) { slot.finished = true; slot.worker = null; checkAll(); return; }
    const args: WorkerArgs = {
      seedData: seeds.seedData, seedOffsets: seeds.seedOffsets, names: seeds.names, ctl: slot.ctl.buffer as SharedArrayBuffer,
      base, seed: o.seed, first, stride: o.jobs, count: o.count, dump: o.dump, hangMs: o.hangMs,
    };
    // A stack near the main thread's default, so the fuzzer overflows where the CLI would.
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: args, resourceLimits: { stackSizeMb: 1, maxOldGenerationSizeMb: 2048 } });
    slot.worker = w;
    w.on("message", (m: WorkerMsg) => {
      if (m.t === "crash") record("crash", m.index, m.stack, m);
      else if (m.t === "slow") record("hang", m.index, `parsing took ${m.ms.toFixed(0)} ms (limit ${o.hangMs} ms)`, m);
      else if (slot.worker === w) { slot.finished = true; slot.worker = null; checkAll(); }
    });
    // A worker that dies (out of memory, an error escaping the try, process.exit) is a crash
    // on the input it was parsing; carry on after it.
    const died = (why: string): void => {
      if (slot.worker !== w) return; // finished, or already replaced by the watchdog
      const busy = Atomics.load(slot.ctl, CTL_BUSY) === 1, i = Atomics.load(slot.ctl, CTL_INDEX);
      if (busy) { record("crash", i, `worker died: ${why}`); Atomics.add(slot.ctl, CTL_DONE, 1); }
      slot.worker = null;
      start(slot, busy ? i + o.jobs : o.count);
    };
    w.on("error", (e) => died(e.stack ?? String(e)));
    w.on("exit", (code) => died(`exited with code ${code}`));
  };

  for (let k = 0; k < o.jobs; k++) {
    const slot: Slot = { worker: null, ctl: new Int32Array(new SharedArrayBuffer(4 * CTL_SIZE)), finished: false };
    slots.push(slot);
    start(slot, seeds.names.length > 0 ? k : o.count);
  }
  const done = (): number => slots.reduce((n, s) => n + Atomics.load(s.ctl, CTL_DONE), 0);
  let lastReport = Date.now();
  const watchdog = setInterval(() => {
    const now = Date.now();
    if ((now - base) / 1000 >= o.timeLimitS) for (const s of slots) Atomics.store(s.ctl, CTL_STOP, 1);
    for (const s of slots) {
      if (!s.worker || Atomics.load(s.ctl, CTL_BUSY) !== 1) continue;
      const elapsed = now - base - Atomics.load(s.ctl, CTL_START);
      if (elapsed <= o.hangMs) continue;
      const i = Atomics.load(s.ctl, CTL_INDEX), w = s.worker;
      s.worker = null;
      void w.terminate();
      Atomics.add(s.ctl, CTL_DONE, 1);
      record("hang", i, `still parsing after ${elapsed} ms (limit ${o.hangMs} ms); worker terminated`);
      start(s, i + o.jobs);
    }
    if (now - lastReport >= 5000) {
      lastReport = now;
      const n = done(), secs = (now - base) / 1000;
      process.stderr.write(`  ${secs.toFixed(0)} s: ${n} inputs, ${Math.round(n / secs)}/s, ` +
        `${findings.filter((f) => f.kind === "crash").length} crashes, ${findings.filter((f) => f.kind === "hang").length} hangs\n`);
    }
  }, 50);
  await allDone;
  clearInterval(watchdog);

  const secs = (Date.now() - base) / 1000, n = done();
  const crashes = findings.filter((f) => f.kind === "crash"), hangs = findings.filter((f) => f.kind === "hang");
  const bySig = new Map<string, Finding[]>();
  for (const c of crashes) bySig.set(c.sig, [...(bySig.get(c.sig) ?? []), c]);
  process.stdout.write(`inputs: ${n} in ${secs.toFixed(1)} s (${Math.round(n / secs)} inputs/s, ${o.jobs} worker(s))\n`);
  process.stdout.write(`crashes: ${crashes.length} (${bySig.size} distinct)\n`);
  for (const [sig, fs] of [...bySig].sort((a, b) => b[1].length - a[1].length).slice(0, 20)) {
    process.stdout.write(`  ${fs.length} x ${sig}\n      e.g. ${fs[0]!.file} (input ${fs[0]!.index})\n`);
  }
  process.stdout.write(`hangs: ${hangs.length}\n`);
  for (const h of hangs.slice(0, 20)) process.stdout.write(`  input ${h.index}: ${h.file}\n`);
  return crashes.length + hangs.length > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  let corpus = o.corpus;
  if (corpus === null) {
    const tc = findGo();
    if (!tc) usage("no GOROOT found for the seed corpus; set GOROOT or pass --corpus DIR");
    corpus = join(tc.goroot, "test");
  }
  const seeds = loadSeeds(corpus);
  if (seeds.names.length === 0) usage(`no .go files under ${corpus}`);
  if (o.replay !== null) return replay(o, seeds);
  process.stderr.write(`fuzz: ${seeds.names.length} seed files (${(seeds.data.length / 1e6).toFixed(1)} MB), --seed ${o.seed}, ` +
    `--count ${o.count}${Number.isFinite(o.timeLimitS) ? `, --time-limit ${o.timeLimitS}` : ""}, ${o.jobs} worker(s)${o.dump ? ", --dump" : ""}\n`);
  return fuzz(o, seeds);
}

if (!isMainThread) {
  workerMain(workerData as WorkerArgs);
} else {
  main().then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`fuzz: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
