// Unit tests for the known-failures ratchet (known.ts) and the diagnostic diff (gots.ts).

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatKnown, judge, loadKnown, saveKnown, updateKnown, KnownFailures } from "./known.js";
import { diffDiagnostics } from "./gots.js";
import { TestResult } from "./suite.js";

const results: TestResult[] = [
  { name: "s/pass.go", status: "pass" },
  { name: "s/fail.go", status: "fail", reason: "x" },
  { name: "s/known.go", status: "fail", reason: "x" },
  { name: "s/fixed.go", status: "pass" },
  { name: "s/skipped.go", status: "skip" },
];
const known: KnownFailures = {
  "s/known.go": { category: "bug", reason: "r" },
  "s/fixed.go": { category: "unsupported", reason: "r" },
  "s/skipped.go": { category: "notApplicable", reason: "r" },
  "s/gone.go": { category: "bug", reason: "r" },
  "other/x.go": { category: "bug", reason: "r" },
};
const inS = (n: string): boolean => n.startsWith("s/");

test("verdicts", () => {
  const j = judge(results, known, inS, true);
  assert.deepEqual(j.judged.map((r) => r.verdict), ["pass", "fail", "known", "fixed", "skip"]);
  assert.deepEqual(j.stale, ["s/gone.go"], "entries of suites that did not run are not stale");
  assert.deepEqual(judge(results, known, inS, false).stale, [], "filtered runs cannot tell");
});

test("updateKnown adds failures and drops fixed and stale entries", () => {
  const u = updateKnown(known, judge(results, known, inS, true));
  assert.deepEqual(u.added, ["s/fail.go"]);
  assert.deepEqual(u.removed.sort(), ["s/fixed.go", "s/gone.go"]);
  assert.deepEqual(u.next["s/fail.go"], { category: "bug", reason: "unexplained (auto-added)" });
  assert.ok(u.next["other/x.go"] && u.next["s/known.go"] && u.next["s/skipped.go"]);
  const again = judge(results, u.next, inS, true);
  assert.equal(again.judged.filter((r) => r.verdict === "fail" || r.verdict === "fixed").length, 0);
});

test("updateKnown uses the entry a suite proposes for a failure", () => {
  const proposed = { category: "unsupported", reason: "needs goroutines" } as const;
  const rs: TestResult[] = [...results, { name: "s/new.go", status: "fail", reason: "x", known: proposed }];
  const u = updateKnown(known, judge(rs, known, inS, true));
  assert.deepEqual(u.next["s/new.go"], proposed);
  // Listed failures keep their hand-written entry.
  const again = updateKnown(u.next, judge([{ name: "s/new.go", status: "fail", known: { category: "bug", reason: "other" } }], u.next, inS, false));
  assert.deepEqual(again.next["s/new.go"], proposed);
});

test("load and save", () => {
  const dir = mkdtempSync(join(tmpdir(), "known-"));
  try {
    const p = join(dir, "k.json");
    saveKnown(p, {});
    assert.equal(readFileSync(p, "utf8"), "{}\n");
    saveKnown(p, { "b/x": { category: "bug", reason: "y" }, "a/x": { category: "neverTerminates", reason: "z" } });
    assert.deepEqual(Object.keys(loadKnown(p)), ["a/x", "b/x"]);
    assert.equal(readFileSync(p, "utf8"),
      '{\n  "a/x": {\n    "category": "neverTerminates",\n    "reason": "z"\n  },\n  "b/x": {\n    "category": "bug",\n    "reason": "y"\n  }\n}\n');
    writeFileSync(p, JSON.stringify({ "a/x": { category: "flaky", reason: "" } }));
    assert.throws(() => loadKnown(p), /category/);
    assert.deepEqual(loadKnown(join(dir, "missing.json")), {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("formatKnown: sorted, stable, category before reason", () => {
  const a = formatKnown({ "b": { reason: "r", category: "bug" } as KnownFailures[string], "a": { category: "bug", reason: "q" } });
  assert.equal(a, formatKnown(JSON.parse(a) as KnownFailures));
  assert.ok(a.indexOf('"a"') < a.indexOf('"b"') && a.indexOf('"category"') < a.indexOf('"reason"'));
});

test("diffDiagnostics", () => {
  assert.equal(diffDiagnostics(["a", "b"], ["a", "b"]), null);
  assert.deepEqual(diffDiagnostics(["a", "b"], ["a", "c"]), [
    "gc reports 2 errors, gots 2 errors; 1 missing, 1 unexpected", "- b", "+ c",
  ]);
  assert.match(diffDiagnostics(["a", "b"], ["b", "a"])![0]!, /different order/);
  assert.deepEqual(diffDiagnostics([], ["x"]), ["gc reports 0 errors, gots 1 error; 0 missing, 1 unexpected", "+ x"]);
});
