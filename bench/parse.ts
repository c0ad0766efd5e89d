// The gots side of the parse-goroot benchmark: parse every .go file under a directory tree.
//
// All files are read into memory first (and the heap collected, when node runs with
// --expose-gc) so that only parseSource is timed, in-process and single-threaded, as the Go
// side (bench/goparse) does with go/parser. Prints one JSON object:
//   {"ms", "bytes", "files", "mbps", "failed", "failedFiles", "crashed", "crashedFiles"}
// where failed counts files with diagnostics and crashed counts files that threw.
// Usage: node --expose-gc dist/bench/parse.js [--root DIR] (default $GOROOT/src)

import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { join, relative } from "node:path";
import { parseSource } from "../src/driver.js";
import { findGo } from "../difftest/goenv.js";

/**
 * Regular files named *.go, in lexical order; symlinks below the root are not followed, the
 * root itself is (GOROOT/src is often a symlink). bench/goparse walks the same way.
 */
export function goFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    const ents = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of ents) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(".go")) out.push(p);
    }
  };
  walk(realpathSync(root));
  return out;
}

function main(): void {
  let root: string | null = null;
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--root" || argv[i] === "-root") root = argv[++i] ?? null;
    else { process.stderr.write(`parse: unknown argument ${argv[i]}\nusage: parse [--root DIR]\n`); process.exit(2); }
  }
  if (root === null) {
    const tc = findGo();
    if (!tc) { process.stderr.write("parse: no GOROOT found; pass --root DIR\n"); process.exit(2); }
    root = join(tc.goroot, "src");
  }
  const base = realpathSync(root);
  const names = goFiles(base);
  const inputs = names.map((n) => readFileSync(n));
  let bytes = 0;
  for (const b of inputs) bytes += b.length;
  (globalThis as { gc?: () => void }).gc?.();

  const failed: string[] = [];
  const crashed: string[] = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i++) {
    try {
      const r = parseSource(names[i]!, inputs[i]!);
      if (r.diagnostics.length > 0) failed.push(names[i]!);
    } catch {
      // A crash is a gots bug, found and reported by the fuzzer; here it only counts.
      crashed.push(names[i]!);
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rel = (n: string): string => relative(base, n);
  process.stdout.write(JSON.stringify({
    ms, bytes, files: inputs.length, mbps: bytes / 1e6 / (ms / 1e3),
    failed: failed.length, failedFiles: failed.map(rel),
    crashed: crashed.length, crashedFiles: crashed.map(rel),
  }) + "\n");
}

main();
