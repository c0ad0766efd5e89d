// `gots defers [-N] [-gcflags FLAGS] FILE.go|DIR`: every defer statement of the named
// packages with the strategy gc gives it and the reason, in words.

import { checkProgram } from "./build.js";
import { classifyPackage, kindText, DeferKind } from "./defer/index.js";
import { deferOptionsOf, GcFlags, noGcFlags, parseGcFlags } from "./gcflags.js";
import { nodeLoaderHost } from "./nodehost.js";
import { stdlibRoot } from "./runnode.js";

const usage = "usage: gots defers [-N] [-gcflags FLAGS] FILE.go...|DIR\n";

export function cmdDefers(args: string[]): number {
  let flags: GcFlags = noGcFlags;
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-N") { flags = { ...flags, noOptimize: true }; continue; }
    if (a === "-gcflags" || a.startsWith("-gcflags=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      try {
        if (v === undefined) throw new Error("missing value");
        flags = parseGcFlags(v);
      } catch (e) {
        process.stderr.write(`gots defers: -gcflags: ${(e as Error).message}\n`);
        return 2;
      }
      continue;
    }
    if (a.startsWith("-")) { process.stderr.write(`gots defers: unknown flag ${a}\n${usage}`); return 2; }
    patterns.push(a);
  }
  if (patterns.length === 0) patterns.push(".");
  const host = nodeLoaderHost();
  const checked = checkProgram(host, patterns, stdlibRoot(), false);
  if (!checked.ok) { process.stderr.write(Buffer.from(checked.errors, "latin1")); return 1; }
  const opts = deferOptionsOf(flags);
  const counts = [0, 0, 0];
  let out = "";
  for (const lp of checked.ordered) {
    if (!checked.roots.has(lp.path)) continue;
    const fset = checked.fset;
    const r = classifyPackage(lp.files, lp.info, (p) => fset.position(p)?.line ?? 0, opts);
    for (const s of r.sites) {
      const p = fset.position(s.pos);
      // File names are byte strings; the reasons are text.
      let file = Buffer.from(p?.filename ?? "?", "latin1").toString("utf8");
      const cwd = Buffer.from(host.cwd, "latin1").toString("utf8");
      if (file.startsWith(cwd + "/")) file = "./" + file.slice(cwd.length + 1);
      out += `${file}:${p?.line ?? 0}:${p?.col ?? 0}: ${kindText[s.decision.kind]}: ${s.decision.reason} (in ${lp.pkg.name}.${s.funcName})\n`;
      counts[s.decision.kind]!++;
    }
  }
  const total = counts[0]! + counts[1]! + counts[2]!;
  out += `${total} defer statement${total === 1 ? "" : "s"}: ${counts[DeferKind.OpenCoded]} open-coded, ${counts[DeferKind.Stack]} stack-allocated, ${counts[DeferKind.Heap]} heap-allocated\n`;
  process.stdout.write(out);
  return 0;
}
