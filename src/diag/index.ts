// Package diag: user-facing diagnostics (errors in the Go program being compiled).
//
// A Diagnostic is data: a position, a message in gc's words, and optional notes. Stages
// report into a DiagnosticSink; the driver sorts, de-duplicates and formats them as
// `file:line:col: message`. Bugs in gots are InternalErrors (src/base), never diagnostics.

import { Source, formatPosition } from "../source/index.js";

export interface Diagnostic {
  source: Source;
  offset: number;
  message: string;
  /** Syntax errors stop compilation before type checking, as in gc. */
  kind: "syntax" | "type";
}

/** Collects diagnostics in report order. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  report(d: Diagnostic): void { this.list.push(d); }
  get count(): number { return this.list.length; }
}

/** Sorts by file and position (stable) and removes exact duplicates, as gc's FlushErrors does. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const out = ds.slice().sort((a, b) => {
    if (a.source !== b.source) return a.source.filename < b.source.filename ? -1 : a.source.filename > b.source.filename ? 1 : 0;
    return a.offset - b.offset;
  });
  const res: Diagnostic[] = [];
  let last = "";
  for (const d of out) {
    const p = d.source.position(d.offset);
    const key = `${p.filename}:${p.line}:${p.col}: ${d.message}`;
    if (key === last) continue;
    last = key;
    res.push(d);
  }
  return res;
}

/** Formats a diagnostic as gc prints it: `file:line:col: message`. */
export function formatDiagnostic(d: Diagnostic, displayName?: (filename: string) => string): string {
  const p = d.source.position(d.offset);
  const name = displayName ? displayName(p.filename) : p.filename;
  return `${formatPosition({ ...p, filename: name })}: ${d.message}`;
}

/**
 * The diagnostics gc prints for a list reported in order: at most one syntax error per line,
 * no repeated message on a line, and — with a limit (gc stops at 10 errors unless run with
 * -e) — only the first `limit` errors, followed by "too many errors" at the position of the
 * last one kept. Sorted by position, exact duplicates removed.
 */
export function gcDiagnostics(ds: readonly Diagnostic[], limit = 0): Diagnostic[] {
  const kept: Diagnostic[] = [];
  let lastSyntax: { file: string; line: number } | null = null;
  let lastOther: { file: string; line: number; msg: string } | null = null;
  let tooMany: Diagnostic | null = null;
  for (const d of ds) {
    const p = d.source.position(d.offset);
    if (d.message.startsWith("syntax error")) {
      if (lastSyntax && lastSyntax.file === p.filename && lastSyntax.line === p.line) continue;
      lastSyntax = { file: p.filename, line: p.line };
    } else {
      if (lastOther && lastOther.file === p.filename && lastOther.line === p.line && lastOther.msg === d.message) continue;
      lastOther = { file: p.filename, line: p.line, msg: d.message };
    }
    kept.push(d);
    if (limit > 0 && kept.length >= limit) {
      tooMany = { source: d.source, offset: d.offset, message: "too many errors", kind: d.kind };
      break;
    }
  }
  const out = sortDiagnostics(kept);
  if (tooMany !== null) out.push(tooMany);
  return out;
}
