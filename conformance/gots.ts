// gots' side of the syntax suites: parse a file in-process and render its diagnostics the way
// gc prints them, plus the comparison of two diagnostic lists.

import { parseSource, parseSourceRaw, formatDiagnostic } from "../src/driver.js";
import { classifyMessage } from "./classify.js";

export interface GotsDiagnostic {
  /** "file:line:col: message" as gc prints it, decoded from UTF-8. */
  text: string;
  message: string;
  /** Physical line and byte column, ignoring //line directives (what syntax/error_test.go uses). */
  line: number;
  col: number;
}

export type GotsParse =
  | { ok: true; diagnostics: GotsDiagnostic[] }
  | { ok: false; crash: string };

/** Compiler strings are byte strings (one char per byte); messages are compared as text. */
export function byteStringToUtf8(s: string): string {
  return Buffer.from(s, "latin1").toString("utf8");
}

/**
 * Parses one file with gots. policy-class diagnostics (directive errors that depend on how
 * gc is invoked, see classify.ts) are dropped, since the oracle drops them too. A thrown
 * exception is reported as a crash, never propagated: one bad file must not stop the run.
 */
export function gotsParse(filename: string, bytes: Uint8Array, raw = false): GotsParse {
  try {
    // raw: every error as the parser reports it, without gc's printer filtering and without
    // directive checks, as gc's syntax package tests see them.
    const r = raw ? parseSourceRaw(filename, bytes) : parseSource(filename, bytes);
    const out: GotsDiagnostic[] = [];
    for (const d of r.diagnostics) {
      const message = byteStringToUtf8(d.message);
      if (classifyMessage(message) === "policy") continue;
      const { line, col } = d.source.lineCol(d.offset);
      out.push({ text: byteStringToUtf8(formatDiagnostic(d)), message, line, col });
    }
    return { ok: true, diagnostics: out };
  } catch (e) {
    const err = e as Error;
    const where = (err?.stack ?? "").split("\n").slice(1, 3).map((l) => l.trim()).join(" ");
    return { ok: false, crash: `${err?.name ?? "Error"}: ${err?.message ?? String(e)}${where ? ` (${where})` : ""}` };
  }
}

/**
 * Compares gc's diagnostics with gots' (both ordered as printed). Returns null when they are
 * equal, else a short description: a summary line and the differing lines ("-" only gc,
 * "+" only gots).
 */
export function diffDiagnostics(want: readonly string[], got: readonly string[]): string[] | null {
  if (want.length === got.length && want.every((w, i) => w === got[i])) return null;
  const remaining = new Map<string, number>();
  for (const g of got) remaining.set(g, (remaining.get(g) ?? 0) + 1);
  const onlyWant: string[] = [];
  for (const w of want) {
    const n = remaining.get(w) ?? 0;
    if (n > 0) remaining.set(w, n - 1);
    else onlyWant.push(w);
  }
  const wantCount = new Map<string, number>();
  for (const w of want) wantCount.set(w, (wantCount.get(w) ?? 0) + 1);
  const onlyGot: string[] = [];
  for (const g of got) {
    const n = wantCount.get(g) ?? 0;
    if (n > 0) wantCount.set(g, n - 1);
    else onlyGot.push(g);
  }
  const out: string[] = [];
  if (onlyWant.length === 0 && onlyGot.length === 0) {
    out.push(`same ${want.length} errors as gc, in a different order`);
    out.push(...want.map((w) => `  gc:   ${w}`), ...got.map((g) => `  gots: ${g}`));
    return out;
  }
  out.push(`gc reports ${count(want.length)}, gots ${count(got.length)}; ${onlyWant.length} missing, ${onlyGot.length} unexpected`);
  out.push(...onlyWant.map((w) => `- ${w}`), ...onlyGot.map((g) => `+ ${g}`));
  return out;
}

function count(n: number): string {
  return n === 1 ? "1 error" : `${n} errors`;
}
