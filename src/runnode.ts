// Running compiled Go programs inside this Node process (`gots run`): the Node host (stdout,
// stderr and exit through the process), tracebacks mapped back to Go positions with the
// source map, and evaluation of the generated code with the runtime.

import { readSync, writeSync, writeFileSync } from "node:fs";
import { runInThisContext, runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as rt from "../runtime/index.js";
import { hasNative, isBlockingNative } from "./api.js";
import { buildProgram } from "./build.js";
import type { GcFlags } from "./gcflags.js";
import { nodeLoaderHost } from "./nodehost.js";
import { decodeMappings } from "./js/index.js";

/** gots' standard library, next to the compiled CLI (dist/src → repository root/stdlib). */
export function stdlibRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "stdlib");
}

class NodeHost implements rt.Host {
  constructor(public args: string[], public env: Record<string, string>) {}
  writeOut(s: string): void { writeAll(1, s); }
  writeErr(s: string): void { writeAll(2, s); }
  exit(code: number): void { process.exitCode = code; }
  readIn(buf: Uint8Array): number { return readStdin(readSync, buf); }
  heapUsed(): number { return heapUsedNode(); }
  collectGarbage(): void { collectGarbageNode(); }
  finalizationRegistry(): FinalizationRegistryConstructor { return finalizationRegistryNode(); }
  numCPU = availableParallelism();
}

/** A blocking read of standard input (fd 0), waiting out a non-blocking descriptor's EAGAIN. */
function readStdin(read: typeof readSync, buf: Uint8Array): number {
  for (;;) {
    try {
      return read(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EOF") return 0;
      if (code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

function writeAll(fd: number, s: string): void {
  const b = Buffer.from(s, "latin1");
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      // A closed pipe: gc's program dies of SIGPIPE, quietly (status 141 from a shell).
      if (code === "EPIPE") throw new rt.GoExit(141);
      throw e;
    }
  }
}

/** Compiles and runs; returns the exit status (1 for compile errors, as go run). */
export function runGo(patterns: string[], args: string[], progName: string, gcflags?: GcFlags, faketime = false): number | Promise<number> {
  const host = nodeLoaderHost();
  const res = buildProgram(host, patterns, { stdlibRoot: stdlibRoot(), hasNative, isBlockingNative, sourceMap: true, outFile: "main.js", gcflags });
  if (!res.ok) {
    writeAll(2, res.errors);
    return 1;
  }
  if (res.diagnostics !== "") writeAll(2, res.diagnostics);
  // GOTS_DUMP_JS=FILE writes the generated program, for debugging the compiler.
  if (process.env.GOTS_DUMP_JS) writeFileSync(process.env.GOTS_DUMP_JS, res.js);
  // Go's goroutine stacks grow to 1 GB: the program runs on a thread with a stack of that order.
  const data: RunData = { js: res.js, funcNames: res.funcNames, sourceMap: res.sourceMap, args: [progName, ...args], cwd: process.cwd(), faketime };
  return new Promise<number>((resolveExit) => {
    const w = new Worker(new URL("./runworker.js", import.meta.url), {
      workerData: data,
      resourceLimits: { stackSizeMb: STACK_MB },
      stdout: false,
      stderr: false,
    });
    let code = 0;
    w.on("message", (m: { exit?: number }) => { if (typeof m.exit === "number") code = m.exit; });
    w.on("error", (e) => { process.stderr.write(`gots: internal error: ${e?.stack ?? String(e)}\n`); code = 3; });
    w.on("exit", () => resolveExit(code));
  });
}

/** The program thread's stack (MB). */
const STACK_MB = 1024;

export interface RunData {
  js: string;
  funcNames: Record<string, string>;
  sourceMap: { mappings: string; sources: string[] } | null;
  args: string[];
  cwd: string;
  /** The Go playground's virtual clock (gots run --faketime). */
  faketime?: boolean;
}

/** Runs generated code on the current thread (the worker's). */
export function runHere(d: RunData): number | Promise<number> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  rt.setHost(new NodeHost(d.args, env));
  if (d.faketime) rt.setFakeTime();
  rt.registerFuncNames(d.funcNames);
  if (d.sourceMap) {
    const lines = decodeMappings(d.sourceMap.mappings);
    const sources = d.sourceMap.sources;
    rt.setPositionResolver((line, col) => {
      // The generated code is wrapped in one line of function header.
      const segs = lines[line - 2];
      if (!segs) return null;
      let best: number[] | null = null;
      for (const s of segs) { if (s[0]! <= col - 1) best = s; else break; }
      if (!best || best.length < 4) return null;
      return { file: sources[best[1]!]!, line: best[2]! + 1 };
    });
  }
  const fn = runInThisContext(`(function($rt) {\n${d.js}\n})`, { filename: join(d.cwd, "main.go.js") });
  return fn(rt) as number | Promise<number>;
}

/** The V8 heap in use (bytes). */
function heapUsedNode(): number {
  return process.memoryUsage().heapUsed;
}

let gcFn: (() => void) | null | undefined;

/** A full collection: V8's gc function, exposed once through its flag. */
function collectGarbageNode(): void {
  if (gcFn === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gcFn = runInNewContext("gc") as () => void;
    } catch {
      gcFn = null;
    }
  }
  gcFn?.();
}

let registryCtor: FinalizationRegistryConstructor | undefined;

/**
 * V8's FinalizationRegistry with cleanupSome, which delivers a finished collection's
 * callbacks at once: V8 adds the method to contexts made after its flag is set.
 */
function finalizationRegistryNode(): FinalizationRegistryConstructor {
  if (registryCtor === undefined) {
    registryCtor = FinalizationRegistry;
    try {
      setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
      const fr = runInNewContext("FinalizationRegistry") as FinalizationRegistryConstructor;
      if (typeof (fr.prototype as { cleanupSome?: unknown }).cleanupSome === "function") registryCtor = fr;
    } catch {
      // the global one: callbacks arrive as tasks
    }
  }
  return registryCtor;
}
