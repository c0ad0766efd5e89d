// The cached gc oracle of the syntax suites (conformance/expect/*.json).
//
// For each file the cache holds its sha256 and gc's front-end diagnostics ("frontend"), so
// that the runner needs no Go when the cache is complete. An entry is stale when the file's
// hash, the Go version or the classifier (classify.ts) changed; stale and missing entries
// are recomputed when Go is available and the file is rewritten. Without Go, files without
// a fresh entry are reported as failures ("no oracle").
//
// gc-syntax.json (test-syntax): gc is run on every file; it is cheap (~10 ms a file).
// gc-src.json (src-parse): a go/parser pre-pass (conformance/oracle/main.go) runs over the
// whole tree first, and gc only confirms the files go/parser rejects or that contain
// constructs go/parser does not check; the other entries have frontend: null, meaning
// "clean according to go/parser, not confirmed by gc". A gots error on such a file makes the
// runner confirm it with gc on the spot (when Go is available).

import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { BuildContext } from "./recipe.js";
import { classifierId } from "./classify.js";

export interface OracleEntry {
  sha256: string;
  /** gc's front-end diagnostics, in gc's order; null: go/parser says clean, gc not asked. */
  frontend: string[] | null;
  /** gc did not finish within the time limit; frontend is then empty. */
  timedOut?: boolean;
}

export interface OracleCache {
  goVersion: string;
  classifier: string;
  /** The build context of the generating toolchain (test-syntax only). */
  context?: BuildContext;
  files: Record<string, OracleEntry>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function emptyCache(goVersion: string): OracleCache {
  return { goVersion, classifier: classifierId(), files: {} };
}

/**
 * Loads a cache file. A missing file gives an empty cache; a cache made by another Go
 * version or classifier keeps its entries but they will all be stale (see isFresh).
 */
export function loadCache(path: string, goVersion: string): OracleCache {
  if (!existsSync(path)) return emptyCache(goVersion);
  const c = JSON.parse(readFileSync(path, "utf8")) as OracleCache;
  if (typeof c !== "object" || c === null || typeof c.files !== "object") {
    throw new Error(`${path}: not an oracle cache`);
  }
  return c;
}

/** Whether the cache as a whole matches this Go version and classifier. */
export function cacheMatches(c: OracleCache, goVersion: string): boolean {
  return c.goVersion === goVersion && c.classifier === classifierId();
}

export function isFresh(c: OracleCache, goVersion: string, path: string, hash: string): boolean {
  const e = c.files[path];
  return cacheMatches(c, goVersion) && e !== undefined && e.sha256 === hash;
}

/**
 * Writes a cache deterministically: fixed key order, files sorted by path, one entry per
 * line, so regenerating an unchanged oracle changes nothing and diffs stay readable.
 */
export function saveCache(path: string, c: OracleCache): void {
  const lines: string[] = [];
  lines.push("{");
  lines.push(`  "goVersion": ${JSON.stringify(c.goVersion)},`);
  lines.push(`  "classifier": ${JSON.stringify(c.classifier)},`);
  if (c.context) lines.push(`  "context": ${JSON.stringify(c.context)},`);
  lines.push(`  "files": {`);
  const keys = Object.keys(c.files).sort(byteOrder);
  keys.forEach((k, i) => {
    const e = c.files[k]!;
    const v: OracleEntry = { sha256: e.sha256, frontend: e.frontend };
    if (e.timedOut) v.timedOut = true;
    lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(v)}${i + 1 < keys.length ? "," : ""}`);
  });
  lines.push("  }");
  lines.push("}");
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, lines.join("\n") + "\n");
  renameSync(tmp, path);
}

/** Compares strings by UTF-16 code units, which for paths is byte order in practice. */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Re-stamps a cache after all its entries were recomputed for this Go and classifier. */
export function restamp(c: OracleCache, goVersion: string): void {
  c.goVersion = goVersion;
  c.classifier = classifierId();
}

/** Why a file without a usable oracle entry fails when Go cannot be run to make one. */
export const NO_ORACLE =
  "no fresh gc oracle entry (the file, the Go version or the classifier changed) and Go is unavailable";

