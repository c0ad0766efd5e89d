// Running compiled Go programs inside this Node process (`gots run`): the Node host (stdout,
// stderr and exit through the process), tracebacks mapped back to Go positions with the
// source map, and evaluation of the generated code with the runtime.

import { writeSync, writeFileSync } from "node:fs";
import { runInThisContext } from "node:vm";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as rt from "../runtime/index.js";
import "../stdlib/natives.js";
import { buildProgram } from "./build.js";
import { nodeLoaderHost } from "./nodehost.js";
import { decodeMappings } from "./js/index.js";

/** gots' standard library, next to the compiled CLI (dist/src → repository root/stdlib). */
export function stdlibRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "stdlib");
}

export function hasNative(key: string): boolean {
  const parts = key.split(".");
  // "path.Func" or "path.Type.Method"; the import path itself may contain dots.
  for (let i = parts.length - 1; i >= 1; i--) {
    const path = parts.slice(0, i).join(".");
    const rest = parts.slice(i).join("$");
    const n = rt.natives[path];
    if (n && rest in n) return true;
  }
  return false;
}

class NodeHost implements rt.Host {
  constructor(public args: string[], public env: Record<string, string>) {}
  writeOut(s: string): void { writeAll(1, s); }
  writeErr(s: string): void { writeAll(2, s); }
  exit(code: number): void { process.exitCode = code; }
}

function writeAll(fd: number, s: string): void {
  const b = Buffer.from(s, "latin1");
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      throw e;
    }
  }
}

/** Compiles and runs; returns the exit status (1 for compile errors, as go run). */
export function runGo(patterns: string[], args: string[], progName: string): number | Promise<number> {
  const host = nodeLoaderHost();
  const res = buildProgram(host, patterns, { stdlibRoot: stdlibRoot(), hasNative, sourceMap: true, outFile: "main.js" });
  if (!res.ok) {
    writeAll(2, res.errors);
    return 1;
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  rt.setHost(new NodeHost([progName, ...args], env));
  rt.registerFuncNames(res.funcNames);
  if (res.sourceMap) {
    const lines = decodeMappings(res.sourceMap.mappings);
    const sources = res.sourceMap.sources;
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
  // GOTS_DUMP_JS=FILE writes the generated program, for debugging the compiler.
  if (process.env.GOTS_DUMP_JS) writeFileSync(process.env.GOTS_DUMP_JS, res.js);
  const fn = runInThisContext(`(function($rt) {\n${res.js}\n})`, { filename: join(process.cwd(), "main.go.js") });
  return fn(rt) as number | Promise<number>;
}
