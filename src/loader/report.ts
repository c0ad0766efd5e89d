// Printing check results as the go command prints a failed compile: a "# importpath" header,
// then the compiler's lines with file names made relative to the current directory where that
// is shorter (the go command rewrites the package directory and each of its parents).

import { Diagnostic, formatDiagnostic } from "../diag/index.js";
import { Package } from "./load.js";
import { dirname, shortPath } from "./paths.js";

/** The go command's header and diagnostic lines for a package with errors (no trailing newline). */
export function formatCompileErrors(p: Package, diagnostics: readonly Diagnostic[], cwd: string): string {
  const body = diagnostics.map((d) => formatDiagnostic(d)).join("\n");
  return `# ${p.importPath}\n${shortenPaths(body, p.dir, cwd)}`;
}

/**
 * cmd/go's reportCmd rewrite: mentions of dir (at the start of a line, after a space, or
 * after "\n\t") become ShortPath(dir), for dir and then each of its parents.
 */
export function shortenPaths(out: string, dir: string, cwd: string): string {
  for (;;) {
    const rel = shortPath(dir, cwd);
    if (rel !== dir) out = replacePrefix(out, dir, rel);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return out;
}

function replacePrefix(s: string, old: string, repl: string): string {
  if (!s.includes(old)) return s;
  s = s.split(" " + old).join(" " + repl);
  s = s.split("\n" + old).join("\n" + repl);
  s = s.split("\n\t" + old).join("\n\t" + repl);
  if (s.startsWith(old)) s = repl + s.slice(old.length);
  return s;
}
