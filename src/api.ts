// The public library API of gots, usable from Node and from a browser bundle: nothing here
// (or below it in the compiler and runtime) imports Node modules. The host supplies files
// (a LoaderHost, e.g. memoryHost for a browser) and, to run, the program's I/O (a runtime Host).
//
//   const res = compile(memoryHost({ "/app/main.go": src, ...stdlibFiles }, "/app"), ["main.go"],
//                       { stdlibRoot: "/stdlib" });
//   if (res.ok) await run(res, { host: new MemoryHost() });
export { parseSource, formatDiagnostic, type ParseResult } from "./driver.js";
export { VERSION } from "./version.js";
export type { Diagnostic } from "./diag/index.js";
export type { File } from "./syntax/index.js";
export { memoryHost, type LoaderHost } from "./loader/index.js";

import { buildProgram, type BuildResult } from "./build.js";
import type { LoaderHost } from "./loader/index.js";
import * as rt from "../runtime/index.js";
import "../stdlib/natives.js";

export type { BuildResult };
export { MemoryHost, type Host } from "../runtime/index.js";

export interface CompileOptions {
  /** The directory holding gots' standard library sources as DIR/src/<import path>. */
  stdlibRoot: string;
  sourceMap?: boolean;
}

/** The native registered in this process for "path.Func" or "path.Type.Method" (the import path may contain dots). */
export function nativeFor(key: string): unknown {
  const parts = key.split(".");
  for (let i = parts.length - 1; i >= 1; i--) {
    const n = rt.natives[parts.slice(0, i).join(".")];
    const rest = parts.slice(i).join("$");
    if (n && rest in n) return n[rest];
  }
  return undefined;
}

export function hasNative(key: string): boolean {
  return nativeFor(key) !== undefined;
}

/** Natives that may block are generator functions. */
export function isBlockingNative(key: string): boolean {
  return rt.isGeneratorFunction(nativeFor(key));
}

/** Compiles the program named by patterns (files or a directory, as for `gots build`). */
export function compile(host: LoaderHost, patterns: string[], opts: CompileOptions): BuildResult {
  return buildProgram(host, patterns, {
    stdlibRoot: opts.stdlibRoot,
    hasNative,
    isBlockingNative,
    sourceMap: opts.sourceMap ?? false,
  });
}

/**
 * Runs a compiled program in this thread with the given host (stdout, stderr, exit, args,
 * env); resolves to its exit status. Deep recursion is limited by this thread's stack.
 */
export async function run(compiled: BuildResult & { ok: true }, opts: { host: rt.Host }): Promise<number> {
  rt.setHost(opts.host);
  rt.registerFuncNames(compiled.funcNames);
  const fn = new Function("$rt", compiled.js) as (r: typeof rt) => number | Promise<number>;
  return await fn(rt);
}
