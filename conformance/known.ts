// The known-failures ratchet (conformance/known-failures.json).
//
// Each entry names a test ("<suite>/<path>") that is expected to fail, with a category and a
// reason. A listed test that fails is "known" and does not fail the run; a listed test that
// passes does ("now passes, remove it"), and so does an entry naming a test that no longer
// exists: the list can only shrink unless someone adds to it on purpose.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { byteOrder } from "./oracle.js";
import { TestResult } from "./suite.js";

export const CATEGORIES = ["bug", "unsupported", "runtimeDifference", "neverTerminates", "notApplicable"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface KnownEntry { category: Category; reason: string }
export type KnownFailures = Record<string, KnownEntry>;

export function loadKnown(path: string): KnownFailures {
  if (!existsSync(path)) return {};
  const raw = JSON.parse(readFileSync(path, "utf8")) as unknown;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${path}: expected an object`);
  const out: KnownFailures = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const e = v as Partial<KnownEntry> | null;
    if (!e || typeof e !== "object" || !CATEGORIES.includes(e.category as Category) || typeof e.reason !== "string") {
      throw new Error(`${path}: entry ${JSON.stringify(k)} needs {"category": one of ${CATEGORIES.join("|")}, "reason": "..."}`);
    }
    out[k] = { category: e.category as Category, reason: e.reason };
  }
  return out;
}

/**
 * Writes the list sorted by name, two-space indented, with category before reason: the
 * same bytes for the same entries, so regenerating it only shows real changes in a diff.
 */
export function formatKnown(k: KnownFailures): string {
  const sorted: KnownFailures = {};
  for (const key of Object.keys(k).sort(byteOrder)) sorted[key] = { category: k[key]!.category, reason: k[key]!.reason };
  return JSON.stringify(sorted, null, 2) + "\n";
}

export function saveKnown(path: string, k: KnownFailures): void {
  writeFileSync(path, formatKnown(k));
}

/** The reason of an added entry whose suite proposed none. */
export const UNEXPLAINED = "unexplained (auto-added)";

export type Verdict = "pass" | "fail" | "known" | "fixed" | "skip";

export interface Judged extends TestResult { verdict: Verdict }

export interface Judgement {
  judged: Judged[];
  /** Listed names that no test of the suites run has (only computed for unfiltered runs). */
  stale: string[];
}

/**
 * Applies the list to the results of the suites that ran. scope tells which list entries
 * the run could have seen: entries outside it (other suites, filtered-out names) are left
 * alone.
 */
export function judge(results: readonly TestResult[], known: KnownFailures, scope: (name: string) => boolean, complete: boolean): Judgement {
  const judged = results.map((r): Judged => {
    const listed = Object.hasOwn(known, r.name);
    let verdict: Verdict;
    if (r.status === "skip") verdict = "skip";
    else if (r.status === "pass") verdict = listed ? "fixed" : "pass";
    else verdict = listed ? "known" : "fail";
    return { ...r, verdict };
  });
  const stale: string[] = [];
  if (complete) {
    const seen = new Set(results.map((r) => r.name));
    for (const k of Object.keys(known)) if (scope(k) && !seen.has(k)) stale.push(k);
  }
  return { judged, stale };
}

/**
 * --update-known: drops entries that now pass or are stale, adds every unlisted failure with
 * the entry its suite proposed, else as an unexplained bug. Everything else (including
 * hand-written reasons) is kept.
 */
export function updateKnown(known: KnownFailures, j: Judgement): { next: KnownFailures; added: string[]; removed: string[] } {
  const next: KnownFailures = { ...known };
  const added: string[] = [], removed: string[] = [];
  for (const r of j.judged) {
    if (r.verdict === "fixed") { delete next[r.name]; removed.push(r.name); }
    if (r.verdict === "fail") { next[r.name] = r.known ?? { category: "bug", reason: UNEXPLAINED }; added.push(r.name); }
  }
  for (const k of j.stale) { delete next[k]; removed.push(k); }
  return { next, added, removed };
}
