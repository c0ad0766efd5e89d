// `gots build [-o OUT.js] FILE.go|DIR`: one JavaScript file with the runtime bundled in,
// runnable with `node OUT.js`, and a source map beside it (OUT.js.map).

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildProgram } from "./build.js";
import { nodeLoaderHost } from "./nodehost.js";
import { stdlibRoot } from "./runnode.js";
import { hasNative, isBlockingNative } from "./api.js";
import { GcFlags, noGcFlags, parseGcFlags } from "./gcflags.js";

const usage = "usage: gots build [-o OUT.js] [-gcflags FLAGS] FILE.go...|DIR\n";

/** The runtime bundled for Node (made by scripts/bundle-runtime.mjs at build time). */
function runtimeBundle(): string | null {
  const p = resolve(dirname(fileURLToPath(import.meta.url)), "..", "runtime.node.js");
  return existsSync(p) ? readFileSync(p, "utf8") : null;
}

export function buildToFile(args: string[]): number {
  let out: string | null = null;
  let gcflags: GcFlags = noGcFlags;
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-o") { out = args[++i] ?? null; if (out === null) { process.stderr.write(usage); return 2; } }
    else if (a.startsWith("-o=")) out = a.slice(3);
    else if (a === "-gcflags" || a === "--gcflags" || a.startsWith("-gcflags=") || a.startsWith("--gcflags=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      if (v === undefined) { process.stderr.write(usage); return 2; }
      try {
        gcflags = parseGcFlags(v);
      } catch (e) {
        process.stderr.write(`gots build: -gcflags: ${(e as Error).message}\n`);
        return 2;
      }
    }
    else if (a.startsWith("-")) { process.stderr.write(`gots build: unknown flag ${a}\n${usage}`); return 2; }
    else patterns.push(a);
  }
  if (patterns.length === 0) patterns.push(".");
  if (out === null) {
    const p = patterns[0]!;
    out = (p.endsWith(".go") ? basename(p).slice(0, -3) : basename(resolve(p))) + ".js";
  }
  const bundle = runtimeBundle();
  if (bundle === null) { process.stderr.write("gots build: the runtime bundle is missing (run npm run build)\n"); return 3; }
  const res = buildProgram(nodeLoaderHost(), patterns, { stdlibRoot: stdlibRoot(), hasNative, isBlockingNative, sourceMap: true, outFile: basename(out), gcflags });
  if (!res.ok) { process.stderr.write(Buffer.from(res.errors, "latin1")); return 1; }
  if (res.diagnostics !== "") process.stderr.write(Buffer.from(res.diagnostics, "latin1"));
  // The bundle defines $gotsRuntime; the program runs with it and exits with its status.
  const header = `$gotsRuntime.startNode(${JSON.stringify(res.funcNames)}, function($rt) {`;
  const text = [
    bundle,
    header,
    res.js,
    "});",
    `//# sourceMappingURL=${basename(out)}.map`,
    "",
  ].join("\n");
  writeFileSync(out, text);
  if (res.sourceMap) {
    // The program's lines follow the bundle and the line that opens the wrapper: the map
    // starts with that many empty lines, so it describes the file as written (for debuggers
    // and for the runtime's tracebacks alike).
    const before = text.slice(0, text.indexOf(header) + header.length + 1).split("\n").length - 1;
    const sourceMap = { ...res.sourceMap, mappings: ";".repeat(before) + res.sourceMap.mappings };
    writeFileSync(out + ".map", JSON.stringify(sourceMap));
  }
  return 0;
}

export { join };
