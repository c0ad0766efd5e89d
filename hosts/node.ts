// The entry of the runtime bundle for programs built with `gots build`: the runtime, the
// standard library's natives, and a host on Node's process (stdout, stderr, exit status,
// arguments, environment). Tracebacks map JS positions to Go ones through the program's
// source map when it sits beside the built file.

import type * as FS from "node:fs";
import type * as WT from "node:worker_threads";
import type * as OS from "node:os";

// A built program may be loaded as a CommonJS script or as an ES module (a .js file inside a
// package with "type": "module"), so Node's modules are fetched at run time by name rather
// than imported: process.getBuiltinModule (Node ≥ 20.16) works in both.
declare const require: ((name: string) => unknown) | undefined;
function builtin<T>(name: string): T {
  const p = process as unknown as { getBuiltinModule?: (n: string) => unknown };
  if (typeof p.getBuiltinModule === "function") return p.getBuiltinModule(name) as T;
  if (typeof require === "function") return require(name) as T;
  throw new Error(`gots: cannot load ${name} (Node 20.16 or newer is needed)`);
}
const { writeSync, readSync, readFileSync } = builtin<typeof FS>("node:fs");
const { Worker, isMainThread, parentPort, workerData } = builtin<typeof WT>("node:worker_threads");
const { availableParallelism } = builtin<typeof OS>("node:os");
import * as rt from "../runtime/index.js";
import { decodeMappings } from "../src/js/sourcemap.js";
import "../stdlib/natives.js";

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

class NodeHost implements rt.Host {
  args: string[];
  env: Record<string, string> = {};
  numCPU = availableParallelism();
  constructor(argv: string[]) {
    this.args = [argv[1] ?? "main", ...argv.slice(2)];
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) this.env[k] = v;
  }
  writeOut(s: string): void { writeAll(1, s); }
  writeErr(s: string): void { writeAll(2, s); }
  exit(code: number): void { process.exitCode = code; }
  readIn(buf: Uint8Array): number {
    for (;;) {
      try {
        return readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EOF") return 0;
        if (code !== "EAGAIN") throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  }
  heapUsed(): number { return heapUsedNode(); }
  collectGarbage(): void { collectGarbageNode(); }
  finalizationRegistry(): FinalizationRegistryConstructor { return finalizationRegistryNode(); }
}

/** Runs a built program: `program` is the generated code as a function of the runtime. */
export function startNode(funcNames: Record<string, string>, program: (r: typeof rt) => number | Promise<number>): void {
  // Go's goroutine stacks grow to 1 GB: the program runs again on a thread with such a stack.
  if (isMainThread) {
    const w = new Worker(process.argv[1]!, { workerData: { argv: process.argv }, resourceLimits: { stackSizeMb: 1024 } });
    let code = 0;
    w.on("message", (m: { exit?: number }) => { if (typeof m.exit === "number") code = m.exit; });
    w.on("error", (e) => { process.stderr.write(`gots runtime: ${e?.stack ?? String(e)}\n`); code = 3; });
    w.on("exit", () => { process.exitCode = code; });
    return;
  }
  const argv = (workerData as { argv: string[] }).argv;
  rt.setHost(new NodeHost(argv));
  rt.registerFuncNames(funcNames);
  try {
    const mapText = readFileSync(argv[1] + ".map", "utf8");
    const map = JSON.parse(mapText) as { sources: string[]; mappings: string };
    let lines: number[][][] | null = null;
    rt.setPositionResolver((line, col) => {
      lines ??= decodeMappings(map.mappings);
      const segs = lines[line - 1];
      if (!segs) return null;
      let best: number[] | null = null;
      for (const s of segs) { if (s[0]! <= col - 1) best = s; else break; }
      if (!best || best.length < 4) return null;
      return { file: map.sources[best[1]!]!, line: best[2]! + 1 };
    });
  } catch {
    // No source map: tracebacks show function names only.
  }
  const r = program(rt);
  if (r instanceof Promise) r.then((code) => parentPort!.postMessage({ exit: code }));
  else parentPort!.postMessage({ exit: r });
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
      builtin<{ setFlagsFromString(f: string): void }>("node:v8").setFlagsFromString("--expose-gc");
      gcFn = builtin<{ runInNewContext(code: string): unknown }>("node:vm").runInNewContext("gc") as () => void;
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
      builtin<{ setFlagsFromString(f: string): void }>("node:v8").setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
      const fr = builtin<{ runInNewContext(code: string): unknown }>("node:vm").runInNewContext("FinalizationRegistry") as FinalizationRegistryConstructor;
      if (typeof (fr.prototype as { cleanupSome?: unknown }).cleanupSome === "function") registryCtor = fr;
    } catch {
      // the global one: callbacks arrive as tasks
    }
  }
  return registryCtor;
}
