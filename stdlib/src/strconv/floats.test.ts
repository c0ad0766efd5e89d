// FormatFloat and ParseFloat against Go on the first half of the random values, and
// ParseFloat on hand-written texts (the checks are in floatcheck.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkChunks, checkParseCases } from "./floatcheck.js";

test("FormatFloat and ParseFloat on random values match Go (first half)", (t) => {
  const r = checkChunks(0, 0.5);
  t.diagnostic(`values: ${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(", ")}; ${r.formats} FormatFloat and ${r.parses} ParseFloat results`);
  assert.deepEqual(r.bad, [], "chunks differing from Go (see testdata/floatgen -dump N)");
});

test("ParseFloat on hand-written texts matches Go", (t) => {
  const r = checkParseCases();
  t.diagnostic(`${r.texts} texts`);
  assert.deepEqual(r.bad, []);
});
